"""Claim due timers and hand each to the handler of its kind: the one way scheduled work runs,
so two replicas (or two schedulers in one) never both act on one timer while its lease holds."""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable, Mapping, Sequence
from enum import StrEnum

from sqlalchemy.ext.asyncio import AsyncSession

from bot.db.scope import work_scope
from bot.jobs.context import JobContext
from bot.services.timers import Claimed, TimerService

log = logging.getLogger(__name__)


class Outcome(StrEnum):
    DONE = "done"  # acted (or nothing was left to do): never again
    LATER = "later"  # Telegram could not take it now: due again at the next run


Handler = Callable[[JobContext, AsyncSession, Claimed], Awaitable[Outcome]]
Planner = Callable[[JobContext, AsyncSession], Awaitable[None]]


async def work(
    ctx: JobContext, handlers: Mapping[str, Handler], planners: Sequence[Planner] = ()
) -> int:
    """Plan, claim, act. Returns how many timers were done."""
    async with work_scope(ctx.sessions) as session:
        for plan in planners:
            await plan(ctx, session)
        await session.commit()
        claimed = await TimerService(session, ctx.clock).claim(ctx.worker, handlers, ctx.lease)
    done = 0
    for timer in claimed:
        try:
            if await _act(ctx, handlers[timer.kind], timer) is Outcome.DONE:
                done += 1
        except Exception:  # left claimed: tried again when its lease runs out
            log.exception("Timer %d (%s) failed, attempt %d", timer.id, timer.kind, timer.attempts)
    return done


async def _act(ctx: JobContext, handler: Handler, timer: Claimed) -> Outcome:
    async with work_scope(ctx.sessions) as session:
        outcome = await handler(ctx, session, timer)
        timers = TimerService(session, ctx.clock)
        if outcome is Outcome.DONE:
            await timers.done(timer, ctx.worker)
        else:
            await timers.release(timer, ctx.worker)
    return outcome
