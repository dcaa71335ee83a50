"""A message between a client and a lawyer, as it leaves the bot: the same letters whether it is
sent from the handler that received it or, later, by the redelivery job."""

from __future__ import annotations

from dataclasses import dataclass
from html import escape

from aiogram.types import InlineKeyboardMarkup

from bot.kb.render import TELEGRAM_LIMIT, paginate
from bot.outbox.letter import Delivery, Kind, Letter
from bot.outbox.post import CAPTION_LIMIT, Outbox


@dataclass(frozen=True, slots=True)
class Relayed:
    chat_id: int  # the recipient
    header: str  # who wrote, in which case (HTML, in the recipient's language)
    kind: Kind
    text: str | None  # the person's own words (plain text: escaped here)
    file_id: str | None = None
    markup: InlineKeyboardMarkup | None = None  # under the last letter


def letters(relayed: Relayed) -> list[Letter]:
    chat, header, markup = relayed.chat_id, relayed.header, relayed.markup
    if relayed.kind is not Kind.TEXT and relayed.file_id:
        return [Letter(chat, caption(header, relayed.text), markup, relayed.kind, relayed.file_id)]
    body = escape(relayed.text or "")
    if len(header) + len(body) + 2 <= TELEGRAM_LIMIT:
        return [Letter(chat, f"{header}\n\n{body}", markup)]
    pages = paginate(body.split("\n"))
    last = len(pages) - 1
    return [Letter(chat, header)] + [
        Letter(chat, page, markup if number == last else None) for number, page in enumerate(pages)
    ]


async def deliver(outbox: Outbox, relayed: Relayed) -> Delivery:
    return await outbox.send_all(letters(relayed))


def caption(header: str, text: str | None) -> str:
    """Header and caption within Telegram's 1024 characters, never cutting an HTML entity."""
    raw = text or ""
    while raw and len(header) + 2 + len(escape(raw)) > CAPTION_LIMIT:
        raw = raw[: max(0, len(raw) - 50)].rstrip() + "…" if len(raw) > 50 else ""
    return f"{header}\n\n{escape(raw)}" if raw else header
