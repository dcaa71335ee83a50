"""Async client for the local Telegram Bot API emulator (``tests/e2e/emulator``).

Typical use in a test::

    async with Emulator() as emulator:
        env = {**os.environ, "BOT_TOKEN": TOKEN, "TELEGRAM_API_URL": emulator.api_url}
        async with BotProcess([sys.executable, "-m", "qorgau", "run"], env=env) as bot:
            await bot.wait_ready(emulator, TOKEN)
            user = emulator.user(TOKEN)
            await user.send_text("/start")
            greeting = await user.wait_for("hello")
            await user.click("Press")
            await user.wait_for(lambda m: m.message_id == greeting.message_id and m.edited)

``wait_for`` looks at what the bot sent or edited in the user's chat *after the user's last
action* (``send_text``/``click``), so earlier messages never satisfy it by accident.
"""

from __future__ import annotations

import asyncio
import contextlib
import fcntl
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType
from typing import IO, Any, Self, TypeVar

import aiohttp

E2E_DIR = Path(__file__).resolve().parent
EMULATOR_DIR = E2E_DIR / "emulator"
SERVER_JS = EMULATOR_DIR / "server.js"

JSONDict = dict[str, Any]
T = TypeVar("T")

_READY_RE = re.compile(r"^EMULATOR READY (\d+)\s*$")
_POLL_SLICE = 5.0  # seconds of one long poll of the emulator's event log


class EmulatorError(RuntimeError):
    """The emulator (or a bot process) failed or rejected a client request."""


class WaitTimeout(AssertionError):
    """Nothing matching arrived in time (an assertion failure for the test)."""


# ------------------------------------------------------------------------------------------------
# data returned to tests


@dataclass(frozen=True)
class InlineButton:
    text: str
    callback_data: str | None
    url: str | None
    raw: JSONDict


@dataclass(frozen=True)
class BotMessage:
    """A snapshot of a message sent by the bot (after an event, or its current state)."""

    message_id: int
    chat_id: int
    kind: str  # "text", "photo", "document", ...
    text: str  # plain text (HTML parsed) or caption
    raw_text: str  # the text/caption exactly as the bot sent it (e.g. HTML source)
    parse_mode: str | None
    reply_markup: JSONDict | None  # as sent: inline keyboard, reply keyboard, remove_keyboard...
    edited: bool
    deleted: bool
    event: str  # "sent", "edited" or "state" (read from the current state)
    raw: JSONDict  # the Bot API Message object the bot received

    @classmethod
    def from_view(cls, view: Mapping[str, Any], event: str = "state") -> BotMessage:
        markup = view.get("reply_markup")
        message = view.get("message")
        return cls(
            message_id=int(view["message_id"]),
            chat_id=int(view["chat_id"]),
            kind=str(view.get("kind") or "text"),
            text=str(view.get("text") or ""),
            raw_text=str(view.get("raw_text") or ""),
            parse_mode=str(view["parse_mode"]) if view.get("parse_mode") else None,
            reply_markup=dict(markup) if isinstance(markup, dict) else None,
            edited=view.get("edit_date") is not None,
            deleted=bool(view.get("deleted")),
            event=event,
            raw=dict(message) if isinstance(message, dict) else {},
        )

    @property
    def inline_keyboard(self) -> list[list[InlineButton]]:
        rows = (self.reply_markup or {}).get("inline_keyboard")
        if not isinstance(rows, list):
            return []
        result: list[list[InlineButton]] = []
        for row in rows:
            buttons: list[InlineButton] = []
            for button in row if isinstance(row, list) else []:
                if not isinstance(button, dict):
                    continue
                data = button.get("callback_data")
                url = button.get("url")
                buttons.append(
                    InlineButton(
                        text=str(button.get("text", "")),
                        callback_data=None if data is None else str(data),
                        url=None if url is None else str(url),
                        raw=dict(button),
                    )
                )
            result.append(buttons)
        return result

    @property
    def buttons(self) -> list[InlineButton]:
        return [button for row in self.inline_keyboard for button in row]

    @property
    def button_labels(self) -> list[str]:
        return [button.text for button in self.buttons]

    @property
    def reply_keyboard_labels(self) -> list[str]:
        rows = (self.reply_markup or {}).get("keyboard")
        if not isinstance(rows, list):
            return []
        labels: list[str] = []
        for row in rows:
            for button in row if isinstance(row, list) else []:
                if isinstance(button, str):
                    labels.append(button)
                elif isinstance(button, dict) and "text" in button:
                    labels.append(str(button["text"]))
        return labels

    def button(self, label: str) -> InlineButton | None:
        """The inline button with exactly this visible label, if any."""
        return next((b for b in self.buttons if b.text == label), None)

    def matches(self, match: Match) -> bool:
        if callable(match):
            return match(self)
        return match in self.text or match in self.raw_text

    def describe(self) -> str:
        """Short description for assertion messages (test data only)."""
        text = self.text if len(self.text) <= 80 else self.text[:77] + "..."
        parts = [f"#{self.message_id} {self.event} {text!r}"]
        if self.buttons:
            parts.append(f"buttons={self.button_labels}")
        return " ".join(parts)


