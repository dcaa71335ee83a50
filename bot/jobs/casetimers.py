"""Case timers (issue #11): silent claims are reminded then returned to the queue; advice is
followed up after two weeks; editors get a weekly digest. Planned from the tickets, claimed once
(bot.jobs.claim), checked again before acting."""

from __future__ import annotations

import datetime as dt

from sqlalchemy.ext.asyncio import AsyncSession

from bot.dates import today_in_kazakhstan
from bot.db.models import Ticket
from bot.jobs.claim import Outcome
from bot.jobs.context import JobContext
from bot.outbox.casetimers import ask_followup, editors_text
from bot.outbox.letter import Result
from bot.services.casetimers import EDITORS, FOLLOWUP, SILENT, CaseTimers, overdue_reviews
from bot.services.feedback import FeedbackService
from bot.services.lawyers import LawyerService
from bot.services.timers import Claimed

WEEK = dt.timedelta(days=7)


async def plan(ctx: JobContext, session: AsyncSession) -> None:
    timers = CaseTimers(session, ctx.clock)
    await timers.plan_silent(ctx.timing.silent)
    await timers.plan_followups(ctx.timing.followup)
    await timers.plan_editors()


async def silent(ctx: JobContext, session: AsyncSession, timer: Claimed) -> Outcome:
    timers = CaseTimers(session, ctx.clock)
    stage = await timers.silent_stage(timer.subject, timer.due_at, ctx.timing.silent)
    ticket = await session.get(Ticket, timer.subject)
    if stage == 0 or ticket is None or ticket.assignee_id is None:
        return Outcome.DONE
    notifier = ctx.notifier
    if stage == 1:
        await notifier.tell_lawyer(ticket.assignee_id, "timers-silent-remind", ref=ticket.ref)
        return Outcome.DONE
    lawyer = await timers.return_to_queue(ticket, ctx.sla)
    if lawyer is None:
        return Outcome.DONE
    await notifier.tell_lawyer(lawyer, "timers-silent-taken", ref=ticket.ref)
    lawyers = LawyerService(session)
    for coordinator in await lawyers.coordinators():
        if coordinator.id != lawyer:
            await notifier.tell_lawyer(
                coordinator.id, "timers-silent-coordinators", ref=ticket.ref
            )
    await notifier.tell_client(ticket, "timers-silent-client")
    people = [
        (user.id, user.locale) for user in await lawyers.on_duty_for(ticket) if user.id != lawyer
    ]
    tickets = ctx.tickets(session)
    tickets.remember_cards(ticket, await notifier.cards.announce(ticket, people, reminder=False))
    return Outcome.DONE


async def followup(ctx: JobContext, session: AsyncSession, timer: Claimed) -> Outcome:
    ticket = await CaseTimers(session, ctx.clock).followup_due(
        timer.subject, timer.due_at, ctx.timing.followup
    )
    if ticket is None or ticket.client_id is None:
        return Outcome.DONE
    locale = await ctx.notifier.locale_of(ticket.client_id)
    result = await ask_followup(ctx.notifier, ticket, locale)
    return Outcome.LATER if result is Result.LATER else Outcome.DONE


async def editors(ctx: JobContext, session: AsyncSession, timer: Claimed) -> Outcome:
    today = today_in_kazakhstan(ctx.clock())
    kb = ctx.reloader.holder.kb
    overdue = overdue_reviews(
        (article for versions in kb.articles.values() for article in versions.values()), today
    )
    gaps = await FeedbackService(session, ctx.clock, ctx.cipher).top_gaps(10, within=WEEK)
    for admin_id in sorted(ctx.admin_ids):
        locale = await ctx.notifier.locale_of(admin_id)
        await ctx.notifier.send_plain(admin_id, editors_text(ctx.notifier, locale, overdue, gaps))
    return Outcome.DONE


HANDLERS = {SILENT: silent, FOLLOWUP: followup, EDITORS: editors}
