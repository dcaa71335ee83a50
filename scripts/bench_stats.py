"""How long `qorgau stats --json` takes on a database of 100k cases and 50k users, on SQLite
and on PostgreSQL. Fills a fresh database (migrated to head) with generated cases, messages,
audit events, votes and gaps, then times the command as an operator runs it (the whole
process) and the statistics query alone. Prints figures; asserts nothing.

    .venv/bin/python scripts/bench_stats.py [--cases 100000] [--users 50000]
        [--postgres postgresql+asyncpg://postgres@127.0.0.1:5432/test] [--runs 3]
"""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import os
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from cryptography.fernet import Fernet
from sqlalchemy import insert, text
from sqlalchemy.engine import make_url

from bot.crypto import Cipher
from bot.db.engine import build_engine, build_session_factory
from bot.db.migrate import upgrade_sync
from bot.db.models import (
    ArticleVote,
    AuditEvent,
    ContentGap,
    LawyerProfile,
    Ticket,
    TicketMessage,
    User,
)
from bot.hours import Sla
from bot.services.stats import StatsService
from bot.services.triage import CITIZENSHIPS, OUTCOMES, REGIONS

ROOT = Path(__file__).resolve().parents[1]
NOW = dt.datetime.now(dt.UTC).replace(microsecond=0)
TOPICS = ("work", "registration", "patent", "asylum", "expulsion", "family", "housing", "other")
LOCALES = ("ru", "uz", "tg", "ky", "kk", "en", "prs", "ar")
LAWYERS = 20
CHUNK = 5000


def _rows(cases: int, users: int, cipher: Cipher) -> dict[Any, list[dict[str, Any]]]:
    rng = random.Random(12)
    year = dt.timedelta(days=365)
    people = [
        {"id": n, "locale": rng.choice(LOCALES), "role": "client", "consent_at": NOW,
         "created_at": NOW - year * rng.random()}
        for n in range(1, users + 1)
    ]  # fmt: skip
    staff = range(900_001, 900_001 + LAWYERS)
    people += [{"id": n, "locale": "ru", "role": "lawyer", "created_at": NOW} for n in staff]
    profiles = [{"user_id": n, "display_name": f"Lawyer {n % 100}"} for n in staff]
    tickets, messages, audits = [], [], []
    for n in range(1, cases + 1):
        created = NOW - year * rng.random() ** 2
        age = NOW - created
        lawyer = rng.choice(staff)
        claimed = created + dt.timedelta(minutes=rng.expovariate(1 / 90))
        replied = claimed + dt.timedelta(minutes=rng.expovariate(1 / 30))
        closed = replied + dt.timedelta(hours=rng.expovariate(1 / 48))
        status = (
            "closed" if closed < NOW and rng.random() < 0.95 else rng.choice(("new", "claimed"))
        )
        if claimed > NOW:
            status = "new"
        row = {
            "id": n, "ref": f"B{n:07d}", "client_id": rng.randint(1, users),
            "topic": rng.choice(TOPICS), "locale": rng.choice(LOCALES),
            "priority": rng.choices(("P1", "P2", "P3"), (1, 3, 6))[0],
            "region": rng.choice(REGIONS), "citizenship": rng.choice(CITIZENSHIPS),
            "status": status, "created_at": created, "announce_count": 0,
            "description": None,
        }  # fmt: skip
        audits.append({"at": created, "action": "open", "ticket_id": n})
        messages.append({"ticket_id": n, "author": "client", "author_id": row["client_id"],
                         "kind": "text", "delivered": True, "created_at": created})  # fmt: skip
        if status != "new":
            row |= {"assignee_id": lawyer, "claimed_at": claimed, "first_claimed_at": claimed}
            row |= {"first_reply_at": replied}
            audits.append({"at": claimed, "actor_id": lawyer, "action": "claim", "ticket_id": n})
            reply = {"ticket_id": n, "author": "lawyer", "author_id": lawyer}
            messages.append(reply | {"kind": "text", "delivered": True, "created_at": replied})
        if status == "closed":
            row |= {"closed_at": closed, "outcome": rng.choice(OUTCOMES)}
            if rng.random() < 0.5:
                row |= {"rating": rng.randint(1, 5), "solved": rng.random() < 0.7}
            audits.append({"at": closed, "actor_id": lawyer, "action": "close", "ticket_id": n})
            if rng.random() < 0.02:
                audits.append({"at": closed, "action": "reopen", "ticket_id": n})
        tickets.append(row | {"next_announce_at": None if age.days > 1 else created})
    votes = [
        {"article_id": f"article-{n % 60}", "user_id": n, "locale": "ru",
         "vote": rng.choice((1, 1, 1, -1)), "at": NOW - year * rng.random()}
        for n in range(1, min(users, 20_000) + 1)
    ]  # fmt: skip
    gaps = [
        {"query": cipher.encrypt(f"question {n % 300}"), "locale": rng.choice(LOCALES),
         "created_at": NOW - dt.timedelta(days=80 * rng.random())}
        for n in range(3000)
    ]  # fmt: skip
    return {
        User: people, LawyerProfile: profiles, Ticket: tickets, TicketMessage: messages,
        AuditEvent: audits, ArticleVote: votes, ContentGap: gaps,
    }  # fmt: skip


