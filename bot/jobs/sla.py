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
        cards = ctx.notifier.cards
        overdue = await tickets.take_overdue()
        for ticket, escalate in overdue:
            people = [(lawyer.id, lawyer.locale) for lawyer in await lawyers.on_duty_for(ticket)]
            posted = await cards.announce(ticket, people, reminder=True)
            tickets.remember_cards(ticket, posted)
            if escalate:
                coordinators = await lawyers.coordinators()
                await cards.escalate(ticket, [(user.id, user.locale) for user in coordinators])
    if overdue:
        log.info("Re-announced %d overdue ticket(s)", len(overdue))
    return len(overdue)
