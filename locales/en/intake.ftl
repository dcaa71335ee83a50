intake-choose-topic = 👩‍⚖️ What is your question about?
intake-describe =
    👩‍⚖️ <b>Request to a lawyer</b> · { $topic }

    Describe what happened in your own words: what, when, where, and what you need. Write in any language.

    Please do not write your passport number or other document numbers.
intake-too-short = Please write a little more, so that the lawyer understands your situation.
intake-too-long = This is too long ({ $length } characters). Please shorten it to { $limit } characters; you can add details later in the chat with the lawyer.
intake-text-please = Please describe your situation in a text message. You can send photos of documents to the lawyer later, once they take your case.
intake-share =
    🔒 May we share what you wrote with a partner duty lawyer?

    The lawyer will see your words but not your Telegram account.
btn-share-yes = ✅ Yes, send to a lawyer
btn-share-no = ❌ No, cancel
intake-press-button = Please press one of the buttons above: send your request to a lawyer, or cancel.
intake-done =
    ✅ Your request is registered. Case number: <b>{ $ref }</b>

    A duty lawyer will answer here, in this chat. Anything you write here now will be added to your case.
intake-cancelled = Cancelled. Nothing was sent.
intake-already-open = You already have an open case <b>{ $ref }</b>. Just write here: your message will be added to it.
