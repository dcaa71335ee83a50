from __future__ import annotations

from sqlalchemy import create_engine, inspect

from tests.conftest import qorgau


def test_db_upgrade_creates_the_schema(tmp_path) -> None:
    path = tmp_path / "fresh.db"
    done = qorgau("db", "upgrade", DATABASE_URL=f"sqlite+aiosqlite:///{path}")
    assert done.returncode == 0, done.stderr
    assert "up to date" in done.stdout
    tables = set(inspect(create_engine(f"sqlite:///{path}")).get_table_names())
    assert {"users", "tickets", "ticket_messages", "invites", "audit_events"} <= tables
