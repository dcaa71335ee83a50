"""Duty lawyers: /duty, claiming cards, the whole case, writing to the client, internal notes
and canned answers. Every action re-checks role and ownership on the server."""

from __future__ import annotations

from html import escape

from aiogram import F, Router
from aiogram.dispatcher.event.bases import SkipHandler
from aiogram.filters import Command, StateFilter
from aiogram.fsm.context import FSMContext
from aiogram.fsm.state import State, StatesGroup
from aiogram.types import CallbackQuery, Message
from aiogram.utils.callback_answer import CallbackAnswer
from aiogram_i18n import I18nContext

from bot.callbacks import CaseAction, CaseCD, ClaimCD
from bot.db.models import Ticket
from bot.flows.blocking import manage_markup, manages
from bot.flows.relay import deliver
from bot.kb.render import paginate
from bot.outbox.letter import Delivery, Kind, Letter, Result
from bot.outbox.notifier import Notifier
from bot.services.errors import StaleButton
from bot.services.lawyers import LawyerService
from bot.services.tickets import TicketService
from bot.services.users import Account, Actor


class LawyerStates(StatesGroup):
    note = State()


async def duty(message: Message, actor: Actor, lawyers: LawyerService, i18n: I18nContext) -> None:
    on_duty = await lawyers.toggle_duty(actor)  # refuses anyone who is not staff
    await message.answer(i18n.get("duty-on" if on_duty else "duty-off"))


async def claim(
    callback: CallbackQuery,
    callback_data: ClaimCD,
    actor: Actor,
    account: Account,
    lawyers: LawyerService,
    tickets: TicketService,
    notifier: Notifier,
    i18n: I18nContext,
    callback_answer: CallbackAnswer,
) -> None:
    ticket = await tickets.claim(actor, callback_data.ticket)
    profile = await lawyers.profile(actor)
    callback_answer.text = i18n.get("claim-won", ref=ticket.ref)
    cards = await tickets.cards(ticket)
    await notifier.cards.mark_claimed(cards, ticket, account.id, profile.display_name)
    await notifier.tell_client(ticket, "client-claimed")
    delivery = await send_case(notifier, actor.id, ticket, tickets, i18n, manages(actor))
    if delivery.result is Result.BLOCKED:  # claimed from the group, never opened a chat with us
        callback_answer.text = i18n.get("claim-won-open-chat", ref=ticket.ref)
        callback_answer.show_alert = True


async def active_case(
    message: Message, actor: Actor, tickets: TicketService, notifier: Notifier, i18n: I18nContext
) -> None:
    ticket = await tickets.active_ticket(actor)
    if ticket is None:
        await message.answer(i18n.get("lawyer-no-active-case"))
        return
    await tickets.view(actor, ticket.id)  # audited: it is theirs
    await send_case(notifier, actor.id, ticket, tickets, i18n, manages(actor))


async def view(
    callback: CallbackQuery,
    callback_data: CaseCD,
    actor: Actor,
    tickets: TicketService,
    notifier: Notifier,
    i18n: I18nContext,
) -> None:
    ticket, readable = await tickets.view(actor, callback_data.ticket)  # audited if readable
    if readable:
        await send_case(notifier, actor.id, ticket, tickets, i18n, manages(actor))
    else:  # an unclaimed case: its card, with Claim; the person's words come with the claim
        await notifier.outbox.send(notifier.cards.card(actor.id, ticket, i18n.locale))


async def write_to(
    callback: CallbackQuery,
    callback_data: CaseCD,
    actor: Actor,
    tickets: TicketService,
    i18n: I18nContext,
    callback_answer: CallbackAnswer,
) -> None:
    ticket = await tickets.activate(actor, callback_data.ticket)
    callback_answer.text = i18n.get("case-writing-to", ref=ticket.ref)
    callback_answer.show_alert = True


async def note_start(
    callback: CallbackQuery,
    callback_data: CaseCD,
    state: FSMContext,
    actor: Actor,
    tickets: TicketService,
    i18n: I18nContext,
) -> None:
    ticket = await tickets.assigned(actor, callback_data.ticket)
    await state.set_state(LawyerStates.note)
    await state.set_data({"ticket": ticket.id})
    if isinstance(callback.message, Message):
        await callback.message.answer(i18n.get("case-note-prompt", ref=ticket.ref))


