# translation: draft, needs native review
# Әкімшілік: хабарламалар, бұғаттау, адамдар, команда мәзірі

cmd-duty = Кезекшілікті бастау немесе аяқтау
cmd-case = Белсенді ісіңіз
cmd-queue = Кезектегі істер
cmd-profile = Тілдеріңіз, өңірлеріңіз, тақырыптарыңыз
cmd-staff = Қызметкерлер және олардың істері
cmd-block = Іс клиентін бұғаттау: /block Q-XXXX
cmd-unblock = Бұғаттан шығару: /unblock Q-XXXX
cmd-audit = Іс журналы: /audit Q-XXXX
cmd-stats = Статистика
cmd-announce = Хабарлама жіберу
cmd-invite = Шақыру: /invite lawyer|coordinator
cmd-export = Иесіздендірілген экспорт (CSV)
cmd-reload = Білім қорын қайта жүктеу

help-coordinator =
    🧭 <b>Үйлестірушілерге</b>
    /staff — қызметкерлер, кезекшілік, тілдер және ашық істер
    /block Q-XXXX, /unblock Q-XXXX — іс клиентін бұғаттау немесе бұғаттан шығару (істің астындағы түйме де бар)
    /audit Q-XXXX — іс бойынша кім не істеді
    /invite lawyer — жаңа заңгерге бір реттік шақыру сілтемесі
    /stats — қызмет көрсеткіштері (әкімшілер мен үйлестірушілер); /stats 2026-11-01 — сол күннен бастап
help-admin =
    🛠 <b>Әкімшілерге</b>
    /announce — хабарлама жазу, алушыларды таңдау, жіберу
    /invite lawyer, /invite coordinator — шақыру сілтемелері
    /staff — рөлдерді өзгерту және заңгерлерді шығару
    /reload — білім қорын қайта жүктеу
    Іс сыртында жазғандарыңыздың бәрі мақалалардан ізделеді.
    /export — барлық істердің жасырын CSV файлы (әкімшілер)
fallback-unknown-command = 🤔 Мен мұндай команданы білмеймін.

flood-slow-down = ✋ Сіз хабарламаларды өте жылдам жіберіп жатырсыз, сондықтан олардың бір бөлігін өткізіп жібердім. Біраз күтіп, маңыздысын қайта жіберіңіз.

btn-case-block = 🚫 Клиентті бұғаттау / бұғаттан шығару
btn-case-audit = 📜 Іс журналы
block-usage = Іс нөмірін жазыңыз: /block Q-XXXX немесе /unblock Q-XXXX
block-done = 🚫 { $ref } ісінің клиенті бұғатталды: оның хабарламалары енді заңгерлерге жетпейді.
block-undone = ✅ { $ref } ісінің клиенті бұғаттан шығарылды.
block-notice = ⛔ Сіздің хабарламаларыңыз енді заңгерлерге жіберілмейді. Құқықтарыңыз туралы мұнда әлі де оқи аласыз.

staff-role-lawyer = заңгер
staff-role-coordinator = үйлестіруші
staff-role-admin = әкімші
staff-role-client = клиент
staff-invite-usage = Кімді шақырамыз? /invite lawyer немесе /invite coordinator
staff-invite-link =
    🔗 Шақыру: { $role } (бір реттік, { $hours } сағ жарамды):
    { $link }
    Оны тек сол адамға жіберіңіз: бірінші ашқан адам қосылады.
staff-title = 👥 <b>Қызметкерлер</b> ({ $n })
staff-member = { $duty } { $name } — { $role } · { $languages } · ашық істер: { $cases }
staff-member-full =
    { $duty } <b>{ $name }</b>
    Рөлі: { $role }
    Кезекшілік: { $state }
    Тілдері: { $languages }
    Ашық істер: { $cases }
