"""An announcement as it leaves the bot: one letter per recipient in their language (the text
written for it, else the default language's; or an article's title and summary with a button to
read it), a button to turn announcements off, sent in the bulk lane at Telegram's pace."""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Mapping, Sequence
from html import escape

from aiogram.types import InlineKeyboardButton, InlineKeyboardMarkup
from aiogram_i18n.cores import FluentRuntimeCore

from bot.callbacks import ArticleCD, NewsAction, NewsCD
from bot.kb.model import KnowledgeBase
from bot.outbox import pace
from bot.outbox.letter import Letter, Result
from bot.outbox.post import Outbox
from bot.services.announce import Counts

CONCURRENT = 4  # letters in flight at once (the pace decides how many a second)


def _button(text: str, data: str) -> InlineKeyboardButton:
    return InlineKeyboardButton(text=text, callback_data=data)


class Announcer:
    def __init__(
        self,
        outbox: Outbox,
        core: FluentRuntimeCore,
        kb: Callable[[], KnowledgeBase],
        default_locale: str,
    ) -> None:
        self.outbox = outbox
        self.core = core
        self.kb = kb
        self.default_locale = default_locale

    def letter(
        self, chat_id: int, locale: str, texts: Mapping[str, str], article_id: str | None
    ) -> Letter | None:
        """What this person gets, or None if there is nothing in any language for them."""
        rows: list[list[InlineKeyboardButton]] = []
        if article_id:
            found = self.kb().get(article_id, locale)
            if found is None:
                return None
            article = found.article
            body = f"<b>{escape(article.title)}</b>\n{escape(article.summary)}"
            read = self.core.get("announce-read", locale)
            rows.append([_button(read, ArticleCD(id=article.id).pack())])
        else:
            body = (
                texts.get(locale)
                or texts.get(self.default_locale)
                or next(iter(texts.values()), "")
            )
            if not body:
                return None
        head = self.core.get("announce-header", locale)
        off = self.core.get("announce-btn-off", locale)
        rows.append([_button(off, NewsCD(action=NewsAction.OFF).pack())])
        return Letter(chat_id, f"{head}\n\n{body}", InlineKeyboardMarkup(inline_keyboard=rows))

    async def deliver(self, letters: Sequence[Letter | None]) -> list[Result]:
        """Each letter once, a few at a time, in the bulk lane; None counts as refused."""
        gate = asyncio.Semaphore(CONCURRENT)

        async def one(letter: Letter | None) -> Result:
            if letter is None:
                return Result.REFUSED
            async with gate:
                return (await self.outbox.send(letter)).result

        async with pace.bulk():
            return list(await asyncio.gather(*(one(letter) for letter in letters)))

    def progress(self, counts: Counts, locale: str, *, final: bool) -> str:
        key = "announce-report" if final else "announce-progress"
        return self.core.get(
            key,
            locale,
            total=counts.total,
            sent=counts.sent,
            failed=counts.failed,
            blocked=counts.blocked,
            unsure=counts.unsure,
            left=counts.pending + counts.sending,
        )
