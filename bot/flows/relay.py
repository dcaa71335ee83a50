"""Client ↔ lawyer messages through the bot; the sender always learns where a message went."""

from __future__ import annotations

import logging
from html import escape

from aiogram import F, Router
from aiogram.exceptions import TelegramForbiddenError
from aiogram.types import Message
from aiogram_i18n import I18nContext

from bot.db.models import Ticket
from bot.flows import keyboards
from bot.flows.filters import Consented
from bot.notifier import Notifier
from bot.services.tickets import TicketService
from bot.services.users import Actor

router = Router(name=__name__)
router.message.filter(Consented(), F.chat.type == "private")
log = logging.getLogger(__name__)


async def _has_open_ticket(message: Message, actor: Actor, tickets: TicketService) -> bool:
    return await tickets.open_ticket_of(actor.id) is not None


@router.message(F.text | F.photo | F.document, _has_open_ticket)
async def client_message(
    message: Message, actor: Actor, tickets: TicketService, notifier: Notifier, i18n: I18nContext
) -> None:
    ticket = await tickets.open_ticket_of(actor.id)
    assert ticket is not None
    await deliver(message, ticket, "client", actor, tickets, notifier, i18n)


@router.message(_has_open_ticket)
async def client_unsupported(message: Message, i18n: I18nContext) -> None:
    await message.answer(i18n.get("relay-unsupported"))


def _kind(message: Message) -> tuple[str, str | None, str | None]:
    if message.photo:
        return "photo", message.caption, message.photo[-1].file_id
    if message.document:
        return "document", message.caption, message.document.file_id
    return "text", message.text, None


async def deliver(
    message: Message,
    ticket: Ticket,
    author: str,
    actor: Actor,
    tickets: TicketService,
    notifier: Notifier,
    i18n: I18nContext,
) -> None:
    """Store the message on the ticket, then pass it on; tell the sender what happened."""
    kind, text, file_id = _kind(message)
    if author == "client":
        relay = await tickets.add_client_message(ticket, actor.id, kind, text, file_id)
        recipient = relay.recipient_id
        stored = None
    else:
        stored = await tickets.add_lawyer_message(actor, ticket, kind, text, file_id)
        recipient = ticket.client_id
    if recipient is None:
        await message.answer(
            i18n.get("relay-added-waiting", ref=ticket.ref), reply_markup=keyboards.home_only(i18n)
        )
        return
    header = notifier.relay_header(
        ticket, author, recipient_locale=await notifier.locale_of(recipient)
    )
    try:
        if kind == "text":
            await message.bot.send_message(recipient, f"{header}\n\n{escape(text or '')}")  # type: ignore[union-attr]
        else:
            caption = f"{header}\n\n{escape(text)}" if text else header
            await message.copy_to(recipient, caption=caption)
    except TelegramForbiddenError:
        log.info("Relay on ticket %s not delivered: recipient blocked the bot", ticket.id)
        if author == "lawyer":
            await tickets.client_unreachable(ticket)
        await message.answer(i18n.get("relay-blocked", ref=ticket.ref))
        return
    if stored is not None:
        await tickets.mark_delivered(stored)
    key = "relay-sent-to-client" if author == "lawyer" else "relay-sent-to-lawyer"
    await message.answer(i18n.get(key, ref=ticket.ref))
