# translation: draft (no native review yet)
invite-welcome = { $role ->
    [coordinator] ✅ Эми сиз Qorgau ботунда <b>координаторсуз</b>.
   *[lawyer] ✅ Эми сиз Qorgau ботунда <b>кезекчи юристсиз</b>.
}

    Кезекчиликке туруу үчүн /duty жибериңиз: андан кийин жаңы иштер ушул жерге келет. /profile — тилдериңизди, аймактарыңызды жана темаларыңызды жөндөө; /help — эмне кыла аларыңызды көрсөтөт.
invite-invalid = ⛔ Бул чакыруу шилтемеси жараксыз: ал мурда колдонулган же мөөнөтү бүткөн. Координатордон жаңысын сураңыз.
duty-on = 🟢 Сиз <b>кезекчиликтесиз</b>. Профилиңизге туура келген жаңы иштер ушул жерге келет. Кезекчиликтен чыгуу үчүн /duty буйругун кайра жибериңиз.
duty-off = ⚪️ Сиз <b>кезекчиликте эмессиз</b>. Жаңы иштер сизге келбейт.
duty-state-on = 🟢 кезекчиликте
duty-state-off = ⚪️ кезекчиликте эмес

card-new =
    🆕 <b>Иш { $ref }</b> · { $priority }
    Тема: { $topic }
    Шашылыш: { $urgency }
    Аймак: { $region }
    Тил: { $language }
    Күтүүдө: { $age }
card-reminder =
    ⏰ <b>Дагы эле күтүүдө: иш { $ref }</b> · { $priority }
    Тема: { $topic }
    Шашылыш: { $urgency }
    Аймак: { $region }
    Тил: { $language }
    Күтүүдө: { $age }
card-escalated =
    ⚠️ <b>Эскалация: иш { $ref }</b> · { $priority } — { $age } бою дагы эле эч ким алган жок.
    Тема: { $topic } · Аймак: { $region } · Тил: { $language }
card-claimed = ✅ <b>Иш { $ref }</b>: аны алган — { $lawyer }.
card-claimed-you = ✅ <b>Иш { $ref }</b>: бул ишти сиз алдыңыз.
lawyer-anonymous = юрист
lawyer-signature = Юрист
btn-claim = 🙋 Алуу
btn-open-case = 📂 Ишти ачуу
claim-won = Сиз { $ref } ишин алдыңыз.
claim-lost = Бул ишти башка юрист алып койгон.
claim-won-open-chat = Сиз { $ref } ишин алдыңыз, бирок мен сизге азырынча жеке жаза албайм. Мени менен чат ачып, Start баскычын басыңыз, анан ишти көрүү үчүн /case жибериңиз.

case-header =
    📂 <b>Иш { $ref }</b> · { $priority }
    Тема: { $topic }
    Шашылыш: { $urgency }
    Аймак: { $region }
    Жарандык: { $citizenship }
    Тил: { $language }
    Канча күтүүдө: { $age }
case-phone = 📞 Телефон (кардар берген): { $phone }
case-from-client = Кардар
case-from-lawyer = Юрист
case-note = 🔒 Эскертме
case-attachment = [{ $kind }]
case-file-caption = 📎 Иш { $ref }: кардардын тиркемеси
btn-case-write = ✍️ Кардарга жазуу
btn-case-note = 📝 Ички эскертме
btn-case-canned = 💬 Даяр жооптор
btn-case-transfer = 🔁 Өткөрүп берүү
btn-case-release = ↩️ Кезекке кайтаруу
btn-case-close = ✅ Жабуу
case-writing-to = ✍️ Азыр жазгандарыңыздын баары { $ref } ишинин кардарына кетет.
case-note-prompt = 📝 <b>{ $ref }</b> иши боюнча эскертме жазыңыз. Кардар аны эч качан көрбөйт.
case-note-saved = 🔒 Эскертме сакталды. Кардар аны көрбөйт.
case-canned-pick = 💬 <b>{ $ref }</b> иши үчүн даяр жооптор ({ $language }): жөнөтүү үчүн бирөөнү басыңыз.
case-transfer-pick = 🔁 <b>{ $ref }</b> ишин кимге өткөрүп берүү:
case-transfer-nobody = Өткөрүп бере турган башка юрист жок.
case-transferred = 🔁 <b>{ $ref }</b> иши өткөрүп берилди.
case-transferred-to-you = 🔁 <b>{ $ref }</b> иши сизге өткөрүлүп берилди. Көрүү үчүн /case жибериңиз.
case-taken-away = ℹ️ Координатор <b>{ $ref }</b> ишин башка юристке өткөрүп берди.
case-released = ↩️ <b>{ $ref }</b> иши кайра кезекке кайтты.
case-close-confirm = <b>{ $ref }</b> ишин жабуу: натыйжасы кандай болду? Кардарга билдирилет.
case-closed = ✅ <b>{ $ref }</b> иши жабылды: { $outcome }.
case-withdrawn = ℹ️ Кардар <b>{ $ref }</b> ишин кайтарып алды. Иш жабылды.
case-client-added = ℹ️ Кардар <b>{ $ref }</b> ишине маалымат кошту. Көрүү үчүн /case жибериңиз.
outcome-advice = Кеңеш берилди
outcome-representation = Өкүлчүлүккө алынды
outcome-no_response = Кардар жооп берген жок
outcome-duplicate = Кайталанган
lawyer-no-active-case = Сизде активдүү иш жок. Иштин карточкасындагы <b>Алуу</b> баскычын басыңыз, күтүп жаткан иштерди көрүү үчүн /queue жибериңиз, же өз иштериңиздин биринин астындагы <b>Кардарга жазуу</b> баскычын басыңыз.
case-erased-by-client = ℹ️ <b>{ $ref }</b> ишинин кардары өз маалыматтарын өчүрдү. Иш жабылды.

queue-title = 📋 <b>Күтүп жаткан иштер</b>: { $count }. Ачуу үчүн бирөөнү басыңыз.
queue-empty = 📋 Бул чыпкаларга туура келген иш жок.
queue-any = баары
queue-pick = Тандаңыз:
queue-filter-priority = Артыкчылык
queue-filter-lang = Тил
queue-filter-region = Аймак
queue-filter-topic = Тема

profile-show =
    👤 <b>Сиздин профилиңиз</b>
    Кардарларга көрүнгөн ат: { $name }
    Тилдер: { $languages }
    Аймактар: { $regions }
    Темалар: { $topics }
    Абалы: { $duty }

    Жаңы иштер сизге ушуларга туура келсе гана келет (бош болсо — баары).
btn-profile-name = ✏️ Кардарларга көрүнгөн ат
btn-profile-languages = 🗣 Тилдер
btn-profile-regions = 📍 Аймактар
btn-profile-topics = 📚 Темалар
btn-done = ✅ Даяр
profile-name-prompt = Кардарлар көрө турган атыңызды жазыңыз (же «Юрист» деп көрсөтүлүшү үчүн "-" жазыңыз).
profile-choose = Тандаңыз: { $what } (алып салуу үчүн кайра басыңыз):

# a case in the lawyers' queue, on its button: short
queue-status-new = күтүүдө
queue-status-claimed = алынды

# a card of a case that was closed (not an error)
card-closed = ✅ <b>Иш { $ref }</b> жабылды.

# a ready answer is shown before it is sent
case-canned-preview = 👀 <b>{ $ref }</b> иши боюнча кардар муну алат:
btn-canned-send = 📤 Кардарга жөнөтүү
