"""`qorgau stats` and `qorgau export`: the figures and the anonymised CSV for operators, from
the database the bot uses (the same services as /stats and /export)."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from zoneinfo import ZoneInfo

from bot.config import Settings
from bot.services.export import Export
from bot.services.stats_model import Stats


async def stats(settings: Settings, since_text: str | None, as_json: bool) -> None:
    from bot.crypto import load_cipher
    from bot.db.engine import build_engine, build_session_factory
    from bot.db.migrate import upgrade
    from bot.services.clock import utcnow
    from bot.services.stats import StatsService, parse_since

    zone = ZoneInfo(settings.timezone)
    since = parse_since(since_text, zone)
    if settings.is_sqlite:
        await upgrade(settings.database_url)
    key = settings.data_key.get_secret_value() if settings.data_key else None
    cipher = load_cipher(key, settings.data_dir, generate=settings.is_sqlite)
    engine = build_engine(settings.database_url)
    async with build_session_factory(engine)() as session:
        figures = await StatsService(session, utcnow, cipher, settings.sla(), zone).compute(since)
    await engine.dispose()
    if as_json:
        sys.stdout.write(json.dumps(figures.as_json(), ensure_ascii=False, indent=2) + "\n")
    else:
        sys.stdout.write(text(figures) + "\n")


def text(figures: Stats) -> str:
    """The figures for a terminal, in English (codes, not translated labels)."""
    data = figures.as_json()
    cases = data["cases"]
    lines = [f"Cases: {cases['total']} (reopened {cases['reopened']})"]
    for name in ("status", "priority", "topic", "region", "language", "outcome"):
        lines.append(f"  by {name}: " + _pairs(cases[name]))
    lines.append("Times (median / p90):")
    for name, spread in data["times"].items():
        lines.append(
            f"  {name}: {_time(spread['median_s'])} / {_time(spread['p90_s'])}"
            f" ({spread['count']} cases)"
        )
    for group, shares in data["sla"].items():
        kept = ", ".join(
            f"{key} {round(100 * s['kept'] / s['due'])}% ({s['kept']}/{s['due']})"
            for key, s in shares.items()
        )
        lines.append(f"SLA kept by {group}: {kept or '-'}")
    backlog = dict(data["backlog"])
    oldest = backlog.pop("oldest")
    lines.append("Open cases by age: " + _pairs(backlog))
    if oldest:
        lines.append(f"  waiting longest: {oldest['ref']}, {_time(oldest['waiting_s'])}")
    happy = data["satisfaction"]
    lines.append(
        f"Rating: average {happy['average']} ({_pairs(happy['ratings'])}); "
        f"solved yes {happy['solved']['yes']}, no {happy['solved']['no']}"
    )
    votes = data["votes"]
    disliked = ", ".join(f"{v['article']} (-{v['down']})" for v in votes["most_disliked"])
    lines.append(f"Article votes: up {votes['up']}, down {votes['down']}; {disliked or '-'}")
    gaps = ", ".join(f'"{g["query"]}" [{g["locale"]}] x{g["count"]}' for g in data["gaps"])
    lines.append(f"Unanswered questions (90 days): {gaps or '-'}")
    lines.append("Users by language: " + _pairs(data["users_by_language"]))
    trend = ", ".join(f"{d['day']} +{d['new']}/-{d['closed']}" for d in data["trend"])
    lines.append(f"Last 7 days (new/closed): {trend}")
    return "\n".join(lines)


def _pairs(counts: dict[str, int]) -> str:
    return ", ".join(f"{key} {value}" for key, value in counts.items()) or "-"


def _time(seconds: float | None) -> str:
    if seconds is None:
        return "-"
    if seconds < 3600:
        return f"{seconds / 60:.0f} min"
    if seconds < 2 * 86400:
        return f"{seconds / 3600:.1f} h"
    return f"{seconds / 86400:.1f} d"


async def export(settings: Settings) -> Export:
    from bot.db.engine import build_engine, build_session_factory
    from bot.db.migrate import upgrade
    from bot.services.clock import utcnow
    from bot.services.export import ExportService

    if settings.is_sqlite:
        await upgrade(settings.database_url)
    engine = build_engine(settings.database_url)
    zone = ZoneInfo(settings.timezone)
    async with build_session_factory(engine)() as session:
        done = await ExportService(session, utcnow, zone, settings.export_k).export(None)
    await engine.dispose()
    return done


def write_export(done: Export, out: Path | None, k: int) -> None:
    if out is None:
        sys.stdout.write(done.csv)
    else:
        out.write_text(done.csv, encoding="utf-8")
    result = done.result
    sys.stderr.write(
        f"{len(result.rows)} of {done.cases} cases exported (k = {k}): "
        f"{result.generalised} generalised, {result.suppressed} suppressed, "
        f"{result.left_out} left out" + (f"; written to {out}" if out else "") + "\n"
    )
