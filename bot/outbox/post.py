"""The one place that calls Telegram's sending methods for outgoing messages."""

from __future__ import annotations

import logging
from collections.abc import Sequence

from aiogram import Bot
from aiogram.exceptions import (
    TelegramBadRequest,
    TelegramForbiddenError,
    TelegramNetworkError,
    TelegramRetryAfter,
    TelegramServerError,
)
from aiogram.types import InlineKeyboardMarkup, Message

from bot.kb.render import TELEGRAM_LIMIT, paginate
from bot.outbox.letter import Delivery, Kind, Letter, Result
from bot.outbox.pace import Pace

log = logging.getLogger(__name__)
CAPTION_LIMIT = 1024
TRANSIENT = (TelegramNetworkError, TelegramServerError, TelegramRetryAfter)


class Outbox:
    """Sends letters and edits cards. The session's middlewares already commit the update's
    writes first, retry 429/5xx a few times, isolate right-to-left text and keep Telegram's pace
    (`bot.outbox.pace`: inside `pace.bulk()` letters take the announcements' lane); what is left
    here is turning Telegram's answer into a `Result` the caller can act on."""

    def __init__(self, bot: Bot, pace: Pace | None = None) -> None:
        self.bot = bot
        self.pace = pace  # the session's limiter (`bot.outbox.pace`); every letter waits its turn

    async def send(self, letter: Letter) -> Delivery:
        return await self.send_all([letter])

    async def send_all(self, letters: Sequence[Letter]) -> Delivery:
        """Letters in order (one chat's pages, a case and its files); stops at the first that
        fails, so a person never gets the end of something without its beginning."""
        ids: list[int] = []
        for letter in letters:
            try:
                ids.extend(message.message_id for message in await self._send(letter))
            except TelegramForbiddenError:
                log.info("Chat %s has blocked the bot", letter.chat_id)
                return Delivery(Result.BLOCKED, tuple(ids))
            except TelegramBadRequest as error:
                log.warning("Message to chat %s refused: %s", letter.chat_id, error.message)
                return Delivery(Result.REFUSED, tuple(ids))
            except TRANSIENT as error:
                log.warning("Message to chat %s failed for now: %s", letter.chat_id, error)
                return Delivery(Result.LATER, tuple(ids))
        return Delivery(Result.SENT, tuple(ids))

    async def edit(
        self, chat_id: int, message_id: int, text: str, markup: InlineKeyboardMarkup | None = None
    ) -> Result:
        try:
            await self.bot.edit_message_text(
                text=text, chat_id=chat_id, message_id=message_id, reply_markup=markup
            )
        except TelegramForbiddenError:
            return Result.BLOCKED
        except TelegramBadRequest as error:
            log.info("Message %s in chat %s not edited: %s", message_id, chat_id, error.message)
            return Result.REFUSED
        except TRANSIENT:
            return Result.LATER
        return Result.SENT

    async def _send(self, letter: Letter) -> list[Message]:
        chat, markup = letter.chat_id, letter.markup
        if letter.kind is Kind.PHOTO and letter.file_id:
            caption = letter.text[:CAPTION_LIMIT]
            return [
                await self.bot.send_photo(
                    chat, letter.file_id, caption=caption, reply_markup=markup
                )
            ]
        if letter.kind is Kind.DOCUMENT and letter.file_id:
            caption = letter.text[:CAPTION_LIMIT]
            return [
                await self.bot.send_document(
                    chat, letter.file_id, caption=caption, reply_markup=markup
                )
            ]
        if len(letter.text) <= TELEGRAM_LIMIT:
            return [await self.bot.send_message(chat, letter.text, reply_markup=markup)]
        pages = paginate(letter.text.split("\n"))
        sent = []
        for number, page in enumerate(pages, start=1):
            last = number == len(pages)
            sent.append(
                await self.bot.send_message(chat, page, reply_markup=markup if last else None)
            )
        return sent
