cmd-reminders = My reminders
cmd-leave = On leave through a date
timers-btn-list = ⏰ My reminders
timers-btn-new = ➕ New reminder
timers-btn-set = ⏰ Remind me
timers-btn-tax = 💳 Permit tax, every month
timers-btn-stay = 🪪 Registration or stay ends
timers-btn-court = ⚖️ Hearing or appeal deadline
timers-list-title =
    ⏰ <b>Your reminders</b>

    Press a reminder to cancel it.
timers-list-empty =
    ⏰ You have no reminders.

    I can remind you of the permit tax on a day of each month, or of a deadline 3 days and 1 day before it.
timers-choose = ⏰ What should I remind you of?
timers-tax-about = 💳 The income tax for a labour-immigrant permit is paid in advance, for each month of the permit, before the permit is issued or extended.
timers-ask-day = On which day of each month should I remind you? I write at 09:00 Kazakhstan time.
timers-ask-date-stay = 🪪 Type the day your registration or permitted stay ends, for example { $example }. I will remind you 3 days and 1 day before, at 09:00.
timers-ask-date-court = ⚖️ Type the day of the hearing or the last day to appeal, for example { $example }. I will remind you 3 days and 1 day before, at 09:00.
timers-date-invalid = I could not read a day that is still ahead. Type it like { $example }, or press /menu.
timers-set-tax = ✅ Done: I will remind you on day { $day } of each month at 09:00.
timers-set-date = ✅ Done: I will remind you 3 days and 1 day before { $date }, at 09:00.
timers-case-set = ⏰ I will remind you of your deadline, { $date }, 3 days and 1 day before. See /reminders.
timers-cancelled = ✅ Cancelled: { $what }.
timers-item-tax = Permit tax · day { $day } of each month
timers-item-stay = Registration or stay · { $date }
timers-item-court = Hearing or appeal · { $date }
timers-item-case = Your case's deadline · { $date }
timers-remind-tax =
    ⏰ <b>Your reminder: the permit tax</b>

    The income tax for a labour-immigrant permit is paid in advance, for each month of the permit, before the permit is issued or extended. If your permit ends soon, pay for the new months first, then apply for the extension. Keep every receipt.
timers-remind-stay =
    ⏰ <b>Your reminder</b>

    Your registration or permitted stay ends on { $date } ({ $days ->
        [0] today
        [1] tomorrow
       *[other] in { $days } days
    }).
timers-remind-court =
    ⏰ <b>Your reminder</b>

    The hearing, or the last day to appeal, is on { $date } ({ $days ->
        [0] today
        [1] tomorrow
       *[other] in { $days } days
    }).
timers-remind-case =
    ⏰ <b>Your reminder</b>

    The deadline you named in your request is { $date } ({ $days ->
        [0] today
        [1] tomorrow
       *[other] in { $days } days
    }). To write to your lawyer, open /mycases.
timers-leave-how = 🌴 Send /leave with the last day of your leave, for example /leave { $example }. You will be off duty until then, and back on duty the next morning at 09:00. To come back earlier, send /duty.
timers-leave-set = 🌴 You are on leave through { $date }: off duty, no new cases. You will be back on duty the next morning at 09:00; to come back earlier, send /duty.
timers-leave-over = 🟢 Your leave is over: you are on duty again. Send /duty to go off duty.
timers-silent-remind = ⏰ Case { $ref }: the client has had no reply from you yet. Write to them, or release the case so that another lawyer can take it.
timers-silent-taken = ↩️ Case { $ref } had no reply from you in time, so it went back to the queue for another lawyer.
timers-silent-coordinators = ↩️ Case { $ref } went back to the queue: the lawyer who claimed it did not reply in time.
timers-silent-client = Your request { $ref }: the lawyer who took it could not answer in time. It is back in the queue, and another lawyer will take it. You do not need to write it again.
timers-followup-ask = A lawyer gave you advice on your request { $ref }. Was your problem resolved?
timers-btn-followup-yes = ✅ Yes, resolved
timers-btn-followup-no = ❌ No
timers-followup-thanks = Thank you! We are glad it is resolved.
timers-followup-sorry = We are sorry it is not resolved. You can reopen the request, or ask a lawyer again.
timers-editors-title = 📝 <b>Weekly digest for editors</b>
timers-editors-reviews = Articles past their review date: { $count }
timers-editors-gaps = Top questions of the week with no good answer: { $count }

# a claimed case in conversation: the lawyer of a waiting client; a client who went silent
timers-waiting-remind = ⏰ Case { $ref }: your client wrote again and is waiting for your answer.
timers-nudge-client = ✍️ Your request { $ref }: the lawyer answered you and is waiting for your reply. Write here when you can. If we hear nothing by { $date }, the request will be closed (you can reopen it by writing).
timers-btn-answer = ✍️ Answer the lawyer
timers-noresponse-client = Your request { $ref } is closed because we did not hear back from you. If you still need help, just write here before { $date }: the request reopens with your message.
timers-btn-no-longer = ✅ I no longer need help
timers-noresponse-left = Understood, the request stays closed. Your messages are now searches in our articles; to ask a lawyer again, open /menu.
timers-noresponse-lawyer = 🔕 Case { $ref } is closed with outcome "no response": the client did not answer within { $days } days of a reminder. If they write, it returns to the queue.
timers-noresponse-reopened = 🔁 Your request { $ref } is open again. Your message is in it, and a duty lawyer will take it.
