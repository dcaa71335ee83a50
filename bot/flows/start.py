"""Onboarding: /start, language, privacy notice, consent; and staff invites by deep link."""

from __future__ import annotations

import functools
from typing import Any

from aiogram import Router
from aiogram.filters import Command, CommandObject, CommandStart
from aiogram.fsm.context import FSMContext
from aiogram.types import CallbackQuery, Message
from aiogram_i18n import I18nContext

from bot.callbacks import ConsentAction, ConsentCD, LangCD
from bot.config import Settings
from bot.flows import keyboards
from bot.kb.model import LANGUAGES
from bot.kb.reload import KbHolder
from bot.middlewares.i18n import preselect
from bot.outbox.menus import Menus
from bot.services.errors import StaleButton
from bot.services.invites import INVITE_PREFIX, InviteService
from bot.services.users import Account, UserService
from bot.telegram import show


async def start_with_payload(
    message: Message,
    command: CommandObject,
    state: FSMContext,
    account: Account,
    invites: InviteService,
    settings: Settings,
    i18n: I18nContext,
    kb_holder: KbHolder,
    menus: Menus,
) -> None:
    if not (command.args or "").startswith(INVITE_PREFIX):
        await start(message, state, account, settings, i18n, kb_holder)
        return
    role = await invites.redeem(command.args or "", account)
    if account.locale is None:  # cards and notices reach staff in the language they use
        await i18n.set_locale(i18n.locale)
    await state.clear()
    await message.answer(i18n.get("invite-welcome", role=role))
    await menus.person(account.id, "admin" if account.role == "admin" else role, i18n.locale)


async def start(
    message: Message,
    state: FSMContext,
    account: Account,
    settings: Settings,
    i18n: I18nContext,
    kb_holder: KbHolder,
) -> None:
    await state.clear()
    if account.locale is None:
        markup = keyboards.languages(i18n, _telegram_language(message))
        await message.answer(i18n.get("start-choose-language"), reply_markup=markup)
    elif account.consent_at is None:
        await message.answer(
            _short_notice(i18n, settings), reply_markup=keyboards.consent(i18n, full=False)
        )
    else:
        await message.answer(
            i18n.get("menu-title"), reply_markup=keyboards.main_menu(i18n, kb_holder.kb)
        )


async def language(message: Message, i18n: I18nContext) -> None:
    await message.answer(i18n.get("start-choose-language"), reply_markup=keyboards.languages(i18n))


async def language_chosen(
    callback: CallbackQuery,
    callback_data: LangCD,
    account: Account,
    settings: Settings,
    i18n: I18nContext,
    kb_holder: KbHolder,
) -> None:
    if callback_data.code not in LANGUAGES:
        raise StaleButton
    await i18n.set_locale(callback_data.code)
    notice = "" if _complete(i18n) else i18n.get("lang-incomplete") + "\n\n"
    if account.consent_at is None:
        await show(
            callback, notice + _short_notice(i18n, settings), keyboards.consent(i18n, full=False)
        )
    else:
        text = notice + i18n.get("lang-chosen") + "\n\n" + i18n.get("menu-title")
        await show(callback, text, keyboards.main_menu(i18n, kb_holder.kb))


async def privacy(
    message: Message, account: Account, settings: Settings, i18n: I18nContext
) -> None:
    markup = keyboards.consent(i18n, full=True) if account.consent_at is None else None
    await message.answer(_full_notice(i18n, settings), reply_markup=markup)


async def consent(
    callback: CallbackQuery,
    callback_data: ConsentCD,
    account: Account,
    users: UserService,
    settings: Settings,
    i18n: I18nContext,
    kb_holder: KbHolder,
) -> None:
    if callback_data.action == ConsentAction.FULL:
        await show(callback, _full_notice(i18n, settings), keyboards.consent(i18n, full=True))
    elif callback_data.action == ConsentAction.YES:
        await users.give_consent(account)
        text = i18n.get("consent-thanks") + "\n\n" + i18n.get("menu-title")
        await show(callback, text, keyboards.main_menu(i18n, kb_holder.kb))
    elif callback_data.action == ConsentAction.NO and account.consent_at is None:
        await users.forget(account)
        await show(callback, i18n.get("consent-declined"))
    else:
        raise StaleButton


def _telegram_language(message: Message) -> str | None:
    """The user's Telegram language, if it is one of ours (`fa` is Dari)."""
    code = message.from_user.language_code if message.from_user else None
    if not code:
        return None
    chosen = preselect(code, "")
    return chosen or None


def _short_notice(i18n: I18nContext, settings: Settings) -> str:
    return i18n.get("privacy-short", days=settings.retention_days)


def _full_notice(i18n: I18nContext, settings: Settings) -> str:
    return i18n.get("privacy-full", days=settings.retention_days)


def _complete(i18n: I18nContext) -> bool:
    """Whether the chosen language has every string the default language has."""
    core = i18n.core
    chosen = core.locales.get(i18n.locale)
    default = core.locales.get(core.default_locale or "")
    if chosen is None or default is None:
        return False
    return _covers(chosen, default)


@functools.lru_cache(maxsize=32)
def _covers(chosen: Any, default: Any) -> bool:
    """Locales are loaded once, so the answer per pair of bundles never changes."""
    return set(default._messages) <= set(chosen._messages)


def build_router() -> Router:
    router = Router(name=__name__)
    router.message.register(start_with_payload, CommandStart(deep_link=True))
    router.message.register(start, CommandStart())
    router.message.register(language, Command("language"))
    router.callback_query.register(language_chosen, LangCD.filter())
    router.message.register(privacy, Command("privacy"))
    router.callback_query.register(consent, ConsentCD.filter())
    return router
