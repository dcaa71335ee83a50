"""Every half minute: every kind of due work (DESIGN §2F), claimed once across replicas:
SLA announcements, reminders people asked for, lawyers coming back from leave, silent
claims, waiting clients and silent ones, follow-ups after advice, the editors' weekly
digest."""

from __future__ import annotations

import bot.jobs.casetimers as casetimers
import bot.jobs.leave as leave
import bot.jobs.reminders as reminders
import bot.jobs.sla as sla
import bot.jobs.waits as waits
from bot.jobs.claim import Handler, Planner, work
from bot.jobs.context import JobContext

HANDLERS: dict[str, Handler] = {
    sla.KIND: sla.handle,
    reminders.KIND: reminders.handle,
    leave.KIND: leave.handle,
    **casetimers.HANDLERS,
    **waits.HANDLERS,
}
PLANNERS: tuple[Planner, ...] = (sla.plan, casetimers.plan, waits.plan)


async def run(ctx: JobContext) -> int:
    return await work(ctx, HANDLERS, PLANNERS)