staff-any-language = кез келген тіл
staff-on-duty = кезекшілікте
staff-off-duty = кезекшілікте емес
staff-btn-make-coordinator = ⬆️ Үйлестіруші ету
staff-btn-make-lawyer = ⬇️ Заңгер ету
staff-btn-remove = ❌ Қызметкерлерден шығару
staff-btn-remove-yes = ❌ Иә, шығару
staff-remove-confirm = { $name } қызметкерлерден шығарылсын ба? Ашық істер ({ $cases }) кезекке қайтады.
staff-removed = { $name } енді қызметкер емес. Кезекке қайтқан істер: { $refs }
staff-removed-coordinators = 👥 { $name } қызметкерлерден шығарылды. Оның істері кезекке қайтты: { $refs }
staff-removed-you = Сіз енді Qorgau командасында емессіз. Жұмысыңызға рахмет.
staff-role-changed-you = Qorgau-дағы рөліңіз енді: { $role }. Не істей алатыныңызды көру үшін /help жіберіңіз.
staff-audit-usage = Іс нөмірін жазыңыз: /audit Q-XXXX
staff-audit-title = 📜 <b>{ $ref } ісінің журналы</b>
staff-audit-empty = Әзірге ештеңе жазылмаған.

announce-start = 📣 <b>Жаңа хабарлама</b>
    Өз мәтініңізді жазыңыз (әр тілге бір рет) немесе білім қорынан мақала жіберіңіз.
announce-btn-write = ✍️ Мәтін жазу
announce-btn-article = 📄 Мақала таңдау
announce-btn-add-language = ➕ Бір тілдегі мәтін
announce-btn-language = 🌐 Тіл
announce-btn-region = 📍 Өңір
announce-btn-open = 📂 Тек ашық ісі барларға: қосу/өшіру
announce-btn-send = ✅ Жіберу…
announce-btn-confirm = ✅ Иә, { $count } адамға жіберу
announce-pick-language = Мәтін қай тілде болады?
announce-write-prompt = Мәтінді мына тілде жіберіңіз: { $language } (пішімі сақталады).
announce-text-only = Хабарламаны мәтінмен жіберіңіз.
announce-too-long = Мәтін тым ұзын: ең көбі { $limit } таңба.
announce-pick-article = Қай мақала?
announce-pick-audience = Кімге жіберу керек?
announce-everyone = барлығына
announce-everywhere = барлық жерде
announce-open-yes = тек ашық ісі барларға
announce-open-no = ісі бар да, жоқ та
announce-empty = (мәтін әлі жоқ)
announce-draft =
    <b>Алдын ала қарау</b> (сіздің тіліңіздегі оқырман осылай көреді):

    { $preview }

    ———
    Мәтіндер жазылған тілдер: { $languages }
    Өз тілінде мәтіні жоқтар әдепкі тілдегі мәтінді алады.
    Алушылар: { $language } · { $region } · { $open }
    Қазір алушылар: <b>{ $count }</b>
announce-confirm = Бұл хабарламаны { $count } адамға жіберу керек пе? Оның астында хабарламалардан бас тарту түймесі болады.
announce-cancelled = Хабарлама тоқтатылды, ештеңе жіберілмеді.
announce-queued = 📣 { $total } адамға Telegram рұқсат ететін қарқынмен жіберіп жатырмын. Барысы осы жерде көрінеді.
announce-progress =
    📣 Хабарлама: { $total } ішінен { $sent } жіберілді
    Қателер: { $failed } · ботты бұғаттағандар: { $blocked } · белгісіз: { $unsure } · қалды: { $left }
announce-report =
    📣 <b>Хабарлама жіберілді</b>
    Алушылар: { $total }
    Жеткізілді: { $sent }
    Қателер: { $failed }
    Ботты бұғаттағандар (енді алмайды): { $blocked }
    Қайта іске қосудан кейін белгісіз (қайта жіберілмеді): { $unsure }

announce-header = 📣 <b>Qorgau</b>
announce-read = 📖 Оқу
announce-btn-off = 🔕 Енді жібермеу
news-btn-settings = 🔔 Хабарламалар
news-on = 🔔 Сіз Qorgau хабарламаларын аласыз (сирек: ережелердің маңызды өзгерістері, жаңа қызметтер).
news-off = 🔕 Сіз хабарламаларды алмайсыз. Заңгеріңіздің жауаптары әрқашан келеді.
news-btn-mute = 🔕 Өшіру
news-btn-on = 🔔 Қосу
news-turned-off = 🔕 Дайын: хабарламалар енді келмейді. Мәзірде (🔔) қайта қосуға болады.
