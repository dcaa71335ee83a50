"""Blocking abusive users: admins and coordinators block or unblock the client of a case, from
the case (a button) or by its reference (/block Q-7K3F, /unblock Q-7K3F); every block is
audited. A blocked person's messages never reach a lawyer; they are told so politely, once, and
cannot open a new case. They can still read about their rights."""

from __future__ import annotations

from aiogram import F, Router
from aiogram.dispatcher.event.bases import SkipHandler
from aiogram.filters import Command, CommandObject, Filter, StateFilter
from aiogram.types import (
    CallbackQuery,
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    Message,
    TelegramObject,
)
from aiogram.utils.callback_answer import CallbackAnswer
from aiogram_i18n import I18nContext

from bot.callbacks import AskCD, CaseAction, CaseCD, IntakeAction, IntakeCD, MyCaseAction, MyCaseCD
from bot.db.models import Ticket
from bot.services.people import MANAGERS, PeopleService, manager
from bot.services.users import Account, Actor


def manages(actor: Actor) -> bool:
    return actor.role in MANAGERS


def manage_markup(
    markup: InlineKeyboardMarkup, ticket: Ticket, i18n: I18nContext
) -> InlineKeyboardMarkup:
    """A case's buttons, and a row for managers: block (or unblock) its client, its audit log."""
    row = [
        InlineKeyboardButton(
            text=i18n.get("btn-case-block"),
            callback_data=CaseCD(action=CaseAction.BLOCK, ticket=ticket.id).pack(),
        ),
        InlineKeyboardButton(
            text=i18n.get("btn-case-audit"),
            callback_data=CaseCD(action=CaseAction.AUDIT, ticket=ticket.id).pack(),
        ),
    ]
    return InlineKeyboardMarkup(inline_keyboard=[*markup.inline_keyboard, row])


class Blocked(Filter):
    """The person behind the update is blocked (read from the cached account: no query)."""

    async def __call__(self, event: TelegramObject, account: Account | None = None) -> bool:
        return account is not None and account.banned_at is not None


async def block_command(
    message: Message,
    command: CommandObject,
    actor: Actor,
    people: PeopleService,
    i18n: I18nContext,
) -> None:
    manager(actor)
    ref = (command.args or "").strip()
    if not ref:
        await message.answer(i18n.get("block-usage"))
        return
    blocked = command.command == "block"
    ticket = await people.set_blocked(actor, (await people.case(ref)).id, blocked)
    await message.answer(i18n.get("block-done" if blocked else "block-undone", ref=ticket.ref))


async def block_button(
    callback: CallbackQuery,
    callback_data: CaseCD,
    actor: Actor,
    people: PeopleService,
    i18n: I18nContext,
    callback_answer: CallbackAnswer,
) -> None:
    """One button under the case: it blocks the client, or unblocks a blocked one."""
    manager(actor)
    ticket = await people.tickets.get(callback_data.ticket)
    blocked = not await people.is_blocked(ticket)
    await people.set_blocked(actor, ticket.id, blocked)
    callback_answer.text = i18n.get("block-done" if blocked else "block-undone", ref=ticket.ref)
    callback_answer.show_alert = True


def _in_a_case(message: Message, account: Account) -> bool:
    return account.active_ticket_id is not None


async def blocked_message(
    message: Message, account: Account, people: PeopleService, i18n: I18nContext
) -> None:
    """Nothing they write into a case reaches a lawyer; the first time, they learn why.
    (Outside a case their questions are searched like anyone's.)"""
    if message.text and message.text.startswith("/"):
        raise SkipHandler  # commands work as for anyone
    if not account.ban_told:
        await people.told_blocked(account.id)
        await message.answer(i18n.get("block-notice"))


async def blocked_press(
    callback: CallbackQuery, i18n: I18nContext, callback_answer: CallbackAnswer
) -> None:
    callback_answer.text = i18n.get("block-notice")
    callback_answer.show_alert = True


def build_router() -> Router:
    router = Router(name=__name__)
    router.message.register(block_command, Command("block", "unblock"), F.chat.type == "private")
    router.callback_query.register(block_button, CaseCD.filter(F.action == CaseAction.BLOCK))
    router.message.register(
        blocked_message, Blocked(), F.chat.type == "private", StateFilter(None), _in_a_case
    )
    router.callback_query.register(blocked_press, Blocked(), AskCD.filter())
    router.callback_query.register(
        blocked_press, Blocked(), IntakeCD.filter(F.action == IntakeAction.SEND)
    )
    router.callback_query.register(
        blocked_press,
        Blocked(),
        MyCaseCD.filter(F.action.in_({MyCaseAction.WRITE, MyCaseAction.REOPEN})),
    )
    return router
