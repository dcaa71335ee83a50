"""Everything the bot sends that is not the reply to the current update goes out through here:
case cards, relayed messages, notices to clients, lawyers and admins, redelivery. Callers hand
over plain data (texts, ids, markups) and get back what happened; nothing here reads or writes
the database except a person's language (`Notifier.locale_of`)."""
