"""Many readers and one announcement, written straight into the database (the flow that makes
an announcement is tested in test_announce.py; these tests are about sending it)."""

from __future__ import annotations

import datetime as dt
import itertools

from sqlalchemy import insert
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.db.models import User
from bot.services.announce import AnnouncementService, Audience

LANGS = ("ru", "en", "kk", "uz", "tg", "ky", "prs", "ar")
FIRST_READER = 1_000_000
TEXTS = {"ru": "Новый закон о регистрации", "en": "A new registration law"}


async def readers_and_announcement(
    sessions: async_sessionmaker[AsyncSession], now: dt.datetime, readers: int, author: int
) -> int:
    rows = [
        {
            "id": FIRST_READER + n,
            "role": "client",
            "locale": lang,
            "consent_at": now,
            "created_at": now,
        }
        for n, lang in zip(range(readers), itertools.cycle(LANGS), strict=False)
    ]
    async with sessions() as session:
        await session.execute(insert(User), rows)
        await session.commit()
        service = AnnouncementService(session, lambda: now)
        announcement, total = await service.create(author, TEXTS, None, Audience(), author)
    assert total == readers
    return announcement.id
