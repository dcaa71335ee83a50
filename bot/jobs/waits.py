"""Conversation timers (issue #11): the lawyer of a waiting client is reminded; a client who
has not answered the lawyer is nudged, then the case is closed as "no response". Planned from
the cases' messages, claimed once (bot.jobs.claim), checked again before acting."""

from __future__ import annotations

from sqlalchemy.ext.asyncio import AsyncSession

from bot.dates import local_date
from bot.jobs.claim import Outcome
from bot.jobs.context import JobContext
from bot.outbox.letter import Result
from bot.outbox.waits import close_notice, nudge
from bot.services.timers import Claimed
from bot.services.waits import NOREPLY, WAITING, CaseWaits


async def plan(ctx: JobContext, session: AsyncSession) -> None:
    await CaseWaits(session, ctx.clock, ctx.timing).plan()


async def waiting(ctx: JobContext, session: AsyncSession, timer: Claimed) -> Outcome:
    talk = await CaseWaits(session, ctx.clock, ctx.timing).talk(timer.subject)
    if talk is None or talk.lawyer_id is None or talk.reminder_due(ctx.timing) != timer.due_at:
        return Outcome.DONE  # answered, released or closed meanwhile: this wait is over
    ticket = await ctx.tickets(session).get(talk.ticket_id)
    await ctx.notifier.tell_lawyer(talk.lawyer_id, "timers-waiting-remind", ref=ticket.ref)
    return Outcome.DONE


async def noreply(ctx: JobContext, session: AsyncSession, timer: Claimed) -> Outcome:
    waits = CaseWaits(session, ctx.clock, ctx.timing)
    talk = await waits.talk(timer.subject)
    dues = talk.nudge_dues(ctx.timing) if talk is not None else None
    if talk is None or dues is None or timer.due_at not in dues:
        return Outcome.DONE  # the client answered (or the case moved): nothing to do
    ticket = await ctx.tickets(session).get(talk.ticket_id)
    if ticket.client_id is None:
        return Outcome.DONE
    locale = await ctx.notifier.locale_of(ticket.client_id)
    if timer.due_at == dues[0]:
        until = local_date(dues[1], locale)
        result = await nudge(ctx.notifier, ticket, locale, until)
        return Outcome.LATER if result is Result.LATER else Outcome.DONE
    closed = await waits.close_no_response(ticket.id)
    if closed is None:
        return Outcome.DONE
    await session.commit()  # closed before anyone is told, so a crash tells nobody twice
    until = local_date(ctx.clock() + ctx.timing.reopen, locale)
    await close_notice(ctx.notifier, closed, locale, until)
    if talk.lawyer_id is not None:
        days = ctx.timing.no_response.days
        await ctx.notifier.tell_lawyer(
            talk.lawyer_id, "timers-noresponse-lawyer", ref=closed.ref, days=days
        )
    return Outcome.DONE


HANDLERS = {WAITING: waiting, NOREPLY: noreply}
