invite-welcome = { $role ->
    [coordinator] ✅ You are now a <b>coordinator</b> in Qorgau.
   *[lawyer] ✅ You are now a <b>duty lawyer</b> in Qorgau.
}

    Send /duty to go on duty: new cases will then come here. /profile sets your languages, regions and topics; /help shows what you can do.
invite-invalid = ⛔ This invitation link is not valid: it was already used or has expired. Please ask the coordinator for a new one.
duty-on = 🟢 You are <b>on duty</b>. New cases that match your profile will come here. Send /duty again to go off duty.
duty-off = ⚪️ You are <b>off duty</b>. New cases will not come to you.
duty-state-on = 🟢 on duty
duty-state-off = ⚪️ off duty

card-new =
    🆕 <b>Case { $ref }</b> · { $priority }
    Topic: { $topic }
    Urgent: { $urgency }
    Region: { $region }
    Language: { $language }
    Waiting: { $age }
card-reminder =
    ⏰ <b>Still waiting: case { $ref }</b> · { $priority }
    Topic: { $topic }
    Urgent: { $urgency }
    Region: { $region }
    Language: { $language }
    Waiting: { $age }
card-escalated =
    ⚠️ <b>Escalation: case { $ref }</b> · { $priority } is still unclaimed after { $age }.
    Topic: { $topic } · Region: { $region } · Language: { $language }
card-claimed = ✅ <b>Case { $ref }</b> was taken by { $lawyer }.
card-claimed-you = ✅ <b>Case { $ref }</b>: you took this case.
lawyer-anonymous = a lawyer
lawyer-signature = Lawyer
btn-claim = 🙋 Claim
btn-open-case = 📂 Open the case
claim-won = You took case { $ref }.
claim-lost = Another lawyer has already taken this case.
claim-won-open-chat = You took case { $ref }, but I cannot write to you privately yet. Open a chat with me, press Start, then send /case to see the case.

case-header =
    📂 <b>Case { $ref }</b> · { $priority }
    Topic: { $topic }
    Urgent: { $urgency }
    Region: { $region }
    Citizenship: { $citizenship }
    Language: { $language }
    Waiting since: { $age }
case-phone = 📞 Phone (shared by the client): { $phone }
case-from-client = Client
case-from-lawyer = Lawyer
case-note = 🔒 Note
case-attachment = [{ $kind }]
case-file-caption = 📎 Case { $ref }: attachment from the client
btn-case-write = ✍️ Write to the client
btn-case-note = 📝 Internal note
btn-case-canned = 💬 Ready answers
btn-case-transfer = 🔁 Transfer
btn-case-release = ↩️ Release to the queue
btn-case-close = ✅ Close
case-writing-to = ✍️ Everything you write now goes to the client of case { $ref }.
case-note-prompt = 📝 Write the note for case <b>{ $ref }</b>. The client will never see it.
case-note-saved = 🔒 Note saved. The client does not see it.
case-canned-pick = 💬 Ready answers in { $language } for case <b>{ $ref }</b>: press one to send it.
case-transfer-pick = 🔁 Transfer case <b>{ $ref }</b> to:
case-transfer-nobody = There is no other lawyer to transfer to.
case-transferred = 🔁 Case <b>{ $ref }</b> is transferred.
case-transferred-to-you = 🔁 Case <b>{ $ref }</b> was transferred to you. Send /case to see it.
case-taken-away = ℹ️ The coordinator moved case <b>{ $ref }</b> to another lawyer.
case-released = ↩️ Case <b>{ $ref }</b> is back in the queue.
case-close-confirm = Close case <b>{ $ref }</b>: what was the outcome? The client will be told.
case-closed = ✅ Case <b>{ $ref }</b> is closed: { $outcome }.
case-withdrawn = ℹ️ The client withdrew case <b>{ $ref }</b>. It is closed.
case-client-added = ℹ️ The client added information to case <b>{ $ref }</b>. Send /case to see it.
outcome-advice = Advice given
outcome-representation = Representation taken
outcome-no_response = No response from the client
outcome-duplicate = Duplicate
lawyer-no-active-case = You have no active case. Press <b>Claim</b> on a case card, /queue to see waiting cases, or <b>Write to the client</b> under one of your cases.
case-erased-by-client = ℹ️ The client of case <b>{ $ref }</b> erased their data. The case is closed.

queue-title = 📋 <b>Waiting cases</b>: { $count }. Press one to open it.
queue-empty = 📋 No cases match these filters.
queue-any = any
queue-pick = Choose:
queue-filter-priority = Priority
queue-filter-lang = Language
queue-filter-region = Region
queue-filter-topic = Topic

profile-show =
    👤 <b>Your profile</b>
    Name shown to clients: { $name }
    Languages: { $languages }
    Regions: { $regions }
    Topics: { $topics }
    Status: { $duty }

    New cases come to you only if they match (empty means any).
btn-profile-name = ✏️ Name shown to clients
btn-profile-languages = 🗣 Languages
btn-profile-regions = 📍 Regions
btn-profile-topics = 📚 Topics
btn-done = ✅ Done
profile-name-prompt = Write the first name clients should see (or "-" to be shown as "Lawyer").
profile-choose = Choose { $what } (press again to remove):

# a case in the lawyers' queue, on its button: short
queue-status-new = waiting
queue-status-claimed = taken

# a card of a case that was closed (not an error)
card-closed = ✅ <b>Case { $ref }</b> is closed.

# a ready answer is shown before it is sent
case-canned-preview = 👀 This is what the client of case <b>{ $ref }</b> will receive:
btn-canned-send = 📤 Send to the client
