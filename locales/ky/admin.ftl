# translation: draft, needs native review
# Администрация: билдирүүлөр, бөгөттөө, адамдар, буйруктар менюсу

cmd-duty = Кезметти баштоо же бүтүрүү
cmd-case = Активдүү ишиңиз
cmd-queue = Кезектеги иштер
cmd-profile = Тилдериңиз, аймактарыңыз, темаларыңыз
cmd-staff = Кызматкерлер жана алардын иштери
cmd-block = Иштин кардарын бөгөттөө: /block Q-XXXX
cmd-unblock = Бөгөттөн чыгаруу: /unblock Q-XXXX
cmd-audit = Иштин журналы: /audit Q-XXXX
cmd-stats = Статистика
cmd-announce = Билдирүү жөнөтүү
cmd-invite = Чакыруу: /invite lawyer|coordinator
cmd-export = Жашырылган экспорт (CSV)
cmd-reload = Билим базасын кайра жүктөө

help-coordinator =
    🧭 <b>Координаторлор үчүн</b>
    /staff — кызматкерлер, кезмет, тилдер жана ачык иштер
    /block Q-XXXX, /unblock Q-XXXX — иштин кардарын бөгөттөө же бөгөттөн чыгаруу (иштин астындагы баскыч да бар)
    /audit Q-XXXX — иш боюнча ким эмне кылды
    /invite lawyer — жаңы юрист үчүн бир жолку чакыруу шилтемеси
    /stats — кызматтын көрсөткүчтөрү (админдер жана координаторлор); /stats 2026-11-01 — ошол күндөн баштап
help-admin =
    🛠 <b>Администраторлор үчүн</b>
    /announce — билдирүү жазуу, алуучуларды тандоо, жөнөтүү
    /invite lawyer, /invite coordinator — чакыруу шилтемелери
    /staff — ролдорду өзгөртүү жана юристтерди чыгаруу
    /reload — билим базасын кайра жүктөө
    Иштен тышкары жазгандарыңыздын баары макалалардан изделет.
    /export — бардык иштердин жашыруун CSV файлы (админдер)
fallback-unknown-command = 🤔 Мен мындай буйрукту билбейм.

flood-slow-down = ✋ Сиз билдирүүлөрдү абдан тез жөнөтүп жатасыз, ошондуктан алардын бир бөлүгүн өткөрүп жибердим. Бир аз күтүп, маанилүүсүн кайра жөнөтүңүз.

btn-case-block = 🚫 Кардарды бөгөттөө / бөгөттөн чыгаруу
btn-case-audit = 📜 Иштин журналы
block-usage = Иштин номерин жазыңыз: /block Q-XXXX же /unblock Q-XXXX
block-done = 🚫 { $ref } ишинин кардары бөгөттөлдү: анын билдирүүлөрү мындан ары юристтерге жетпейт.
block-undone = ✅ { $ref } ишинин кардары бөгөттөн чыгарылды.
block-notice = ⛔ Сиздин билдирүүлөрүңүз мындан ары юристтерге жөнөтүлбөйт. Укуктарыңыз жөнүндө бул жерден окуй бересиз.

staff-role-lawyer = юрист
staff-role-coordinator = координатор
staff-role-admin = администратор
staff-role-client = кардар
staff-invite-usage = Кимди чакырабыз? /invite lawyer же /invite coordinator
staff-invite-link =
    🔗 Чакыруу: { $role } (бир жолку, { $hours } саат жарактуу):
    { $link }
    Аны ошол адамга гана жөнөтүңүз: биринчи ачкан адам кошулат.
staff-title = 👥 <b>Кызматкерлер</b> ({ $n })
staff-member = { $duty } { $name } — { $role } · { $languages } · ачык иштер: { $cases }
staff-member-full =
    { $duty } <b>{ $name }</b>
    Ролу: { $role }
    Кезмет: { $state }
    Тилдери: { $languages }
    Ачык иштер: { $cases }
