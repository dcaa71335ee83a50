"""Unclaimed tickets past their SLA are announced again, once per SLA period, by one bot only;
the second time, coordinators are told. Each announcement is a timer (bot.jobs.claim): planned
from the ticket's `next_announce_at`, claimed by one replica, done after sending."""

from __future__ import annotations

import logging

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from bot.db.models import Ticket
from bot.jobs.claim import Outcome, work
from bot.jobs.context import JobContext
from bot.services.clock import aware
from bot.services.lawyers import LawyerService
from bot.services.tickets import ESCALATE_AFTER
from bot.services.timers import Claimed, TimerService

log = logging.getLogger(__name__)
KIND = "sla"


async def plan(ctx: JobContext, session: AsyncSession) -> None:
    """Every unclaimed case whose announcement is due becomes a timer (the same one again
    adds nothing)."""
    overdue = select(Ticket.id, Ticket.next_announce_at).where(
        Ticket.status == "new", Ticket.next_announce_at <= ctx.clock()
    )
    await TimerService(session, ctx.clock).schedule_each(KIND, overdue)


async def handle(ctx: JobContext, session: AsyncSession, timer: Claimed) -> Outcome:
    ticket = await session.get(Ticket, timer.subject)
    if (
        ticket is None
        or ticket.status != "new"
        or ticket.next_announce_at is None
        or aware(ticket.next_announce_at) != timer.due_at
    ):
        return Outcome.DONE  # claimed, closed or released meanwhile: nothing to announce
    tickets, lawyers, cards = ctx.tickets(session), LawyerService(session), ctx.notifier.cards
    people = [(lawyer.id, lawyer.locale) for lawyer in await lawyers.on_duty_for(ticket)]
    tickets.remember_cards(ticket, await cards.announce(ticket, people, reminder=True))
    now = ctx.clock()
    ticket.next_announce_at = now + ctx.sla.of(ticket.priority)
    ticket.announce_count += 1
    if ticket.announce_count >= ESCALATE_AFTER and ticket.escalated_at is None:
        ticket.escalated_at = now
        coordinators = await lawyers.coordinators()
        await cards.escalate(ticket, [(user.id, user.locale) for user in coordinators])
    return Outcome.DONE


async def announce_overdue(ctx: JobContext) -> int:
    """Only the announcements (the timers job runs them with every other kind)."""
    announced = await work(ctx, {KIND: handle}, [plan])
    if announced:
        log.info("Re-announced %d overdue ticket(s)", announced)
    return announced
