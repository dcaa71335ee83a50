"""Every minute: a lawyer's message that Telegram refused to carry is tried again, so a reply is
never lost because sending failed once."""

from __future__ import annotations

import datetime as dt
import logging
from html import escape

from aiogram.exceptions import TelegramAPIError, TelegramForbiddenError

from bot.db.models import LawyerProfile, Ticket, TicketMessage
from bot.jobs.context import JobContext

log = logging.getLogger(__name__)
WAIT = dt.timedelta(seconds=30)


async def run(ctx: JobContext) -> int:
    sent = 0
    async with ctx.sessions() as session:
        tickets = ctx.tickets(session)
        for message_id in await tickets.take_undelivered(WAIT):
            message = await session.get(TicketMessage, message_id)
            ticket = await session.get(Ticket, message.ticket_id) if message else None
            if message is None or ticket is None or ticket.client_id is None:
                continue
            profile = await session.get(LawyerProfile, message.author_id or 0)
            name = escape(profile.display_name) if profile and profile.display_name else None
            signature = name or ctx.notifier.core.get("lawyer-signature", ticket.locale)
            header = ctx.notifier.relay_header(ticket, "lawyer", ticket.locale, signature)
            text = tickets.text_of(message)
            bot = ctx.notifier.bot
            try:
                if message.kind == "photo" and message.file_id:
                    await bot.send_photo(ticket.client_id, message.file_id, caption=header)
                elif message.kind == "document" and message.file_id:
                    await bot.send_document(ticket.client_id, message.file_id, caption=header)
                else:
                    await bot.send_message(ticket.client_id, f"{header}\n\n{escape(text)}")
            except TelegramForbiddenError:
                await tickets.client_unreachable(ticket)
                if message.author_id:
                    await ctx.notifier.tell_lawyer(
                        message.author_id, "relay-blocked", ref=ticket.ref
                    )
                continue
            except TelegramAPIError:
                await tickets.undo_delivery(message_id)  # try again next minute
                continue
            sent += 1
            if message.author_id:
                await ctx.notifier.tell_lawyer(
                    message.author_id, "relay-redelivered", ref=ticket.ref
                )
    if sent:
        log.info("Redelivered %d lawyer message(s)", sent)
    return sent