Match = str | Callable[[BotMessage], bool]


@dataclass(frozen=True)
class CallbackAnswer:
    callback_query_id: str
    message_id: int
    text: str | None
    show_alert: bool
    url: str | None


# ------------------------------------------------------------------------------------------------
# node_modules bootstrap


def _node_modules_current() -> bool:
    """node_modules holds the telegram-test-api version pinned in package.json."""
    installed = EMULATOR_DIR / "node_modules" / "telegram-test-api" / "package.json"
    if not installed.exists():
        return False
    wanted = json.loads((EMULATOR_DIR / "package.json").read_text())["dependencies"]
    version = json.loads(installed.read_text()).get("version")
    return bool(wanted.get("telegram-test-api") == version)


def _which(tool: str) -> str | None:
    """On PATH, or in the venv beside this Python (`make test` installs Node.js there from
    PyPI on a machine without one)."""
    return shutil.which(tool) or shutil.which(tool, path=str(Path(sys.executable).parent))


def _install_node_modules_blocking() -> None:
    if _node_modules_current():
        return
    npm = _which("npm")
    if npm is None:
        raise EmulatorError("npm is not installed; it is needed for tests/e2e/emulator")
    lock_path = Path(tempfile.gettempdir()) / "qorgau-e2e-emulator-npm.lock"
    with lock_path.open("w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        try:
            if _node_modules_current():  # installed meanwhile by another process
                return
            done = subprocess.run(
                [npm, "ci", "--prefix", str(EMULATOR_DIR), "--no-audit", "--no-fund"],
                capture_output=True,
                text=True,
                timeout=600,
                check=False,
            )
            if done.returncode != 0 or not _node_modules_current():
                tail = (done.stderr or done.stdout)[-2000:]
                raise EmulatorError(f"npm ci failed ({done.returncode}):\n{tail}")
        finally:
            fcntl.flock(lock, fcntl.LOCK_UN)


async def ensure_node_modules() -> None:
    """Run ``npm ci --prefix tests/e2e/emulator`` if its node_modules is missing or stale."""
    await asyncio.to_thread(_install_node_modules_blocking)


# ------------------------------------------------------------------------------------------------
# the emulator process


class Emulator:
    """Runs ``node tests/e2e/emulator/server.js`` on a free local port."""

    def __init__(
        self, *, host: str = "127.0.0.1", port: int = 0, startup_timeout: float = 30.0
    ) -> None:
        self._host = host
        self._requested_port = port
        self._startup_timeout = startup_timeout
        self._port: int | None = None
        self._proc: asyncio.subprocess.Process | None = None
        self._session: aiohttp.ClientSession | None = None
        self._drain: asyncio.Task[None] | None = None
        self._next_user_id = 10_001

    @property
    def port(self) -> int:
        if self._port is None:
            raise EmulatorError("the emulator is not running")
        return self._port

    @property
    def api_url(self) -> str:
        """Base URL for the bot (TELEGRAM_API_URL / TelegramAPIServer.from_base)."""
        return f"http://{self._host}:{self.port}"

    async def __aenter__(self) -> Self:
        await self.start()
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.stop()

    async def start(self) -> None:
        if self._proc is not None:
            raise EmulatorError("the emulator is already running")
        node = _which("node")
        if node is None:
            raise EmulatorError("node is not installed; it is needed for tests/e2e/emulator")
        await ensure_node_modules()
        try:
            self._proc = await asyncio.create_subprocess_exec(
                node,
                str(SERVER_JS),
                "--port",
                str(self._requested_port),
                "--host",
                self._host,
                "--exit-on-stdin-close",  # the emulator dies with us, even on a crash
                cwd=str(EMULATOR_DIR),
                stdin=asyncio.subprocess.PIPE,
                stdout=asyncio.subprocess.PIPE,
                stderr=None,  # diagnostics (no texts, no tokens) go to the test's stderr
            )
            self._port = await asyncio.wait_for(self._read_port(), self._startup_timeout)
            self._drain = asyncio.create_task(self._drain_stdout())
            self._session = aiohttp.ClientSession(
                connector=aiohttp.TCPConnector(limit=0, force_close=False),
            )
        except BaseException:
            await self.stop()
            raise

    async def _read_port(self) -> int:
        assert self._proc is not None
        assert self._proc.stdout is not None
        while True:
            line = await self._proc.stdout.readline()
            if not line:
                code = await self._proc.wait()
                raise EmulatorError(f"the emulator exited with code {code} before it was ready")
            match = _READY_RE.match(line.decode("utf-8", "replace"))
            if match:
                return int(match.group(1))

    async def _drain_stdout(self) -> None:
        assert self._proc is not None
        assert self._proc.stdout is not None
        while await self._proc.stdout.readline():
            pass

    async def stop(self) -> None:
        """Stop the emulator; safe to call more than once."""
        if self._session is not None:
            await self._session.close()
            self._session = None
        proc, self._proc = self._proc, None
        if proc is not None and proc.returncode is None:
            if proc.stdin is not None:
                proc.stdin.close()  # --exit-on-stdin-close: a clean exit
            try:
                await asyncio.wait_for(proc.wait(), 5)
            except TimeoutError:
                proc.terminate()
                try:
                    await asyncio.wait_for(proc.wait(), 5)
                except TimeoutError:
                    proc.kill()
                    await proc.wait()
        if self._drain is not None:
            self._drain.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._drain
            self._drain = None
        self._port = None

    async def request(
        self, path: str, payload: Mapping[str, Any], *, http_timeout: float = 30.0
    ) -> Any:
        """POST JSON to an emulator client endpoint and return its ``result``."""
        if self._session is None:
            raise EmulatorError("the emulator is not running")
        url = f"{self.api_url}{path}"
        async with self._session.post(
            url, json=dict(payload), timeout=aiohttp.ClientTimeout(total=http_timeout)
        ) as response:
            body: Any = await response.json(content_type=None)
        if not isinstance(body, dict) or not body.get("ok"):
            description = body.get("description") if isinstance(body, dict) else None
            raise EmulatorError(f"{path}: {description or 'request failed'}")
        return body.get("result")

    async def bot_status(self, token: str) -> JSONDict:
        """Bot-side state: polls, polling_now, pending_updates, commands, ..."""
        result = await self.request("/client/bot", {"token": token})
        return dict(result)

    async def wait_bot_polling(
        self,
        token: str,
        *,
        timeout: float = 30.0,
        process: BotProcess | None = None,
        since: float | None = None,
    ) -> None:
        """Wait until the bot calls getUpdates (it is started and handles updates).

        ``since`` (a ``time.time()`` value) ignores polls made before it, e.g. by an earlier
        instance of the bot; ``process`` makes the wait fail early if that process exits.
        """
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout
        while True:
            if process is not None and process.returncode is not None:
                raise EmulatorError(
                    f"the bot exited with code {process.returncode} before polling:\n"
                    f"{process.output()[-4000:]}"
                )
            status = await self.bot_status(token)
            last_poll_ms = status.get("last_poll_at")
            if last_poll_ms is not None and (since is None or last_poll_ms >= since * 1000):
                return
            if loop.time() >= deadline:
                tail = process.output()[-4000:] if process is not None else ""
                raise WaitTimeout(f"the bot did not start polling within {timeout}s\n{tail}")
            await asyncio.sleep(0.05)

    def user(
        self,
        token: str,
        *,
        user_id: int | None = None,
        first_name: str = "Test",
        username: str | None = None,
        language_code: str | None = None,
        chat: Mapping[str, Any] | None = None,
    ) -> User:
        """A Telegram user talking to the bot ``token``; a fresh user id unless given.

        ``chat`` (a Bot API Chat object, e.g. ``{"id": -1001, "type": "supergroup", ...}``)
        makes the user write in that chat instead of the private chat with the bot.
        """
        if user_id is None:
            user_id = self._next_user_id
            self._next_user_id += 1
        return User(
            self,
            token,
            user_id=user_id,
            first_name=first_name,
            username=username,
            language_code=language_code,
            chat=chat,
        )


# ------------------------------------------------------------------------------------------------
# a user


class User:
    """A user who writes to the bot and reads its answers in one chat."""

    def __init__(
        self,
        emulator: Emulator,
        token: str,
        *,
        user_id: int,
        first_name: str,
        username: str | None,
        language_code: str | None,
        chat: Mapping[str, Any] | None,
    ) -> None:
        self._emulator = emulator
        self._token = token
        self.user_id = user_id
        self._from: JSONDict = {"id": user_id, "first_name": first_name}
        if username is not None:
            self._from["username"] = username
        if language_code is not None:
            self._from["language_code"] = language_code
        self._chat: JSONDict | None = dict(chat) if chat is not None else None
        self.chat_id = int(self._chat["id"]) if self._chat is not None else user_id
        self._events: list[JSONDict] = []  # this chat's events, in order
        self._fetched = 0  # last emulator sequence number already fetched
        self._cursor = 0  # sequence number at the user's last action

    # actions ---------------------------------------------------------------------------------

    async def send_text(self, text: str, *, reply_to_message_id: int | None = None) -> int:
        """Send a text message (commands get bot_command entities); returns its message_id."""
        payload: JSONDict = {"token": self._token, "text": text, "from": self._from}
        if self._chat is not None:
            payload["chat"] = self._chat
        if reply_to_message_id is not None:
            payload["reply_to_message_id"] = reply_to_message_id
        result = await self._emulator.request("/sendMessage", payload)
        self._cursor = int(result["seq"])
        return int(result["message_id"])

    async def click(self, label: str, *, timeout: float = 10.0) -> None:
        """Press the button labelled ``label`` on the newest bot message that has it.

        Inline callback buttons send a callback query; reply-keyboard buttons send their text.
        Waits up to ``timeout`` seconds for such a message to appear.
        """

        def find(state: list[BotMessage]) -> tuple[BotMessage, InlineButton | None] | None:
            reply_keyboard_seen = False  # only the newest reply keyboard is shown
            for message in reversed(state):
                button = message.button(label)
                if button is not None:
                    return message, button
                markup = message.reply_markup or {}
                sets_keyboard = "keyboard" in markup or "remove_keyboard" in markup
                if sets_keyboard and not reply_keyboard_seen:
                    reply_keyboard_seen = True
                    if label in message.reply_keyboard_labels:
                        return message, None
            return None

        state = await self.messages()
        found = find(state)
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout
        while found is None:
            remaining = deadline - loop.time()
            if remaining <= 0:
                labels = [m.button_labels or m.reply_keyboard_labels for m in state]
                raise WaitTimeout(
                    f"no bot message in chat {self.chat_id} has a button {label!r} "
                    f"after {timeout}s; buttons seen: {[b for b in labels if b]}"
                )
            await self._poll(min(remaining, _POLL_SLICE))
            state = await self.messages()
            found = find(state)
        message, button = found
        if button is None:
            await self.send_text(label)
            return
        if button.callback_data is None:
            raise EmulatorError(f"button {label!r} is not a callback button: {button.raw}")
        result = await self._emulator.request(
            "/sendCallback",
            {
                "token": self._token,
                "from": self._from,
                "chat_id": self.chat_id,
                "message_id": message.message_id,
                "data": button.callback_data,
            },
        )
        self._cursor = int(result["seq"])

    # reading ---------------------------------------------------------------------------------

    async def messages(self) -> list[BotMessage]:
        """Current state of every (not deleted) bot message in this chat, oldest first."""
        result = await self._emulator.request(
            "/client/messages", {"token": self._token, "chat_id": self.chat_id}
        )
        return [BotMessage.from_view(view) for view in result]

    async def last_message(self) -> BotMessage | None:
        messages = await self.messages()
        return messages[-1] if messages else None

    async def wait_for(self, match: Match, *, timeout: float = 10.0) -> BotMessage:
        """The first bot message sent or edited since the last action that matches.

        ``match`` is a substring of the message text (plain or as sent) or a predicate.
        """
        found = await self.wait_for_many(match, count=1, timeout=timeout)
        return found[0]

    async def wait_for_many(
        self,
        match: Match,
        *,
        count: int,
        timeout: float = 10.0,
    ) -> list[BotMessage]:
        """``count`` distinct bot messages (by message_id) matching, since the last action.

        Each is the first matching snapshot (sent or edited) of that message, in event order.
        """

        def select() -> list[BotMessage] | None:
            found: dict[int, BotMessage] = {}
            for message in self._messages_since_cursor():
                if message.message_id not in found and message.matches(match):
                    found[message.message_id] = message
            return list(found.values())[:count] if len(found) >= count else None

        return await self._wait(select, timeout, lambda: self._describe_miss(match, timeout))

    async def wait_for_deletion(
        self,
        message_id: int,
        *,
        timeout: float = 10.0,
    ) -> None:
        """Wait until the bot deletes message ``message_id`` (its own or the user's)."""

        def select() -> bool | None:
            for event in self._events:
                if event.get("type") == "deleted" and event.get("message_id") == message_id:
                    return True
            return None

        await self._wait(
            select,
            timeout,
            lambda: f"message {message_id} in chat {self.chat_id} not deleted in {timeout}s",
        )

    async def wait_callback_answer(
        self,
        *,
        timeout: float = 10.0,
    ) -> CallbackAnswer:
        """The bot's answerCallbackQuery for a click made since the last action."""

        def select() -> CallbackAnswer | None:
            for event in self._events:
                if event["seq"] <= self._cursor or event.get("type") != "callback_answer":
                    continue
                answer = event["answer"]
                return CallbackAnswer(
                    callback_query_id=str(answer["callback_query_id"]),
                    message_id=int(answer["message_id"]),
                    text=None if answer.get("text") is None else str(answer["text"]),
                    show_alert=bool(answer.get("show_alert")),
                    url=None if answer.get("url") is None else str(answer["url"]),
                )
            return None

        return await self._wait(
            select, timeout, lambda: f"no callback answer in chat {self.chat_id} in {timeout}s"
        )

    async def assert_silent(self, *, within: float = 1.0) -> None:
        """Assert the bot sends or edits nothing in this chat for ``within`` seconds."""
        loop = asyncio.get_running_loop()
        deadline = loop.time() + within
        while (remaining := deadline - loop.time()) > 0:
            await self._poll(min(remaining, _POLL_SLICE))
        unexpected = self._messages_since_cursor()
        if unexpected:
            described = [m.describe() for m in unexpected]
            raise AssertionError(f"the bot was expected to stay silent but sent {described}")

    # internals -------------------------------------------------------------------------------

    def _messages_since_cursor(self) -> list[BotMessage]:
        return [
            BotMessage.from_view(event["message"], str(event["type"]))
            for event in self._events
            if event["seq"] > self._cursor and event.get("type") in ("sent", "edited")
        ]

    def _describe_miss(self, match: Match, timeout: float) -> str:
        wanted = repr(match) if isinstance(match, str) else "a message matching the predicate"
        seen = [m.describe() for m in self._messages_since_cursor()]
        return (
            f"no bot message {wanted} in chat {self.chat_id} within {timeout}s; "
            f"since the last action the bot sent/edited: {seen or 'nothing'}"
        )

    async def _poll(self, seconds: float) -> None:
        """Fetch new events of this chat, long-polling up to ``seconds``."""
        result = await self._emulator.request(
            "/client/events",
            {
                "token": self._token,
                "chat_id": self.chat_id,
                "after": self._fetched,
                "timeout": max(seconds, 0.0),
            },
            http_timeout=seconds + 15.0,
        )
        events = [dict(event) for event in result["events"]]
        self._events.extend(events)
        self._fetched = max(int(result["last_seq"]), self._fetched)

    async def _wait(
        self, select: Callable[[], T | None], seconds: float, describe: Callable[[], str]
    ) -> T:
        loop = asyncio.get_running_loop()
        deadline = loop.time() + seconds
        await self._poll(0)
        while True:
            found = select()
            if found is not None:
                return found
            remaining = deadline - loop.time()
            if remaining <= 0:
                raise WaitTimeout(describe())
            await self._poll(min(remaining, _POLL_SLICE))


# ------------------------------------------------------------------------------------------------
# the bot under test as a subprocess


class BotProcess:
    """Runs the bot as a subprocess in its own process group; always stopped on exit.

    Output (stdout+stderr) goes to an anonymous temporary file, readable via ``output()``.
    """

    def __init__(
        self,
        argv: Sequence[str],
        *,
        env: Mapping[str, str] | None = None,
        cwd: str | Path | None = None,
    ) -> None:
        self._argv = list(argv)
        self._env = dict(env) if env is not None else None
        self._cwd = str(cwd) if cwd is not None else None
        self._proc: asyncio.subprocess.Process | None = None
        self._log: IO[bytes] | None = None
        self._captured = b""
        self._started_at: float | None = None

    async def __aenter__(self) -> Self:
        await self.start()
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.stop()

    @property
    def returncode(self) -> int | None:
        return None if self._proc is None else self._proc.returncode

    async def start(self) -> None:
        if self._proc is not None:
            raise EmulatorError("the bot process is already started")
        self._log = tempfile.TemporaryFile()  # noqa: SIM115 - closed in stop()
        self._started_at = time.time()
        self._proc = await asyncio.create_subprocess_exec(
            *self._argv,
            env=self._env,
            cwd=self._cwd,
            stdin=asyncio.subprocess.DEVNULL,
            stdout=self._log,
            stderr=asyncio.subprocess.STDOUT,
            start_new_session=True,  # its own process group, signalled as a whole
        )

    async def wait_ready(
        self,
        emulator: Emulator,
        token: str,
        *,
        timeout: float = 30.0,
    ) -> None:
        """Wait until the bot polls the emulator; fails early if the process dies."""
        await emulator.wait_bot_polling(
            token, timeout=timeout, process=self, since=self._started_at
        )

    def output(self) -> str:
        """Everything the process printed so far (or until it was stopped)."""
        if self._log is None:
            return self._captured.decode("utf-8", "replace")
        self._log.flush()
        position = self._log.tell()
        self._log.seek(0)
        data = self._log.read()
        self._log.seek(position)
        return data.decode("utf-8", "replace")

    async def kill(self) -> int | None:
        """SIGKILL at once, as a crash or a pulled plug would; returns the code."""
        if self._proc is not None and self._proc.returncode is None:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(self._proc.pid, signal.SIGKILL)
            await self._proc.wait()
        return await self.stop()

    async def stop(self, *, grace: float = 10.0) -> int | None:
        """SIGINT (graceful aiogram shutdown), then SIGTERM, then SIGKILL; returns the code."""
        proc = self._proc
        if proc is not None and proc.returncode is None:
            for sig, wait in (
                (signal.SIGINT, grace),
                (signal.SIGTERM, 5.0),
                (signal.SIGKILL, 5.0),
            ):
                with contextlib.suppress(ProcessLookupError):
                    os.killpg(proc.pid, sig)
                try:
                    await asyncio.wait_for(proc.wait(), wait)
                    break
                except TimeoutError:
                    continue
        if self._log is not None:
            self._captured = self.output().encode("utf-8")
            self._log.close()
            self._log = None
        return None if proc is None else proc.returncode
