"""The anonymised export: one row per case with no name, phone, text, Telegram id, reference
or exact time (the month at most), k-anonymous over its quasi-identifiers; each export is an
audit event."""

from __future__ import annotations

import asyncio
import csv
import io
from dataclasses import dataclass
from datetime import UTC
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import Row, select
from sqlalchemy.ext.asyncio import AsyncSession

from bot.db.models import AuditEvent, Ticket
from bot.services.anonymise import QUASI, Anonymised, anonymise
from bot.services.clock import Clock

# what each row says besides its quasi-identifiers (nothing about a person)
FACTS = ("priority", "status", "outcome", "solved", "rating")
COLUMNS = (*QUASI, *FACTS)
SLICE = 5_000  # rows read at a time
NOT_EXPORTED = ("erased",)  # the person asked to be forgotten: their case is left out too


@dataclass(frozen=True, slots=True)
class Export:
    csv: str
    cases: int
    result: Anonymised


class ExportService:
    def __init__(self, session: AsyncSession, clock: Clock, zone: ZoneInfo, k: int) -> None:
        self.session = session
        self.clock = clock
        self.zone = zone
        self.k = k

    async def export(self, actor_id: int | None) -> Export:
        found = await self._found()
        # shaping, generalising and writing 100k rows is CPU work: off the event loop
        export = await asyncio.to_thread(_build, found, self.zone, self.k)
        self.session.add(AuditEvent(at=self.clock(), actor_id=actor_id, action="export"))
        await self.session.commit()
        return export

    async def _found(self) -> list[Row[Any]]:
        """The cases' columns, read in slices so that other people's updates run in between."""
        query = select(
            Ticket.created_at,
            Ticket.topic,
            Ticket.region,
            Ticket.citizenship,
            Ticket.locale,
            *(getattr(Ticket, name) for name in FACTS),
        ).where(Ticket.outcome.is_(None) | Ticket.outcome.not_in(NOT_EXPORTED))
        found: list[Row[Any]] = []
        result = await self.session.stream(query.execution_options(yield_per=SLICE))
        async for part in result.partitions(SLICE):
            found.extend(part)
        return found


def _build(found: list[Row[Any]], zone: ZoneInfo, k: int) -> Export:
    rows = [_row(row, zone) for row in found]
    result = anonymise(rows, k)
    return Export(_csv(result, len(rows), k), len(rows), result)


def _row(row: Row[Any], zone: ZoneInfo) -> dict[str, str]:
    created, topic, region, citizenship, locale, *facts = tuple(row)
    moment = created if created.tzinfo else created.replace(tzinfo=UTC)
    return {
        "month": moment.astimezone(zone).strftime("%Y-%m"),
        "topic": topic,
        "region": region or "unknown",
        "citizenship": citizenship or "hidden",
        "language": locale,
        **{name: _cell(value) for name, value in zip(FACTS, facts, strict=True)},
    }


def _cell(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    return str(value)


def _csv(result: Anonymised, cases: int, k: int) -> str:
    out = io.StringIO()
    levels = ", ".join(f"{name}: {level}" for name, level in result.levels.items())
    out.write(
        f"# Qorgau anonymised export. {cases} cases, k = {k} ({levels}). "
        f"{result.generalised} rows generalised, {result.suppressed} suppressed "
        f"(quasi-identifiers replaced by *), {result.left_out} left out.\n"
    )
    writer = csv.DictWriter(out, fieldnames=COLUMNS, lineterminator="\n")
    writer.writeheader()
    writer.writerows(result.rows)
    return out.getvalue()
