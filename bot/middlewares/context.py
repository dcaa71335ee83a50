"""Per-update context: one database session, the services built on it, and the account."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

from aiogram import BaseMiddleware
from aiogram.types import TelegramObject
from aiogram.types import User as TgUser
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.services.clock import Clock
from bot.services.crypto import Cipher
from bot.services.feedback import FeedbackService
from bot.services.invites import InviteService
from bot.services.lawyers import LawyerService
from bot.services.tickets import TicketService
from bot.services.triage import Sla
from bot.services.users import UserService

Handler = Callable[[TelegramObject, dict[str, Any]], Awaitable[Any]]


class ContextMiddleware(BaseMiddleware):
    def __init__(
        self,
        sessions: async_sessionmaker[AsyncSession],
        clock: Clock,
        cipher: Cipher,
        admin_ids: frozenset[int],
        sla: Sla,
    ) -> None:
        self.sessions = sessions
        self.clock = clock
        self.cipher = cipher
        self.admin_ids = admin_ids
        self.sla = sla

    async def __call__(self, handler: Handler, event: TelegramObject, data: dict[str, Any]) -> Any:
        async with self.sessions() as session:
            users = UserService(session, self.clock, self.admin_ids)
            data["session"] = session
            data["users"] = users
            data["tickets"] = TicketService(session, self.clock, self.cipher, self.sla)
            data["invites"] = InviteService(session, self.clock)
            data["feedback"] = FeedbackService(session, self.clock, self.cipher)
            data["lawyers"] = LawyerService(session)
            tg_user: TgUser | None = data.get("event_from_user")
            if tg_user is not None and not tg_user.is_bot:
                account = await users.get_or_create(tg_user.id)
                data["account"] = account
                data["actor"] = users.actor(account)
            result = await handler(event, data)
            await session.commit()
            return result
