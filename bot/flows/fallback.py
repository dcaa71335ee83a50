"""Last router: whatever nobody else understood gets a polite answer in the user's language."""

from __future__ import annotations

from aiogram import F, Router
from aiogram.types import CallbackQuery, Message
from aiogram_i18n import I18nContext

from bot.flows import keyboards
from bot.flows.common import help_text
from bot.kb.reload import KbHolder
from bot.services.errors import StaleButton
from bot.services.users import Actor


async def unknown_command(
    message: Message, actor: Actor, i18n: I18nContext, kb_holder: KbHolder
) -> None:
    """A command nobody handles (mistyped, or not for this role): say so, and what there is."""
    if not actor.consented and not actor.is_staff:
        await _onboarding(message, i18n)
        return
    text = i18n.get("fallback-unknown-command") + "\n\n" + help_text(actor, i18n)
    await message.answer(text, reply_markup=keyboards.home_only(i18n))


async def unknown_text(
    message: Message, actor: Actor, i18n: I18nContext, kb_holder: KbHolder
) -> None:
    if not actor.consented and not actor.is_staff:
        await _onboarding(message, i18n)
        return
    await message.answer(
        i18n.get("fallback-text"), reply_markup=keyboards.main_menu(i18n, kb_holder.kb)
    )


async def unknown_media(message: Message, actor: Actor, i18n: I18nContext) -> None:
    if not actor.consented and not actor.is_staff:
        await _onboarding(message, i18n)
        return
    await message.answer(i18n.get("fallback-media"), reply_markup=keyboards.home_only(i18n))


async def stale_button(callback: CallbackQuery, i18n: I18nContext) -> None:
    raise StaleButton


async def _onboarding(message: Message, i18n: I18nContext) -> None:
    await message.answer(i18n.get("error-consent-needed"))


def build_router() -> Router:
    router = Router(name=__name__)
    router.message.filter(F.chat.type == "private")
    router.message.register(unknown_command, F.text.startswith("/"))
    router.message.register(unknown_text, F.text)
    router.message.register(unknown_media)
    router.callback_query.register(stale_button)
    return router
