invite-welcome = { $role ->
    [coordinator] ✅ Теперь вы <b>координатор</b> в Qorgau.
   *[lawyer] ✅ Теперь вы <b>дежурный юрист</b> в Qorgau.
}

    Отправьте /duty, чтобы заступить на дежурство: после этого новые дела будут приходить сюда. Команда /help покажет, что вы можете делать.
invite-invalid = ⛔ Эта ссылка-приглашение недействительна: она уже использована или срок её действия истёк. Пожалуйста, запросите новую у координатора.
duty-on = 🟢 Вы <b>на дежурстве</b>. Новые дела будут приходить сюда. Чтобы завершить дежурство, снова отправьте /duty.
duty-off = ⚪️ Вы <b>не на дежурстве</b>. Новые дела к вам поступать не будут.

card-new =
    🆕 <b>Дело { $ref }</b> · { $priority }
    Тема: { $topic }
    Язык: { $language }
    Ожидание: { $age }

    { $summary }
card-reminder =
    ⏰ <b>Всё ещё ожидает: дело { $ref }</b> · { $priority }
    Тема: { $topic }
    Язык: { $language }
    Ожидание: { $age }

    { $summary }
card-claimed = ✅ <b>Дело { $ref }</b> взято в работу: { $lawyer }.
card-claimed-you = ✅ <b>Дело { $ref }</b>: вы взяли это дело.
lawyer-anonymous = юрист
btn-claim = 🙋 Взять
claim-won = Вы взяли дело { $ref }.
claim-lost = Это дело уже взял другой юрист.

case-header = 📂 <b>Дело { $ref }</b> · { $priority } · { $language }
case-from-client = Клиент
case-from-lawyer = Вы
case-attachment = [{ $kind }]
btn-write-client = ✍️ Написать клиенту
btn-close-case = ✅ Закрыть дело
btn-close-yes = ✅ Да, закрыть
case-writing-to = ✍️ Всё, что вы сейчас пишете, уходит клиенту по делу <b>{ $ref }</b>.
case-close-confirm = Закрыть дело <b>{ $ref }</b>? Клиент получит уведомление.
case-closed = ✅ Дело <b>{ $ref }</b> закрыто.
lawyer-no-active-case = У вас нет активного дела. Нажмите <b>Взять</b> на карточке дела или <b>Написать клиенту</b> под одним из ваших дел.
case-erased-by-client = ℹ️ Клиент по делу <b>{ $ref }</b> удалил свои данные. Дело закрыто.
