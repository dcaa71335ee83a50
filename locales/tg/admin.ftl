# translation: draft, needs native review
# Маъмурият: эълонҳо, манъкунӣ, одамон, менюи фармонҳо

cmd-duty = Оғоз ё анҷоми навбатдорӣ
cmd-case = Парвандаи фаъоли шумо
cmd-queue = Парвандаҳо дар навбат
cmd-profile = Забонҳо, минтақаҳо ва мавзӯъҳои шумо
cmd-staff = Кормандон ва парвандаҳои онҳо
cmd-block = Манъ кардани мизоҷи парванда: /block Q-XXXX
cmd-unblock = Аз манъ баровардан: /unblock Q-XXXX
cmd-audit = Дафтари парванда: /audit Q-XXXX
cmd-stats = Омор
cmd-announce = Фиристодани эълон
cmd-invite = Даъват: /invite lawyer|coordinator
cmd-export = Содироти беном (CSV)
cmd-reload = Аз нав бор кардани пойгоҳи дониш

help-coordinator =
    🧭 <b>Барои ҳамоҳангсозон</b>
    /staff — кормандон, навбатдорӣ, забонҳо ва парвандаҳои кушода
    /block Q-XXXX, /unblock Q-XXXX — манъ ё аз манъ баровардани мизоҷи парванда (тугма дар зери парванда низ ҳаст)
    /audit Q-XXXX — кӣ дар парванда чӣ кард
    /invite lawyer — истиноди яккаратаи даъват барои ҳуқуқшиноси нав
    /stats — нишондиҳандаҳои хизмат (маъмурон ва ҳамоҳангсозон); /stats 2026-11-01 — аз ҳамон рӯз
help-admin =
    🛠 <b>Барои маъмурон</b>
    /announce — навиштани эълон, интихоби гирандагон, фиристодан
    /invite lawyer, /invite coordinator — истинодҳои даъват
    /staff — инчунин иваз кардани нақшҳо ва хориҷ кардани ҳуқуқшиносон
    /reload — аз нав бор кардани пойгоҳи дониш
    Ҳар чизе, ки берун аз парванда менависед, дар мақолаҳо ҷустуҷӯ мешавад.
    /export — файли CSV-и беноми ҳамаи парвандаҳо (маъмурон)
fallback-unknown-command = 🤔 Ман чунин фармонро намедонам.

flood-slow-down = ✋ Шумо паёмҳоро хеле зуд мефиристед, бинобар ин як қисми онҳоро гузаронда фиристодам. Каме сабр кунед ва чизи муҳимро дубора фиристед.

btn-case-block = 🚫 Манъ / аз манъ баровардани мизоҷ
btn-case-audit = 📜 Дафтари парванда
block-usage = Рақами парвандаро нависед: /block Q-XXXX ё /unblock Q-XXXX
block-done = 🚫 Мизоҷи парвандаи { $ref } манъ шуд: паёмҳояш дигар ба ҳуқуқшиносон намерасанд.
block-undone = ✅ Мизоҷи парвандаи { $ref } аз манъ бароварда шуд.
block-notice = ⛔ Паёмҳои шумо дигар ба ҳуқуқшиносон фиристода намешаванд. Дар бораи ҳуқуқҳоятон дар ин ҷо хонда метавонед.

staff-role-lawyer = ҳуқуқшинос
staff-role-coordinator = ҳамоҳангсоз
staff-role-admin = маъмур
staff-role-client = мизоҷ
staff-invite-usage = Киро даъват кунем? /invite lawyer ё /invite coordinator
staff-invite-link =
    🔗 Даъват: { $role } (яккарата, { $hours } соат эътибор дорад):
    { $link }
    Онро танҳо ба ҳамон шахс фиристед: касе, ки аввал кушояд, ҳамроҳ мешавад.
staff-title = 👥 <b>Кормандон</b> ({ $n })
staff-member = { $duty } { $name } — { $role } · { $languages } · парвандаҳои кушода: { $cases }
staff-member-full =
    { $duty } <b>{ $name }</b>
    Нақш: { $role }
    Навбатдорӣ: { $state }
    Забонҳо: { $languages }
    Парвандаҳои кушода: { $cases }
