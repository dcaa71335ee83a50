"""Promised answer times kept, per priority, per lawyer and per topic, in one grouped query.

A case is answered when a lawyer first writes to the client, or when it is closed without that
(whichever comes first ends the wait). It counts once its promise is due: answered, or still
unanswered past the SLA of its priority. It is kept when the answer came within that SLA."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import ColumnElement, and_, case, func, or_, select
from sqlalchemy.ext.asyncio import AsyncSession

from bot.db.models import LawyerProfile, Ticket
from bot.hours import Sla
from bot.services.stats_sql import seconds_between

LEVELS = ("P1", "P2", "P3")


@dataclass(frozen=True, slots=True)
class Share:
    kept: int
    due: int

    @property
    def percent(self) -> int | None:
        return round(100 * self.kept / self.due) if self.due else None


async def sla_shares(
    session: AsyncSession, sla: Sla, now: dt.datetime, window: ColumnElement[bool]
) -> dict[str, dict[str, Share]]:
    answered = func.coalesce(Ticket.first_reply_at, Ticket.closed_at)
    limit = case(
        *((Ticket.priority == level, sla.of(level).total_seconds()) for level in LEVELS[:2]),
        else_=sla.of("P3").total_seconds(),
    )
    overdue = or_(
        *(
            and_(Ticket.priority == level, Ticket.created_at <= now - sla.of(level))
            for level in LEVELS[:2]
        ),
        and_(Ticket.priority.not_in(LEVELS[:2]), Ticket.created_at <= now - sla.of("P3")),
    )
    kept = and_(answered.is_not(None), seconds_between(answered, Ticket.created_at) <= limit)
    due = or_(answered.is_not(None), overdue)
    query = (
        select(
            Ticket.priority,
            Ticket.topic,
            Ticket.assignee_id,
            func.sum(case((kept, 1), else_=0)),
            func.sum(case((due, 1), else_=0)),
        )
        .where(window)
        .group_by(Ticket.priority, Ticket.topic, Ticket.assignee_id)
    )
    rows = (await session.execute(query)).all()
    names = dict(
        (await session.execute(select(LawyerProfile.user_id, LawyerProfile.display_name))).all()
    )
    shares: dict[str, dict[str, list[int]]] = {"priority": {}, "topic": {}, "lawyer": {}}
    for level, topic, lawyer_id, kept_n, due_n in rows:
        keys = {"priority": level, "topic": topic}
        if lawyer_id is not None:
            keys["lawyer"] = names.get(lawyer_id) or f"#{lawyer_id}"
        for group, key in keys.items():
            total = shares[group].setdefault(key, [0, 0])
            total[0] += int(kept_n or 0)
            total[1] += int(due_n or 0)
    return {
        group: {key: Share(*pair) for key, pair in sorted(found.items()) if pair[1]}
        for group, found in shares.items()
    }
