"""`qorgau jobs`: what scheduled work there is, per kind, for operators (no ids, no texts)."""

from __future__ import annotations

import datetime as dt

from bot.config import Settings
from bot.db.engine import build_engine, build_session_factory
from bot.db.migrate import upgrade
from bot.jobs.timers import HANDLERS
from bot.services.clock import utcnow
from bot.services.timers import Counts, TimerService

# due longer than this and still not done: stuck (the timers job runs every half minute)
OVERDUE_AFTER = dt.timedelta(minutes=10)
HEADER = f"{'kind':<10} {'later':>7} {'due':>7} {'overdue':>8} {'done':>7}"


async def counts(settings: Settings) -> list[Counts]:
    if settings.is_sqlite:
        await upgrade(settings.database_url)
    engine = build_engine(settings.database_url)
    try:
        async with build_session_factory(engine)() as session:
            found = {
                row.kind: row for row in await TimerService(session, utcnow).counts(OVERDUE_AFTER)
            }
    finally:
        await engine.dispose()
    kinds = [*HANDLERS, *sorted(set(found) - set(HANDLERS))]  # every kind, even with none
    return [found.get(kind, Counts(kind, 0, 0, 0, 0)) for kind in kinds]


def table(rows: list[Counts]) -> str:
    lines = [HEADER]
    lines += [f"{r.kind:<10} {r.later:>7} {r.due:>7} {r.overdue:>8} {r.done:>7}" for r in rows]
    lines.append(
        f"(overdue: due more than {int(OVERDUE_AFTER.total_seconds() // 60)} min ago, not done)"
    )
    return "\n".join(lines)
