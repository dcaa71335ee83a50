"""Filters that read the server-side account, never anything the client sent."""

from __future__ import annotations

from aiogram.filters import Filter
from aiogram.types import TelegramObject

from bot.services.users import Actor


class Consented(Filter):
    """A client who agreed to the privacy notice, or staff."""

    async def __call__(self, event: TelegramObject, actor: Actor | None = None) -> bool:
        return actor is not None and (actor.consented or actor.is_staff)


class Staff(Filter):
    async def __call__(self, event: TelegramObject, actor: Actor | None = None) -> bool:
        return actor is not None and actor.is_staff
