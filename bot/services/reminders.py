"""Reminders a person asks for (issue #11): on a day of each month (the labour-immigrant permit
tax), or before a date (a registration or stay deadline, a hearing or appeal, the deadline of a
case). Each coming reminder is a timer (bot.services.timers) whose subject is the reminder."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import delete, select
from sqlalchemy.ext.asyncio import AsyncSession

from bot.dates import KAZAKHSTAN, today_in_kazakhstan
from bot.db.models import Reminder
from bot.services.clock import Clock
from bot.services.errors import StaleButton
from bot.services.timers import TimerService

KIND = "reminder"  # the timers' kind
MONTHLY = "tax"
ON_DATE = ("stay", "court", "case")
CHOSEN = ("tax", "stay", "court")  # kinds a person sets up; "case" comes from the intake
DAYS_BEFORE = (3, 1)  # a dated reminder goes out 3 days and 1 day before the date
SEND_AT = dt.time(9, 0)  # Kazakhstan time
LAST_DAY = 28  # every month has it
LIMIT = 20  # reminders a person may keep
# articles whose readers are offered a reminder, and which kind
ARTICLE_KINDS = {
    "taxation-permit-prepayment": "tax",
    "documents-registration": "stay",
    "documents-visa-free-stay": "stay",
    "expulsion-appeal": "court",
    "asylum-refusal-appeal": "court",
}


def at_local(day: dt.date) -> dt.datetime:
    return dt.datetime.combine(day, SEND_AT, KAZAKHSTAN).astimezone(dt.UTC)


def next_monthly(day: int, now: dt.datetime) -> dt.datetime:
    """The first day-`day` 09:00 in Kazakhstan after `now`."""
    today = today_in_kazakhstan(now)
    month = today.replace(day=day)
    if at_local(month) <= now:
        month = (today.replace(day=1) + dt.timedelta(days=32)).replace(day=day)
    return at_local(month)


def dated_moments(on_date: dt.date, now: dt.datetime) -> list[dt.datetime]:
    """3 days and 1 day before, those still ahead; if both have passed but the date has not,
    one reminder right away."""
    moments = [at_local(on_date - dt.timedelta(days=days)) for days in DAYS_BEFORE]
    ahead = [moment for moment in moments if moment > now]
    if not ahead and on_date >= today_in_kazakhstan(now):
        return [now]
    return ahead


class ReminderService:
    def __init__(self, session: AsyncSession, clock: Clock) -> None:
        self.session = session
        self.clock = clock
        self.timers = TimerService(session, clock)

    async def monthly(self, user_id: int, day: int) -> Reminder:
        if not 1 <= day <= LAST_DAY:
            raise StaleButton
        reminder = await self._add(user_id, MONTHLY, day=day)
        await self.timers.schedule(KIND, reminder.id, next_monthly(day, self.clock()))
        return reminder

    async def on_date(
        self, user_id: int, kind: str, on_date: dt.date, ticket_id: int | None = None
    ) -> Reminder | None:
        """None if the date has passed (nothing to remind of)."""
        if kind not in ON_DATE:
            raise StaleButton
        moments = dated_moments(on_date, self.clock())
        if not moments:
            return None
        reminder = await self._add(user_id, kind, on_date=on_date, ticket_id=ticket_id)
        for moment in moments:
            await self.timers.schedule(KIND, reminder.id, moment)
        return reminder

    async def _add(self, user_id: int, kind: str, **values: object) -> Reminder:
        if len(await self.active(user_id)) >= LIMIT:
            raise StaleButton
        reminder = Reminder(user_id=user_id, kind=kind, created_at=self.clock(), **values)
        self.session.add(reminder)
        await self.session.flush()
        return reminder

    async def active(self, user_id: int) -> list[Reminder]:
        return list(
            await self.session.scalars(
                select(Reminder)
                .where(Reminder.user_id == user_id, Reminder.cancelled_at.is_(None))
                .order_by(Reminder.id)
            )
        )

    async def due(self, reminder_id: int) -> Reminder | None:
        reminder = await self.session.get(Reminder, reminder_id)
        return None if reminder is None or reminder.cancelled_at is not None else reminder

    async def cancel(self, user_id: int, reminder_id: int) -> Reminder:
        """The person's own reminder only (callback data can be forged)."""
        reminder = await self.due(reminder_id)
        if reminder is None or reminder.user_id != user_id:
            raise StaleButton
        await self.stop(reminder)
        return reminder

    async def stop(self, reminder: Reminder) -> None:
        """No more of this one: cancelled by its owner, or they blocked the bot."""
        reminder.cancelled_at = self.clock()
        await self.timers.drop(KIND, [reminder.id])

    async def sent(self, reminder: Reminder) -> None:
        """A monthly reminder went out: the next month's is scheduled."""
        if reminder.kind == MONTHLY and reminder.day is not None:
            await self.timers.schedule(KIND, reminder.id, next_monthly(reminder.day, self.clock()))

    async def forget(self, user_id: int) -> None:
        """/forget: the person's reminders and their coming timers are deleted."""
        ids = list(
            await self.session.scalars(select(Reminder.id).where(Reminder.user_id == user_id))
        )
        await self.timers.drop(KIND, ids)
        await self.session.execute(delete(Reminder).where(Reminder.user_id == user_id))
