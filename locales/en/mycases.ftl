mycases-title = 📂 <b>Your cases</b>
mycases-none = You have no cases yet. To ask a lawyer, open /menu and press "Ask a lawyer".
mycases-item = { $ref } · { $status } · { $topic }
mycases-case =
    📂 <b>Case { $ref }</b>
    Status: { $status }
    Opened: { $date }
status-new = waiting for a lawyer
status-claimed = a lawyer is working on it
status-closed = closed
btn-add-info = ✍️ Add information
btn-withdraw = 🗑 Withdraw the request
btn-withdraw-yes = 🗑 Yes, withdraw
mycases-withdraw-confirm = Withdraw case <b>{ $ref }</b>? The lawyer will be told and the case closed.
mycases-withdrawn = Case <b>{ $ref }</b> is withdrawn. If you need help again, send /menu.
mycases-writing = ✍️ Write now: your messages go to case <b>{ $ref }</b>.
mycases-left = You left the chat with the lawyer. Your case stays open; /mycases brings you back.
btn-leave-case = 🚪 Leave chat with lawyer
btn-my-cases = 📂 My cases
btn-solved-yes = 👍 Yes, solved
btn-solved-no = 👎 Not solved
rating-ask = How would you rate the help you got? (1 = bad, 5 = excellent)
rating-thanks = Thank you! Your answer helps us improve.

# after "not solved" and a rating: open the same case again, or a new request
btn-reopen = 🔁 Reopen the case
btn-ask-again = ❓ Ask a lawyer again
mycases-reopened = 🔁 Case { $ref } is open again. A duty lawyer will take it; write here to add what is new.