staff-any-language = ҳар забон
staff-on-duty = дар навбатдорӣ
staff-off-duty = на дар навбатдорӣ
staff-btn-make-coordinator = ⬆️ Ҳамоҳангсоз кардан
staff-btn-make-lawyer = ⬇️ Ҳуқуқшинос кардан
staff-btn-remove = ❌ Аз кормандон хориҷ кардан
staff-btn-remove-yes = ❌ Ҳа, хориҷ кардан
staff-remove-confirm = { $name } аз кормандон хориҷ карда шавад? Парвандаҳои кушода ({ $cases }) ба навбат бармегарданд.
staff-removed = { $name } дигар корманд нест. Парвандаҳое, ки ба навбат баргаштанд: { $refs }
staff-removed-coordinators = 👥 { $name } аз кормандон хориҷ карда шуд. Парвандаҳояш ба навбат баргаштанд: { $refs }
staff-removed-you = Шумо дигар дар дастаи Qorgau нестед. Ташаккур барои кори шумо.
staff-role-changed-you = Нақши шумо дар Qorgau акнун: { $role }. Барои дидани имкониятҳоятон /help фиристед.
staff-audit-usage = Рақами парвандаро нависед: /audit Q-XXXX
staff-audit-title = 📜 <b>Дафтари парвандаи { $ref }</b>
staff-audit-empty = Ҳоло чизе сабт нашудааст.

announce-start = 📣 <b>Эълони нав</b>
    Матни худро нависед (барои ҳар забон як бор) ё мақолаеро аз пойгоҳи дониш фиристед.
announce-btn-write = ✍️ Навиштани матн
announce-btn-article = 📄 Интихоби мақола
announce-btn-add-language = ➕ Матн ба як забон
announce-btn-language = 🌐 Забон
announce-btn-region = 📍 Минтақа
announce-btn-open = 📂 Танҳо бо парвандаи кушода: фаъол/хомӯш
announce-btn-send = ✅ Фиристодан…
announce-btn-confirm = ✅ Ҳа, ба { $count } нафар фиристед
announce-pick-language = Матн бо кадом забон мешавад?
announce-write-prompt = Матнро бо ин забон фиристед: { $language } (формат нигоҳ дошта мешавад).
announce-text-only = Лутфан эълонро ҳамчун матн фиристед.
announce-too-long = Матн хеле дароз аст: на зиёда аз { $limit } аломат.
announce-pick-article = Кадом мақола?
announce-pick-audience = Ба кӣ фиристем?
announce-everyone = ба ҳама
announce-everywhere = дар ҳама ҷо
announce-open-yes = танҳо ба онҳое, ки парвандаи кушода доранд
announce-open-no = бо парванда ва бе он
announce-empty = (ҳанӯз матн нест)
announce-draft =
    <b>Пешнамоиш</b> (хонандаи забони шумо чунин мебинад):

    { $preview }

    ———
    Матнҳо навишта шудаанд бо: { $languages }
    Касоне, ки бо забони худ матн надоранд, матнро бо забони пешфарз мегиранд.
    Гирандагон: { $language } · { $region } · { $open }
    Ҳоло гирандагон: <b>{ $count }</b>
announce-confirm = Ин эълон ба { $count } нафар фиристода шавад? Дар зери он тугмаи даст кашидан аз эълонҳо хоҳад буд.
announce-cancelled = Эълон бекор шуд, ҳеҷ чиз фиристода нашуд.
announce-queued = 📣 Ба { $total } нафар бо суръате, ки Telegram иҷозат медиҳад, мефиристам. Ҷараён дар ин ҷо дида мешавад.
announce-progress =
    📣 Эълон: { $sent } аз { $total } фиристода шуд
    Хатоҳо: { $failed } · ботро манъ карданд: { $blocked } · номаълум: { $unsure } · боқӣ: { $left }
announce-report =
    📣 <b>Эълон фиристода шуд</b>
    Гирандагон: { $total }
    Расонида шуд: { $sent }
    Хатоҳо: { $failed }
    Ботро манъ карданд (дигар намегиранд): { $blocked }
    Пас аз бозоғозӣ номаълум (дубора фиристода нашуд): { $unsure }

announce-header = 📣 <b>Qorgau</b>
announce-read = 📖 Хондан
announce-btn-off = 🔕 Дигар нафиристед
news-btn-settings = 🔔 Эълонҳо
news-on = 🔔 Шумо эълонҳои Qorgau-ро мегиред (кам: тағйироти муҳими қоидаҳо, хидматҳои нав).
news-off = 🔕 Шумо эълонҳо намегиред. Ҷавобҳои ҳуқуқшиноси шумо ҳамеша меоянд.
news-btn-mute = 🔕 Хомӯш кардан
news-btn-on = 🔔 Фаъол кардан
news-turned-off = 🔕 Тайёр: дигар эълон намеояд. Дар меню (🔔) онро дубора фаъол карда метавонед.