async def fill(url: str, cases: int, users: int, cipher: Cipher) -> None:
    engine = build_engine(url)
    async with engine.begin() as connection:
        for model, rows in _rows(cases, users, cipher).items():
            table = model.__table__
            keys = {key for row in rows for key in row}
            rows = [dict.fromkeys(keys) | row for row in rows]  # one shape for executemany
            for start in range(0, len(rows), CHUNK):
                await connection.execute(insert(table), rows[start : start + CHUNK])
        await connection.execute(text("ANALYZE"))  # planner statistics, as a live database has
    await engine.dispose()


async def in_process(url: str, cipher: Cipher) -> float:
    engine = build_engine(url)
    sla = Sla(dt.timedelta(minutes=30), dt.timedelta(hours=4), dt.timedelta(hours=24))
    async with build_session_factory(engine)() as session:
        started = time.perf_counter()
        await StatsService(session, lambda: NOW, cipher, sla, ZoneInfo("Asia/Almaty")).compute()
        took = time.perf_counter() - started
    await engine.dispose()
    return took


def command(url: str, key: str, data_dir: Path) -> float:
    env = {**os.environ, "DATABASE_URL": url, "DATA_KEY": key, "DATA_DIR": str(data_dir)}
    started = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "bot", "stats", "--json"],
        cwd=ROOT, env=env, check=True, capture_output=True, timeout=300,
    )  # fmt: skip
    return time.perf_counter() - started


def bench(name: str, url: str, args: argparse.Namespace, key: str, data_dir: Path) -> None:
    cipher = Cipher([key])
    upgrade_sync(url)
    started = time.perf_counter()
    asyncio.run(fill(url, args.cases, args.users, cipher))
    print(f"{name}: filled {args.cases} cases, {args.users} users in "
          f"{time.perf_counter() - started:.0f} s")  # fmt: skip
    queries = [asyncio.run(in_process(url, cipher)) for _ in range(args.runs)]
    whole = [command(url, key, data_dir) for _ in range(args.runs)]
    shown = ", ".join(f"{q:.2f}" for q in queries), ", ".join(f"{w:.2f}" for w in whole)
    print(f"{name}: statistics queries {shown[0]} s; `qorgau stats --json` {shown[1]} s")


async def _pg(url: str, *statements: str) -> None:
    engine = build_engine(url)
    async with engine.connect() as connection:
        connection = await connection.execution_options(isolation_level="AUTOCOMMIT")
        for statement in statements:
            await connection.execute(text(statement))
    await engine.dispose()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=int, default=100_000)
    parser.add_argument("--users", type=int, default=50_000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--postgres", default=os.environ.get("TEST_POSTGRES_URL"))
    args = parser.parse_args()
    key = Fernet.generate_key().decode()
    with tempfile.TemporaryDirectory() as folder:
        data_dir = Path(folder)
        bench("SQLite", f"sqlite+aiosqlite:///{data_dir / 'bench.db'}", args, key, data_dir)
        if not args.postgres:
            print("PostgreSQL: skipped (no --postgres / TEST_POSTGRES_URL)")
            return
        name = f"qorgau_bench_{os.getpid()}"
        url = make_url(args.postgres).set(database=name).render_as_string(hide_password=False)
        asyncio.run(_pg(args.postgres, f'CREATE DATABASE "{name}"'))
        try:
            bench("PostgreSQL", url, args, key, data_dir)
        finally:
            asyncio.run(_pg(args.postgres, f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))


if __name__ == "__main__":
    main()
