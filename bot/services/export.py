"""The anonymised export: one row per case with no name, phone, text, Telegram id, reference
or exact time (the month at most), k-anonymous over its quasi-identifiers; each export is an
audit event."""

from __future__ import annotations

import asyncio
import csv
import io
from dataclasses import dataclass
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from bot.db.models import AuditEvent, Ticket
from bot.services.anonymise import QUASI, Anonymised, anonymise
from bot.services.clock import Clock

# what each row says besides its quasi-identifiers (nothing about a person)
FACTS = ("priority", "status", "outcome", "solved", "rating")
COLUMNS = (*QUASI, *FACTS)
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
        rows = await self._rows()
        result = await asyncio.to_thread(anonymise, rows, self.k)  # CPU work off the loop
        self.session.add(AuditEvent(at=self.clock(), actor_id=actor_id, action="export"))
        await self.session.commit()
        return Export(_csv(result, len(rows), self.k), len(rows), result)

    async def _rows(self) -> list[dict[str, str]]:
        found = await self.session.execute(
            select(
                Ticket.created_at,
                Ticket.topic,
                Ticket.region,
                Ticket.citizenship,
                Ticket.locale,
                *(getattr(Ticket, name) for name in FACTS),
            ).where(Ticket.outcome.is_(None) | Ticket.outcome.not_in(NOT_EXPORTED))
        )
        rows = []
        for created, topic, region, citizenship, locale, *facts in found.all():
            moment = created if created.tzinfo else created.replace(tzinfo=ZoneInfo("UTC"))
            rows.append(
                {
                    "month": moment.astimezone(self.zone).strftime("%Y-%m"),
                    "topic": topic,
                    "region": region or "unknown",
                    "citizenship": citizenship or "hidden",
                    "language": locale,
                    **{name: _cell(value) for name, value in zip(FACTS, facts, strict=True)},
                }
            )
        return rows


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
