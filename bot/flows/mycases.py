"""A client's own cases: /mycases (status, add information, withdraw), leaving relay mode,
and the question after closing: solved? and a 1–5 rating."""

from __future__ import annotations

from aiogram import F, Router
from aiogram.filters import Command
from aiogram.fsm.context import FSMContext
from aiogram.types import CallbackQuery, InlineKeyboardMarkup, Message
from aiogram.utils.callback_answer import CallbackAnswer
from aiogram_i18n import I18nContext

from bot.callbacks import AskCD, MenuAction, MenuCD, MyCaseAction, MyCaseCD, RemindAction, RemindCD
from bot.dates import local_date
from bot.flows import keyboards
from bot.flows.filters import Consented
from bot.kb.reload import KbHolder
from bot.outbox.notifier import Notifier
from bot.services.errors import StaleButton
from bot.services.lawyers import LawyerService
from bot.services.tickets import TicketService
from bot.services.users import Actor
from bot.telegram import show


def _cd(action: MyCaseAction, ticket: int = 0, value: str = "") -> str:
    return MyCaseCD(action=action, ticket=ticket, value=value).pack()


async def _listing(
    actor: Actor, tickets: TicketService, i18n: I18nContext, kb: KbHolder
) -> tuple[str, InlineKeyboardMarkup]:
    cases = await tickets.client_tickets(actor.id)
    if not cases:
        return i18n.get("mycases-none"), keyboards.home_only(i18n)
    rows = []
    for ticket in cases:
        topic = kb.kb.topics.get(ticket.topic)
        label = i18n.get(
            "mycases-item",
            ref=ticket.ref,
            status=i18n.get(f"status-{ticket.status}"),
            topic=topic.title(i18n.locale) if topic else i18n.get("topic-other"),
        )
        rows.append([keyboards.button(label, _cd(MyCaseAction.OPEN, ticket.id))])
    rows.append([keyboards.button(i18n.get("btn-menu"), MenuCD(action=MenuAction.HOME).pack())])
    return i18n.get("mycases-title"), InlineKeyboardMarkup(inline_keyboard=rows)


async def my_cases(
    message: Message,
    state: FSMContext,
    actor: Actor,
    tickets: TicketService,
    i18n: I18nContext,
    kb_holder: KbHolder,
) -> None:
    await state.clear()
    text, markup = await _listing(actor, tickets, i18n, kb_holder)
    await message.answer(text, reply_markup=markup)


async def my_cases_button(
    callback: CallbackQuery,
    actor: Actor,
    tickets: TicketService,
    i18n: I18nContext,
    kb_holder: KbHolder,
) -> None:
    await show(callback, *await _listing(actor, tickets, i18n, kb_holder))


async def open_case(
    callback: CallbackQuery,
    callback_data: MyCaseCD,
    actor: Actor,
    tickets: TicketService,
    i18n: I18nContext,
) -> None:
    ticket = await tickets.mine(actor.id, callback_data.ticket)
    text = i18n.get(
        "mycases-case",
        ref=ticket.ref,
        status=i18n.get(f"status-{ticket.status}"),
        date=local_date(ticket.created_at, i18n.locale),
    )
    rows = []
    if ticket.status != "closed":
        rows += [
            [keyboards.button(i18n.get("btn-add-info"), _cd(MyCaseAction.WRITE, ticket.id))],
            [keyboards.button(i18n.get("btn-withdraw"), _cd(MyCaseAction.WITHDRAW, ticket.id))],
            [
                keyboards.button(
                    i18n.get("timers-btn-list"), RemindCD(action=RemindAction.LIST).pack()
                )
            ],
        ]
    rows.append([keyboards.button(i18n.get("btn-back"), _cd(MyCaseAction.LIST))])
    await show(callback, text, InlineKeyboardMarkup(inline_keyboard=rows))


async def write(
    callback: CallbackQuery,
    callback_data: MyCaseCD,
    actor: Actor,
    tickets: TicketService,
    i18n: I18nContext,
) -> None:
    ticket = await tickets.choose(actor.id, callback_data.ticket)
    await show(callback, i18n.get("mycases-writing", ref=ticket.ref))


async def leave(
    callback: CallbackQuery,
    callback_data: MyCaseCD,
    actor: Actor,
    tickets: TicketService,
    i18n: I18nContext,
    kb_holder: KbHolder,
    callback_answer: CallbackAnswer,
) -> None:
    closed = await tickets.is_closed_case_of(actor.id, callback_data.ticket)
    await tickets.leave(actor.id)
    # a case closed for no response: no longer reopened by writing
    callback_answer.text = i18n.get("timers-noresponse-left" if closed else "mycases-left")
    if isinstance(callback.message, Message):
        await callback.message.answer(
            i18n.get("menu-title"), reply_markup=keyboards.main_menu(i18n, kb_holder.kb)
        )


