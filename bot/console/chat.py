"""`qorgau chat`: the real Dispatcher in the terminal. Buttons are numbered; type a number to
press one, or text to send it. `:lawyer` and `:migrant` switch who you are."""

from __future__ import annotations

import asyncio
import datetime as dt
import re
import sys
from html import unescape
from typing import Any

from aiogram.methods import AnswerCallbackQuery, TelegramMethod
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.app import create_app
from bot.config import CHAT_DATABASE_URL, Settings
from bot.console.harness import Harness, Person
from bot.console.session import LocalSession, Shown
from bot.db.migrate import upgrade
from bot.logs import CHAT_LOG
from bot.services.clock import utcnow
from bot.services.invites import InviteService

MIGRANT_ID, LAWYER_ID = 101, 201  # Telegram user ids of the two people you can be
HELP = """Type text to send it, a number to press a button.
  :migrant   be the migrant (default)      :lawyer   be a duty lawyer (joins by invite)
  :sticker / :photo / :voice / :document   send that instead of text
  :whoami    your user id (for ADMIN_IDS)
  :help      this help                     :quit     leave"""


def plain(html: str) -> str:
    return unescape(re.sub(r"<[^>]+>", "", html))


class Console:
    def __init__(
        self,
        harness: Harness,
        sessions: async_sessionmaker[AsyncSession],
        invite_ttl: dt.timedelta,
        out: Any = sys.stdout,
    ) -> None:
        self.harness = harness
        self.sessions = sessions
        self.invite_ttl = invite_ttl
        self.out = out
        self.migrant = harness.person(MIGRANT_ID, "Migrant", "ru")
        self.lawyer = harness.person(LAWYER_ID, "Lawyer", "en")
        self.names = {self.migrant.chat_id: "migrant", self.lawyer.chat_id: "lawyer"}
        self.current = self.migrant
        self.numbered: list[tuple[Shown, str]] = []
        harness.session.listeners.append(self._on_call)

    def say(self, text: str = "", end: str = "\n") -> None:
        print(text, file=self.out, flush=True, end=end)

    @property
    def who(self) -> str:
        return self.names[self.current.chat_id]

    def whoami(self) -> str:
        return (
            f"you are the {self.who}, Telegram user id {self.current.user.id} "
            f"(ADMIN_IDS={self.current.user.id} makes you an admin); "
            f"the migrant is {MIGRANT_ID}, the lawyer {LAWYER_ID}"
        )

    def _on_call(self, method: TelegramMethod[Any], shown: Shown | None) -> None:
        if isinstance(method, AnswerCallbackQuery) and method.text:
            self.say(f"  [alert] {plain(method.text)}")
        if shown is None:
            return
        who = self.names.get(shown.chat_id, f"chat {shown.chat_id}")
        verb = "edited" if shown.history else "bot"
        self.say(f"\n── {verb} → {who} " + "─" * 40)
        self.say(plain(shown.text) or f"[{shown.kind}]")
        if shown.chat_id == self.current.chat_id:
            self._number(shown)

    def _number(self, shown: Shown) -> None:
        labels = shown.buttons or shown.reply_labels
        if not labels:
            return
        self.numbered = [(shown, label) for label in labels]
        for number, label in enumerate(labels, start=1):
            self.say(f"  [{number}] {label}")

    async def handle(self, line: str) -> bool:
        line = line.strip()
        if not line:
            return True
        if line in (":quit", ":q", ":exit"):
            return False
        if line == ":help":
            self.say(HELP)
        elif line == ":whoami":
            self.say(self.whoami())
        elif line in (":migrant", ":lawyer"):
            await self.switch(self.lawyer if line == ":lawyer" else self.migrant)
        elif line in (":sticker", ":photo", ":voice", ":document"):
            await getattr(self.current, f"send_{line[1:]}")()
        elif line.isdigit() and 1 <= int(line) <= len(self.numbered):
            shown, label = self.numbered[int(line) - 1]
            data = shown.button_data(label)
            if data is not None:
                await self.current.press(shown, data)
            else:
                await self._reply_button(shown, label)
        else:
            await self.current.send(line)
        return True

    async def _reply_button(self, shown: Shown, label: str) -> None:
        """A reply-keyboard button: its text, or the person's own contact when it asks for one."""
        button = next(b for b in shown.reply if b.text == label)
        if button.request_contact:
            await self.current.share_contact("+7 700 000 00 00")
        else:
            await self.current.send(label)

    async def switch(self, person: Person) -> None:
        self.current = person
        self.numbered = []
        self.say(f"\n=== you are now the {self.who} (user id {person.user.id}) ===")
        if person is self.lawyer and not person.messages():
            token = await self._invite()
            self.say(f"(joining with a fresh single-use invite: /start {token})")
            await person.send(f"/start {token}")
        for shown in reversed(person.messages()):
            if shown.buttons or shown.reply_labels:
                self._number(shown)
                break

    async def _invite(self) -> str:
        async with self.sessions() as session:
            return await InviteService(session, utcnow).create("lawyer", self.invite_ttl)


async def chat(settings: Settings, database: str | None = None) -> None:
    url = database or CHAT_DATABASE_URL
    settings = settings.model_copy(update={"database_url": url})
    if settings.is_sqlite:
        await upgrade(url)
    session = LocalSession()
    app = create_app(settings, session=session, token="42:LOCAL-CHAT")
    app.settle_heap()
    ttl = dt.timedelta(hours=settings.invite_ttl_hours)
    console = Console(Harness(app.dispatcher, app.bot, session), app.sessions, ttl)
    console.say("Qorgau chat: the real bot, no Telegram. " + HELP)
    console.say(f"({console.whoami()})")
    console.say(f"(database: {url}; its unanswered questions: qorgau kb gaps --database {url})")
    console.say(f"(log: {settings.data_dir / CHAT_LOG})")
    try:
        await console.handle("/start")
        async for line in _stdin_lines(console):
            if not await console.handle(line):
                break
    finally:
        await app.close()


async def _stdin_lines(console: Console) -> Any:
    """Typed lines after a prompt. A terminal shows what is typed itself; piped input is
    written out after the prompt, so the screen reads as a transcript either way."""
    typed = sys.stdin.isatty()
    while True:
        console.say(f"\n{console.who}> ", end="")
        line = await asyncio.to_thread(sys.stdin.readline)
        if not line:
            console.say()
            return
        if not typed:
            console.say(line.rstrip())
        yield line
