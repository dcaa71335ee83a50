invite-welcome = { $role ->
    [coordinator] ✅ Теперь вы <b>координатор</b> в Qorgau.
   *[lawyer] ✅ Теперь вы <b>дежурный юрист</b> в Qorgau.
}

    Отправьте /duty, чтобы заступить на дежурство: после этого новые дела будут приходить сюда. Команда /profile задаёт ваши языки, регионы и темы; /help покажет, что вы можете делать.
invite-invalid = ⛔ Эта ссылка-приглашение недействительна: она уже использована или срок её действия истёк. Пожалуйста, запросите новую у координатора.
duty-on = 🟢 Вы <b>на дежурстве</b>. Новые дела, подходящие под ваш профиль, будут приходить сюда. Чтобы завершить дежурство, снова отправьте /duty.
duty-off = ⚪️ Вы <b>не на дежурстве</b>. Новые дела к вам поступать не будут.
duty-state-on = 🟢 на дежурстве
duty-state-off = ⚪️ не на дежурстве

card-new =
    🆕 <b>Дело { $ref }</b> · { $priority }
    Тема: { $topic }
    Срочность: { $urgency }
    Регион: { $region }
    Язык: { $language }
    Ожидание: { $age }
card-reminder =
    ⏰ <b>Всё ещё ожидает: дело { $ref }</b> · { $priority }
    Тема: { $topic }
    Срочность: { $urgency }
    Регион: { $region }
    Язык: { $language }
    Ожидание: { $age }
card-escalated =
    ⚠️ <b>Эскалация: дело { $ref }</b> · { $priority } никто не взял за { $age }.
    Тема: { $topic } · Регион: { $region } · Язык: { $language }
card-claimed = ✅ <b>Дело { $ref }</b> взято в работу: { $lawyer }.
card-claimed-you = ✅ <b>Дело { $ref }</b>: вы взяли это дело.
lawyer-anonymous = юрист
lawyer-signature = Юрист
btn-claim = 🙋 Взять
btn-open-case = 📂 Открыть дело
claim-won = Вы взяли дело { $ref }.
claim-lost = Это дело уже взял другой юрист.
claim-won-open-chat = Вы взяли дело { $ref }, но я пока не могу написать вам в личные сообщения. Откройте чат со мной, нажмите «Старт» и отправьте /case, чтобы увидеть дело.

case-header =
    📂 <b>Дело { $ref }</b> · { $priority }
    Тема: { $topic }
    Срочность: { $urgency }
    Регион: { $region }
    Гражданство: { $citizenship }
    Язык: { $language }
    Ожидание: { $age }
case-phone = 📞 Телефон (клиент сообщил сам): { $phone }
case-from-client = Клиент
case-from-lawyer = Юрист
case-note = 🔒 Заметка
case-attachment = [{ $kind }]
case-file-caption = 📎 Дело { $ref }: вложение от клиента
btn-case-write = ✍️ Написать клиенту
btn-case-note = 📝 Внутренняя заметка
btn-case-canned = 💬 Готовые ответы
btn-case-transfer = 🔁 Передать
btn-case-release = ↩️ Вернуть в очередь
btn-case-close = ✅ Закрыть
case-writing-to = ✍️ Всё, что вы сейчас пишете, уходит клиенту по делу { $ref }.
case-note-prompt = 📝 Напишите заметку к делу <b>{ $ref }</b>. Клиент её никогда не увидит.
case-note-saved = 🔒 Заметка сохранена. Клиент её не видит.
case-canned-pick = 💬 Готовые ответы ({ $language }) для дела <b>{ $ref }</b>: нажмите на ответ, чтобы отправить его.
case-transfer-pick = 🔁 Передать дело <b>{ $ref }</b>:
case-transfer-nobody = Нет другого юриста, которому можно передать дело.
case-transferred = 🔁 Дело <b>{ $ref }</b> передано.
case-transferred-to-you = 🔁 Вам передано дело <b>{ $ref }</b>. Отправьте /case, чтобы его увидеть.
case-taken-away = ℹ️ Координатор передал дело <b>{ $ref }</b> другому юристу.
case-released = ↩️ Дело <b>{ $ref }</b> возвращено в очередь.
case-close-confirm = Закрытие дела <b>{ $ref }</b>: каков результат? Клиент получит уведомление.
case-closed = ✅ Дело <b>{ $ref }</b> закрыто: { $outcome }.
case-withdrawn = ℹ️ Клиент отозвал дело <b>{ $ref }</b>. Дело закрыто.
case-client-added = ℹ️ Клиент добавил информацию к делу <b>{ $ref }</b>. Отправьте /case, чтобы её увидеть.
outcome-advice = Дана консультация
outcome-representation = Принято представительство
outcome-no_response = Клиент не отвечает
outcome-duplicate = Дубликат
lawyer-no-active-case = У вас нет активного дела. Нажмите <b>Взять</b> на карточке дела, отправьте /queue, чтобы увидеть ожидающие дела, или нажмите <b>Написать клиенту</b> под одним из ваших дел.
case-erased-by-client = ℹ️ Клиент по делу <b>{ $ref }</b> удалил свои данные. Дело закрыто.

queue-title = 📋 <b>Ожидающие дела</b>: { $count }. Нажмите на дело, чтобы открыть его.
queue-empty = 📋 Нет дел, подходящих под эти фильтры.
queue-any = все
queue-pick = Выберите:
queue-filter-priority = Приоритет
queue-filter-lang = Язык
queue-filter-region = Регион
queue-filter-topic = Тема

profile-show =
    👤 <b>Ваш профиль</b>
    Имя для клиентов: { $name }
    Языки: { $languages }
    Регионы: { $regions }
    Темы: { $topics }
    Статус: { $duty }

    Новые дела приходят к вам, только если они подходят под эти параметры (если ничего не выбрано — любые).
btn-profile-name = ✏️ Имя для клиентов
btn-profile-languages = 🗣 Языки
btn-profile-regions = 📍 Регионы
btn-profile-topics = 📚 Темы
btn-done = ✅ Готово
profile-name-prompt = Напишите имя, которое будут видеть клиенты (или «-», чтобы подписываться как «Юрист»).
profile-choose = { $what } — выберите нужное (нажмите ещё раз, чтобы убрать):

# a case in the lawyers' queue, on its button: short
queue-status-new = ждёт
queue-status-claimed = взято

# a card of a case that was closed (not an error)
card-closed = ✅ <b>Дело { $ref }</b> закрыто.

# a ready answer is shown before it is sent
case-canned-preview = 👀 Вот что получит клиент по делу <b>{ $ref }</b>:
btn-canned-send = 📤 Отправить клиенту
