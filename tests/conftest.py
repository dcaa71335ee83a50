"""Shared fixtures: databases (SQLite always; PostgreSQL and Redis from the environment),
a controllable clock, and the real app built by the composition root on a local Bot session."""

from __future__ import annotations

import asyncio
import datetime as dt
import functools
import os
import secrets
import subprocess
import sys
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import pytest
from cryptography.fernet import Fernet
from sqlalchemy import text
from sqlalchemy.engine import make_url

from bot.app import App, create_app
from bot.config import Settings
from bot.console.harness import Harness
from bot.console.session import LocalSession
from bot.db.engine import build_engine
from bot.db.migrate import upgrade_sync
from bot.db.models import Base
from bot.kb.check import check
from bot.kb.model import KnowledgeBase

ROOT = Path(__file__).resolve().parents[1]
TEST_KEY = Fernet.generate_key().decode()
PG_URL = os.environ.get("TEST_POSTGRES_URL")  # e.g. postgresql+asyncpg://postgres@127.0.0.1/test
REDIS_URL = os.environ.get("TEST_REDIS_URL")  # e.g. redis://127.0.0.1:6379/15


def qorgau(*args: str, **env: str) -> subprocess.CompletedProcess[str]:
    """Run `python -m bot ARGS` from the repository with extra environment variables."""
    return subprocess.run(
        [sys.executable, "-m", "bot", *args],
        cwd=ROOT,
        env={**os.environ, **env},
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


class FakeClock:
    def __init__(self) -> None:
        self.now = dt.datetime(2026, 12, 3, 10, 0, tzinfo=dt.UTC)  # a Thursday, duty hours

    def __call__(self) -> dt.datetime:
        return self.now

    def advance(self, **delta: float) -> None:
        self.now += dt.timedelta(**delta)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


def _admin_url(url: str, database: str) -> str:
    return make_url(url).set(database=database).render_as_string(hide_password=False)


async def _pg_execute(url: str, *statements: str) -> None:
    engine = build_engine(url)
    async with engine.connect() as connection:
        connection = await connection.execution_options(isolation_level="AUTOCOMMIT")
        for statement in statements:
            await connection.execute(text(statement))
    await engine.dispose()


@pytest.fixture(scope="session")
def pg_database() -> Iterator[str]:
    """A fresh PostgreSQL database for this test run, migrated to head, dropped at the end."""
    if not PG_URL:
        pytest.skip("TEST_POSTGRES_URL is not set (the README test command sets it)")
    # named after the database TEST_POSTGRES_URL points at (e.g. test_4242_a1b2c3)
    base = make_url(PG_URL).database or "qorgau"
    name = f"{base}_{os.getpid()}_{secrets.token_hex(3)}"
    url = _admin_url(PG_URL, name)
    _in_thread(lambda: asyncio.run(_pg_execute(PG_URL, f'CREATE DATABASE "{name}"')))
    _in_thread(lambda: upgrade_sync(url))
    yield url
    drop = f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'
    _in_thread(lambda: asyncio.run(_pg_execute(PG_URL, drop)))


def _in_thread(work: Callable[[], object]) -> None:
    """Run blocking set-up outside any running event loop (fixtures may be called from one)."""
    with ThreadPoolExecutor(max_workers=1) as pool:
        pool.submit(work).result()


async def _truncate(url: str) -> None:
    tables = ", ".join(f'"{table.name}"' for table in Base.metadata.sorted_tables)
    await _pg_execute(url, f"TRUNCATE {tables} RESTART IDENTITY CASCADE")


@pytest.fixture(params=["sqlite", "postgresql"])
async def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> AsyncIterator[str]:
    """Each test that takes this runs on SQLite and on PostgreSQL."""
    if request.param == "sqlite":
        url = f"sqlite+aiosqlite:///{tmp_path / 'qorgau.db'}"
        await asyncio.to_thread(upgrade_sync, url)
        yield url
    else:
        url = request.getfixturevalue("pg_database")
        await _truncate(url)
        yield url


@pytest.fixture
async def sqlite_url(tmp_path: Path) -> str:
    url = f"sqlite+aiosqlite:///{tmp_path / 'qorgau.db'}"
    await asyncio.to_thread(upgrade_sync, url)
    return url


def make_settings(database_url: str, tmp_path: Path, **overrides: Any) -> Settings:
    values: dict[str, Any] = {
        "DATABASE_URL": database_url,
        "KNOWLEDGE_DIR": ROOT / "knowledge",
        "LOCALES_DIR": ROOT / "locales",
        "DATA_KEY": TEST_KEY,
        "DATA_DIR": tmp_path / "data",
        "ADMIN_IDS": "",
        "SLA_P1_MINUTES": 10,
        "SLA_P2_MINUTES": 20,
        "SLA_P3_MINUTES": 30,
    }
    values.update(overrides)
    return Settings(_env_file=None, **values)  # type: ignore[call-arg]


@functools.cache
def _repository_knowledge() -> KnowledgeBase:
    """The repository's knowledge base, validated once per test run (apps share it)."""
    report = check(ROOT / "knowledge", dt.date(2026, 12, 3))
    assert report.errors == []
    return report.kb


async def _no_wait(seconds: float) -> None:
    """Tests do not sit out Telegram's back-off."""


class Bot:
    """One running bot in a test: the app, its local Telegram session and people to drive it."""

    def __init__(self, app: App, session: LocalSession) -> None:
        self.app = app
        self.session = session
        self.harness = Harness(app.dispatcher, app.bot, session)

    def person(self, user_id: int, name: str = "P", language_code: str | None = "ru") -> Any:
        return self.harness.person(user_id, name, language_code)


MakeBot = Callable[..., Awaitable[Bot]]


@pytest.fixture
async def make_bot(tmp_path: Path, clock: FakeClock) -> AsyncIterator[MakeBot]:
    apps: list[App] = []

    async def make(database_url: str, **overrides: Any) -> Bot:
        session = LocalSession()
        settings = make_settings(database_url, tmp_path, **overrides)
        shared = "KNOWLEDGE_DIR" not in overrides and "DEFAULT_LOCALE" not in overrides
        app = create_app(
            settings,
            session=session,
            clock=clock,
            token="42:TEST",
            sleep=_no_wait,
            knowledge=_repository_knowledge() if shared else None,
        )
        apps.append(app)
        return Bot(app, session)

    yield make
    for app in apps:
        await app.close()


@pytest.fixture
async def bot(make_bot: MakeBot, sqlite_url: str) -> Bot:
    return await make_bot(sqlite_url)
