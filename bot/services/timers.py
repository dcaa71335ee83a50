"""Due work as rows (DESIGN §2F): scheduled once per (kind, subject, moment), claimed by one
replica at a time for a lease, marked done after acting. A claim that a killed process never
finished becomes claimable again when its lease runs out, so nothing is lost to `kill -9`; the
price is that work killed between sending and marking done is sent again (at least once)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import and_, delete, func, literal, or_, select, true, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.sql import ColumnElement, Select

from bot.db.models import Timer
from bot.services.clock import Clock, aware

MAX_ATTEMPTS = 5  # a timer whose handler failed this often is left for an operator
CLAIM_BATCH = 50


@dataclass(frozen=True, slots=True)
class Claimed:
    id: int
    kind: str
    subject: int
    due_at: dt.datetime
    attempts: int


@dataclass(frozen=True, slots=True)
class Counts:
    """What `qorgau jobs` shows per kind: waiting but not yet due, due now, overdue, done."""

    kind: str
    later: int
    due: int
    overdue: int
    done: int


class TimerService:
    def __init__(self, session: AsyncSession, clock: Clock) -> None:
        self.session = session
        self.clock = clock

    async def schedule(self, kind: str, subject: int, due_at: dt.datetime) -> None:
        """Add due work; the same (kind, subject, moment) scheduled again adds nothing."""
        dialect = self.session.get_bind().dialect.name
        insert = (postgresql.insert if dialect == "postgresql" else sqlite.insert)(Timer)
        await self.session.execute(
            insert.values(
                kind=kind, subject=subject, due_at=due_at, status="due", attempts=0
            ).on_conflict_do_nothing(index_elements=["kind", "subject", "due_at"])
        )

    async def schedule_each(self, kind: str, rows: Select[int, dt.datetime | None]) -> None:
        """Schedule a timer for every (subject, moment) the query returns, in one statement."""
        dialect = self.session.get_bind().dialect.name
        insert = (postgresql.insert if dialect == "postgresql" else sqlite.insert)(Timer)
        source = rows.add_columns(literal("due"), literal(0))
        columns = ["subject", "due_at", "status", "attempts"]
        # SQLite reads `ON CONFLICT` after a bare `FROM` as a join: the WHERE tells them apart
        chosen = select(literal(kind), *source.subquery().c).where(true())
        await self.session.execute(
            insert.from_select(["kind", *columns], chosen).on_conflict_do_nothing(
                index_elements=["kind", "subject", "due_at"]
            )
        )

    async def claim(
        self, worker: str, kinds: Iterable[str], lease: dt.timedelta, limit: int = CLAIM_BATCH
    ) -> list[Claimed]:
        """Take due timers for `lease`, in one statement. PostgreSQL: the due rows are picked
        and locked once in a CTE with `FOR UPDATE SKIP LOCKED` (rows another replica is taking
        are skipped; a plain `IN (subquery)` may be re-run by PostgreSQL's recheck of a row
        another replica changed, and then update nothing), and only those rows are updated.
        SQLite runs one writer at a time, so the conditional UPDATE alone decides. Committed
        at once, before anyone acts."""
        now = self.clock()
        claimable = (
            select(Timer.id)
            .where(Timer.kind.in_(tuple(kinds)), *self._claimable(now))
            .order_by(Timer.due_at)
            .limit(limit)
        )
        statement = update(Timer)
        if self.session.get_bind().dialect.name == "postgresql":
            picked = claimable.with_for_update(skip_locked=True).cte("picked")
            statement = statement.where(Timer.id == picked.c.id)
        else:
            statement = statement.where(
                Timer.id.in_(claimable.scalar_subquery()), *self._claimable(now)
            )
        rows = await self.session.execute(
            statement.values(
                status="claimed",
                claimed_by=worker,
                claimed_until=now + lease,
                attempts=Timer.attempts + 1,
            )
            .returning(Timer.id, Timer.kind, Timer.subject, Timer.due_at, Timer.attempts)
            .execution_options(synchronize_session=False)
        )
        claimed = [
            Claimed(id_, kind, subject, aware(due), attempts)
            for id_, kind, subject, due, attempts in rows
        ]
        await self.session.commit()
        return sorted(claimed, key=lambda timer: (timer.due_at, timer.id))

    @staticmethod
    def _claimable(now: dt.datetime) -> tuple[ColumnElement[bool], ...]:
        lapsed = and_(Timer.status == "claimed", Timer.claimed_until < now)
        return (
            Timer.due_at <= now,
            or_(Timer.status == "due", lapsed),
            Timer.attempts < MAX_ATTEMPTS,
        )

    async def done(self, timer: Claimed, worker: str) -> None:
        await self.session.execute(
            update(Timer)
            .where(Timer.id == timer.id, Timer.claimed_by == worker)
            .values(status="done", done_at=self.clock(), claimed_until=None)
            .execution_options(synchronize_session=False)
        )

    async def release(self, timer: Claimed, worker: str) -> None:
        """Telegram could not take it now: due again at the next run."""
        await self.session.execute(
            update(Timer)
            .where(Timer.id == timer.id, Timer.claimed_by == worker)
            .values(status="due", claimed_by=None, claimed_until=None)
            .execution_options(synchronize_session=False)
        )

    async def drop(self, kind: str, subjects: Iterable[int]) -> None:
        """Forget the pending work of these subjects (a cancelled or erased reminder)."""
        ids = tuple(subjects)
        if ids:
            await self.session.execute(
                # a claimed one is being acted on: its handler sees the subject gone and ends it
                delete(Timer).where(
                    Timer.kind == kind, Timer.subject.in_(ids), Timer.status == "due"
                )
            )

    async def counts(self, grace: dt.timedelta) -> list[Counts]:
        """Per kind: not yet due, due (within `grace` of its moment), overdue, done."""
        now = self.clock()
        pending = Timer.status != "done"
        query = (
            select(
                Timer.kind,
                func.count().filter(pending, Timer.due_at > now),
                func.count().filter(pending, Timer.due_at <= now, Timer.due_at > now - grace),
                func.count().filter(pending, Timer.due_at <= now - grace),
                func.count().filter(Timer.status == "done"),
            )
            .group_by(Timer.kind)
            .order_by(Timer.kind)
        )
        rows = await self.session.execute(query)
        return [Counts(kind, *numbers) for kind, *numbers in rows]
