topic-pick = Choose an article:
topic-empty = There are no articles on this topic yet. You can ask a lawyer.
kb-legal-basis = Legal basis
kb-reviewed = Checked by our lawyers: { $date }
kb-disclaimer = This is general information, not legal advice for your case. For advice, ask a lawyer.
btn-ask-lawyer = 👩‍⚖️ Ask a lawyer
btn-ask-lawyer-about = 👩‍⚖️ Ask a lawyer about this
btn-helpful-yes = 👍 Helpful
btn-helpful-no = 👎 Not helpful
vote-thanks = Thank you! We are glad it helped.
vote-thanks-down = Thank you. We will try to improve this article. If you need help now, ask a lawyer.
search-found = 🔎 This may answer your question:
search-nothing = 🤔 I could not find a clear answer to this in our articles. A duty lawyer can help: press <b>Ask a lawyer</b>. We also noted the question so that our editors can write about it.
search-maybe = Perhaps one of these helps:
reload-done = ✅ Knowledge base reloaded: { $articles } articles. Reviews overdue: { $overdue }.
reload-failed = ❌ Knowledge base NOT reloaded: { $errors ->
    [one] { $errors } error
   *[other] { $errors } errors
}. The bot keeps the previous version.
