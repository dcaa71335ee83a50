mycases-title = 📂 <b>Ваши дела</b>
mycases-none = У вас пока нет дел. Чтобы задать вопрос юристу, откройте /menu и нажмите «Спросить юриста».
mycases-item = { $ref } · { $status } · { $topic }
mycases-case =
    📂 <b>Дело { $ref }</b>
    Статус: { $status }
    Открыто: { $date }
status-new = ждёт юриста
status-claimed = юрист работает над делом
status-closed = закрыто
btn-add-info = ✍️ Добавить информацию
btn-withdraw = 🗑 Отозвать запрос
btn-withdraw-yes = 🗑 Да, отозвать
mycases-withdraw-confirm = Отозвать дело <b>{ $ref }</b>? Юрист получит уведомление, и дело будет закрыто.
mycases-withdrawn = Дело <b>{ $ref }</b> отозвано. Если вам снова нужна помощь, отправьте /menu.
mycases-writing = ✍️ Пишите: ваши сообщения будут добавлены к делу <b>{ $ref }</b>.
mycases-left = Вы вышли из чата с юристом. Ваше дело остаётся открытым. Вернуться можно командой /mycases.
btn-leave-case = 🚪 Выйти из чата с юристом
btn-my-cases = 📂 Мои дела
btn-solved-yes = 👍 Да, решена
btn-solved-no = 👎 Не решена
rating-ask = Как вы оцените помощь, которую получили? (1 — плохо, 5 — отлично)
rating-thanks = Спасибо! Ваш ответ помогает нам стать лучше.

# after "not solved" and a rating: open the same case again, or a new request
btn-reopen = 🔁 Открыть обращение снова
btn-ask-again = ❓ Спросить юриста снова
mycases-reopened = 🔁 Обращение { $ref } снова открыто. Его возьмёт дежурный юрист; напишите здесь, что нового.
