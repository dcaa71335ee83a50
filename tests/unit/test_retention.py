"""Retention purge on SQLite and PostgreSQL: old closed cases lose their texts once, in bounded
batches, and a purge with nothing new reads one index and writes nothing."""

from __future__ import annotations

import datetime as dt
import itertools

import pytest
from sqlalchemy import event, insert, select, update
from sqlalchemy.dialects import sqlite

from bot.db.engine import build_engine, build_session_factory
from bot.db.models import LawyerProfile, Ticket, TicketMessage, User
from bot.services.retention import BATCH, candidates, purge_closed

KEEP = dt.timedelta(days=180)
REFS = itertools.count()
KEPT = ["token-description", "token-phone", "token-body", None, "token-caption", "file-id"]


@pytest.fixture
async def engine(db_url: str):
    engine = build_engine(db_url)
    yield engine
    await engine.dispose()


@pytest.fixture
def sessions(engine):
    return build_session_factory(engine)


async def _case(
    sessions, clock, *, status: str = "closed", closed_days_ago: float | None = 200
) -> int:
    """A case of client 1 with a description, a phone, a text message and a photo."""
    now = clock()
    async with sessions() as session:
        if await session.get(User, 1) is None:
            session.add(User(id=1, role="client", created_at=now))
            await session.flush()
        ticket = Ticket(
            ref=f"Q-{next(REFS):04}",
            client_id=1,
            topic="employment",
            locale="ru",
            status=status,
            description="token-description",
            contact_phone="token-phone",
            created_at=now - dt.timedelta(days=400),
            closed_at=None
            if closed_days_ago is None
            else now - dt.timedelta(days=closed_days_ago),
        )
        session.add(ticket)
        await session.flush()
        session.add_all(
            [
                TicketMessage(
                    ticket_id=ticket.id, author="client", body="token-body", created_at=now
                ),
                TicketMessage(
                    ticket_id=ticket.id,
                    author="client",
                    kind="photo",
                    body="token-caption",
                    file_id="file-id",
                    created_at=now,
                ),
            ]
        )
        await session.commit()
        return ticket.id


async def _texts(sessions, ticket_id: int) -> list[str | None]:
    async with sessions() as session:
        ticket = await session.get(Ticket, ticket_id)
        assert ticket is not None
        messages = await session.scalars(
            select(TicketMessage)
            .where(TicketMessage.ticket_id == ticket_id)
            .order_by(TicketMessage.id)
        )
        return [ticket.description, ticket.contact_phone] + [
            value for message in messages for value in (message.body, message.file_id)
        ]


async def _purge(sessions, clock, **kwargs) -> int:
    async with sessions() as session:
        return await purge_closed(session, clock, KEEP, **kwargs)


async def test_old_closed_cases_are_wiped_recent_and_open_ones_kept(sessions, clock) -> None:
    old = await _case(sessions, clock, closed_days_ago=200)
    recent = await _case(sessions, clock, closed_days_ago=10)
    waiting = await _case(sessions, clock, status="new", closed_days_ago=None)
    claimed = await _case(sessions, clock, status="claimed", closed_days_ago=None)

    assert await _purge(sessions, clock) == 1

    assert await _texts(sessions, old) == [None] * 6
    for kept in (recent, waiting, claimed):
        assert await _texts(sessions, kept) == KEPT
    async with sessions() as session:
        wiped = {t.id: t.wiped_at for t in await session.scalars(select(Ticket))}
        row = await session.get(Ticket, old)
        assert row is not None and row.status == "closed" and row.client_id == 1
    assert wiped[old] is not None and {wiped[recent], wiped[waiting], wiped[claimed]} == {None}


async def test_a_second_purge_wipes_nothing_and_only_reads_the_index(
    sessions, engine, clock
) -> None:
    await _case(sessions, clock, closed_days_ago=200)
    assert await _purge(sessions, clock) == 1

    statements: list[str] = []

    def record(_conn, _cursor, statement, *_args) -> None:
        statements.append(statement)

    event.listen(engine.sync_engine, "before_cursor_execute", record)
    try:
        clock.advance(hours=1)
        assert await _purge(sessions, clock) == 0
    finally:
        event.remove(engine.sync_engine, "before_cursor_execute", record)
    assert len(statements) == 1 and statements[0].lstrip().startswith("SELECT")


