# translation: draft (no native review yet)
invite-welcome = { $role ->
    [coordinator] ✅ Енді сіз Qorgau-дағы <b>үйлестірушісіз</b>.
   *[lawyer] ✅ Енді сіз Qorgau-дағы <b>кезекші заңгерсіз</b>.
}

    Кезекшілікке шығу үшін /duty жіберіңіз: осыдан кейін жаңа істер осында келеді. /profile командасымен тілдеріңізді, өңірлеріңізді және тақырыптарыңызды белгілейсіз; /help не істей алатыныңызды көрсетеді.
invite-invalid = ⛔ Бұл шақыру сілтемесі жарамсыз: ол бұрын пайдаланылған немесе мерзімі өтіп кеткен. Үйлестірушіден жаңасын сұраңыз.
duty-on = 🟢 Сіз <b>кезекшіліктесіз</b>. Профиліңізге сай жаңа істер осында келеді. Кезекшілікті аяқтау үшін /duty командасын қайта жіберіңіз.
duty-off = ⚪️ Сіз <b>кезекшілікте емессіз</b>. Жаңа істер сізге келмейді.
duty-state-on = 🟢 кезекшілікте
duty-state-off = ⚪️ кезекшілікте емес

card-new =
    🆕 <b>Іс { $ref }</b> · { $priority }
    Тақырып: { $topic }
    Шұғылдығы: { $urgency }
    Өңір: { $region }
    Тіл: { $language }
    Күтіп тұр: { $age }
card-reminder =
    ⏰ <b>Әлі күтіп тұр: іс { $ref }</b> · { $priority }
    Тақырып: { $topic }
    Шұғылдығы: { $urgency }
    Өңір: { $region }
    Тіл: { $language }
    Күтіп тұр: { $age }
card-escalated =
    ⚠️ <b>Эскалация: іс { $ref }</b> · { $priority } — { $age } бойы ешкім алған жоқ.
    Тақырып: { $topic } · Өңір: { $region } · Тіл: { $language }
card-claimed = ✅ <b>Іс { $ref }</b> жұмысқа алынды: { $lawyer }.
card-claimed-you = ✅ <b>Іс { $ref }</b>: бұл істі сіз алдыңыз.
lawyer-anonymous = заңгер
lawyer-signature = Заңгер
btn-claim = 🙋 Алу
btn-open-case = 📂 Істі ашу
claim-won = Сіз { $ref } ісін алдыңыз.
claim-lost = Бұл істі басқа заңгер алып қойды.
claim-won-open-chat = Сіз { $ref } ісін алдыңыз, бірақ мен сізге жеке хабарлама жаза алмай тұрмын. Менімен чатты ашып, «Старт» батырмасын басыңыз, содан кейін істі көру үшін /case жіберіңіз.

case-header =
    📂 <b>Іс { $ref }</b> · { $priority }
    Тақырып: { $topic }
    Шұғылдығы: { $urgency }
    Өңір: { $region }
    Азаматтық: { $citizenship }
    Тіл: { $language }
    Күтіп тұр: { $age }
case-phone = 📞 Телефон (клиент өзі берді): { $phone }
case-from-client = Клиент
case-from-lawyer = Заңгер
case-note = 🔒 Жазба
case-attachment = [{ $kind }]
case-file-caption = 📎 Іс { $ref }: клиенттен келген тіркеме
btn-case-write = ✍️ Клиентке жазу
btn-case-note = 📝 Ішкі жазба
btn-case-canned = 💬 Дайын жауаптар
btn-case-transfer = 🔁 Беру
btn-case-release = ↩️ Кезекке қайтару
btn-case-close = ✅ Жабу
case-writing-to = ✍️ Қазір жазғаныңыздың бәрі { $ref } ісінің клиентіне жіберіледі.
case-note-prompt = 📝 <b>{ $ref }</b> ісіне жазба жазыңыз. Клиент оны ешқашан көрмейді.
case-note-saved = 🔒 Жазба сақталды. Клиент оны көрмейді.
case-canned-pick = 💬 <b>{ $ref }</b> ісіне арналған дайын жауаптар ({ $language }): жіберу үшін біреуін басыңыз.
case-transfer-pick = 🔁 <b>{ $ref }</b> ісін кімге беру керек:
case-transfer-nobody = Істі беретін басқа заңгер жоқ.
case-transferred = 🔁 <b>{ $ref }</b> ісі берілді.
case-transferred-to-you = 🔁 Сізге <b>{ $ref }</b> ісі берілді. Көру үшін /case жіберіңіз.
case-taken-away = ℹ️ Үйлестіруші <b>{ $ref }</b> ісін басқа заңгерге берді.
case-released = ↩️ <b>{ $ref }</b> ісі кезекке қайтарылды.
case-close-confirm = <b>{ $ref }</b> ісін жабу: нәтижесі қандай? Клиентке хабарланады.
case-closed = ✅ <b>{ $ref }</b> ісі жабылды: { $outcome }.
case-withdrawn = ℹ️ Клиент <b>{ $ref }</b> ісін кері қайтарып алды. Іс жабылды.
case-client-added = ℹ️ Клиент <b>{ $ref }</b> ісіне мәлімет қосты. Көру үшін /case жіберіңіз.
outcome-advice = Кеңес берілді
outcome-representation = Өкілдік алынды
outcome-no_response = Клиент жауап бермейді
outcome-duplicate = Қайталанған іс
lawyer-no-active-case = Сізде белсенді іс жоқ. Іс карточкасындағы <b>Алу</b> батырмасын басыңыз, күтіп тұрған істерді көру үшін /queue жіберіңіз немесе өз істеріңіздің бірінің астындағы <b>Клиентке жазу</b> батырмасын басыңыз.
case-erased-by-client = ℹ️ <b>{ $ref }</b> ісінің клиенті өз деректерін өшірді. Іс жабылды.

queue-title = 📋 <b>Күтіп тұрған істер</b>: { $count }. Ашу үшін істі басыңыз.
queue-empty = 📋 Бұл сүзгілерге сай іс жоқ.
queue-any = барлығы
queue-pick = Таңдаңыз:
queue-filter-priority = Басымдық
queue-filter-lang = Тіл
queue-filter-region = Өңір
queue-filter-topic = Тақырып

profile-show =
    👤 <b>Сіздің профиліңіз</b>
    Клиенттерге көрінетін атыңыз: { $name }
    Тілдер: { $languages }
    Өңірлер: { $regions }
    Тақырыптар: { $topics }
    Күйі: { $duty }

    Жаңа істер сізге тек осы параметрлерге сай келсе ғана келеді (ештеңе таңдалмаса — кез келгені).
btn-profile-name = ✏️ Клиенттерге көрінетін ат
btn-profile-languages = 🗣 Тілдер
btn-profile-regions = 📍 Өңірлер
btn-profile-topics = 📚 Тақырыптар
btn-done = ✅ Дайын
profile-name-prompt = Клиенттер көретін атыңызды жазыңыз (немесе «Заңгер» деп көрсетілу үшін «-» жазыңыз).
profile-choose = { $what } — керегін таңдаңыз (алып тастау үшін қайта басыңыз):

# a case in the lawyers' queue, on its button: short
queue-status-new = күтуде
queue-status-claimed = алынды

# a card of a case that was closed (not an error)
card-closed = ✅ <b>Іс { $ref }</b> жабылды.

# a ready answer is shown before it is sent
case-canned-preview = 👀 <b>{ $ref }</b> ісі бойынша клиент мынаны алады:
btn-canned-send = 📤 Клиентке жіберу
