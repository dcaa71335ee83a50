"""Duty lawyers: /duty, claiming cards, writing to the client, closing."""

from __future__ import annotations

from html import escape

from aiogram import F, Router
from aiogram.exceptions import TelegramForbiddenError
from aiogram.filters import Command
from aiogram.types import CallbackQuery, InlineKeyboardMarkup, Message
from aiogram.utils.callback_answer import CallbackAnswer
from aiogram_i18n import I18nContext

from bot.db.models import Ticket, User
from bot.flows import keyboards
from bot.flows.callbacks import CaseCD, ClaimCD
from bot.flows.filters import Staff
from bot.flows.relay import deliver
from bot.kb.render import paginate
from bot.notifier import Notifier
from bot.services.tickets import TicketService
from bot.services.users import Actor, UserService
from bot.telegram import show

router = Router(name=__name__)


@router.message(Command("duty"))
async def duty(message: Message, actor: Actor, tickets: TicketService, i18n: I18nContext) -> None:
    on_duty = await tickets.toggle_duty(actor)  # refuses anyone who is not staff
    await message.answer(i18n.get("duty-on" if on_duty else "duty-off"))


@router.callback_query(ClaimCD.filter())
async def claim(
    callback: CallbackQuery,
    callback_data: ClaimCD,
    actor: Actor,
    account: User,
    users: UserService,
    tickets: TicketService,
    notifier: Notifier,
    i18n: I18nContext,
    callback_answer: CallbackAnswer,
) -> None:
    ticket = await tickets.claim(actor, callback_data.ticket)
    profile = await users.lawyer_profile(actor.id)
    callback_answer.text = i18n.get("claim-won", ref=ticket.ref)
    await notifier.mark_cards_claimed(
        tickets, ticket, account, profile.display_name if profile else None
    )
    await notifier.tell_client(ticket, "client-claimed")
    try:
        await _send_case(notifier, actor.id, ticket, tickets, i18n)
    except TelegramForbiddenError:  # claimed from the group, never opened a chat with the bot
        callback_answer.text = i18n.get("claim-won-open-chat", ref=ticket.ref)
        callback_answer.show_alert = True


@router.message(Command("case"), Staff())
async def active_case(
    message: Message, actor: Actor, tickets: TicketService, notifier: Notifier, i18n: I18nContext
) -> None:
    ticket = await tickets.active_ticket(actor)
    if ticket is None:
        await message.answer(i18n.get("lawyer-no-active-case"))
        return
    await _send_case(notifier, actor.id, ticket, tickets, i18n)


@router.callback_query(CaseCD.filter(F.action == "write"))
async def write_to(
    callback: CallbackQuery,
    callback_data: CaseCD,
    actor: Actor,
    tickets: TicketService,
    i18n: I18nContext,
) -> None:
    ticket = await tickets.activate(actor, callback_data.ticket)
    await callback.bot.send_message(actor.id, i18n.get("case-writing-to", ref=ticket.ref))  # type: ignore[union-attr]


@router.callback_query(CaseCD.filter(F.action == "close"))
async def close_ask(
    callback: CallbackQuery,
    callback_data: CaseCD,
    actor: Actor,
    tickets: TicketService,
    i18n: I18nContext,
) -> None:
    ticket = await tickets.assigned(actor, callback_data.ticket)
    markup = InlineKeyboardMarkup(
        inline_keyboard=[
            [
                keyboards.button(
                    i18n.get("btn-close-yes"), CaseCD(action="close_yes", ticket=ticket.id).pack()
                ),
                keyboards.button(
                    i18n.get("btn-back"), CaseCD(action="back", ticket=ticket.id).pack()
                ),
            ]
        ]
    )
    await show(callback, i18n.get("case-close-confirm", ref=ticket.ref), markup)


@router.callback_query(CaseCD.filter(F.action == "back"))
async def close_back(
    callback: CallbackQuery,
    callback_data: CaseCD,
    actor: Actor,
    tickets: TicketService,
    notifier: Notifier,
    i18n: I18nContext,
) -> None:
    ticket = await tickets.assigned(actor, callback_data.ticket)
    pages = await _case_pages(ticket, tickets, i18n)
    await show(callback, pages[-1], notifier.case_markup(ticket, i18n.locale))


@router.callback_query(CaseCD.filter(F.action == "close_yes"))
async def close(
    callback: CallbackQuery,
    callback_data: CaseCD,
    actor: Actor,
    tickets: TicketService,
    notifier: Notifier,
    i18n: I18nContext,
) -> None:
    ticket = await tickets.close(actor, callback_data.ticket, outcome="closed")
    await show(callback, i18n.get("case-closed", ref=ticket.ref))
    if not await notifier.tell_client(ticket, "client-case-closed"):
        await tickets.client_unreachable(ticket)


@router.message(Staff(), F.chat.type == "private", F.text | F.photo | F.document)
async def lawyer_message(
    message: Message,
    actor: Actor,
    tickets: TicketService,
    notifier: Notifier,
    i18n: I18nContext,
) -> None:
    ticket = await tickets.active_ticket(actor)
    if ticket is None:
        await message.answer(i18n.get("lawyer-no-active-case"))
        return
    await deliver(message, ticket, "lawyer", actor, tickets, notifier, i18n)


@router.message(Staff(), F.chat.type == "private")
async def lawyer_unsupported(message: Message, i18n: I18nContext) -> None:
    await message.answer(i18n.get("relay-unsupported"))


async def _send_case(
    notifier: Notifier, chat_id: int, ticket: Ticket, tickets: TicketService, i18n: I18nContext
) -> None:
    """The whole case to a lawyer; the case buttons go under its last page."""
    pages = await _case_pages(ticket, tickets, i18n)
    for number, page in enumerate(pages, start=1):
        markup = notifier.case_markup(ticket, i18n.locale) if number == len(pages) else None
        await notifier.bot.send_message(chat_id, page, reply_markup=markup)


async def _case_pages(ticket: Ticket, tickets: TicketService, i18n: I18nContext) -> list[str]:
    """The whole case: header, description and every message, in as many pages as it takes."""
    lines = [
        i18n.get(
            "case-header",
            ref=ticket.ref,
            priority=ticket.priority,
            language=i18n.get("lang-name", ticket.locale),
        ),
        escape(tickets.description(ticket)),
    ]
    for item in await tickets.history(ticket):
        who = i18n.get("case-from-client" if item.author == "client" else "case-from-lawyer")
        body = escape(tickets.text_of(item)) or i18n.get("case-attachment", kind=item.kind)
        lines.append(f"<b>{who}</b>: {body}")
    return paginate(lines)
