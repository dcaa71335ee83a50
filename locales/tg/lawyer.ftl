# translation: draft (no native review yet)
invite-welcome = { $role ->
    [coordinator] ✅ Акнун шумо дар Qorgau <b>ҳамоҳангсоз</b> ҳастед.
   *[lawyer] ✅ Акнун шумо дар Qorgau <b>ҳуқуқшиноси навбатдор</b> ҳастед.
}

    Барои ба навбатдорӣ даромадан /duty фиристед: баъд парвандаҳои нав ба ин ҷо меоянд. /profile забонҳо, минтақаҳо ва мавзӯъҳои шуморо танзим мекунад; /help нишон медиҳад, ки шумо чӣ кор карда метавонед.
invite-invalid = ⛔ Ин пайванди даъват дуруст нест: он аллакай истифода шудааст ё мӯҳлаташ гузаштааст. Лутфан аз ҳамоҳангсоз пайванди нав пурсед.
duty-on = 🟢 Шумо <b>дар навбатдорӣ</b> ҳастед. Парвандаҳои наве, ки ба профили шумо мувофиқанд, ба ин ҷо меоянд. Барои аз навбатдорӣ баромадан /duty-ро боз фиристед.
duty-off = ⚪️ Шумо <b>дар навбатдорӣ нестед</b>. Парвандаҳои нав ба шумо намеоянд.
duty-state-on = 🟢 дар навбатдорӣ
duty-state-off = ⚪️ дар навбатдорӣ не

card-new =
    🆕 <b>Парвандаи { $ref }</b> · { $priority }
    Мавзӯъ: { $topic }
    Фаврӣ: { $urgency }
    Минтақа: { $region }
    Забон: { $language }
    Интизор: { $age }
card-reminder =
    ⏰ <b>Ҳанӯз интизор аст: парвандаи { $ref }</b> · { $priority }
    Мавзӯъ: { $topic }
    Фаврӣ: { $urgency }
    Минтақа: { $region }
    Забон: { $language }
    Интизор: { $age }
card-escalated =
    ⚠️ <b>Эскалатсия: парвандаи { $ref }</b> · { $priority } баъд аз { $age } ҳанӯз гирифта нашудааст.
    Мавзӯъ: { $topic } · Минтақа: { $region } · Забон: { $language }
card-claimed = ✅ <b>Парвандаи { $ref }</b>-ро { $lawyer } гирифт.
card-claimed-you = ✅ <b>Парвандаи { $ref }</b>: шумо ин парвандаро гирифтед.
lawyer-anonymous = ҳуқуқшинос
lawyer-signature = Ҳуқуқшинос
btn-claim = 🙋 Гирифтан
btn-open-case = 📂 Кушодани парванда
claim-won = Шумо парвандаи { $ref }-ро гирифтед.
claim-lost = Ин парвандаро аллакай ҳуқуқшиноси дигар гирифтааст.
claim-won-open-chat = Шумо парвандаи { $ref }-ро гирифтед, вале ман ҳанӯз ба шумо шахсан навишта наметавонам. Бо ман чат кушоед, Start-ро пахш кунед, баъд барои дидани парванда /case фиристед.

case-header =
    📂 <b>Парвандаи { $ref }</b> · { $priority }
    Мавзӯъ: { $topic }
    Фаврӣ: { $urgency }
    Минтақа: { $region }
    Шаҳрвандӣ: { $citizenship }
    Забон: { $language }
    Интизор аз: { $age }
