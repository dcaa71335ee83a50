# Administration: announcements, blocking, people, command menus (issue #12, items 4–7)

## Command menus
cmd-duty = Go on or off duty
cmd-case = Your active case
cmd-queue = Waiting cases
cmd-profile = Your languages, regions, topics
cmd-staff = Staff and their cases
cmd-block = Block a case's client: /block Q-XXXX
cmd-unblock = Unblock: /unblock Q-XXXX
cmd-audit = Audit log of a case: /audit Q-XXXX
cmd-stats = Statistics
cmd-announce = Send an announcement
cmd-invite = Invite: /invite lawyer|coordinator
cmd-export = Anonymised export (CSV)
cmd-reload = Reload the knowledge base

## /help by role
help-coordinator =
    🧭 <b>For coordinators</b>
    /staff — staff, duty, languages and open cases
    /block Q-XXXX, /unblock Q-XXXX — block or unblock a case's client (also a button under the case)
    /audit Q-XXXX — who did what in a case
    /invite lawyer — a single-use invite link for a new lawyer
    /stats — figures of the service (admins and coordinators); /stats 2026-11-01 — since that day
help-admin =
    🛠 <b>For admins</b>
    /announce — write an announcement, choose who gets it, send it
    /invite lawyer, /invite coordinator — invite links
    /staff — also change roles and remove lawyers
    /reload — reload the knowledge base
    Anything else you type outside a case is searched in the articles.
    /export — anonymised CSV of all cases (admins)
fallback-unknown-command = 🤔 I do not know this command.

## Flood guard
flood-slow-down = ✋ You are sending messages very fast, so I skipped some of them. Please wait a moment and send again what is important.

## Blocking
btn-case-block = 🚫 Block / unblock client
btn-case-audit = 📜 Audit log
block-usage = Write the case reference: /block Q-XXXX or /unblock Q-XXXX
block-done = 🚫 The client of case { $ref } is blocked: their messages no longer reach lawyers.
block-undone = ✅ The client of case { $ref } is unblocked.
block-notice = ⛔ Your messages can no longer be passed on to lawyers. You can still read about your rights here.

## People
staff-role-lawyer = lawyer
staff-role-coordinator = coordinator
staff-role-admin = admin
staff-role-client = client
staff-invite-usage = Whom to invite? /invite lawyer or /invite coordinator
staff-invite-link =
    🔗 Invite for a { $role } (single use, valid { $hours } h):
    { $link }
    Send it to that person only: whoever opens it first joins.
staff-title = 👥 <b>Staff</b> ({ $n })
staff-member = { $duty } { $name } — { $role } · { $languages } · open cases: { $cases }
staff-member-full =
    { $duty } <b>{ $name }</b>
    Role: { $role }
    Duty: { $state }
    Languages: { $languages }
    Open cases: { $cases }
staff-any-language = any language
staff-on-duty = on duty
staff-off-duty = off duty
staff-btn-make-coordinator = ⬆️ Make coordinator
staff-btn-make-lawyer = ⬇️ Make lawyer
staff-btn-remove = ❌ Remove from staff
staff-btn-remove-yes = ❌ Yes, remove
staff-remove-confirm = Remove { $name } from staff? Their open cases ({ $cases }) go back to the queue.
staff-removed = { $name } is no longer staff. Cases back in the queue: { $refs }
staff-removed-coordinators = 👥 { $name } was removed from staff. Their cases are back in the queue: { $refs }
staff-removed-you = You are no longer on the Qorgau staff. Thank you for your work.
staff-role-changed-you = Your role in Qorgau is now: { $role }. Send /help to see what you can do.
staff-audit-usage = Write the case reference: /audit Q-XXXX
staff-audit-title = 📜 <b>Audit log of { $ref }</b>
staff-audit-empty = Nothing recorded yet.

## Announcements (admins)
announce-start = 📣 <b>New announcement</b>
    Write your own text (once per language), or send an article from the knowledge base.
announce-btn-write = ✍️ Write a text
announce-btn-article = 📄 Pick an article
announce-btn-add-language = ➕ Text in a language
announce-btn-language = 🌐 Language
announce-btn-region = 📍 Region
announce-btn-open = 📂 Only with an open case: on/off
announce-btn-send = ✅ Send…
announce-btn-confirm = ✅ Yes, send to { $count }
announce-pick-language = In which language is the text you will write?
announce-write-prompt = Send the text in { $language } (formatting is kept).
announce-text-only = Please send the announcement as text.
announce-too-long = This text is too long: at most { $limit } characters.
announce-pick-article = Which article?
announce-pick-audience = Who should get it?
announce-everyone = everyone
announce-everywhere = everywhere
announce-open-yes = only people with an open case
announce-open-no = with or without a case
announce-empty = (no text yet)
announce-draft =
    <b>Preview</b> (as a reader in your language sees it):

    { $preview }

    ———
    Texts written in: { $languages }
    People without a text in their language get the one in the default language.
    Audience: { $language } · { $region } · { $open }
    Recipients now: <b>{ $count }</b>
announce-confirm = Send this announcement to { $count } people? They can turn announcements off with a button under it.
announce-cancelled = The announcement was cancelled; nothing was sent.
announce-queued = 📣 Sending to { $total } people at Telegram's pace. This message shows the progress.
announce-progress =
    📣 Announcement: { $sent } of { $total } sent
    Failed: { $failed } · blocked the bot: { $blocked } · unsure: { $unsure } · left: { $left }
announce-report =
    📣 <b>Announcement sent</b>
    Recipients: { $total }
    Delivered: { $sent }
    Failed: { $failed }
    Blocked the bot (skipped from now on): { $blocked }
    Unsure after a restart (not sent again): { $unsure }

## Announcements (readers)
announce-header = 📣 <b>Qorgau</b>
announce-read = 📖 Read
announce-btn-off = 🔕 No more announcements
news-btn-settings = 🔔 Announcements
news-on = 🔔 You receive announcements from Qorgau (rarely: important changes to the rules, new services).
news-off = 🔕 You do not receive announcements. Answers from your lawyer still come, always.
news-btn-mute = 🔕 Turn off
news-btn-on = 🔔 Turn on
news-turned-off = 🔕 Done: no more announcements. You can turn them on again in the menu (🔔).
