from __future__ import annotations

import os
import subprocess
import sys

from sqlalchemy import create_engine, inspect

from tests.conftest import ROOT


def test_db_upgrade_creates_the_schema(tmp_path) -> None:
    path = tmp_path / "fresh.db"
    env = {**os.environ, "DATABASE_URL": f"sqlite+aiosqlite:///{path}"}
    done = subprocess.run(
        [sys.executable, "-m", "bot", "db", "upgrade"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert "up to date" in done.stdout
    tables = set(inspect(create_engine(f"sqlite:///{path}")).get_table_names())
    assert {"users", "tickets", "ticket_messages", "invites", "audit_events"} <= tables
