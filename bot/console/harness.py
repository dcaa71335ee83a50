"""People talking to the real Dispatcher without Telegram: updates in, replies out."""

from __future__ import annotations

import datetime as dt
import itertools
import secrets
from dataclasses import dataclass, field
from typing import Any

from aiogram import Bot, Dispatcher
from aiogram.methods import AnswerCallbackQuery
from aiogram.types import (
    CallbackQuery,
    Chat,
    Contact,
    Document,
    Message,
    PhotoSize,
    Sticker,
    Update,
    User,
    Voice,
)

from bot.console.session import LocalSession, Shown


class Harness:
    def __init__(self, dispatcher: Dispatcher, bot: Bot, session: LocalSession) -> None:
        self.dispatcher = dispatcher
        self.bot = bot
        self.session = session
        # Telegram's update ids start anywhere and only grow; a random start keeps the ids of
        # one run from meeting those another run left in Redis (they are remembered a day)
        self._update_ids = itertools.count(secrets.randbelow(1 << 40) + 1)
        self._message_ids = itertools.count(10_000_000)

    def person(self, user_id: int, first_name: str, language_code: str | None = "ru") -> Person:
        return Person(
            self,
            User(id=user_id, is_bot=False, first_name=first_name, language_code=language_code),
        )

    async def feed(self, update: Update) -> Any:
        return await self.dispatcher.feed_update(self.bot, update)

    def next_update_id(self) -> int:
        return next(self._update_ids)

    def next_message_id(self) -> int:
        return next(self._message_ids)


@dataclass(slots=True)
class Person:
    harness: Harness
    user: User
    chat_id: int = 0
    _mark: int = field(default=0)

    def __post_init__(self) -> None:
        self.chat_id = self.user.id

    # --- acting --------------------------------------------------------------------------

    async def send(self, text: str) -> list[Shown]:
        return await self._message(text=text)

    async def send_sticker(self) -> list[Shown]:
        sticker = Sticker(
            file_id="CAACAg",
            file_unique_id="st1",
            type="regular",
            width=512,
            height=512,
            is_animated=False,
            is_video=False,
        )
        return await self._message(sticker=sticker)

    async def send_voice(self) -> list[Shown]:
        return await self._message(voice=Voice(file_id="AwACAg", file_unique_id="v1", duration=3))

    async def send_photo(self, caption: str | None = None) -> list[Shown]:
        photo = [PhotoSize(file_id="AgACAg-photo", file_unique_id="p1", width=90, height=90)]
        return await self._message(photo=photo, caption=caption)

    async def send_document(self, caption: str | None = None) -> list[Shown]:
        document = Document(file_id="BQACAg-doc", file_unique_id="d1", file_name="contract.pdf")
        return await self._message(document=document, caption=caption)

    async def share_contact(self, phone: str) -> list[Shown]:
        contact = Contact(
            phone_number=phone, first_name=self.user.first_name, user_id=self.user.id
        )
        return await self._message(contact=contact)

    async def click(self, label: str, chat_id: int | None = None) -> list[Shown]:
        """Press the newest button with this label in this person's chat (or a group chat)."""
        chat = self.harness.session.chats.get(chat_id or self.chat_id, {})
        for shown in reversed(list(chat.values())):
            data = shown.button_data(label)
            if data is not None:
                return await self.press(shown, data)
            if label in shown.reply_labels:  # a reply-keyboard button sends its text
                return await self.send(label)
        raise AssertionError(f"no button {label!r}; buttons now: {self.buttons()}")

    async def press(self, shown: Shown, data: str, update_id: int | None = None) -> list[Shown]:
        """Send callback data (possibly forged) as if pressed under `shown`."""
        callback = CallbackQuery(
            id=str(self.harness.next_update_id()),
            from_user=self.user,
            chat_instance=f"ci{shown.chat_id}",
            message=self._bot_message(shown),
            data=data,
        )
        return await self._feed(
            Update(update_id=update_id or self.harness.next_update_id(), callback_query=callback)
        )

    # --- reading ---------------------------------------------------------------------------

    def messages(self) -> list[Shown]:
        return list(self.harness.session.chats.get(self.chat_id, {}).values())

    @property
    def last(self) -> Shown:
        messages = self.messages()
        if not messages:
            raise AssertionError("the bot has sent nothing to this chat")
        return messages[-1]

    def buttons(self) -> list[str]:
        return [label for shown in self.messages() for label in shown.buttons]

    def alerts(self) -> list[str]:
        return [call.text for call in self.harness.session.calls(AnswerCallbackQuery) if call.text]

    # --- plumbing --------------------------------------------------------------------------

    async def _message(self, **content: Any) -> list[Shown]:
        message = Message(
            message_id=self.harness.next_message_id(),
            date=dt.datetime.now(dt.UTC),
            chat=Chat(id=self.chat_id, type="private", first_name=self.user.first_name),
            from_user=self.user,
            **content,
        )
        return await self._feed(Update(update_id=self.harness.next_update_id(), message=message))

    async def _feed(self, update: Update) -> list[Shown]:
        """Feed the update; return what this person's chat got from it (new or edited)."""
        before = len(self.harness.session.log)
        await self.harness.feed(update)
        touched: list[Shown] = []
        for _, shown in self.harness.session.log[before:]:
            if shown is not None and shown.chat_id == self.chat_id and shown not in touched:
                touched.append(shown)
        return touched

    def _bot_message(self, shown: Shown) -> Message:
        return Message(
            message_id=shown.message_id,
            date=dt.datetime.now(dt.UTC),
            chat=Chat(id=shown.chat_id, type="private" if shown.chat_id > 0 else "supergroup"),
            from_user=self.harness.session.bot_user,
            text=shown.text,
            reply_markup=shown.markup,
        )