staff-any-language = каалаган тил
staff-on-duty = кезметте
staff-off-duty = кезметте эмес
staff-btn-make-coordinator = ⬆️ Координатор кылуу
staff-btn-make-lawyer = ⬇️ Юрист кылуу
staff-btn-remove = ❌ Кызматкерлерден чыгаруу
staff-btn-remove-yes = ❌ Ооба, чыгаруу
staff-remove-confirm = { $name } кызматкерлерден чыгарылсынбы? Ачык иштер ({ $cases }) кезекке кайтат.
staff-removed = { $name } мындан ары кызматкер эмес. Кезекке кайткан иштер: { $refs }
staff-removed-coordinators = 👥 { $name } кызматкерлерден чыгарылды. Анын иштери кезекке кайтты: { $refs }
staff-removed-you = Сиз мындан ары Qorgau командасында эмессиз. Ишиңиз үчүн рахмат.
staff-role-changed-you = Qorgau'догу ролуңуз эми: { $role }. Эмне кыла аларыңызды көрүү үчүн /help жөнөтүңүз.
staff-audit-usage = Иштин номерин жазыңыз: /audit Q-XXXX
staff-audit-title = 📜 <b>{ $ref } ишинин журналы</b>
staff-audit-empty = Азырынча эч нерсе жазылган жок.

announce-start = 📣 <b>Жаңы билдирүү</b>
    Өз текстиңизди жазыңыз (ар бир тилге бир жолу) же билим базасынан макала жөнөтүңүз.
announce-btn-write = ✍️ Текст жазуу
announce-btn-article = 📄 Макала тандоо
announce-btn-add-language = ➕ Бир тилдеги текст
announce-btn-language = 🌐 Тил
announce-btn-region = 📍 Аймак
announce-btn-open = 📂 Ачык иши барларга гана: күйгүзүү/өчүрүү
announce-btn-send = ✅ Жөнөтүү…
announce-btn-confirm = ✅ Ооба, { $count } адамга жөнөтүү
announce-pick-language = Текст кайсы тилде болот?
announce-write-prompt = Текстти бул тилде жөнөтүңүз: { $language } (форматы сакталат).
announce-text-only = Билдирүүнү текст менен жөнөтүңүз.
announce-too-long = Текст өтө узун: эң көп { $limit } белги.
announce-pick-article = Кайсы макала?
announce-pick-audience = Кимге жөнөтүү керек?
announce-everyone = баарына
announce-everywhere = бардык жерде
announce-open-yes = ачык иши барларга гана
announce-open-no = иши бар да, жок да
announce-empty = (текст азырынча жок)
announce-draft =
    <b>Алдын ала көрүү</b> (сиздин тилиңиздеги окурман ушундай көрөт):

    { $preview }

    ———
    Тексттер жазылган тилдер: { $languages }
    Өз тилинде тексти жоктор демейки тилдеги текстти алышат.
    Алуучулар: { $language } · { $region } · { $open }
    Азыр алуучулар: <b>{ $count }</b>
announce-confirm = Бул билдирүүнү { $count } адамга жөнөтөлүбү? Анын астында билдирүүлөрдөн баш тартуу баскычы болот.
announce-cancelled = Билдирүү токтотулду, эч нерсе жөнөтүлгөн жок.
announce-queued = 📣 { $total } адамга Telegram уруксат берген ылдамдыкта жөнөтүп жатам. Жүрүшү ушул жерде көрүнөт.
announce-progress =
    📣 Билдирүү: { $total } ичинен { $sent } жөнөтүлдү
    Каталар: { $failed } · ботту бөгөттөгөндөр: { $blocked } · белгисиз: { $unsure } · калды: { $left }
announce-report =
    📣 <b>Билдирүү жөнөтүлдү</b>
    Алуучулар: { $total }
    Жеткирилди: { $sent }
    Каталар: { $failed }
    Ботту бөгөттөгөндөр (мындан ары алышпайт): { $blocked }
    Кайра иштетүүдөн кийин белгисиз (кайра жөнөтүлгөн жок): { $unsure }

announce-header = 📣 <b>Qorgau</b>
announce-read = 📖 Окуу
announce-btn-off = 🔕 Мындан ары жибербөө
news-btn-settings = 🔔 Билдирүүлөр
news-on = 🔔 Сиз Qorgau билдирүүлөрүн аласыз (сейрек: эрежелердин маанилүү өзгөрүүлөрү, жаңы кызматтар).
news-off = 🔕 Сиз билдирүүлөрдү албайсыз. Юристиңиздин жооптору ар дайым келет.
news-btn-mute = 🔕 Өчүрүү
news-btn-on = 🔔 Күйгүзүү
news-turned-off = 🔕 Даяр: билдирүүлөр мындан ары келбейт. Менюдан (🔔) кайра күйгүзсөңүз болот.
