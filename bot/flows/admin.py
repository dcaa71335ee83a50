"""Admins: reload the knowledge base without a restart."""

from __future__ import annotations

from aiogram import Router
from aiogram.filters import Command
from aiogram.types import Message
from aiogram_i18n import I18nContext

from bot.kb.reload import Reloader
from bot.outbox.notifier import Notifier
from bot.services.clock import Clock
from bot.services.errors import NotAllowed
from bot.services.users import Actor


async def reload(
    message: Message,
    actor: Actor,
    reloader: Reloader,
    notifier: Notifier,
    clock: Clock,
    i18n: I18nContext,
) -> None:
    if actor.role != "admin":
        raise NotAllowed
    report = await reloader.reload(clock().date())
    await message.answer(notifier.reload_text(report, i18n.locale))


def build_router() -> Router:
    router = Router(name=__name__)
    router.message.register(reload, Command("reload"))
    return router
