"""Per-update context: one database session, the services built on it, and the account."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from contextlib import nullcontext
from typing import Any

from aiogram import BaseMiddleware, Dispatcher
from aiogram.types import TelegramObject
from aiogram.types import User as TgUser
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.crypto import Cipher
from bot.db.scope import work_scope
from bot.hours import Sla
from bot.services.announce import AnnouncementService
from bot.services.casetimers import CaseTimers
from bot.services.clock import Clock
from bot.services.feedback import FeedbackService
from bot.services.invites import InviteService
from bot.services.lawyers import LawyerService
from bot.services.leave import LeaveService
from bot.services.people import PeopleService
from bot.services.reminders import ReminderService
from bot.services.tickets import TicketService
from bot.services.users import AccountCache, UserService

Handler = Callable[[TelegramObject, dict[str, Any]], Awaitable[Any]]


class ContextMiddleware(BaseMiddleware):
    """Takes the person's event lock (one person's updates run one after another), then opens
    the update's only session: the account read here cannot change under the update, and the
    FSM middleware inside reads the conversation's state through this same session.
    The session holds no connection until a query needs one; whatever the update wrote is
    committed before the bot sends anything (`bot.telegram.CommitBeforeSend`) and at the end."""

    def __init__(
        self,
        sessions: async_sessionmaker[AsyncSession],
        clock: Clock,
        cipher: Cipher,
        admin_ids: frozenset[int],
        sla: Sla,
        accounts: AccountCache | None,
        default_locale: str = "ru",
    ) -> None:
        self.sessions = sessions
        self.clock = clock
        self.cipher = cipher
        self.admin_ids = admin_ids
        self.sla = sla
        self.accounts = accounts
        self.default_locale = default_locale

    async def __call__(self, handler: Handler, event: TelegramObject, data: dict[str, Any]) -> Any:
        dispatcher: Dispatcher = data["dispatcher"]
        fsm = dispatcher.fsm
        context = fsm.resolve_event_context(data["bot"], data)
        lock = fsm.events_isolation.lock(context.key) if context else nullcontext()
        async with lock, work_scope(self.sessions) as session:
            users = UserService(session, self.clock, self.admin_ids, self.accounts)
            data["session"] = session
            data["users"] = users
            tickets = data["tickets"] = TicketService(session, self.clock, self.cipher, self.sla)
            data["people"] = PeopleService(session, self.clock, tickets, self.admin_ids)
            data["announcements"] = AnnouncementService(session, self.clock, self.default_locale)
            data["invites"] = InviteService(session, self.clock)
            data["feedback"] = FeedbackService(session, self.clock, self.cipher)
            data["lawyers"] = LawyerService(session)
            data["reminders"] = ReminderService(session, self.clock)
            data["leave"] = LeaveService(session, self.clock)
            data["case_timers"] = CaseTimers(session, self.clock)
            tg_user: TgUser | None = data.get("event_from_user")
            if tg_user is not None and not tg_user.is_bot:
                account = await users.account(tg_user.id)
                data["account"] = account
                data["actor"] = account.actor
            return await handler(event, data)
