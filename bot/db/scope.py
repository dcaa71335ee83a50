"""One database session per update, and what it wrote.

The session middleware opens the update's session and makes it *current* (a context variable);
everything that needs the database during the update (services, FSM storage, the notifier) uses
that session through `session_for`, so an update never holds two connections and a small pool
can never deadlock. Outside an update (jobs, the command line) `session_for` opens its own.

Each session records whether it wrote anything (so an update that changed nothing commits
nothing) and which accounts it touched (so the account cache forgets them after commit or
rollback), and runs callbacks registered for a rollback (so in-memory caches never keep what the
database threw away)."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Callable, Iterable
from contextlib import asynccontextmanager
from contextvars import ContextVar
from typing import Protocol

from sqlalchemy import event
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker
from sqlalchemy.orm import ORMExecuteState, Session, SessionTransaction, UOWTransaction
from sqlalchemy.util import await_only

CURRENT: ContextVar[AsyncSession | None] = ContextVar("qorgau_session", default=None)
WROTE, TOUCHED, KNOWN, ON_ROLLBACK = "wrote", "touched", "known", "on_rollback"
CACHE = "account_cache"
WRITER, HOLDS = "writer_lock", "holds_writer_lock"
# Execution option of a statement on `users`: `{id: {column: value}}` when exactly these values
# are set (the cached account is updated after the commit), or `(id, …)` when those accounts
# change otherwise (they are forgotten). Without it, every cached account is forgotten.
ACCOUNTS = "accounts"
EVERYONE = -1  # "some accounts changed, which ones is not known": forget them all


class Accounts(Protocol):
    """What sessions tell the account cache after a commit or a rollback."""

    def forget(self, ids: Iterable[int]) -> None: ...

    def apply(self, user_id: int, values: dict[str, object]) -> None: ...


class TrackedSession(Session):
    """A Session that remembers whether it wrote and which accounts (users rows) it changed."""


def has_writes(session: AsyncSession) -> bool:
    sync = session.sync_session
    return bool(sync.info.get(WROTE) or sync.new or sync.dirty or sync.deleted)


def on_rollback(session: AsyncSession, callback: Callable[[], None]) -> None:
    """Run `callback` if the current transaction is rolled back (forget a cached write)."""
    session.sync_session.info.setdefault(ON_ROLLBACK, []).append(callback)


@asynccontextmanager
async def session_for(sessions: async_sessionmaker[AsyncSession]) -> AsyncIterator[AsyncSession]:
    """The current update's session (its owner commits), or a new one committed at the end."""
    current = CURRENT.get()
    if current is not None:
        yield current
        return
    async with sessions() as session:
        yield session
        if has_writes(session):
            await session.commit()


@asynccontextmanager
async def work_scope(sessions: async_sessionmaker[AsyncSession]) -> AsyncIterator[AsyncSession]:
    """The session of one piece of work (an update, or one run of a job): current while it runs,
    so everything inside shares it and its writes are committed before anything is sent;
    committed at the end if it wrote anything; rolled back (with its rollback callbacks) if the
    work failed."""
    async with sessions() as session:
        token = CURRENT.set(session)
        try:
            yield session
            if has_writes(session):
                await session.commit()
        except BaseException:
            await session.rollback()
            raise
        finally:
            CURRENT.reset(token)


async def commit_pending() -> None:
    """Commit what the current update wrote so far: called before anything is sent, so what the
    bot confirms to a person is on disk first."""
    session = CURRENT.get()
    if session is not None and has_writes(session):
        await session.commit()


def _settle_accounts(session: Session, *, committed: bool) -> None:
    touched: set[int] = session.info.pop(TOUCHED, set())
    known: dict[int, dict[str, object]] = session.info.pop(KNOWN, {})
    cache: Accounts | None = session.info.get(CACHE)
    if cache is None:
        return
    if committed:
        for user_id, values in known.items():
            if user_id not in touched:
                cache.apply(user_id, values)
    else:
        touched.update(known)
    cache.forget(touched)


def _take_writer(session: Session) -> None:
    """SQLite lets one connection write at a time and makes the others sleep and poll; inside
    one process the writers queue on an asyncio lock instead, from their first write to the end
    of their transaction (which never waits for Telegram: see `commit_pending`)."""
    lock: asyncio.Lock | None = session.info.get(WRITER)
    if lock is not None and not session.info.get(HOLDS):
        session.connection()  # the holder has its connection, so it can always finish
        await_only(lock.acquire())
        session.info[HOLDS] = True


@event.listens_for(TrackedSession, "before_flush")
def _before_flush(session: Session, _flush: UOWTransaction, _instances: object) -> None:
    if session.new or session.dirty or session.deleted:
        _take_writer(session)


@event.listens_for(TrackedSession, "after_transaction_end")
def _transaction_end(session: Session, transaction: SessionTransaction) -> None:
    if transaction.parent is None and session.info.pop(HOLDS, False):
        session.info[WRITER].release()


@event.listens_for(TrackedSession, "after_flush")
def _after_flush(session: Session, _flush: UOWTransaction) -> None:
    session.info[WROTE] = True
    from bot.db.models import User

    ids = {
        instance.id
        for instance in (*session.new, *session.dirty, *session.deleted)
        if isinstance(instance, User)
    }
    if ids:
        session.info.setdefault(TOUCHED, set()).update(ids)


@event.listens_for(TrackedSession, "do_orm_execute")
def _on_execute(state: ORMExecuteState) -> None:
    if not (state.is_insert or state.is_update or state.is_delete):
        return
    info = state.session.info
    _take_writer(state.session)
    info[WROTE] = True
    table = getattr(state.statement, "table", None)
    if getattr(table, "name", None) == "users":
        # the statement says whom it changes; if it does not, every cached account is forgotten
        accounts = state.execution_options.get(ACCOUNTS, (EVERYONE,))
        if isinstance(accounts, dict):
            known = info.setdefault(KNOWN, {})
            for user_id, values in accounts.items():
                known.setdefault(user_id, {}).update(values)
        else:
            info.setdefault(TOUCHED, set()).update(accounts)


@event.listens_for(TrackedSession, "after_commit")
def _after_commit(session: Session) -> None:
    session.info[WROTE] = False
    session.info.pop(ON_ROLLBACK, None)
    _settle_accounts(session, committed=True)


@event.listens_for(TrackedSession, "after_rollback")
def _after_rollback(session: Session) -> None:
    session.info[WROTE] = False
    for callback in session.info.pop(ON_ROLLBACK, []):
        callback()
    _settle_accounts(session, committed=False)
