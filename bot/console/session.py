"""A Bot API session that never leaves the process: it answers every method, keeps what
each chat shows (with edits), and records every call. Used by `qorgau chat` and the tests."""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import AsyncGenerator, Callable
from dataclasses import dataclass, field
from typing import Any, cast

from aiogram import Bot
from aiogram.client.session.base import BaseSession
from aiogram.exceptions import TelegramBadRequest
from aiogram.methods import (
    AnswerCallbackQuery,
    CopyMessage,
    DeleteMessage,
    DeleteWebhook,
    EditMessageReplyMarkup,
    EditMessageText,
    GetMe,
    SendDocument,
    SendMessage,
    SendPhoto,
    SetMyCommands,
    TelegramMethod,
)
from aiogram.methods.base import TelegramType
from aiogram.types import (
    Chat,
    InlineKeyboardMarkup,
    KeyboardButton,
    Message,
    MessageId,
    ReplyKeyboardMarkup,
    User,
)

Fault = Callable[[TelegramMethod[Any]], Exception | None]


@dataclass(slots=True)
class Shown:
    """A message as the chat shows it now."""

    chat_id: int
    message_id: int
    text: str
    markup: InlineKeyboardMarkup | None = None
    kind: str = "text"
    history: list[str] = field(default_factory=list)
    reply: list[KeyboardButton] = field(default_factory=list)  # a reply keyboard, if any

    @property
    def buttons(self) -> list[str]:
        if self.markup is None:
            return []
        return [button.text for row in self.markup.inline_keyboard for button in row]

    @property
    def reply_labels(self) -> list[str]:
        return [button.text for button in self.reply]

    def button_data(self, label: str) -> str | None:
        """The button a reader sees with this label (direction isolates are invisible)."""
        for row in self.markup.inline_keyboard if self.markup else []:
            for button in row:
                if _visible(button.text) == _visible(label):
                    return button.callback_data
        return None


class LocalSession(BaseSession):
    def __init__(self, bot_user_id: int = 1_000_000, username: str = "qorgau_bot") -> None:
        super().__init__()
        self.bot_user = User(id=bot_user_id, is_bot=True, first_name="Qorgau", username=username)
        self.requests: list[TelegramMethod[Any]] = []
        self.log: list[tuple[TelegramMethod[Any], Shown | None]] = []
        self.chats: dict[int, dict[int, Shown]] = {}
        self.faults: list[Fault] = []
        self.listeners: list[Callable[[TelegramMethod[Any], Shown | None], None]] = []
        self._ids = itertools.count(1)

    async def close(self) -> None:
        return None

    async def stream_content(
        self,
        url: str,
        headers: dict[str, Any] | None = None,
        timeout: int = 30,
        chunk_size: int = 65536,
        raise_for_status: bool = True,
    ) -> AsyncGenerator[bytes, None]:
        yield b""

    async def make_request(
        self, bot: Bot, method: TelegramMethod[TelegramType], timeout: int | None = None
    ) -> TelegramType:
        for fault in list(self.faults):
            error = fault(method)
            if error is not None:
                raise error
        self.requests.append(method)
        shown, result = self._answer(method)
        self.log.append((method, shown))
        for listener in self.listeners:
            listener(method, shown)
        return cast(TelegramType, result)

    def _answer(self, method: TelegramMethod[Any]) -> tuple[Shown | None, Any]:
        if isinstance(method, GetMe):
            return None, self.bot_user
        if isinstance(method, SendMessage):
            shown = self._new(int(method.chat_id), method.text, method.reply_markup, "text")
            return shown, self._message(shown)
        if isinstance(method, SendPhoto | SendDocument):
            kind = "photo" if isinstance(method, SendPhoto) else "document"
            shown = self._new(int(method.chat_id), method.caption or "", method.reply_markup, kind)
            return shown, self._message(shown)
        if isinstance(method, CopyMessage):
            shown = self._new(
                int(method.chat_id), method.caption or "", method.reply_markup, "copy"
            )
            return shown, MessageId(message_id=shown.message_id)
        if isinstance(method, EditMessageText | EditMessageReplyMarkup):
            return self._edit(method)
        if isinstance(method, AnswerCallbackQuery | SetMyCommands | DeleteWebhook | DeleteMessage):
            return None, True
        raise NotImplementedError(f"LocalSession does not answer {type(method).__name__}")

    def _new(self, chat_id: int, text: str, markup: Any, kind: str) -> Shown:
        shown = Shown(chat_id, next(self._ids), text, _inline(markup), kind)
        if isinstance(markup, ReplyKeyboardMarkup):
            shown.reply = [button for row in markup.keyboard for button in row]
        self.chats.setdefault(chat_id, {})[shown.message_id] = shown
        return shown

    def _edit(self, method: EditMessageText | EditMessageReplyMarkup) -> tuple[Shown, Message]:
        chat = self.chats.get(int(method.chat_id or 0), {})
        shown = chat.get(int(method.message_id or 0))
        if shown is None:
            raise TelegramBadRequest(method, "Bad Request: message to edit not found")
        text = (method.text if isinstance(method, EditMessageText) else None) or shown.text
        markup = _inline(method.reply_markup)
        if text == shown.text and markup == shown.markup:
            raise TelegramBadRequest(method, "Bad Request: message is not modified")
        shown.history.append(shown.text)
        shown.text, shown.markup = text, markup
        return shown, self._message(shown)

    def _message(self, shown: Shown) -> Message:
        chat_type = "private" if shown.chat_id > 0 else "supergroup"
        return Message(
            message_id=shown.message_id,
            date=dt.datetime.now(dt.UTC),
            chat=Chat(id=shown.chat_id, type=chat_type),
            from_user=self.bot_user,
            text=shown.text,
            reply_markup=shown.markup,
        )

    def calls(self, kind: type[TelegramMethod[Any]]) -> list[Any]:
        return [method for method in self.requests if isinstance(method, kind)]


def _visible(text: str) -> str:
    return text.replace("\u2066", "").replace("\u2069", "")


def _inline(markup: Any) -> InlineKeyboardMarkup | None:
    return markup if isinstance(markup, InlineKeyboardMarkup) else None
