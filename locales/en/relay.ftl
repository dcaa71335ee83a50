relay-from-lawyer = 👩‍⚖️ <b>{ $name }</b> · case { $ref }
relay-from-client = 💬 <b>Client</b> · case { $ref }
relay-sent-to-lawyer = 📨 Sent to your lawyer (case { $ref }).
relay-sent-to-client = 📨 Delivered to the client (case { $ref }).
relay-added-waiting = 📝 Added to your case <b>{ $ref }</b>. No lawyer has taken it yet; we will tell you here as soon as one does.
relay-blocked = ⚠️ Not delivered: the other side has blocked the bot. Your message is saved in case { $ref }.
relay-unsupported = I can pass on text, photos and documents only. Please send your message in one of these forms.
client-claimed = 👩‍⚖️ A lawyer has taken your case <b>{ $ref }</b>. Everything you write here now goes to them.
client-case-closed = ✅ Your case <b>{ $ref }</b> has been closed by the lawyer. Was your problem solved?
client-transferred = ℹ️ Your case <b>{ $ref }</b> was passed to another lawyer. Keep writing here.
client-released = ℹ️ Your case <b>{ $ref }</b> is waiting for another lawyer. We will tell you here when one takes it.
relay-queued = ⏳ Telegram is not answering right now. Your message is saved in case { $ref } and will be sent automatically.
relay-redelivered = ✅ Your earlier message in case { $ref } has now been delivered.
relay-given-up = ❌ Your message in case { $ref } could not be delivered: Telegram kept failing for several hours. Please send it again.

# above "your case was closed": what the lawyer recorded, in the client's language
client-outcome = 📋 Outcome: { $outcome }
