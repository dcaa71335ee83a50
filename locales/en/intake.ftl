intake-choose-topic = 👩‍⚖️ What is your question about?
intake-urgency =
    ⚠️ <b>Is any of this happening now?</b>

    Your answer helps us decide how fast a lawyer must answer.
urgency-detained = 🚔 I or a relative is detained now
urgency-expulsion = 📄 Expulsion or deportation: a decision or a court hearing
urgency-deadline = ⏳ A deadline within 7 days
urgency-danger = 🆘 Danger to my safety or to children
urgency-none = ✅ None of these
intake-deadline =
    ⏳ <b>When is the deadline?</b>

    Write the date, for example { $example }.
intake-deadline-invalid = Please write a date within the next 7 days, for example { $example }. If the deadline is later, press Back and choose "None of these".
intake-region = 📍 <b>Where in Kazakhstan are you?</b>
intake-citizenship = 🌍 <b>What is your citizenship?</b> You can choose not to say.
intake-describe =
    ✍️ <b>What happened?</b> · { $topic }

    Describe it in your own words: what, when, where, and what you need. Write in any language. You can also send photos of documents.

    Please do not write your passport number or other document numbers.
btn-continue = ➡️ Continue
intake-description-saved = ✅ Saved. You can send photos of documents (attached: { $files }), or press Continue.
intake-file-added = 📎 Attached: { $files }. Send more, or write what happened if you have not yet, then press Continue.
intake-files-full = You can attach up to { $limit } files here. You can send more to the lawyer later.
intake-too-short = Please write a little more, so that the lawyer understands your situation.
intake-too-long = This is too long ({ $length } characters). Please shorten it to { $limit } characters; you can add details later in the chat with the lawyer.
intake-text-please = Please describe your situation in a text message (you can add photos and documents too).
intake-contact =
    📞 <b>How should the lawyer reach you?</b>

    By default only through this bot: the lawyer does not see your phone or your Telegram account. You can share your phone number if you want the lawyer to be able to call you.
btn-contact-bot = 💬 Only through this bot
btn-contact-phone = 📱 Share my phone number
intake-contact-own = Please share your own phone number with the button below, or choose "Only through this bot".
contact-saved-phone = ✅ The lawyer will see your phone number.
contact-saved-bot = ✅ The lawyer will write to you only here.
contact-phone = phone number shared
contact-bot = only through this bot
intake-share =
    🔒 May we share your answers and what you wrote with a partner duty lawyer?

    The lawyer will see your words but not your Telegram account.
btn-share-yes = ✅ I agree
intake-summary =
    📋 <b>Please check your request</b>

    Topic: { $topic }
    Urgent: { $urgency }
    Region: { $region }
    Citizenship: { $citizenship }
    Contact: { $contact }
    Attachments: { $files }

    { $description }
btn-send-request = ✅ Send to a lawyer
btn-edit-topic = ✏️ Topic
btn-edit-urgency = ✏️ Urgency
btn-edit-region = ✏️ Region
btn-edit-citizenship = ✏️ Citizenship
btn-edit-description = ✏️ What happened
btn-edit-contact = ✏️ Contact
intake-press-button = Please use the buttons below to answer, or press Cancel.
intake-step-again = That answer is already saved. Here is the question you are at now.
intake-done = ✅ Your request is registered. Case number: <b>{ $ref }</b>. A lawyer will answer here, in this chat. Anything you write here now is added to your case.
intake-added = ✅ You already had an open case on this topic: what you sent was added to case <b>{ $ref }</b>.
intake-cancelled = Cancelled. Nothing was sent.
intake-already-open = You already have an open case <b>{ $ref }</b> on this topic. Just write here: your message will be added to it.
expect-on-duty = ⏱ A duty lawyer who speaks your language is working now. Expect an answer within { $hours } h { $minutes } min.
# a lawyer is on duty, but nobody on the roster lists the person's language
expect-on-duty-any = ⏱ A duty lawyer is working now. Expect an answer within { $hours } h { $minutes } min.
expect-no-match = ⏱ Right now no duty lawyer matches your language and region. We have passed your case to all duty lawyers; expect an answer within { $hours } h { $minutes } min, possibly later.
expect-out-of-hours = 🌙 It is outside working hours. Duty lawyers start again at { $opens } (Astana time); expect an answer after that, within { $hours } h { $minutes } min. In an emergency call <b>112</b>.
redflag-detained =
    🚨 <b>If you or a relative are detained right now</b>

    • Stay calm. Do not resist, do not run.
    • Ask why you are detained and where you are being taken.
    • You have the right to a lawyer and to a free interpreter. Say: «Мне нужен адвокат и переводчик».
    • Do not sign anything you do not understand. You may write «С протоколом не согласен».
    • Ask to call a relative and your consulate.
    • Emergency: <b>112</b>, police <b>102</b>.

    Continue the form below: a duty lawyer will see your case as urgent.
redflag-danger =
    🆘 <b>If you or children are in danger</b>

    • Call <b>112</b> (emergency) or <b>102</b> (police) now.
    • Violence at home or bullying: <b>111</b>, free, 24/7.
    • If someone forces you to work or keeps your passport, this is a crime: you can get help whatever your citizenship.

    Continue the form below: a duty lawyer will see your case as urgent.
region-almaty_city = Almaty (city)
region-astana = Astana
region-shymkent = Shymkent
region-abai = Abai region
region-akmola = Akmola region
region-aktobe = Aktobe region
region-almaty_region = Almaty region
region-atyrau = Atyrau region
region-east_kz = East Kazakhstan
region-jambyl = Jambyl region
region-jetisu = Jetisu region
region-karaganda = Karaganda region
region-kostanay = Kostanay region
region-kyzylorda = Kyzylorda region
region-mangystau = Mangystau region
region-north_kz = North Kazakhstan
region-pavlodar = Pavlodar region
region-turkistan = Turkistan region
region-ulytau = Ulytau region
region-west_kz = West Kazakhstan
cit-uz = Uzbekistan
cit-tj = Tajikistan
cit-kg = Kyrgyzstan
cit-ru = Russia
cit-af = Afghanistan
cit-cn = China
cit-tm = Turkmenistan
cit-ua = Ukraine
cit-sy = Syria
cit-other = Other country
cit-stateless = Stateless
cit-hidden = Prefer not to say

# a case on none of the topics; a person abroad or not sure where they are
topic-other = ❓ Something else
region-outside = 🌍 Not in Kazakhstan
region-unknown = ❔ I don't know
