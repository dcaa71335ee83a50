"""Client ↔ lawyer messages through the bot. The client's messages go to their active case;
each sender learns where a message went, and the client always has a way out."""

from __future__ import annotations

import logging

from aiogram import F, Router
from aiogram.filters import StateFilter
from aiogram.types import InlineKeyboardMarkup, Message
from aiogram_i18n import I18nContext

from bot.callbacks import CaseAction, CaseCD, MyCaseAction, MyCaseCD
from bot.db.models import Ticket
from bot.flows.filters import Consented
from bot.flows.keyboards import button
from bot.outbox import relay as outgoing
from bot.outbox.letter import Kind, Result
from bot.outbox.notifier import Notifier
from bot.outbox.relay import Relayed
from bot.services.lawyers import LawyerService
from bot.services.tickets import TicketService
from bot.services.users import Account, Actor
from bot.timing import Timing

log = logging.getLogger(__name__)


async def _in_a_case(message: Message, account: Account, tickets: TicketService) -> bool:
    return await tickets.active_of_client(account) is not None


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


async def _reopenable(
    message: Message, account: Account, tickets: TicketService, timing: Timing
) -> dict[str, Ticket] | bool:
    if account.active_ticket_id is None:
        return False
    ticket = await tickets.reopenable(account, timing.reopen)
    return {"dormant": ticket} if ticket is not None else False


async def reopen_by_writing(
    message: Message,
    dormant: Ticket,
    actor: Actor,
    tickets: TicketService,
    lawyers: LawyerService,
    notifier: Notifier,
    i18n: I18nContext,
) -> None:
    """A case closed because the client went silent: their message reopens it, and is in it."""
    ticket = await tickets.reopen(actor.id, dormant.id)
    await message.answer(i18n.get("timers-noresponse-reopened", ref=ticket.ref))
    await deliver(message, ticket, "client", actor, tickets, notifier, i18n, None)
    people = [(lawyer.id, lawyer.locale) for lawyer in await lawyers.on_duty_for(ticket)]
    tickets.remember_cards(ticket, await notifier.cards.announce(ticket, people, reminder=False))


async def client_unsupported(message: Message, i18n: I18nContext) -> None:
    await message.answer(i18n.get("relay-unsupported"))


def leave_markup(i18n: I18nContext, ticket: Ticket) -> InlineKeyboardMarkup:
    return InlineKeyboardMarkup(
        inline_keyboard=[
            [
                button(
                    i18n.get("btn-leave-case"),
                    MyCaseCD(action=MyCaseAction.LEAVE, ticket=ticket.id).pack(),
                ),
                button(
                    i18n.get("btn-my-cases"), MyCaseCD(action=MyCaseAction.LIST, ticket=0).pack()
                ),
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
    relayed = Relayed(recipient, header, Kind(kind), text, file_id, answer_here)
    result = (await outgoing.deliver(notifier.outbox, relayed)).result
    if result is Result.BLOCKED and not client:
        await tickets.client_unreachable(ticket)
    if result is not Result.LATER and stored is not None:
        await tickets.mark_delivered(stored)  # a refused one would be refused again
    await message.answer(i18n.get(_SAID[result][client], ref=ticket.ref), reply_markup=markup)


# what the sender is told, by what became of the message: (lawyer wrote, client wrote)
_SAID = {
    Result.SENT: ("relay-sent-to-client", "relay-sent-to-lawyer"),
    Result.BLOCKED: ("relay-blocked", "relay-blocked"),
    Result.LATER: ("relay-queued", "relay-queued"),  # stored: the redelivery job sends it
    Result.REFUSED: ("relay-unsupported", "relay-unsupported"),
}


def reply_markup(notifier: Notifier, ticket: Ticket, locale: str) -> InlineKeyboardMarkup:
    """Under a client's message: answer in this very case (the lawyer may hold several)."""
    return InlineKeyboardMarkup(
        inline_keyboard=[
            [
                button(
                    notifier.core.get("btn-case-write", locale),
                    CaseCD(action=CaseAction.WRITE, ticket=ticket.id).pack(),
                )
            ]
        ]
    )


def build_router() -> Router:
    router = Router(name=__name__)
    router.message.filter(Consented(), F.chat.type == "private", StateFilter(None))
    router.message.register(
        client_message, F.text | F.photo | F.document, ~F.text.startswith("/"), _in_a_case
    )
    router.message.register(
        reopen_by_writing, F.text | F.photo | F.document, ~F.text.startswith("/"), _reopenable
    )
    router.message.register(client_unsupported, _in_a_case, ~F.text)
    return router
