"""Command menus: what each role can type, in each language. Clients get the default scope per
language; a staff member's own chat gets their role's commands in their language, set at start
and whenever their role changes."""

from __future__ import annotations

import logging
from collections.abc import Iterable

from aiogram import Bot
from aiogram.exceptions import TelegramAPIError
from aiogram.types import BotCommand, BotCommandScopeChat
from aiogram_i18n.cores import FluentRuntimeCore
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.db.models import User
from bot.kb.model import LANGUAGES
from bot.services.users import STAFF_ROLES

CLIENT = (
    "start",
    "menu",
    "mycases",
    "reminders",
    "help",
    "language",
    "privacy",
    "cancel",
    "forget",
)
LAWYER = ("duty", "leave", "case", "queue", "profile")
COORDINATOR = ("staff", "block", "unblock", "audit", "stats")
ADMIN = ("announce", "invite", "export", "reload")
BY_ROLE = {
    "client": CLIENT,
    "lawyer": (*LAWYER, "help", "menu", "language", "cancel"),
    "coordinator": (*LAWYER, *COORDINATOR, "help", "menu", "language", "cancel"),
    "admin": (*ADMIN, *COORDINATOR, *LAWYER, "help", "menu", "language", "cancel"),
}
ALL_COMMANDS = tuple(dict.fromkeys(name for names in BY_ROLE.values() for name in names))
TELEGRAM_LANGUAGE = {"prs": "fa"}
log = logging.getLogger(__name__)


class Menus:
    def __init__(self, bot: Bot, core: FluentRuntimeCore, default_locale: str) -> None:
        self.bot = bot
        self.core = core
        self.default_locale = default_locale

    def commands(self, role: str, locale: str) -> list[BotCommand]:
        return [
            BotCommand(command=name, description=self.core.get(f"cmd-{name}", locale))
            for name in BY_ROLE.get(role, CLIENT)
        ]

    async def clients(self) -> None:
        """The default menu in every language the bot speaks (`language_code`), and without."""
        for code in LANGUAGES:
            if code in self.core.locales:
                language = TELEGRAM_LANGUAGE.get(code, code)
                commands = self.commands("client", code)
                await self.bot.set_my_commands(commands, language_code=language)
        await self.bot.set_my_commands(self.commands("client", self.default_locale))

    async def person(self, user_id: int, role: str, locale: str | None) -> None:
        """One person's own menu for their role (a former lawyer gets the clients' one back)."""
        commands = self.commands(role, locale or self.default_locale)
        await self.bot.set_my_commands(commands, scope=BotCommandScopeChat(chat_id=user_id))

    async def staff(self, people: Iterable[tuple[int, str, str | None]]) -> None:
        """Each staff member's menu; one who never opened a chat with the bot is skipped."""
        for user_id, role, locale in people:
            try:
                await self.person(user_id, role, locale)
            except TelegramAPIError as error:
                log.info("A staff member has no command menu: %s", type(error).__name__)

    async def everyone_on_staff(
        self, sessions: async_sessionmaker[AsyncSession], admin_ids: frozenset[int]
    ) -> None:
        """At start: every staff member's menu (ADMIN_IDS admins too, before they first write)."""
        async with sessions() as session:
            rows = await session.execute(
                select(User.id, User.role, User.locale).where(User.role.in_(STAFF_ROLES))
            )
            staff = [(int(user_id), str(role), locale) for user_id, role, locale in rows.all()]
        known = {user_id for user_id, _, _ in staff}
        staff += [(user_id, "admin", None) for user_id in sorted(admin_ids - known)]
        await self.staff(staff)
