"""SQLite for the async engine without a thread per connection.

aiosqlite runs every call (cursor, execute, fetch, commit, rollback) on a worker thread and hands
the result back to the event loop: measured here, about 0.1 ms of CPU per hop and five hops for
one query, which was most of what an update cost. A local SQLite file in WAL mode answers the same
calls in microseconds, so this connection runs them inline on the event loop, behind the same
asyncio interface that SQLAlchemy's aiosqlite dialect drives (`async_creator`).

It is safe because nothing here ever waits long: readers never wait in WAL mode, and writers in
this process queue on an asyncio lock before their first write (`bot.db.scope`), so SQLite's own
busy wait (which would block the loop) only happens when another process writes at the very same
moment, and is bounded by a short busy timeout."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterable, Sequence
from typing import Any

BUSY_TIMEOUT_S = 5.0


class InlineCursor:
    def __init__(self, cursor: sqlite3.Cursor) -> None:
        self._cursor = cursor

    async def __aenter__(self) -> InlineCursor:
        return self

    async def __aexit__(self, *_: object) -> None:
        self._cursor.close()

    @property
    def description(self) -> Any:
        return self._cursor.description

    @property
    def rowcount(self) -> int:
        return self._cursor.rowcount

    @property
    def lastrowid(self) -> int | None:
        return self._cursor.lastrowid

    @property
    def arraysize(self) -> int:
        return self._cursor.arraysize

    @arraysize.setter
    def arraysize(self, value: int) -> None:
        self._cursor.arraysize = value

    async def execute(self, sql: str, parameters: Sequence[Any] = ()) -> InlineCursor:
        self._cursor.execute(sql, parameters)
        return self

    async def executemany(self, sql: str, parameters: Iterable[Sequence[Any]]) -> InlineCursor:
        self._cursor.executemany(sql, parameters)
        return self

    async def fetchone(self) -> Any:
        return self._cursor.fetchone()

    async def fetchmany(self, size: int | None = None) -> list[Any]:
        return self._cursor.fetchmany(size if size is not None else self._cursor.arraysize)

    async def fetchall(self) -> list[Any]:
        return self._cursor.fetchall()

    async def close(self) -> None:
        self._cursor.close()


class InlineConnection:
    """The part of `aiosqlite.Connection` that SQLAlchemy's dialect uses."""

    def __init__(self, connection: sqlite3.Connection) -> None:
        self._connection: sqlite3.Connection | None = connection

    @property
    def _open(self) -> sqlite3.Connection:
        if self._connection is None:
            raise ValueError("Connection closed")
        return self._connection

    @property
    def isolation_level(self) -> str | None:
        return self._open.isolation_level

    @isolation_level.setter
    def isolation_level(self, value: Any) -> None:
        self._open.isolation_level = value

    def cursor(self) -> InlineCursor:
        return InlineCursor(self._open.cursor())

    async def execute(self, sql: str, parameters: Sequence[Any] = ()) -> InlineCursor:
        return await self.cursor().execute(sql, parameters)

    async def create_function(
        self, name: str, arity: int, function: Callable[..., Any], **options: Any
    ) -> None:
        self._open.create_function(name, arity, function, **options)

    async def commit(self) -> None:
        self._open.commit()

    async def rollback(self) -> None:
        self._open.rollback()

    async def close(self) -> None:
        if self._connection is not None:
            self._connection.close()
            self._connection = None

    def stop(self) -> None:
        if self._connection is not None:
            self._connection.close()
            self._connection = None


def inline_connector(path: str) -> Callable[[], Any]:
    """`async_creator` for `create_async_engine("sqlite+aiosqlite:///…")`."""

    async def connect() -> InlineConnection:
        connection = sqlite3.connect(path, timeout=BUSY_TIMEOUT_S, check_same_thread=False)
        return InlineConnection(connection)

    return connect
