# translation: draft (no native review yet)
mycases-title = 📂 <b>Сиздин кайрылууларыңыз</b>
mycases-none = Сизде азырынча кайрылуу жок. Юристтен суроо үчүн /menu ачып, «Юристтен суроо» баскычын басыңыз.
mycases-item = { $ref } · { $status } · { $topic }
mycases-case =
    📂 <b>Кайрылуу { $ref }</b>
    Абалы: { $status }
    Ачылган күнү: { $date }
status-new = юристти күтүүдө
status-claimed = юрист иштеп жатат
status-closed = жабылды
btn-add-info = ✍️ Маалымат кошуу
btn-withdraw = 🗑 Кайрылууну кайтарып алуу
btn-withdraw-yes = 🗑 Ооба, кайтарып алуу
mycases-withdraw-confirm = <b>{ $ref }</b> кайрылуусун кайтарып аласызбы? Юристке билдирилет жана кайрылуу жабылат.
mycases-withdrawn = <b>{ $ref }</b> кайрылуусу кайтарылып алынды. Кайра жардам керек болсо, /menu жибериңиз.
mycases-writing = ✍️ Жаза бериңиз: билдирүүлөрүңүз <b>{ $ref }</b> кайрылуусуна кошулат.
mycases-left = Сиз юрист менен чаттан чыктыңыз. Кайрылууңуз ачык бойдон калат; /mycases аркылуу кайра келе аласыз.
btn-leave-case = 🚪 Юрист менен чаттан чыгуу
btn-my-cases = 📂 Менин кайрылууларым
btn-solved-yes = 👍 Ооба, чечилди
btn-solved-no = 👎 Чечилген жок
rating-ask = Алган жардамыңызды кандай баалайсыз? (1 — начар, 5 — эң жакшы)
rating-thanks = Рахмат! Жообуңуз бизге иштин сапатын жакшыртууга жардам берет.

# after "not solved" and a rating: open the same case again, or a new request
btn-reopen = 🔁 Кайрылууну кайра ачуу
btn-ask-again = ❓ Юристтен кайра суроо
mycases-reopened = 🔁 { $ref } кайрылуусу кайра ачылды. Аны кезекчи юрист алат; жаңы эмне болгонун ушул жерге жазыңыз.
