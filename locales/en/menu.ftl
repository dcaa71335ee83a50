topic-pick = Choose an article:
topic-empty = There are no articles on this topic yet. You can ask a lawyer.
kb-legal-basis = Legal basis
kb-reviewed = Checked by our lawyers: { $date }
kb-disclaimer = This is general information, not legal advice for your case. For advice, ask a lawyer.
btn-ask-lawyer = 👩‍⚖️ Ask a lawyer
btn-ask-lawyer-about = 👩‍⚖️ Ask a lawyer about this
