"""Case and outbox gauges read from the database when `/metrics` is scraped: grouped counts on
the queue index and the undelivered-messages index, cached a few seconds so a busy scraper
costs nothing more."""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
import time
from typing import Protocol

from sqlalchemy import and_, func, or_, select
from sqlalchemy.ext.asyncio import AsyncEngine
from sqlalchemy.sql import Select

from bot import metrics
from bot.db.models import AnnouncementRecipient, Ticket, TicketMessage
from bot.services.clock import Clock, aware

log = logging.getLogger(__name__)

PRIORITIES = ("P1", "P2", "P3")
OPEN = ("new", "claimed")


def _waiting_relays() -> Select[int, dt.datetime | None]:
    """Relayed messages the redelivery job still has to send (the partial index's rows)."""
    return select(func.count(), func.min(TicketMessage.created_at)).where(
        TicketMessage.delivered.is_(False),
        TicketMessage.internal.is_(False),
        TicketMessage.given_up_at.is_(None),
    )


class Sla(Protocol):
    def of(self, priority: str) -> dt.timedelta: ...


class TicketGauges:
    def __init__(
        self, engine: AsyncEngine, sla: Sla, clock: Clock, ttl: float = 5.0, timeout: float = 3.0
    ) -> None:
        self.engine = engine
        self.sla = sla
        self.clock = clock
        self.ttl = ttl
        self.timeout = timeout
        self._at: float | None = None
        self._lock = asyncio.Lock()

    async def refresh(self) -> None:
        async with self._lock:
            if self._at is not None and time.monotonic() - self._at < self.ttl:
                return
            try:
                await asyncio.wait_for(self._read(), self.timeout)
            except Exception as error:  # the last values stay; the scrape still answers
                metrics.GAUGE_ERRORS.inc()
                log.warning("Case gauges not refreshed: %s", type(error).__name__)
            self._at = time.monotonic()  # a dead database is not asked on every scrape

    async def _read(self) -> None:
        now = self.clock()
        open_query = (
            select(Ticket.priority, Ticket.status, func.count())
            .where(Ticket.status.in_(OPEN))
            .group_by(Ticket.priority, Ticket.status)
        )
        overdue = or_(
            *(
                and_(Ticket.priority == level, Ticket.created_at < now - self.sla.of(level))
                for level in PRIORITIES
            )
        )
        breach_query = (
            select(Ticket.priority, func.count())
            .where(Ticket.status == "new", overdue)
            .group_by(Ticket.priority)
        )
        async with self.engine.connect() as connection:
            opened = (await connection.execute(open_query)).all()
            breached = (await connection.execute(breach_query)).all()
            relays, oldest = (await connection.execute(_waiting_relays())).one()
            announcing = await connection.scalar(
                select(func.count()).where(AnnouncementRecipient.status == "pending")
            )
        metrics.OUTBOX_PENDING.labels("relay").set(relays)
        metrics.OUTBOX_PENDING.labels("announcement").set(announcing or 0)
        metrics.OUTBOX_AGE.set((now - aware(oldest)).total_seconds() if oldest else 0)
        counts = {(priority, status): count for priority, status, count in opened}
        late = {priority: count for priority, count in breached}
        for level in PRIORITIES:
            for status in OPEN:
                metrics.OPEN_TICKETS.labels(level, status).set(counts.get((level, status), 0))
            metrics.SLA_BREACHES.labels(level).set(late.get(level, 0))
