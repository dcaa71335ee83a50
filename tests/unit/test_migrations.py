"""`alembic upgrade head` produces exactly the schema the models describe, on both databases."""

from __future__ import annotations

import asyncio
import datetime as dt

import sqlalchemy as sa
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext

from alembic import command
from bot.db.engine import build_engine
from bot.db.migrate import alembic_config
from bot.db.models import Base


async def test_migrations_match_models(db_url: str) -> None:
    engine = build_engine(db_url)
    try:
        async with engine.connect() as connection:
            diff = await connection.run_sync(
                lambda sync: compare_metadata(
                    MigrationContext.configure(sync, opts={"compare_type": True}), Base.metadata
                )
            )
    finally:
        await engine.dispose()
    assert diff == []


def _tables() -> tuple[sa.TableClause, sa.TableClause, sa.TableClause]:
    """The three tables as revision 004 has them (the models already know 005's columns)."""
    at = sa.DateTime(timezone=True)
    users = sa.table("users", sa.column("id"), sa.column("role"), sa.column("created_at", at))
    tickets = sa.table(
        "tickets",
        *(sa.column(name) for name in ("id", "ref", "client_id", "topic", "locale", "priority")),
        *(sa.column(name) for name in ("status", "description", "announce_count")),
        sa.column("created_at", at),
        sa.column("closed_at", at),
    )
    messages = sa.table(
        "ticket_messages",
        *(sa.column(name) for name in ("ticket_id", "author", "kind", "body", "file_id")),
        sa.column("delivered", sa.Boolean()),
        sa.column("created_at", at),
    )
    return users, tickets, messages


async def test_005_marks_tickets_already_wiped_and_keeps_every_row(db_url: str) -> None:
    """Closed tickets without any text left (wiped by the old purge or by /forget) get
    `wiped_at`, so the new purge never reads them; the rest keep NULL. Down and up again, no
    row is lost (SQLite must not rebuild `tickets`: that would cascade to its messages)."""
    config = alembic_config(db_url)
    await asyncio.to_thread(command.downgrade, config, "004")
    try:
        users, tickets, messages = _tables()
        at = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)
        cases: dict[int, tuple[str, str | None, list[str | None]]] = {  # status, text, bodies
            1: ("closed", None, [None, None]),  # wiped by the old purge
            2: ("closed", None, []),  # erased by /forget, no messages
            3: ("closed", "token", [None]),  # closed, not yet old enough
            4: ("closed", None, ["token"]),  # a message still holds text
            5: ("new", None, []),  # open
        }
        engine = build_engine(db_url)
        try:
            async with engine.begin() as connection:
                await connection.execute(
                    sa.insert(users).values(id=1, role="client", created_at=at)
                )
                for ticket_id, (status, description, bodies) in cases.items():
                    await connection.execute(
                        sa.insert(tickets).values(
                            id=ticket_id, ref=f"Q-{ticket_id}", client_id=1, topic="employment",
                            locale="ru", priority="P3", status=status, description=description,
                            announce_count=0, created_at=at,
                            closed_at=at if status == "closed" else None,
                        )
                    )  # fmt: skip
                    for body in bodies:
                        await connection.execute(
                            sa.insert(messages).values(
                                ticket_id=ticket_id, author="client", kind="text", body=body,
                                file_id=None, delivered=True, created_at=at,
                            )
                        )  # fmt: skip
            await asyncio.to_thread(command.upgrade, config, "head")
            async with engine.connect() as connection:
                rows = await connection.execute(sa.text("SELECT id, wiped_at FROM tickets"))
                marked = {ticket_id for ticket_id, wiped_at in rows if wiped_at is not None}
                assert marked == {1, 2}
                count = sa.text("SELECT count(*) FROM ticket_messages")
                assert await connection.scalar(count) == 4
            await asyncio.to_thread(command.downgrade, config, "004")
            async with engine.connect() as connection:
                assert await connection.scalar(count) == 4
                assert await connection.scalar(sa.text("SELECT count(*) FROM tickets")) == 5
        finally:
            await engine.dispose()
    finally:
        await asyncio.to_thread(command.upgrade, config, "head")


async def test_007_renames_old_outcome_codes_and_back(db_url: str) -> None:
    """`referred` (to whom was never said) becomes `referred_other`, `out_of_scope` becomes
    `declined_scope`; `no_response` (the automatic close) and the rest stay as they are."""
    config = alembic_config(db_url)
    await asyncio.to_thread(command.downgrade, config, "005")
    engine = build_engine(db_url)
    try:
        _, old, _ = _tables()
        tickets = sa.table(
            "tickets", *(sa.column(c.name, c.type) for c in old.c), sa.column("outcome")
        )
        at = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)
        codes = {1: "referred", 2: "out_of_scope", 3: "no_response", 4: "advice", 5: None}
        async with engine.begin() as connection:
            for ticket_id, code in codes.items():
                await connection.execute(
                    sa.insert(tickets).values(
                        id=ticket_id, ref=f"Q-{ticket_id}", client_id=None, topic="employment",
                        locale="ru", priority="P3", status="closed", description=None,
                        announce_count=0, created_at=at, closed_at=at, outcome=code,
                    )
                )  # fmt: skip
        await asyncio.to_thread(command.upgrade, config, "head")
        select = sa.text("SELECT id, outcome FROM tickets ORDER BY id")
        async with engine.connect() as connection:
            found: dict[int, str | None] = dict((await connection.execute(select)).all())
        assert found == {
            1: "referred_other",
            2: "declined_scope",
            3: "no_response",
            4: "advice",
            5: None,
        }
        await asyncio.to_thread(command.downgrade, config, "005")
        async with engine.connect() as connection:
            found = dict((await connection.execute(select)).all())
        assert found == {1: "referred", 2: "out_of_scope", 3: "no_response", 4: "advice", 5: None}
    finally:
        await engine.dispose()
        await asyncio.to_thread(command.upgrade, config, "head")
