"""Commands that work in every state: /help, /menu, /cancel, /forget."""

from __future__ import annotations

import logging

from aiogram import Router
from aiogram.filters import Command
from aiogram.fsm.context import FSMContext
from aiogram.types import CallbackQuery, InlineKeyboardMarkup, Message, ReplyKeyboardRemove
from aiogram_i18n import I18nContext

from bot.callbacks import ForgetAction, ForgetCD, MenuAction, MenuCD
from bot.flows import keyboards
from bot.kb.reload import KbHolder
from bot.outbox.notifier import Notifier
from bot.services.errors import ConsentNeeded
from bot.services.tickets import TicketService
from bot.services.users import Account, Actor, UserService
from bot.telegram import show

log = logging.getLogger(__name__)


async def help_command(message: Message, actor: Actor, i18n: I18nContext) -> None:
    await message.answer(help_text(actor, i18n), reply_markup=keyboards.home_only(i18n))


async def menu_command(
    message: Message, state: FSMContext, actor: Actor, i18n: I18nContext, kb_holder: KbHolder
) -> None:
    left_form = await state.get_state() is not None
    await state.clear()
    if not actor.consented and not actor.is_staff:
        await message.answer(i18n.get("error-consent-needed"))
        return
    if left_form:  # also takes away a reply keyboard the form may have shown
        await message.answer(i18n.get("form-left"), reply_markup=ReplyKeyboardRemove())
    await message.answer(
        i18n.get("menu-title"), reply_markup=keyboards.main_menu(i18n, kb_holder.kb)
    )


async def menu_button(
    callback: CallbackQuery,
    callback_data: MenuCD,
    state: FSMContext,
    actor: Actor,
    i18n: I18nContext,
    kb_holder: KbHolder,
) -> None:
    if not actor.consented and not actor.is_staff:
        raise ConsentNeeded
    if callback_data.action == MenuAction.HELP:
        await show(callback, help_text(actor, i18n), keyboards.home_only(i18n))
        return
    await state.clear()
    await show(callback, i18n.get("menu-title"), keyboards.main_menu(i18n, kb_holder.kb))


async def forget(message: Message, i18n: I18nContext) -> None:
    markup = InlineKeyboardMarkup(
        inline_keyboard=[
            [
                keyboards.button(
                    i18n.get("btn-forget-yes"), ForgetCD(action=ForgetAction.YES).pack()
                )
            ],
            [keyboards.button(i18n.get("btn-forget-no"), ForgetCD(action=ForgetAction.NO).pack())],
        ]
    )
    await message.answer(i18n.get("forget-confirm"), reply_markup=markup)


async def forget_confirmed(
    callback: CallbackQuery,
    callback_data: ForgetCD,
    state: FSMContext,
    account: Account,
    users: UserService,
    tickets: TicketService,
    notifier: Notifier,
    i18n: I18nContext,
) -> None:
    if callback_data.action != ForgetAction.YES:
        await show(callback, i18n.get("forget-kept"), keyboards.home_only(i18n))
        return
    closed = await users.forget(account)
    await state.clear()
    for ticket in closed:
        await notifier.cards.mark_closed(await tickets.cards(ticket), ticket)
        if ticket.assignee_id is not None:
            await notifier.tell_lawyer(ticket.assignee_id, "case-erased-by-client", ref=ticket.ref)
    log.info("A user erased their data (%d open ticket(s) closed)", len(closed))
    await show(callback, i18n.get("forget-done"))


def help_text(actor: Actor, i18n: I18nContext) -> str:
    """What this person's role can do (a lawyer's part, then a coordinator's, then an admin's)."""
    parts = [i18n.get("help-text")]
    if actor.is_staff:
        parts.append(i18n.get("help-lawyer"))
    if actor.role in ("coordinator", "admin"):
        parts.append(i18n.get("help-coordinator"))
    if actor.role == "admin":
        parts.append(i18n.get("help-admin"))
    return "\n\n".join(parts)


def build_router() -> Router:
    router = Router(name=__name__)
    router.message.register(help_command, Command("help"))
    router.message.register(menu_command, Command("menu", "cancel"))
    router.callback_query.register(menu_button, MenuCD.filter())
    router.message.register(forget, Command("forget"))
    router.callback_query.register(forget_confirmed, ForgetCD.filter())
    return router