async def withdraw_ask(
    callback: CallbackQuery,
    callback_data: MyCaseCD,
    actor: Actor,
    tickets: TicketService,
    i18n: I18nContext,
) -> None:
    ticket = await tickets.owned(actor.id, callback_data.ticket)
    rows = [
        [
            keyboards.button(
                i18n.get("btn-withdraw-yes"), _cd(MyCaseAction.WITHDRAW_YES, ticket.id)
            )
        ],
        [keyboards.button(i18n.get("btn-back"), _cd(MyCaseAction.OPEN, ticket.id))],
    ]
    await show(
        callback,
        i18n.get("mycases-withdraw-confirm", ref=ticket.ref),
        InlineKeyboardMarkup(inline_keyboard=rows),
    )


async def withdraw(
    callback: CallbackQuery,
    callback_data: MyCaseCD,
    actor: Actor,
    tickets: TicketService,
    notifier: Notifier,
    i18n: I18nContext,
) -> None:
    assignee = (await tickets.owned(actor.id, callback_data.ticket)).assignee_id
    ticket = await tickets.withdraw(actor.id, callback_data.ticket)
    await notifier.cards.mark_closed(await tickets.cards(ticket), ticket)
    await show(callback, i18n.get("mycases-withdrawn", ref=ticket.ref), keyboards.home_only(i18n))
    if assignee is not None:
        await notifier.tell_lawyer(assignee, "case-withdrawn", ref=ticket.ref)


async def solved(
    callback: CallbackQuery,
    callback_data: MyCaseCD,
    actor: Actor,
    tickets: TicketService,
    i18n: I18nContext,
) -> None:
    if callback_data.value not in ("yes", "no"):
        raise StaleButton
    ticket = await tickets.rate(
        actor.id, callback_data.ticket, solved=callback_data.value == "yes"
    )
    rows = [
        [
            keyboards.button("⭐" * n, _cd(MyCaseAction.RATE, ticket.id, str(n)))
            for n in range(1, 6)
        ]
    ]
    await show(callback, i18n.get("rating-ask"), InlineKeyboardMarkup(inline_keyboard=rows))


async def rate(
    callback: CallbackQuery,
    callback_data: MyCaseCD,
    actor: Actor,
    tickets: TicketService,
    i18n: I18nContext,
) -> None:
    if not callback_data.value.isdigit():
        raise StaleButton
    ticket = await tickets.rate(actor.id, callback_data.ticket, rating=int(callback_data.value))
    if ticket.solved is False:  # not solved: a way on, not only the menu
        rows = [
            [keyboards.button(i18n.get("btn-reopen"), _cd(MyCaseAction.REOPEN, ticket.id))],
            [keyboards.button(i18n.get("btn-ask-again"), AskCD(topic=ticket.topic).pack())],
            [keyboards.button(i18n.get("btn-menu"), MenuCD(action=MenuAction.HOME).pack())],
        ]
        markup = InlineKeyboardMarkup(inline_keyboard=rows)
        await show(callback, i18n.get("rating-thanks"), markup)
        return
    await show(callback, i18n.get("rating-thanks"), keyboards.home_only(i18n))


async def reopen(
    callback: CallbackQuery,
    callback_data: MyCaseCD,
    actor: Actor,
    tickets: TicketService,
    lawyers: LawyerService,
    notifier: Notifier,
    i18n: I18nContext,
) -> None:
    ticket = await tickets.reopen(actor.id, callback_data.ticket)
    await show(callback, i18n.get("mycases-reopened", ref=ticket.ref), keyboards.home_only(i18n))
    people = [(lawyer.id, lawyer.locale) for lawyer in await lawyers.on_duty_for(ticket)]
    tickets.remember_cards(ticket, await notifier.cards.announce(ticket, people, reminder=False))


def build_router() -> Router:
    router = Router(name=__name__)
    router.message.filter(Consented())
    router.callback_query.filter(Consented())
    router.message.register(my_cases, Command("mycases"))
    router.callback_query.register(my_cases_button, MyCaseCD.filter(F.action == MyCaseAction.LIST))
    router.callback_query.register(open_case, MyCaseCD.filter(F.action == MyCaseAction.OPEN))
    router.callback_query.register(write, MyCaseCD.filter(F.action == MyCaseAction.WRITE))
    router.callback_query.register(leave, MyCaseCD.filter(F.action == MyCaseAction.LEAVE))
    router.callback_query.register(
        withdraw_ask, MyCaseCD.filter(F.action == MyCaseAction.WITHDRAW)
    )
    router.callback_query.register(
        withdraw, MyCaseCD.filter(F.action == MyCaseAction.WITHDRAW_YES)
    )
    router.callback_query.register(solved, MyCaseCD.filter(F.action == MyCaseAction.SOLVED))
    router.callback_query.register(rate, MyCaseCD.filter(F.action == MyCaseAction.RATE))
    router.callback_query.register(reopen, MyCaseCD.filter(F.action == MyCaseAction.REOPEN))
    return router
