"""Engine and session factory."""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

from sqlalchemy import event
from sqlalchemy.engine import make_url
from sqlalchemy.ext.asyncio import (
    AsyncEngine,
    AsyncSession,
    async_sessionmaker,
    create_async_engine,
)

from bot.db.scope import CACHE, WRITER, Accounts, TrackedSession
from bot.db.sqlite_inline import BUSY_TIMEOUT_S, inline_connector

POOL_SIZE = 10


def build_engine(url: str, *, pool_size: int = POOL_SIZE, pool_timeout: float = 30) -> AsyncEngine:
    """An update holds at most one connection (see `bot.db.scope`), so `pool_size` bounds how
    many updates touch the database at the same moment; the rest wait their turn."""
    parsed = make_url(url)
    pool: dict[str, Any] = {
        "pool_size": pool_size,
        "max_overflow": 0,
        "pool_timeout": pool_timeout,
    }
    if parsed.get_backend_name() == "sqlite":
        if parsed.database and parsed.database != ":memory:":
            Path(parsed.database).parent.mkdir(parents=True, exist_ok=True)
            engine = create_async_engine(
                url, async_creator=inline_connector(parsed.database), **pool
            )
        else:
            engine = create_async_engine(url, connect_args={"timeout": 30})
        event.listen(engine.sync_engine, "connect", _sqlite_pragmas)
        return engine
    return create_async_engine(url, pool_pre_ping=True, pool_recycle=1800, **pool)


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")  # WAL: durable at checkpoints, never corrupt
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute(f"PRAGMA busy_timeout={int(BUSY_TIMEOUT_S * 1000)}")
    cursor.close()


def build_session_factory(
    engine: AsyncEngine, accounts: Accounts | None = None
) -> async_sessionmaker[AsyncSession]:
    """Sessions that track their writes and tell the account cache what they changed; on
    SQLite their write transactions queue on one lock (see `bot.db.scope`)."""
    info: dict[str, Any] = {CACHE: accounts}
    if engine.dialect.name == "sqlite":
        info[WRITER] = asyncio.Lock()
    return async_sessionmaker(
        engine, expire_on_commit=False, sync_session_class=TrackedSession, info=info
    )
