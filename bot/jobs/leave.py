"""A lawyer's leave is over: back on duty, and told so in their language."""

from __future__ import annotations

import datetime as dt

from sqlalchemy.ext.asyncio import AsyncSession

from bot.dates import today_in_kazakhstan
from bot.jobs.claim import Outcome
from bot.jobs.context import JobContext
from bot.services.leave import KIND, LeaveService
from bot.services.timers import Claimed

__all__ = ["KIND", "handle"]


async def handle(ctx: JobContext, session: AsyncSession, timer: Claimed) -> Outcome:
    last_day = today_in_kazakhstan(timer.due_at) - dt.timedelta(days=1)
    if await LeaveService(session, ctx.clock).end(timer.subject, last_day):
        await ctx.notifier.tell_lawyer(timer.subject, "timers-leave-over")
    return Outcome.DONE
