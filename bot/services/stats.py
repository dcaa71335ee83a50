"""How the service is doing, computed by SQL on the real tables (SQLite and PostgreSQL): cases
by topic, priority, status, region, language and outcome; times to claim, to first lawyer reply
and to close; promised answer times kept; backlog by age; satisfaction; article votes; content
gaps; users by language; the last seven days. A reopened case is one row, counted once."""

from __future__ import annotations

import datetime as dt
import itertools
from collections import Counter
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import ColumnElement, and_, case, func, select, true
from sqlalchemy.ext.asyncio import AsyncSession

from bot.crypto import Cipher
from bot.db.models import ArticleVote, AuditEvent, Ticket, User
from bot.hours import Sla
from bot.services.casetimers import FOLLOWUP_ANSWERS
from bot.services.clock import Clock
from bot.services.errors import NotAllowed, QorgauError
from bot.services.feedback import FeedbackService
from bot.services.stats_model import Oldest, Stats
from bot.services.stats_sla import sla_shares
from bot.services.stats_sql import seconds_between, spreads
from bot.services.users import Actor

STATS_ROLES = frozenset({"admin", "coordinator"})
EXPORT_ROLES = frozenset({"admin"})

AGES = ((1, "under_1d"), (3, "1_3d"), (7, "3_7d"))  # days; older is "over_7d"
TREND_DAYS = 7
TOP = 5
# closings that are not the service's work: the client withdrew, or asked to be forgotten
NOT_SERVED = ("withdrawn", "erased")


class BadSince(QorgauError):
    key = "stats-since-invalid"


def require(actor: Actor, roles: frozenset[str]) -> None:
    """The account's role as the server holds it (ADMIN_IDS or users.role)."""
    if actor.role not in roles:
        raise NotAllowed


def parse_since(text: str | None, zone: ZoneInfo) -> dt.datetime | None:
    """`2026-11-01` or `01.11.2026`: from the start of that day in the service's time zone."""
    if not text or not text.strip():
        return None
    for pattern in ("%Y-%m-%d", "%d.%m.%Y"):
        try:
            day = dt.datetime.strptime(text.strip(), pattern).date()
        except ValueError:
            continue
        return dt.datetime.combine(day, dt.time(), zone)
    raise BadSince


