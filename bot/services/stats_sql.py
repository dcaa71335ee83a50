"""Portable SQL pieces of the statistics: seconds between two timestamps, and nearest-rank
percentiles with window functions. They compile to SQLite and to PostgreSQL."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, Float, case, func, select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.compiler import SQLCompiler
from sqlalchemy.sql.functions import FunctionElement

from bot.db.models import Ticket


class seconds_between(FunctionElement[float]):
    """`later - earlier` in seconds: julianday() on SQLite, EXTRACT(EPOCH …) on PostgreSQL."""

    type = Float()
    name = "seconds_between"
    inherit_cache = True


@compiles(seconds_between, "sqlite")
def _sqlite_seconds(element: seconds_between, compiler: SQLCompiler, **kw: Any) -> str:
    later, earlier = (compiler.process(arg, **kw) for arg in element.clauses)
    return f"((julianday({later}) - julianday({earlier})) * 86400.0)"


@compiles(seconds_between)
def _pg_seconds(element: seconds_between, compiler: SQLCompiler, **kw: Any) -> str:
    later, earlier = (compiler.process(arg, **kw) for arg in element.clauses)
    return f"EXTRACT(EPOCH FROM ({later} - {earlier}))"


@dataclass(frozen=True, slots=True)
class Spread:
    """Median and 90th percentile of a duration in seconds, over `count` cases."""

    count: int
    median: float | None
    p90: float | None

    def as_json(self) -> dict[str, float | int | None]:
        return {"count": self.count, "median_s": _round(self.median), "p90_s": _round(self.p90)}


def _round(value: float | None) -> float | None:
    return None if value is None else round(value, 1)


async def spread(
    session: AsyncSession, duration: ColumnElement[float], *where: ColumnElement[bool]
) -> Spread:
    """Nearest-rank median and p90 in one query: the smallest value whose rank reaches p·n.
    The database sorts the durations; only three numbers come back. `where` must leave out
    the rows whose duration is NULL (tested on the timestamp columns: that is cheaper than
    computing the duration twice)."""
    values = select(duration.label("d")).where(*where).subquery()
    ranked = select(
        values.c.d,
        func.row_number().over(order_by=values.c.d).label("rn"),
        func.count().over().label("n"),
    ).subquery()
    row = (
        await session.execute(
            select(
                func.max(ranked.c.n),
                func.min(case((ranked.c.rn >= ranked.c.n * 0.5, ranked.c.d))),
                func.min(case((ranked.c.rn >= ranked.c.n * 0.9, ranked.c.d))),
            )
        )
    ).one()
    count, median, p90 = row
    return Spread(int(count or 0), _float(median), _float(p90))


def _float(value: object) -> float | None:
    """To a tenth of a second: julianday() on SQLite is exact to about a millisecond."""
    return None if value is None else round(float(value), 1)  # type: ignore[arg-type]


async def spreads(
    session: AsyncSession,
    durations: Mapping[str, tuple[ColumnElement[float], ColumnElement[bool]]],
    window: ColumnElement[bool],
) -> dict[str, Spread]:
    """Several durations' spreads. PostgreSQL reads the cases once and sorts each duration
    inside the aggregate (`percentile_disc`, the same nearest rank); SQLite, which has no
    ordered-set aggregates, ranks each duration with window functions."""
    if session.get_bind().dialect.name != "postgresql":
        return {
            name: await spread(session, duration, window, where)
            for name, (duration, where) in durations.items()
        }
    columns = []
    for duration, where in durations.values():
        columns += [
            func.count(duration).filter(where),
            func.percentile_disc(0.5).within_group(duration).filter(where),
            func.percentile_disc(0.9).within_group(duration).filter(where),
        ]
    row = (await session.execute(select(*columns).select_from(Ticket).where(window))).one()
    return {
        name: Spread(int(row[3 * n] or 0), _float(row[3 * n + 1]), _float(row[3 * n + 2]))
        for n, name in enumerate(durations)
    }
