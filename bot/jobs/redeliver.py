"""Every minute: a message between a client and a lawyer that Telegram refused to carry is tried
again, so nothing relayed is lost because sending failed once; each try waits twice as long as
the last, and after DELIVERY_MAX_ATTEMPTS the sender is told it did not arrive."""

from __future__ import annotations

import datetime as dt
import logging

from sqlalchemy.ext.asyncio import AsyncSession

from bot import metrics
from bot.db.models import LawyerProfile, Ticket, TicketMessage
from bot.db.scope import work_scope
from bot.jobs.context import JobContext
from bot.outbox import relay as outgoing
from bot.outbox.letter import Kind, Result
from bot.outbox.relay import Relayed
from bot.services.tickets import TicketService

log = logging.getLogger(__name__)
WAIT = dt.timedelta(minutes=2)  # longer than the session's own retries (about 30 s)


async def run(ctx: JobContext) -> int:
    """Claim undelivered messages (both directions) and send each once more."""
    sent = 0
    async with work_scope(ctx.sessions) as session:
        tickets = ctx.tickets(session)
        for message_id in await tickets.take_undelivered(WAIT):
            message = await session.get(TicketMessage, message_id)
            ticket = await session.get(Ticket, message.ticket_id) if message else None
            if message is None or ticket is None:
                continue
            if await _send(ctx, session, tickets, ticket, message):
                sent += 1
    if sent:
        log.info("Redelivered %d relayed message(s)", sent)
    return sent


async def _relayed(
    ctx: JobContext,
    session: AsyncSession,
    tickets: TicketService,
    ticket: Ticket,
    message: TicketMessage,
) -> Relayed | None:
    """The stored message as it leaves again: the same letters the handler sent the first time."""
    notifier = ctx.notifier
    from_client = message.author == "client"
    recipient = ticket.assignee_id if from_client else ticket.client_id
    if recipient is None:
        return None
    if from_client:
        header = notifier.relay_header(ticket, "client", await notifier.locale_of(recipient))
    else:
        profile = await session.get(LawyerProfile, message.author_id or 0)
        name = profile.display_name if profile else None
        header = notifier.relay_header(ticket, "lawyer", ticket.locale, name)
    return Relayed(
        recipient, header, Kind(message.kind), tickets.text_of(message), message.file_id
    )


async def _send(
    ctx: JobContext,
    session: AsyncSession,
    tickets: TicketService,
    ticket: Ticket,
    message: TicketMessage,
) -> bool:
    relayed = await _relayed(ctx, session, tickets, ticket, message)
    if relayed is None:
        return False
    notifier, from_client = ctx.notifier, message.author == "client"
    result = (await outgoing.deliver(notifier.outbox, relayed)).result
    if result is Result.LATER:
        if await tickets.retry_later(message.id, ctx.delivery_attempts):
            await _give_up(ctx, ticket, message)
        return False
    if result is Result.BLOCKED and not from_client:
        await tickets.client_unreachable(ticket)
        if message.author_id:
            await notifier.tell_lawyer(message.author_id, "relay-blocked", ref=ticket.ref)
    if result is not Result.SENT:
        return False
    if from_client:
        await notifier.tell_client(ticket, "relay-redelivered")
    elif message.author_id:
        await notifier.tell_lawyer(message.author_id, "relay-redelivered", ref=ticket.ref)
    return True


async def _give_up(ctx: JobContext, ticket: Ticket, message: TicketMessage) -> None:
    """Telegram kept failing for hours: the sender learns the message did not arrive."""
    metrics.RELAY_GIVEN_UP.inc()
    log.warning("Relayed message %d given up after %d tries", message.id, message.attempts)
    if message.author == "client":
        await ctx.notifier.tell_client(ticket, "relay-given-up")
    elif message.author_id:
        await ctx.notifier.tell_lawyer(message.author_id, "relay-given-up", ref=ticket.ref)
