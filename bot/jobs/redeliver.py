"""Every minute: a message between a client and a lawyer that Telegram refused to carry is tried
again, so nothing relayed is lost because sending failed once."""

from __future__ import annotations

import datetime as dt
import logging

from aiogram.exceptions import TelegramAPIError, TelegramForbiddenError
from sqlalchemy.ext.asyncio import AsyncSession

from bot.db.models import LawyerProfile, Ticket, TicketMessage
from bot.db.scope import work_scope
from bot.flows.relay import caption, send_text
from bot.jobs.context import JobContext
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


async def _send(
    ctx: JobContext,
    session: AsyncSession,
    tickets: TicketService,
    ticket: Ticket,
    message: TicketMessage,
) -> bool:
    notifier = ctx.notifier
    from_client = message.author == "client"
    recipient = ticket.assignee_id if from_client else ticket.client_id
    if recipient is None:
        return False
    if from_client:
        header = notifier.relay_header(ticket, "client", await notifier.locale_of(recipient))
    else:
        profile = await session.get(LawyerProfile, message.author_id or 0)
        name = profile.display_name if profile else None
        header = notifier.relay_header(ticket, "lawyer", ticket.locale, name)
    text = tickets.text_of(message)
    try:
        if message.kind == "photo" and message.file_id:
            await notifier.bot.send_photo(
                recipient, message.file_id, caption=caption(header, text)
            )
        elif message.kind == "document" and message.file_id:
            await notifier.bot.send_document(
                recipient, message.file_id, caption=caption(header, text)
            )
        else:
            await send_text(notifier, recipient, header, text)
    except TelegramForbiddenError:
        if not from_client:
            await tickets.client_unreachable(ticket)
            if message.author_id:
                await notifier.tell_lawyer(message.author_id, "relay-blocked", ref=ticket.ref)
        return False
    except TelegramAPIError:
        await tickets.undo_delivery(message.id)  # try again next minute
        return False
    if from_client:
        await notifier.tell_client(ticket, "relay-redelivered")
    elif message.author_id:
        await notifier.tell_lawyer(message.author_id, "relay-redelivered", ref=ticket.ref)
    return True
