"""Unclaimed tickets past their SLA are announced again, once per SLA period, by one bot only;
the second time, coordinators are told."""

from __future__ import annotations

import logging

from bot.db.scope import work_scope
from bot.jobs.context import JobContext
from bot.services.lawyers import LawyerService

log = logging.getLogger(__name__)


async def announce_overdue(ctx: JobContext) -> int:
    async with work_scope(ctx.sessions) as session:
        tickets, lawyers = ctx.tickets(session), LawyerService(session)
        overdue = await tickets.take_overdue()
        for ticket, escalate in overdue:
            await ctx.notifier.announce(
                tickets, ticket, await lawyers.on_duty_for(ticket), reminder=True
            )
            if escalate:
                await ctx.notifier.escalate(ticket, await lawyers.coordinators())
    if overdue:
        log.info("Re-announced %d overdue ticket(s)", len(overdue))
    return len(overdue)
