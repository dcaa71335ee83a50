"""Announcements: who receives one (language, region, an open case), the persistent outbox of
one row per recipient, and claiming its rows so that a restart or a second replica neither loses
nor repeats anyone.

A row is claimed (`pending` -> `sending`) and committed before its message goes out, and its
outcome recorded after. A process killed in between leaves `sending` rows it may or may not have
sent; they become `unsure` and are never sent again (twice is worse than once missed), and the
final report counts them."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from sqlalchemy import exists, func, insert, literal, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from bot.db.models import Announcement, AnnouncementRecipient, Ticket, User
from bot.db.scope import ACCOUNTS
from bot.services.clock import Clock
from bot.services.tickets import OPEN_STATUSES

STALE = dt.timedelta(minutes=2)  # a `sending` row older than this was left by a dead process
OUTCOMES = ("sent", "failed", "blocked")


@dataclass(frozen=True, slots=True)
class Audience:
    locale: str = ""  # empty: every language
    region: str = ""  # empty: anywhere; else people with a case in that region
    open_case: bool = False  # only people with an open case


@dataclass(frozen=True, slots=True)
class Recipient:
    row_id: int
    user_id: int
    locale: str


@dataclass(frozen=True, slots=True)
class Counts:
    total: int = 0
    pending: int = 0
    sending: int = 0
    sent: int = 0
    failed: int = 0
    blocked: int = 0
    unsure: int = 0

    @property
    def done(self) -> int:
        return self.sent + self.failed + self.blocked + self.unsure


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


class AnnouncementService:
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

    async def recover(self, announcement_id: int) -> int:
        """Rows a dead process had claimed: maybe sent, so never again."""
        result = await self.session.execute(
            update(AnnouncementRecipient)
            .where(
                AnnouncementRecipient.announcement_id == announcement_id,
                AnnouncementRecipient.status == "sending",
                AnnouncementRecipient.claimed_at < self.clock() - STALE,
            )
            .values(status="unsure")
        )
        await self.session.commit()
        return int(result.rowcount or 0)  # type: ignore[attr-defined]

    async def claim(self, announcement_id: int, limit: int) -> list[Recipient]:
        """The next `pending` rows, taken by one conditional UPDATE (two replicas never take
        the same row), committed before anything is sent."""
        ids = list(
            await self.session.scalars(
                select(AnnouncementRecipient.id)
                .where(
                    AnnouncementRecipient.announcement_id == announcement_id,
                    AnnouncementRecipient.status == "pending",
                )
                .order_by(AnnouncementRecipient.id)
                .limit(limit)
            )
        )
        if not ids:
            return []
        rows = await self.session.execute(
            update(AnnouncementRecipient)
            .where(AnnouncementRecipient.id.in_(ids), AnnouncementRecipient.status == "pending")
            .values(status="sending", claimed_at=self.clock())
            .returning(
                AnnouncementRecipient.id,
                AnnouncementRecipient.user_id,
                AnnouncementRecipient.locale,
            )
        )
        taken = [Recipient(*row) for row in rows.all()]
        await self.session.commit()
        return sorted(taken, key=lambda recipient: recipient.row_id)

    async def record(self, outcomes: Mapping[str, Iterable[Recipient]]) -> None:
        """What became of claimed rows; people who blocked the bot are marked unreachable."""
        for status, recipients in outcomes.items():
            ids = [recipient.row_id for recipient in recipients]
            if status not in OUTCOMES or not ids:
                continue
            await self.session.execute(
                update(AnnouncementRecipient)
                .where(AnnouncementRecipient.id.in_(ids))
                .values(status=status)
            )
        blocked = [recipient.user_id for recipient in outcomes.get("blocked", ())]
        if blocked:
            await self.session.execute(
                update(User)
                .where(User.id.in_(blocked))
                .values(blocked_bot_at=self.clock())
                .execution_options(**{ACCOUNTS: tuple(blocked)})
            )
        await self.session.commit()

    async def counts(self, announcement_id: int) -> Counts:
        rows = await self.session.execute(
            select(AnnouncementRecipient.status, func.count())
            .where(AnnouncementRecipient.announcement_id == announcement_id)
            .group_by(AnnouncementRecipient.status)
        )
        by_status = {str(status): int(n) for status, n in rows.all()}
        fields = {name: by_status.get(name, 0) for name in Counts.__dataclass_fields__}
        fields["total"] = sum(by_status.values())
        return Counts(**fields)

    async def finish(self, announcement_id: int) -> bool:
        """Done when no row is left to send; exactly one process wins (and reports)."""
        left = exists().where(
            AnnouncementRecipient.announcement_id == announcement_id,
            AnnouncementRecipient.status.in_(("pending", "sending")),
        )
        won = await self.session.scalar(
            update(Announcement)
            .where(Announcement.id == announcement_id, Announcement.status == "sending", ~left)
            .values(status="done", finished_at=self.clock())
            .returning(Announcement.id)
        )
        await self.session.commit()
        return won is not None

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
