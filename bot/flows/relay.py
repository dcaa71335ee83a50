"""Client ↔ lawyer messages through the bot. The client's messages go to their active case;
each sender learns where a message went, and the client always has a way out."""

from __future__ import annotations

import logging
from html import escape

from aiogram import F, Router
from aiogram.exceptions import (
    TelegramForbiddenError,
    TelegramNetworkError,
    TelegramRetryAfter,
    TelegramServerError,
)
from aiogram.filters import StateFilter
from aiogram.types import InlineKeyboardMarkup, Message
from aiogram_i18n import I18nContext

from bot.db.models import Ticket, User
from bot.flows.callbacks import MyCaseCD
from bot.flows.filters import Consented
from bot.flows.keyboards import button
from bot.notifier import Notifier
from bot.services.tickets import TicketService
from bot.services.users import Actor

router = Router(name=__name__)
router.message.filter(Consented(), F.chat.type == "private", StateFilter(None))
log = logging.getLogger(__name__)


async def _in_a_case(message: Message, account: User, tickets: TicketService) -> bool:
    return await tickets.active_of_client(account) is not None


@router.message(F.text | F.photo | F.document, ~F.text.startswith("/"), _in_a_case)
async def client_message(
    message: Message,
    account: User,
    actor: Actor,
    tickets: TicketService,
    notifier: Notifier,
    i18n: I18nContext,
) -> None:
    ticket = await tickets.active_of_client(account)
    assert ticket is not None
    await deliver(message, ticket, "client", actor, tickets, notifier, i18n, None)


@router.message(_in_a_case, ~F.text)
async def client_unsupported(message: Message, i18n: I18nContext) -> None:
    await message.answer(i18n.get("relay-unsupported"))


def leave_markup(i18n: I18nContext, ticket: Ticket) -> InlineKeyboardMarkup:
    return InlineKeyboardMarkup(
        inline_keyboard=[
            [
                button(
                    i18n.get("btn-leave-case"), MyCaseCD(action="leave", ticket=ticket.id).pack()
                ),
                button(i18n.get("btn-my-cases"), MyCaseCD(action="list", ticket=0).pack()),
            ]
        ]
    )


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
    name: str | None,
) -> None:
    """Store the message on the ticket, then pass it on; tell the sender what happened."""
    kind, text, file_id = _kind(message)
    client = author == "client"
    if client:
        recipient = (
            await tickets.add_client_message(ticket, actor.id, kind, text, file_id)
        ).recipient_id
        stored = None
    else:
        stored = await tickets.add_lawyer_message(actor, ticket, kind, text, file_id)
        recipient = ticket.client_id
    markup = leave_markup(i18n, ticket) if client else None
    if recipient is None:
        key = "relay-added-waiting" if client else "relay-blocked"
        await message.answer(i18n.get(key, ref=ticket.ref), reply_markup=markup)
        return
    locale = ticket.locale if not client else await notifier.locale_of(recipient)
    signature = escape(name) if name else notifier.core.get("lawyer-signature", locale)
    header = notifier.relay_header(ticket, author, locale, signature)
    try:
        if kind == "text":
            await notifier.bot.send_message(recipient, f"{header}\n\n{escape(text or '')}")
        else:
            caption = f"{header}\n\n{escape(text)}" if text else header
            await message.copy_to(recipient, caption=caption)
    except TelegramForbiddenError:
        log.info("Relay on ticket %s not delivered: recipient blocked the bot", ticket.id)
        if not client:
            await tickets.client_unreachable(ticket)
        await message.answer(i18n.get("relay-blocked", ref=ticket.ref), reply_markup=markup)
        return
    except (TelegramNetworkError, TelegramServerError, TelegramRetryAfter):
        # Telegram kept failing after the retries: the message is stored; a job sends it later
        log.warning("Relay on ticket %s failed for now; it stays queued", ticket.id)
        await message.answer(i18n.get("relay-queued", ref=ticket.ref), reply_markup=markup)
        return
    if stored is not None:
        await tickets.mark_delivered(stored)
    key = "relay-sent-to-lawyer" if client else "relay-sent-to-client"
    await message.answer(i18n.get(key, ref=ticket.ref), reply_markup=markup)
