"""Every half minute: every kind of due work (DESIGN §2F), claimed once across replicas:
SLA announcements, reminders people asked for, lawyers coming back from leave, silent
claims, follow-ups after advice, the editors' weekly digest."""

from __future__ import annotations

import bot.jobs.casetimers as casetimers
import bot.jobs.leave as leave
import bot.jobs.reminders as reminders
import bot.jobs.sla as sla
from bot.jobs.claim import Handler, Planner, work
from bot.jobs.context import JobContext

HANDLERS: dict[str, Handler] = {
    sla.KIND: sla.handle,
    reminders.KIND: reminders.handle,
    leave.KIND: leave.handle,
    **casetimers.HANDLERS,
}
PLANNERS: tuple[Planner, ...] = (sla.plan, casetimers.plan)


async def run(ctx: JobContext) -> int:
    return await work(ctx, HANDLERS, PLANNERS)