async def note_text(
    message: Message, state: FSMContext, actor: Actor, tickets: TicketService, i18n: I18nContext
) -> None:
    ticket_id = (await state.get_data()).get("ticket")
    await state.clear()
    if not isinstance(ticket_id, int):
        raise StaleButton
    await tickets.add_note(actor, ticket_id, message.text or "")
    await message.answer(i18n.get("case-note-saved"))


async def note_not_text(
    message: Message, state: FSMContext, tickets: TicketService, i18n: I18nContext
) -> None:
    """A note is text only: a photo sent now must not slip through to the client."""
    ticket_id = (await state.get_data()).get("ticket")
    ticket = await tickets.get(ticket_id) if isinstance(ticket_id, int) else None
    await message.answer(i18n.get("case-note-prompt", ref=ticket.ref if ticket else ""))


async def lawyer_message(
    message: Message,
    actor: Actor,
    tickets: TicketService,
    lawyers: LawyerService,
    notifier: Notifier,
    i18n: I18nContext,
) -> None:
    ticket = await tickets.active_ticket(actor)
    if ticket is None and message.text and actor.role in ("coordinator", "admin"):
        raise SkipHandler  # outside a case, their words are a question like anyone's
    if ticket is None:
        await message.answer(i18n.get("lawyer-no-active-case"))
        return
    profile = await lawyers.profile(actor)
    await deliver(message, ticket, "lawyer", actor, tickets, notifier, i18n, profile.display_name)


async def lawyer_unsupported(message: Message, i18n: I18nContext) -> None:
    await message.answer(i18n.get("relay-unsupported"))


async def send_case(
    notifier: Notifier,
    chat_id: int,
    ticket: Ticket,
    tickets: TicketService,
    i18n: I18nContext,
    manage: bool = False,
) -> Delivery:
    """The whole case to a lawyer: answers, description, history, then its attachments."""
    cards = notifier.cards
    lines = [i18n.get("case-header", **cards.facts(ticket, i18n.locale))]
    if ticket.contact_phone:
        lines.append(i18n.get("case-phone", phone=escape(tickets.phone(ticket))))
    lines.append(escape(tickets.description(ticket)))
    files: list[tuple[str, str]] = []
    for item in await tickets.history(ticket):
        if item.internal:
            who = i18n.get("case-note")
        else:
            who = i18n.get("case-from-client" if item.author == "client" else "case-from-lawyer")
        body = escape(tickets.text_of(item)) or i18n.get("case-attachment", kind=item.kind)
        lines.append(f"<b>{who}</b>: {body}")
        if item.file_id and item.author == "client":
            files.append((item.kind, item.file_id))
    pages = paginate(lines)
    markup = cards.case_markup(ticket, i18n.locale)
    if manage:  # coordinators and admins: block the client, read the case's audit log
        markup = manage_markup(markup, ticket, i18n)
    letters = [
        Letter(chat_id, page, markup if number == len(pages) else None)
        for number, page in enumerate(pages, start=1)
    ]
    caption = i18n.get("case-file-caption", ref=ticket.ref)
    letters += [
        Letter(chat_id, caption, kind=Kind(kind), file_id=file_id) for kind, file_id in files
    ]
    return await notifier.outbox.send_all(letters)


def build_router() -> Router:
    router = Router(name=__name__)
    router.message.register(duty, Command("duty"))
    router.callback_query.register(claim, ClaimCD.filter())
    router.message.register(active_case, Command("case"))
    router.callback_query.register(view, CaseCD.filter(F.action == CaseAction.VIEW))
    router.callback_query.register(write_to, CaseCD.filter(F.action == CaseAction.WRITE))
    router.callback_query.register(note_start, CaseCD.filter(F.action == CaseAction.NOTE))
    router.message.register(note_text, LawyerStates.note, F.text, ~F.text.startswith("/"))
    router.message.register(note_not_text, LawyerStates.note)
    router.message.register(
        lawyer_message,
        F.chat.type == "private",
        StateFilter(None),
        F.text | F.photo | F.document,
        ~F.text.startswith("/"),
    )
    router.message.register(
        lawyer_unsupported, F.chat.type == "private", StateFilter(None), ~F.text
    )
    return router
