"""Unclaimed tickets past their SLA are announced again, once per SLA period, by one bot only."""

from __future__ import annotations

import logging

from bot.jobs.context import JobContext

log = logging.getLogger(__name__)


async def announce_overdue(ctx: JobContext) -> int:
    async with ctx.sessions() as session:
        tickets = ctx.tickets(session)
        overdue = await tickets.take_overdue()
        for ticket in overdue:
            await ctx.notifier.announce(tickets, ticket, reminder=True)
    if overdue:
        log.info("Re-announced %d overdue ticket(s)", len(overdue))
    return len(overdue)
