"""A reminder's timer fired: send it in the person's current language; a monthly one schedules
the next month; a person who blocked the bot gets no more (their reminders stop)."""

from __future__ import annotations

from sqlalchemy.ext.asyncio import AsyncSession

from bot.db.models import User
from bot.jobs.claim import Outcome
from bot.jobs.context import JobContext
from bot.outbox.letter import Result
from bot.outbox.reminders import send_reminder
from bot.services.reminders import KIND, ReminderService
from bot.services.timers import Claimed
from bot.services.users import set_account

__all__ = ["KIND", "handle"]


async def handle(ctx: JobContext, session: AsyncSession, timer: Claimed) -> Outcome:
    reminders = ReminderService(session, ctx.clock)
    reminder = await reminders.due(timer.subject)
    if reminder is None:
        return Outcome.DONE  # cancelled or forgotten meanwhile
    person = await session.get(User, reminder.user_id)
    if person is None or person.blocked_bot_at is not None:
        await reminders.stop(reminder)
        return Outcome.DONE
    locale = person.locale or ctx.notifier.default_locale
    result = await send_reminder(ctx.notifier, reminder, locale, ctx.clock())
    if result is Result.LATER:
        return Outcome.LATER
    if result is Result.BLOCKED:
        await reminders.stop(reminder)
        await set_account(session, person.id, blocked_bot_at=ctx.clock())
        return Outcome.DONE
    await reminders.sent(reminder)
    return Outcome.DONE
