invite-welcome = { $role ->
    [coordinator] ✅ You are now a <b>coordinator</b> in Qorgau.
   *[lawyer] ✅ You are now a <b>duty lawyer</b> in Qorgau.
}

    Send /duty to go on duty: new cases will then come here. /help shows what you can do.
invite-invalid = ⛔ This invitation link is not valid: it was already used or has expired. Please ask the coordinator for a new one.
duty-on = 🟢 You are <b>on duty</b>. New cases will come here. Send /duty again to go off duty.
duty-off = ⚪️ You are <b>off duty</b>. New cases will not come to you.

card-new =
    🆕 <b>Case { $ref }</b> · { $priority }
    Topic: { $topic }
    Language: { $language }
    Waiting: { $age }

    { $summary }
card-reminder =
    ⏰ <b>Still waiting: case { $ref }</b> · { $priority }
    Topic: { $topic }
    Language: { $language }
    Waiting: { $age }

    { $summary }
card-claimed = ✅ <b>Case { $ref }</b> was taken by { $lawyer }.
card-claimed-you = ✅ <b>Case { $ref }</b>: you took this case.
lawyer-anonymous = a lawyer
btn-claim = 🙋 Claim
claim-won = You took case { $ref }.
claim-lost = Another lawyer has already taken this case.

case-header = 📂 <b>Case { $ref }</b> · { $priority } · { $language }
case-from-client = Client
case-from-lawyer = You
case-attachment = [{ $kind }]
btn-write-client = ✍️ Write to the client
btn-close-case = ✅ Close the case
btn-close-yes = ✅ Yes, close
case-writing-to = ✍️ Everything you write now goes to the client of case <b>{ $ref }</b>.
case-close-confirm = Close case <b>{ $ref }</b>? The client will be told.
case-closed = ✅ Case <b>{ $ref }</b> is closed.
lawyer-no-active-case = You have no active case. Press <b>Claim</b> on a case card, or <b>Write to the client</b> under one of your cases.
case-erased-by-client = ℹ️ The client of case <b>{ $ref }</b> erased their data. The case is closed.
claim-won-open-chat = You took case { $ref }, but I cannot write to you privately yet. Open a chat with me, press Start, then send /case to see the case.