class StatsService:
    def __init__(
        self, session: AsyncSession, clock: Clock, cipher: Cipher, sla: Sla, zone: ZoneInfo
    ) -> None:
        self.session = session
        self.clock = clock
        self.cipher = cipher
        self.sla = sla
        self.zone = zone

    async def compute(self, since: dt.datetime | None = None) -> Stats:
        stats = Stats(now=self.clock(), since=since)
        window = Ticket.created_at >= since if since else true()
        await self._counts(stats, window)
        await self._times(stats, window)
        stats.sla = await sla_shares(self.session, self.sla, stats.now, window)
        await self._backlog(stats)
        await self._satisfaction(stats, window)
        await self._votes(stats, since)
        gaps = await FeedbackService(self.session, self.clock, self.cipher).top_gaps(TOP)
        stats.gaps = [(gap.query, gap.locale, gap.count) for gap in gaps]
        users = select(User.locale, func.count()).where(User.role == "client")
        if since:
            users = users.where(User.created_at >= since)
        stats.users = await self._grouped(users.group_by(User.locale))
        await self._trend(stats)
        return stats

    async def _grouped(self, query: Any) -> dict[str, int]:
        rows = (await self.session.execute(query)).all()
        found = {_key(key): int(count) for key, count in rows}
        return dict(sorted(found.items(), key=lambda item: (-item[1], item[0])))

    async def _counts(self, stats: Stats, window: ColumnElement[bool]) -> None:
        """Two figures per scan of the cases (a scan is what costs at 100k)."""
        pairs = (
            (("status", Ticket.status), ("priority", Ticket.priority)),
            (("topic", Ticket.topic), ("region", Ticket.region)),
            (("language", Ticket.locale), ("outcome", Ticket.outcome)),
        )
        for (first, one), (second, other) in pairs:
            rows = await self.session.execute(
                select(one, other, func.count()).where(window).group_by(one, other)
            )
            counts: dict[str, Counter[str]] = {first: Counter(), second: Counter()}
            for a, b, count in rows.all():
                counts[first][_key(a)] += count
                counts[second][_key(b)] += count
            for name, found in counts.items():
                stats.by[name] = dict(sorted(found.items(), key=lambda kv: (-kv[1], kv[0])))
        stats.by["outcome"].pop("none", None)  # open cases have none yet
        stats.total = sum(stats.by["status"].values())
        stats.reopened = int(
            await self.session.scalar(
                select(func.count(func.distinct(AuditEvent.ticket_id)))
                .join(Ticket, Ticket.id == AuditEvent.ticket_id)
                .where(AuditEvent.action == "reopen", window)
            )
            or 0
        )

    async def _times(self, stats: Stats, window: ColumnElement[bool]) -> None:
        created = Ticket.created_at
        spans = {
            "to_claim": (
                seconds_between(Ticket.first_claimed_at, created),
                Ticket.first_claimed_at.is_not(None),
            ),
            "to_first_reply": (
                seconds_between(Ticket.first_reply_at, created),
                Ticket.first_reply_at.is_not(None),
            ),
            "to_close": (
                seconds_between(Ticket.closed_at, created),
                and_(
                    Ticket.status == "closed",
                    Ticket.closed_at.is_not(None),
                    Ticket.outcome.not_in(NOT_SERVED),
                ),
            ),
        }
        stats.times = await spreads(self.session, spans, window)

    async def _backlog(self, stats: Stats) -> None:
        now = stats.now
        open_ = Ticket.status.in_(("new", "claimed"))
        previous: dt.datetime | None = None
        for days, name in AGES:
            cutoff = now - dt.timedelta(days=days)
            query = select(func.count()).where(open_, Ticket.created_at > cutoff)
            if previous is not None:
                query = query.where(Ticket.created_at <= previous)
            stats.backlog[name] = int(await self.session.scalar(query) or 0)
            previous = cutoff
        older = select(func.count()).where(open_, Ticket.created_at <= previous)
        stats.backlog["over_7d"] = int(await self.session.scalar(older) or 0)
        oldest = (
            await self.session.execute(
                select(Ticket.ref, Ticket.created_at)
                .where(Ticket.status == "new")
                .order_by(Ticket.created_at)
                .limit(1)
            )
        ).first()
        if oldest is not None:
            stats.oldest = Oldest(oldest[0], (now - _aware(oldest[1])).total_seconds())

    async def _satisfaction(self, stats: Stats, window: ColumnElement[bool]) -> None:
        rows = await self.session.execute(
            select(Ticket.rating, Ticket.solved, func.count())
            .where(window, Ticket.rating.is_not(None) | Ticket.solved.is_not(None))
            .group_by(Ticket.rating, Ticket.solved)
        )
        ratings: Counter[int] = Counter()
        solved: Counter[str] = Counter()
        for rating, was_solved, count in rows.all():
            if rating is not None:
                ratings[int(rating)] += count
            if was_solved is not None:
                solved["yes" if was_solved else "no"] += count
        stats.ratings = dict(sorted(ratings.items()))
        stats.solved = {"yes": solved["yes"], "no": solved["no"]}
        answered = await self.session.execute(  # the follow-up's answer: once per case
            select(AuditEvent.action, func.count(func.distinct(AuditEvent.ticket_id)))
            .join(Ticket, Ticket.id == AuditEvent.ticket_id)
            .where(window, AuditEvent.action.in_(tuple(FOLLOWUP_ANSWERS.values())))
            .group_by(AuditEvent.action)
        )
        counts = {str(action): int(count) for action, count in answered.all()}
        stats.followup = {key: counts.get(action, 0) for key, action in FOLLOWUP_ANSWERS.items()}

    async def _votes(self, stats: Stats, since: dt.datetime | None) -> None:
        window = ArticleVote.at >= since if since else true()
        up = func.sum(case((ArticleVote.vote > 0, 1), else_=0))
        down = func.sum(case((ArticleVote.vote < 0, 1), else_=0))
        totals = (await self.session.execute(select(up, down).where(window))).one()
        stats.votes = {"up": int(totals[0] or 0), "down": int(totals[1] or 0)}
        rows = await self.session.execute(
            select(ArticleVote.article_id, up, down)
            .where(window)
            .group_by(ArticleVote.article_id)
            .having(down > 0)
            .order_by(down.desc(), ArticleVote.article_id)
            .limit(TOP)
        )
        stats.disliked = [(str(a), int(u or 0), int(d or 0)) for a, u, d in rows.all()]

    async def _trend(self, stats: Stats) -> None:
        today = stats.now.astimezone(self.zone).date()
        days = [today - dt.timedelta(days=n) for n in range(TREND_DAYS - 1, -1, -1)]
        bounds = [dt.datetime.combine(day, dt.time(), self.zone) for day in days]
        bounds.append(bounds[-1] + dt.timedelta(days=1))
        opened = await self._per_day(Ticket.created_at, bounds)
        closed = await self._per_day(Ticket.closed_at, bounds)
        stats.trend = list(zip(days, opened, closed, strict=True))

    async def _per_day(self, column: Any, bounds: list[dt.datetime]) -> list[int]:
        utc = [bound.astimezone(dt.UTC) for bound in bounds]
        sums = [
            func.sum(case((and_(column >= start, column < end), 1), else_=0))
            for start, end in itertools.pairwise(utc)
        ]
        row = (await self.session.execute(select(*sums).where(column >= utc[0]))).one()
        return [int(value or 0) for value in row]


def _key(value: object) -> str:
    return "none" if value is None else str(value)


def _aware(moment: dt.datetime) -> dt.datetime:
    return moment if moment.tzinfo else moment.replace(tzinfo=dt.UTC)
