relay-from-lawyer = 👩‍⚖️ <b>{ $name }</b> · дело { $ref }
relay-from-client = 💬 <b>Клиент</b> · дело { $ref }
relay-sent-to-lawyer = 📨 Отправлено вашему юристу (дело { $ref }).
relay-sent-to-client = 📨 Доставлено клиенту (дело { $ref }).
relay-added-waiting = 📝 Добавлено к вашему делу <b>{ $ref }</b>. Юрист ещё не взял это дело. Как только возьмёт, мы сообщим вам здесь.
relay-blocked = ⚠️ Не доставлено: собеседник заблокировал бота. Ваше сообщение сохранено в деле { $ref }.
relay-unsupported = Я могу передавать только текст, фото и документы. Пожалуйста, отправьте сообщение в одном из этих видов.
client-claimed = 👩‍⚖️ Юрист взял ваше дело <b>{ $ref }</b>. Теперь всё, что вы пишете здесь, получает юрист.
client-case-closed = ✅ Юрист закрыл ваше дело <b>{ $ref }</b>. Ваша проблема решена?
client-transferred = ℹ️ Ваше дело <b>{ $ref }</b> передано другому юристу. Продолжайте писать здесь.
client-released = ℹ️ Ваше дело <b>{ $ref }</b> ждёт другого юриста. Мы сообщим вам здесь, когда юрист возьмёт дело.
relay-queued = ⏳ Telegram сейчас не отвечает. Ваше сообщение сохранено в деле { $ref } и будет отправлено автоматически.
relay-redelivered = ✅ Ваше предыдущее сообщение по делу { $ref } доставлено.

# above "your case was closed": what the lawyer recorded, in the client's language
client-outcome = 📋 Итог: { $outcome }
