"""Lawyers' leave: "on leave until DATE" takes a lawyer off duty (no new cases, and the promise
to a client counts only lawyers at work) and puts them back on duty the next morning, by a
timer. Ending it early is a /duty away."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import update
from sqlalchemy.ext.asyncio import AsyncSession

from bot.dates import today_in_kazakhstan
from bot.db.models import LawyerProfile
from bot.services.clock import Clock
from bot.services.errors import StaleButton
from bot.services.lawyers import LawyerService
from bot.services.reminders import at_local
from bot.services.timers import TimerService
from bot.services.users import Actor

KIND = "leave"  # the timers' kind; subject: the lawyer's id
LONGEST = dt.timedelta(days=366)


def back_at(until: dt.date) -> dt.datetime:
    """The morning after the last day of leave (09:00 in Kazakhstan)."""
    return at_local(until + dt.timedelta(days=1))


class LeaveService:
    def __init__(self, session: AsyncSession, clock: Clock) -> None:
        self.session = session
        self.clock = clock

    async def take(self, actor: Actor, until: dt.date) -> LawyerProfile:
        today = today_in_kazakhstan(self.clock())
        if not today <= until <= today + LONGEST:
            raise StaleButton
        profile = await LawyerService(self.session).profile(actor)
        profile.on_duty, profile.leave_until = False, until
        await TimerService(self.session, self.clock).schedule(KIND, actor.id, back_at(until))
        await self.session.commit()
        return profile

    async def end(self, lawyer_id: int, until: dt.date) -> bool:
        """The leave that ends on `until` is over: back on duty (True), unless it was changed
        or ended meanwhile (then nothing changes)."""
        back = await self.session.scalar(
            update(LawyerProfile)
            .where(LawyerProfile.user_id == lawyer_id, LawyerProfile.leave_until == until)
            .values(leave_until=None, on_duty=True)
            .returning(LawyerProfile.user_id)
        )
        return back is not None
