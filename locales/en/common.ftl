lang-name = English
lang-chosen = Language: English.
lang-incomplete = Some texts are not translated into English yet and are shown in Russian.
kb-fallback-notice = ℹ️ This article is not translated into English yet. Here it is in another language.

start-choose-language = 👋 Hello! This is <b>Qorgau</b>: free information about your rights in Kazakhstan and help from partner lawyers.

    Choose your language:

privacy-short =
    🔒 <b>Before we start: your data</b>

    • We keep your Telegram ID, your language and the time you agreed.
    • If you ask a lawyer, we keep what you write in your request, encrypted. Only partner duty lawyers see it, and only after you agree.
    • Lawyers never see your Telegram account, and you never see theirs.
    • Texts of closed cases are deleted after { $days } days.
    • You can erase everything at any time with /forget.

    Do you agree?
privacy-full =
    🔒 <b>Privacy notice</b>

    <b>Who we are.</b> Qorgau is a Telegram bot run with partner legal aid organisations in Kazakhstan. It gives general information about rights and passes requests to partner duty lawyers.

    <b>What we store.</b> Your Telegram ID, the language you chose and the time you agreed. If you ask a lawyer: the topic, what you wrote, and the messages between you and the lawyer. We do not store your name or username. Your phone number only if you choose to share it so the lawyer can call you (encrypted, deleted with the case).

    <b>How it is protected.</b> Everything you write is encrypted in our database. Our logs never contain your messages.

    <b>Who sees it.</b> Only the partner duty lawyer who takes your case (and their coordinators). They see your words, not your Telegram account. Nothing is shared with the police, the migration service or your employer.

    <b>How long.</b> When a case is closed, its texts are deleted after { $days } days. Anonymous numbers (how many cases, on which topics) are kept for statistics.

    <b>Your rights.</b> You can read this notice again with /privacy and erase all your data with /forget.
btn-consent-yes = ✅ I agree
btn-consent-no = ❌ No, thanks
btn-privacy-full = 📄 Read the full notice
consent-thanks = Thank you. You can change the language at any time with /language.
consent-declined = Understood. We have kept nothing about you. If you change your mind, send /start.

menu-title = 📚 <b>Choose a topic</b> — or ask a lawyer.
form-left = You left the form. Nothing was sent.

help-text =
    ℹ️ <b>How to use Qorgau</b>

    • Choose a topic to read about your rights.
    • Press <b>Ask a lawyer</b> if you need personal help: a partner duty lawyer will answer here, in this chat.
    • If you are detained right now, call <b>112</b> or <b>102</b> and ask for a lawyer and an interpreter.

    Commands:
    /menu — topics
    /mycases — your requests to lawyers
    /language — change language
    /privacy — what we store about you
    /cancel — stop the current form
    /forget — erase all your data
    /reminders — reminders: the permit tax, your deadlines
help-lawyer =
    👩‍⚖️ <b>For lawyers</b>
    /duty — go on or off duty (new cases come to you only while on duty)
    /case — show your active case again
    /queue — waiting cases, with filters
    /profile — your name, languages, regions and topics
    Press <b>Claim</b> on a case card to take it; after that, everything you write here goes to the client of your active case.
    /leave DATE — on leave through that day, back on duty the next morning

btn-menu = 🏠 Menu
btn-help = ℹ️ Help
btn-back = ⬅️ Back
btn-cancel = ✖️ Cancel

forget-confirm = 🗑 Erase all your data? Your requests, messages and settings will be deleted and any open case will be closed. This cannot be undone.
btn-forget-yes = 🗑 Yes, erase everything
btn-forget-no = Keep my data
forget-kept = Nothing was deleted.
forget-done = ✅ All your data has been erased. If you write again, we will start from the beginning.

error-generic = 😔 Something went wrong on our side. Please try again in a minute.
error-not-allowed = ⛔ Sorry, you cannot do this.
error-not-lawyer = ⛔ Only partner lawyers can do this.
error-ticket-gone = This case is already closed.
error-not-your-ticket = ⛔ This case is handled by another lawyer.
error-consent-needed = To continue, please send /start and agree to the privacy notice first.
error-stale-button = This button is no longer active. Send /menu to start again.

fallback-text = I did not understand. Choose a topic below, or ask a lawyer.
fallback-media = I can only read text here. Please write your question, or choose a topic.

cmd-start = Start again
cmd-menu = Topics
cmd-mycases = My cases
cmd-help = Help
cmd-language = Change language
cmd-privacy = What we store about you
cmd-cancel = Stop the current form
cmd-forget = Erase my data

age-minutes = { $n ->
    [one] { $n } minute
   *[other] { $n } minutes
}
age-hours = { $n ->
    [one] { $n } hour
   *[other] { $n } hours
}
age-days = { $n ->
    [one] { $n } day
   *[other] { $n } days
}
btn-continue-in = ✅ Continue in English
