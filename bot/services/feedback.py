"""What readers tell editors: 👍/👎 per article, and questions search could not answer."""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from dataclasses import dataclass

from sqlalchemy import delete, func, select
from sqlalchemy.ext.asyncio import AsyncSession

from bot.crypto import Cipher
from bot.db.models import ArticleVote, ContentGap
from bot.db.upsert import upsert
from bot.services.clock import Clock

GAP_DAYS = 90
MAX_GAP = 200
_EMAIL = re.compile(r"\S+@\S+")
_PHONE = re.compile(r"\+?\d[\d\s().-]{5,}\d")
_DIGITS = re.compile(r"\d+")
_URL = re.compile(r"(?:https?://|www\.)\S+", re.IGNORECASE)
_NAME = re.compile(r"(?<=[^\s.!?])(\s+)([A-ZА-ЯЁӘҒҚҢӨҰҮҺІЎҚҲҶӢӮ][\w'ʻʼ-]+)")


def scrub(query: str) -> str:
    """Keep the question, drop what could identify someone: e-mails, links, phone and
    document numbers, any digits, and capitalised words inside a sentence (names)."""
    text = " ".join(query.split())
    text = _EMAIL.sub("[email]", text)
    text = _URL.sub("[link]", text)
    text = _PHONE.sub("[number]", text)
    text = _DIGITS.sub("#", text)
    text = _NAME.sub(lambda m: f"{m.group(1)}[name]", text)
    return text[:MAX_GAP]


@dataclass(frozen=True, slots=True)
class Gap:
    query: str
    locale: str
    count: int


class FeedbackService:
    def __init__(self, session: AsyncSession, clock: Clock, cipher: Cipher) -> None:
        self.session = session
        self.clock = clock
        self.cipher = cipher

    async def vote(self, user_id: int, article_id: str, locale: str, vote: int) -> None:
        values = {
            "article_id": article_id,
            "user_id": user_id,
            "locale": locale,
            "vote": 1 if vote > 0 else -1,
            "at": self.clock(),
        }
        await upsert(
            self.session,
            ArticleVote.__table__,  # type: ignore[arg-type]
            values,
            ["article_id", "user_id"],
        )  # committed with the update, before the thanks is sent (bot.db.scope)

    async def votes(self, article_id: str) -> tuple[int, int]:
        rows = dict(
            (
                await self.session.execute(
                    select(ArticleVote.vote, func.count())
                    .where(ArticleVote.article_id == article_id)
                    .group_by(ArticleVote.vote)
                )
            ).all()
        )
        return rows.get(1, 0), rows.get(-1, 0)

    async def record_gap(self, query: str, locale: str) -> str:
        cleaned = scrub(query).casefold()  # after scrubbing: names are found by their capitals
        sealed = self.cipher.encrypt(cleaned)
        self.session.add(ContentGap(query=sealed, locale=locale, created_at=self.clock()))
        return cleaned

    async def top_gaps(self, limit: int = 30, within: dt.timedelta | None = None) -> list[Gap]:
        """The most frequent questions of the last 90 days (or of the last `within`)."""
        since = self.clock() - (within or dt.timedelta(days=GAP_DAYS))
        rows = await self.session.execute(
            select(ContentGap.query, ContentGap.locale).where(ContentGap.created_at >= since)
        )
        counts = Counter(
            (self.cipher.decrypt(sealed), locale) for sealed, locale in rows.all()
        )  # tokens are all different, so identical questions are counted after decrypting
        ranked = sorted(counts.items(), key=lambda item: (-item[1], item[0]))[:limit]
        return [Gap(query, locale, count) for (query, locale), count in ranked]

    async def purge_gaps(self) -> int:
        cutoff = self.clock() - dt.timedelta(days=GAP_DAYS)
        result = await self.session.execute(
            delete(ContentGap).where(ContentGap.created_at < cutoff)
        )
        await self.session.commit()
        return int(getattr(result, "rowcount", 0) or 0)