case-phone = 📞 Телефон (мизоҷ фиристод): { $phone }
case-from-client = Мизоҷ
case-from-lawyer = Ҳуқуқшинос
case-note = 🔒 Қайд
case-attachment = [{ $kind }]
case-file-caption = 📎 Парвандаи { $ref }: замима аз мизоҷ
btn-case-write = ✍️ Ба мизоҷ навиштан
btn-case-note = 📝 Қайди дохилӣ
btn-case-canned = 💬 Ҷавобҳои тайёр
btn-case-transfer = 🔁 Супоридан
btn-case-release = ↩️ Ба навбат баргардонидан
btn-case-close = ✅ Пӯшидан
case-writing-to = ✍️ Ҳар чизе, ки ҳозир менависед, ба мизоҷи парвандаи { $ref } меравад.
case-note-prompt = 📝 Қайдро барои парвандаи <b>{ $ref }</b> нависед. Мизоҷ онро ҳеҷ гоҳ намебинад.
case-note-saved = 🔒 Қайд нигоҳ дошта шуд. Мизоҷ онро намебинад.
case-canned-pick = 💬 Ҷавобҳои тайёр бо забони { $language } барои парвандаи <b>{ $ref }</b>: барои фиристодан якеро пахш кунед.
case-transfer-pick = 🔁 Парвандаи <b>{ $ref }</b>-ро ба кӣ супоридан:
case-transfer-nobody = Ҳуқуқшиноси дигаре нест, ки ба ӯ супоридан мумкин бошад.
case-transferred = 🔁 Парвандаи <b>{ $ref }</b> супорида шуд.
case-transferred-to-you = 🔁 Парвандаи <b>{ $ref }</b> ба шумо супорида шуд. Барои дидани он /case фиристед.
case-taken-away = ℹ️ Ҳамоҳангсоз парвандаи <b>{ $ref }</b>-ро ба ҳуқуқшиноси дигар дод.
case-released = ↩️ Парвандаи <b>{ $ref }</b> ба навбат баргашт.
case-close-confirm = Пӯшидани парвандаи <b>{ $ref }</b>: натиҷа чӣ буд? Ба мизоҷ хабар дода мешавад.
case-closed = ✅ Парвандаи <b>{ $ref }</b> пӯшида шуд: { $outcome }.
case-withdrawn = ℹ️ Мизоҷ парвандаи <b>{ $ref }</b>-ро бозпас гирифт. Он пӯшида шуд.
case-client-added = ℹ️ Мизоҷ ба парвандаи <b>{ $ref }</b> маълумот илова кард. Барои дидани он /case фиристед.
outcome-advice = Маслиҳат дода шуд
outcome-representation = Намояндагӣ қабул шуд
outcome-no_response = Мизоҷ ҷавоб надод
outcome-duplicate = Такрорӣ
lawyer-no-active-case = Шумо парвандаи фаъол надоред. Дар корти парванда <b>Гирифтан</b>-ро пахш кунед, барои дидани парвандаҳои интизорӣ /queue фиристед ё дар зери яке аз парвандаҳои худ <b>Ба мизоҷ навиштан</b>-ро пахш кунед.
case-erased-by-client = ℹ️ Мизоҷи парвандаи <b>{ $ref }</b> маълумоти худро нест кард. Парванда пӯшида шуд.

queue-title = 📋 <b>Парвандаҳои интизорӣ</b>: { $count }. Барои кушодан якеро пахш кунед.
queue-empty = 📋 Ягон парванда ба ин филтрҳо мувофиқ нест.
queue-any = ҳар кадом
queue-pick = Интихоб кунед:
queue-filter-priority = Афзалият
queue-filter-lang = Забон
queue-filter-region = Минтақа
queue-filter-topic = Мавзӯъ

profile-show =
    👤 <b>Профили шумо</b>
    Номе, ки мизоҷон мебинанд: { $name }
    Забонҳо: { $languages }
    Минтақаҳо: { $regions }
    Мавзӯъҳо: { $topics }
    Ҳолат: { $duty }

    Парвандаҳои нав танҳо агар мувофиқ бошанд, ба шумо меоянд (холӣ яъне ҳар кадом).
btn-profile-name = ✏️ Номе, ки мизоҷон мебинанд
btn-profile-languages = 🗣 Забонҳо
btn-profile-regions = 📍 Минтақаҳо
btn-profile-topics = 📚 Мавзӯъҳо
btn-done = ✅ Тайёр
profile-name-prompt = Номеро нависед, ки мизоҷон бояд бинанд (ё "-", то ҳамчун "Ҳуқуқшинос" нишон дода шавад).
profile-choose = { $what }-ро интихоб кунед (барои хориҷ кардан боз пахш кунед):

# a case in the lawyers' queue, on its button: short
queue-status-new = интизор
queue-status-claimed = гирифта шуд

# a card of a case that was closed (not an error)
card-closed = ✅ <b>Парвандаи { $ref }</b> баста шуд.

# a ready answer is shown before it is sent
case-canned-preview = 👀 Мизоҷи парвандаи <b>{ $ref }</b> инро мегирад:
btn-canned-send = 📤 Ба мизоҷ фиристодан
