"""What goes out, and what became of it."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from aiogram.types import InlineKeyboardMarkup


class Kind(StrEnum):
    TEXT = "text"
    PHOTO = "photo"
    DOCUMENT = "document"


class Result(StrEnum):
    SENT = "sent"
    BLOCKED = "blocked"  # the person blocked the bot (403): stop writing to them
    REFUSED = "refused"  # Telegram refused this message (400): sending it again will not help
    LATER = "later"  # Telegram kept failing (429/5xx/network) after the retries: try again later


@dataclass(frozen=True, slots=True)
class Letter:
    """One message to one chat: HTML text (the caption of a file), buttons, maybe a file that
    Telegram already holds (`file_id`)."""

    chat_id: int
    text: str
    markup: InlineKeyboardMarkup | None = None
    kind: Kind = Kind.TEXT
    file_id: str | None = None


@dataclass(frozen=True, slots=True)
class Delivery:
    result: Result
    message_ids: tuple[int, ...] = ()

    @property
    def sent(self) -> bool:
        return self.result is Result.SENT
