# translation: draft (no native review yet)
mycases-title = 📂 <b>Сіздің істеріңіз</b>
mycases-none = Сізде әзірге іс жоқ. Заңгерден сұрау үшін /menu ашып, «Заңгерден сұрау» батырмасын басыңыз.
mycases-item = { $ref } · { $status } · { $topic }
mycases-case =
    📂 <b>Іс { $ref }</b>
    Күйі: { $status }
    Ашылған күні: { $date }
status-new = заңгерді күтіп тұр
status-claimed = заңгер айналысып жатыр
status-closed = жабық
btn-add-info = ✍️ Мәлімет қосу
btn-withdraw = 🗑 Өтінішті кері алу
btn-withdraw-yes = 🗑 Иә, кері алу
mycases-withdraw-confirm = <b>{ $ref }</b> ісін кері аласыз ба? Заңгерге хабарланады, іс жабылады.
mycases-withdrawn = <b>{ $ref }</b> ісі кері алынды. Қайтадан көмек керек болса, /menu жіберіңіз.
mycases-writing = ✍️ Жаза беріңіз: хабарламаларыңыз <b>{ $ref }</b> ісіне қосылады.
mycases-left = Сіз заңгермен чаттан шықтыңыз. Ісіңіз ашық күйінде қалады. /mycases командасымен қайта орала аласыз.
btn-leave-case = 🚪 Заңгермен чаттан шығу
btn-my-cases = 📂 Менің істерім
btn-solved-yes = 👍 Иә, шешілді
btn-solved-no = 👎 Шешілмеді
rating-ask = Алған көмегіңізді қалай бағалайсыз? (1 — нашар, 5 — өте жақсы)
rating-thanks = Рахмет! Жауабыңыз бізге жақсаруға көмектеседі.

# after "not solved" and a rating: open the same case again, or a new request
btn-reopen = 🔁 Өтінішті қайта ашу
btn-ask-again = ❓ Заңгерден қайта сұрау
mycases-reopened = 🔁 { $ref } өтініші қайта ашылды. Оны кезекші заңгер алады; жаңа не болғанын осында жазыңыз.
