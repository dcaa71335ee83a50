"""Announcements: who receives one (language, region, an open case) and the persistent outbox of
one row per recipient. Claiming and recording its rows, safe across restarts and replicas, is in
`bot.services.announce_delivery`."""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass

from sqlalchemy import exists, func, insert, literal, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from bot.db.models import Announcement, AnnouncementRecipient, Ticket, User
from bot.db.scope import ACCOUNTS
from bot.services.announce_delivery import (
    OUTCOMES,
    STALE,
    AnnouncementDelivery,
    Counts,
    Recipient,
)
from bot.services.clock import Clock
from bot.services.tickets import OPEN_STATUSES

__all__ = [
    "OUTCOMES",
    "STALE",
    "AnnouncementDelivery",
    "AnnouncementService",
    "Audience",
    "Counts",
    "Recipient",
]


@dataclass(frozen=True, slots=True)
class Audience:
    locale: str = ""  # empty: every language
    region: str = ""  # empty: anywhere; else people with a case in that region
    open_case: bool = False  # only people with an open case


def _who(audience: Audience) -> list[object]:
    """Clients who agreed to the notice, can be reached, are not blocked and want these."""
    conditions: list[object] = [
        User.role == "client",
        User.consent_at.is_not(None),
        User.blocked_bot_at.is_(None),
        User.banned_at.is_(None),
        User.announcements_off.is_(False),
    ]
    if audience.locale:
        conditions.append(User.locale == audience.locale)
    if audience.region:
        conditions.append(
            exists().where(Ticket.client_id == User.id, Ticket.region == audience.region)
        )
    if audience.open_case:
        conditions.append(
            exists().where(Ticket.client_id == User.id, Ticket.status.in_(OPEN_STATUSES))
        )
    return conditions


class AnnouncementService(AnnouncementDelivery):
    def __init__(self, session: AsyncSession, clock: Clock, default_locale: str = "ru") -> None:
        self.session = session
        self.clock = clock
        self.default_locale = default_locale

    async def count(self, audience: Audience) -> int:
        query = select(func.count()).select_from(User).where(*_who(audience))  # type: ignore[arg-type]
        return int(await self.session.scalar(query) or 0)

    async def create(
        self,
        author_id: int,
        texts: Mapping[str, str],
        article_id: str | None,
        audience: Audience,
        progress_chat_id: int,
    ) -> tuple[Announcement, int]:
        """The announcement and one `pending` row per recipient, in one transaction."""
        announcement = Announcement(
            author_id=author_id,
            created_at=self.clock(),
            texts=json.dumps(dict(texts), ensure_ascii=False),
            article_id=article_id,
            status="sending",
            progress_chat_id=progress_chat_id,
        )
        self.session.add(announcement)
        await self.session.flush()
        people = select(
            literal(announcement.id),
            User.id,
            func.coalesce(User.locale, self.default_locale),
            literal("pending"),
        ).where(*_who(audience))  # type: ignore[arg-type]
        columns = ["announcement_id", "user_id", "locale", "status"]
        await self.session.execute(insert(AnnouncementRecipient).from_select(columns, people))
        total = await self._total(announcement.id)
        await self.session.commit()
        return announcement, total

    async def set_progress(self, announcement_id: int, message_id: int) -> None:
        await self.session.execute(
            update(Announcement)
            .where(Announcement.id == announcement_id)
            .values(progress_message_id=message_id)
        )
        await self.session.commit()

    async def sending(self) -> list[int]:
        return list(
            await self.session.scalars(
                select(Announcement.id)
                .where(Announcement.status == "sending")
                .order_by(Announcement.id)
            )
        )

    async def get(self, announcement_id: int) -> Announcement | None:
        return await self.session.get(Announcement, announcement_id)

    @staticmethod
    def texts(announcement: Announcement) -> dict[str, str]:
        loaded = json.loads(announcement.texts or "{}")
        return {str(key): str(value) for key, value in loaded.items()}

    async def wants(self, user_id: int) -> bool:
        off = await self.session.scalar(select(User.announcements_off).where(User.id == user_id))
        return not off

    async def set_wanted(self, user_id: int, wanted: bool) -> None:
        await self.session.execute(
            update(User)
            .where(User.id == user_id)
            .values(announcements_off=not wanted)
            .execution_options(**{ACCOUNTS: (user_id,)})
        )
        await self.session.commit()

    async def _total(self, announcement_id: int) -> int:
        query = select(func.count()).where(
            AnnouncementRecipient.announcement_id == announcement_id
        )
        return int(await self.session.scalar(query) or 0)
