"""Client ↔ lawyer messages through the bot. The client's messages go to their active case;
each sender learns where a message went, and the client always has a way out."""

from __future__ import annotations

import logging
from html import escape

from aiogram import F, Router
from aiogram.exceptions import (
    TelegramBadRequest,
    TelegramForbiddenError,
    TelegramNetworkError,
    TelegramRetryAfter,
    TelegramServerError,
)
from aiogram.filters import StateFilter
from aiogram.types import InlineKeyboardMarkup, Message
from aiogram_i18n import I18nContext

from bot.db.models import Ticket
from bot.flows.callbacks import CaseCD, MyCaseCD
from bot.flows.filters import Consented
from bot.flows.keyboards import button
from bot.kb.render import TELEGRAM_LIMIT, paginate
from bot.notifier import Notifier
from bot.services.tickets import TicketService
from bot.services.users import Account, Actor

router = Router(name=__name__)
router.message.filter(Consented(), F.chat.type == "private", StateFilter(None))
log = logging.getLogger(__name__)
CAPTION_LIMIT = 1024


async def _in_a_case(message: Message, account: Account, tickets: TicketService) -> bool:
    return await tickets.active_of_client(account) is not None


@router.message(F.text | F.photo | F.document, ~F.text.startswith("/"), _in_a_case)
async def client_message(
    message: Message,
    account: Account,
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
    content: tuple[str, str | None, str | None] | None = None,
) -> None:
    """Store the message on the ticket, then pass it on; tell the sender what happened.
    `content` replaces the message's own (a canned answer chosen under `message`)."""
    kind, text, file_id = content or _kind(message)
    client = author == "client"
    if client:
        relay = await tickets.add_client_message(ticket, actor.id, kind, text, file_id)
        recipient, stored = relay.recipient_id, relay.message
    else:
        stored = await tickets.add_lawyer_message(actor, ticket, kind, text, file_id)
        recipient = ticket.client_id
    markup = leave_markup(i18n, ticket) if client else None
    if recipient is None:
        key = "relay-added-waiting" if client else "relay-blocked"
        await message.answer(i18n.get(key, ref=ticket.ref), reply_markup=markup)
        return
    locale = ticket.locale if not client else await notifier.locale_of(recipient)
    header = notifier.relay_header(ticket, author, locale, name)
    answer_here = reply_markup(notifier, ticket, locale) if client else None
    try:
        if kind == "text":
            await send_text(notifier, recipient, header, text or "", answer_here)
        else:
            caption = f"{header}\n\n{escape(text)}" if text else header
            await message.copy_to(
                recipient, caption=caption[:CAPTION_LIMIT], reply_markup=answer_here
            )
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
    except TelegramBadRequest as error:
        log.warning("Relay on ticket %s refused by Telegram: %s", ticket.id, error.message)
        if stored is not None:
            await tickets.mark_delivered(stored)  # not retried: it would be refused again
        await message.answer(i18n.get("relay-unsupported"), reply_markup=markup)
        return
    if stored is not None:
        await tickets.mark_delivered(stored)
    key = "relay-sent-to-lawyer" if client else "relay-sent-to-client"
    await message.answer(i18n.get(key, ref=ticket.ref), reply_markup=markup)


def caption(header: str, text: str | None) -> str:
    """Header and caption within Telegram's 1024 characters, never cutting an HTML entity."""
    raw = text or ""
    while raw and len(header) + 2 + len(escape(raw)) > CAPTION_LIMIT:
        raw = raw[: max(0, len(raw) - 50)].rstrip() + "…" if len(raw) > 50 else ""
    return f"{header}\n\n{escape(raw)}" if raw else header


def reply_markup(notifier: Notifier, ticket: Ticket, locale: str) -> InlineKeyboardMarkup:
    """Under a client's message: answer in this very case (the lawyer may hold several)."""
    return InlineKeyboardMarkup(
        inline_keyboard=[
            [
                button(
                    notifier.core.get("btn-case-write", locale),
                    CaseCD(action="write", ticket=ticket.id).pack(),
                )
            ]
        ]
    )


async def send_text(
    notifier: Notifier,
    chat_id: int,
    header: str,
    text: str,
    markup: InlineKeyboardMarkup | None = None,
) -> None:
    """Header and text in one message, or two when together they exceed Telegram's limit."""
    body = escape(text)
    if len(header) + len(body) + 2 <= TELEGRAM_LIMIT:
        await notifier.bot.send_message(chat_id, f"{header}\n\n{body}", reply_markup=markup)
        return
    await notifier.bot.send_message(chat_id, header)
    for page in paginate(body.split("\n")):
        await notifier.bot.send_message(chat_id, page, reply_markup=markup)