async def test_a_recent_case_is_wiped_once_its_time_comes(sessions, clock) -> None:
    first = await _case(sessions, clock, closed_days_ago=200)
    later = await _case(sessions, clock, closed_days_ago=179)
    assert await _purge(sessions, clock) == 1
    clock.advance(days=2)
    assert await _purge(sessions, clock) == 1
    assert await _texts(sessions, first) == await _texts(sessions, later) == [None] * 6
    assert await _purge(sessions, clock) == 0


async def test_a_case_erased_by_forget_is_not_counted(sessions, clock) -> None:
    erased = await _case(sessions, clock, closed_days_ago=200)
    async with sessions() as session:  # what /forget leaves: closed, no client, no texts
        await session.execute(
            update(Ticket)
            .where(Ticket.id == erased)
            .values(description=None, contact_phone=None, client_id=None)
        )
        await session.execute(
            update(TicketMessage)
            .where(TicketMessage.ticket_id == erased)
            .values(body=None, file_id=None)
        )
        await session.commit()
    wiped = await _case(sessions, clock, closed_days_ago=200)

    assert await _purge(sessions, clock) == 1  # only the case that still held texts
    assert await _texts(sessions, wiped) == [None] * 6
    async with sessions() as session:
        ticket = await session.get(Ticket, erased)
        assert ticket is not None and ticket.wiped_at is not None  # marked: never read again
    assert await _purge(sessions, clock) == 0


async def test_more_cases_than_one_batch_are_all_wiped(sessions, clock) -> None:
    now = clock()
    count = BATCH + 7
    async with sessions() as session:
        session.add(User(id=1, role="client", created_at=now))
        await session.flush()
        await session.execute(
            insert(Ticket),
            [
                {
                    "ref": f"R-{n:04}",
                    "client_id": 1,
                    "topic": "employment",
                    "locale": "ru",
                    "status": "closed",
                    "description": "token",
                    "created_at": now - dt.timedelta(days=300),
                    "closed_at": now - dt.timedelta(days=200, minutes=n),
                    "announce_count": 0,
                }
                for n in range(count)
            ],
        )
        ids = list(await session.scalars(select(Ticket.id)))
        await session.execute(
            insert(TicketMessage),
            [
                {"ticket_id": i, "author": "client", "body": "token", "created_at": now}
                for i in ids
            ],
        )
        await session.commit()

    assert await _purge(sessions, clock) == count
    async with sessions() as session:
        assert list(await session.scalars(select(Ticket.description).distinct())) == [None]
        assert list(await session.scalars(select(TicketMessage.body).distinct())) == [None]
        assert None not in set(await session.scalars(select(Ticket.wiped_at)))
    assert await _purge(sessions, clock) == 0


async def test_small_batches_wipe_everything_too(sessions, clock) -> None:
    ids = [await _case(sessions, clock, closed_days_ago=200 + n) for n in range(7)]
    assert await _purge(sessions, clock, batch=3) == 7
    for ticket_id in ids:
        assert await _texts(sessions, ticket_id) == [None] * 6


async def test_closing_and_purging_use_indexes(sqlite_url: str, clock) -> None:
    """SQLite's plans: clearing a closed case's active marks and finding what to purge never
    scan a whole table."""
    statements = [
        update(User).where(User.active_ticket_id == 7).values(active_ticket_id=None),
        update(LawyerProfile)
        .where(LawyerProfile.active_ticket_id == 7)
        .values(active_ticket_id=None),
        candidates(clock() - KEEP, BATCH),
    ]
    engine = build_engine(sqlite_url)
    try:
        async with engine.connect() as connection:
            plans = []
            for statement in statements:
                sql = statement.compile(
                    dialect=sqlite.dialect(), compile_kwargs={"literal_binds": True}
                )
                rows = await connection.exec_driver_sql(f"EXPLAIN QUERY PLAN {sql}")
                plans.append(" / ".join(str(row[-1]) for row in rows))
    finally:
        await engine.dispose()
    expected = [
        "ix_users_active_ticket_id",
        "ix_lawyer_profiles_active_ticket_id",
        "ix_tickets_unwiped",  # in closed_at order: no sort either
    ]
    for plan, index in zip(plans, expected, strict=True):
        assert plan.startswith("SEARCH") and f"INDEX {index} (" in plan, plan
        assert "SCAN" not in plan and "TEMP B-TREE" not in plan, plan
