# Администрирование: рассылки, блокировка, люди, меню команд (issue #12, пункты 4–7)

## Меню команд
cmd-duty = Начать или закончить дежурство
cmd-case = Ваше активное дело
cmd-queue = Дела в очереди
cmd-profile = Ваши языки, регионы, темы
cmd-staff = Сотрудники и их дела
cmd-block = Заблокировать клиента дела: /block Q-XXXX
cmd-unblock = Разблокировать: /unblock Q-XXXX
cmd-audit = Журнал дела: /audit Q-XXXX
cmd-stats = Статистика
cmd-announce = Отправить рассылку
cmd-invite = Пригласить: /invite lawyer|coordinator
cmd-export = Обезличенная выгрузка (CSV)
cmd-reload = Перезагрузить базу знаний

## /help по ролям
help-coordinator =
    🧭 <b>Для координаторов</b>
    /staff — сотрудники, дежурство, языки и открытые дела
    /block Q-XXXX, /unblock Q-XXXX — заблокировать или разблокировать клиента дела (также кнопка под делом)
    /audit Q-XXXX — кто и что делал по делу
    /invite lawyer — одноразовая ссылка-приглашение для нового юриста
    /stats — показатели сервиса (админы и координаторы); /stats 2026-11-01 — начиная с этого дня
help-admin =
    🛠 <b>Для администраторов</b>
    /announce — написать рассылку, выбрать получателей, отправить
    /invite lawyer, /invite coordinator — ссылки-приглашения
    /staff — также смена ролей и удаление юристов
    /reload — перезагрузить базу знаний
    Всё остальное, что вы пишете вне дела, ищется в статьях.
    /export — обезличенный CSV всех дел (админы)
fallback-unknown-command = 🤔 Я не знаю такой команды.

## Защита от флуда
flood-slow-down = ✋ Вы отправляете сообщения очень быстро, поэтому часть из них я пропустил. Подождите немного и отправьте ещё раз то, что важно.

## Блокировка
btn-case-block = 🚫 Заблокировать / разблокировать клиента
btn-case-audit = 📜 Журнал дела
block-usage = Укажите номер дела: /block Q-XXXX или /unblock Q-XXXX
block-done = 🚫 Клиент дела { $ref } заблокирован: его сообщения больше не доходят до юристов.
block-undone = ✅ Клиент дела { $ref } разблокирован.
block-notice = ⛔ Ваши сообщения больше не могут передаваться юристам. Читать о своих правах здесь вы по-прежнему можете.

## Люди
staff-role-lawyer = юрист
staff-role-coordinator = координатор
staff-role-admin = администратор
staff-role-client = клиент
staff-invite-usage = Кого пригласить? /invite lawyer или /invite coordinator
staff-invite-link =
    🔗 Приглашение: { $role } (одноразовое, действует { $hours } ч):
    { $link }
    Отправьте его только этому человеку: присоединится тот, кто откроет первым.
staff-title = 👥 <b>Сотрудники</b> ({ $n })
staff-member = { $duty } { $name } — { $role } · { $languages } · открытых дел: { $cases }
staff-member-full =
    { $duty } <b>{ $name }</b>
    Роль: { $role }
    Дежурство: { $state }
    Языки: { $languages }
    Открытых дел: { $cases }
staff-any-language = любой язык
staff-on-duty = на дежурстве
staff-off-duty = не на дежурстве
staff-btn-make-coordinator = ⬆️ Сделать координатором
staff-btn-make-lawyer = ⬇️ Сделать юристом
staff-btn-remove = ❌ Убрать из сотрудников
staff-btn-remove-yes = ❌ Да, убрать
staff-remove-confirm = Убрать { $name } из сотрудников? Открытые дела ({ $cases }) вернутся в очередь.
staff-removed = { $name } больше не сотрудник. Дела вернулись в очередь: { $refs }
staff-removed-coordinators = 👥 { $name } убран(а) из сотрудников. Его (её) дела вернулись в очередь: { $refs }
staff-removed-you = Вы больше не входите в команду Qorgau. Спасибо за вашу работу.
staff-role-changed-you = Ваша роль в Qorgau теперь: { $role }. Отправьте /help, чтобы увидеть, что вы можете.
staff-audit-usage = Укажите номер дела: /audit Q-XXXX
staff-audit-title = 📜 <b>Журнал дела { $ref }</b>
staff-audit-empty = Пока ничего не записано.

## Рассылки (администраторы)
announce-start = 📣 <b>Новая рассылка</b>
    Напишите свой текст (по одному на язык) или отправьте статью из базы знаний.
announce-btn-write = ✍️ Написать текст
announce-btn-article = 📄 Выбрать статью
announce-btn-add-language = ➕ Текст на языке
announce-btn-language = 🌐 Язык
announce-btn-region = 📍 Регион
announce-btn-open = 📂 Только с открытым делом: вкл/выкл
announce-btn-send = ✅ Отправить…
announce-btn-confirm = ✅ Да, отправить { $count }
announce-pick-language = На каком языке будет текст?
announce-write-prompt = Отправьте текст на языке: { $language } (оформление сохранится).
announce-text-only = Пожалуйста, отправьте рассылку текстом.
announce-too-long = Текст слишком длинный: не больше { $limit } символов.
announce-pick-article = Какую статью?
announce-pick-audience = Кому отправить?
announce-everyone = всем
announce-everywhere = везде
announce-open-yes = только тем, у кого есть открытое дело
announce-open-no = с делом и без
announce-empty = (текста пока нет)
announce-draft =
    <b>Предпросмотр</b> (так увидит читатель на вашем языке):

    { $preview }

    ———
    Тексты написаны на: { $languages }
    Кто не имеет текста на своём языке, получит текст на языке по умолчанию.
    Получатели: { $language } · { $region } · { $open }
    Сейчас получателей: <b>{ $count }</b>
announce-confirm = Отправить эту рассылку { $count } людям? Под ней будет кнопка, чтобы отказаться от рассылок.
announce-cancelled = Рассылка отменена, ничего не отправлено.
announce-queued = 📣 Отправляю { $total } людям в темпе, который допускает Telegram. Здесь будет видно, как идёт отправка.
announce-progress =
    📣 Рассылка: отправлено { $sent } из { $total }
    Ошибки: { $failed } · заблокировали бота: { $blocked } · неизвестно: { $unsure } · осталось: { $left }
announce-report =
    📣 <b>Рассылка отправлена</b>
    Получателей: { $total }
    Доставлено: { $sent }
    Ошибки: { $failed }
    Заблокировали бота (больше не получат): { $blocked }
    Неизвестно после перезапуска (повторно не отправлялось): { $unsure }

## Рассылки (читатели)
announce-header = 📣 <b>Qorgau</b>
announce-read = 📖 Читать
announce-btn-off = 🔕 Больше не присылать
news-btn-settings = 🔔 Рассылки
news-on = 🔔 Вы получаете рассылки Qorgau (редко: важные изменения правил, новые услуги).
news-off = 🔕 Вы не получаете рассылки. Ответы вашего юриста приходят всегда.
news-btn-mute = 🔕 Выключить
news-btn-on = 🔔 Включить
news-turned-off = 🔕 Готово: рассылок больше не будет. Включить снова можно в меню (🔔).
