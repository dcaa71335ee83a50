"""A reminder as its person reads it: in the language they use now, with a way to their list."""

from __future__ import annotations

import datetime as dt

from aiogram.types import InlineKeyboardMarkup

from bot.callbacks import RemindAction, RemindCD
from bot.dates import local_date, today_in_kazakhstan
from bot.db.models import Reminder
from bot.outbox.cards import button
from bot.outbox.letter import Letter, Result
from bot.outbox.notifier import Notifier


def reminder_text(notifier: Notifier, reminder: Reminder, locale: str, now: dt.datetime) -> str:
    core = notifier.core
    if reminder.on_date is None:
        return str(core.get("timers-remind-tax", locale))
    days = max((reminder.on_date - today_in_kazakhstan(now)).days, 0)
    date = local_date(reminder.on_date, locale)
    return str(core.get(f"timers-remind-{reminder.kind}", locale, date=date, days=days))


async def send_reminder(
    notifier: Notifier, reminder: Reminder, locale: str, now: dt.datetime
) -> Result:
    label = notifier.core.get("timers-btn-list", locale)
    markup = InlineKeyboardMarkup(
        inline_keyboard=[[button(label, RemindCD(action=RemindAction.LIST).pack())]]
    )
    letter = Letter(reminder.user_id, reminder_text(notifier, reminder, locale, now), markup)
    return (await notifier.outbox.send(letter)).result
