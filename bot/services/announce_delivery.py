"""Delivering an announcement from its outbox of one row per recipient: claiming rows so that
a restart or a second replica neither loses nor repeats anyone, recording what became of them,
and finishing when none is left.

A row is claimed (`pending` -> `sending`) and committed before its message goes out, and its
outcome recorded after. A process killed in between leaves `sending` rows it may or may not have
sent; they become `unsure` and are never sent again (twice is worse than once missed), and the
final report counts them."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from sqlalchemy import exists, func, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from bot.db.models import Announcement, AnnouncementRecipient, User
from bot.db.scope import ACCOUNTS
from bot.services.clock import Clock

STALE = dt.timedelta(minutes=2)  # a `sending` row older than this was left by a dead process
OUTCOMES = ("sent", "failed", "blocked")


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


class AnnouncementDelivery:
    """The outbox side of `AnnouncementService`, which sets the session and the clock."""

    session: AsyncSession
    clock: Clock

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
