from __future__ import annotations

import json
import os
import subprocess
import sys

from sqlalchemy import create_engine, inspect

from bot.config import Settings
from bot.crypto import Cipher
from tests.conftest import ROOT, TEST_KEY, qorgau


def test_db_upgrade_creates_the_schema(tmp_path) -> None:
    path = tmp_path / "fresh.db"
    done = qorgau("db", "upgrade", DATABASE_URL=f"sqlite+aiosqlite:///{path}")
    assert done.returncode == 0, done.stderr
    assert "up to date" in done.stdout
    tables = set(inspect(create_engine(f"sqlite:///{path}")).get_table_names())
    assert {"users", "tickets", "ticket_messages", "invites", "audit_events"} <= tables


def test_head_is_read_from_the_revision_files_as_alembic_does(tmp_path) -> None:
    from alembic.script import ScriptDirectory

    from bot.db.migrate import alembic_config, head_revision

    script = ScriptDirectory.from_config(alembic_config("sqlite://"))
    assert head_revision() == script.get_current_head()
    versions = tmp_path / "versions"
    versions.mkdir()
    (versions / "a.py").write_text('revision = "a"\ndown_revision = None\n')
    (versions / "b.py").write_text('revision: str = "b"\ndown_revision: str | None = "a"\n')
    assert head_revision(versions) == "b"
    (versions / "c.py").write_text('revision = "c"\ndown_revision = "a"\n')
    assert head_revision(versions) is None  # two heads: Alembic decides
    (versions / "c.py").write_text('revision = "c"\ndown_revision = ("a", "b")\n')
    assert head_revision(versions) == "c"  # a merge
    (versions / "d.py").write_text('revision = "d"\ndown_revision = "c"\ndepends_on = "x"\n')
    assert head_revision(versions) is None
    (versions / "d.py").write_text("revision = make()\n")
    assert head_revision(versions) is None


def test_a_database_at_head_is_not_migrated_again(tmp_path, monkeypatch) -> None:
    from bot.db.migrate import at_head, head_revision, upgrade_sync

    url = f"sqlite+aiosqlite:///{tmp_path / 'q.db'}"
    assert not at_head(url)  # no file yet
    upgrade_sync(url, "001")
    assert not at_head(url)  # behind: Alembic runs the rest
    upgrade_sync(url)
    assert at_head(url)
    engine = create_engine(f"sqlite:///{tmp_path / 'q.db'}")
    with engine.connect() as connection:
        version = connection.exec_driver_sql("SELECT version_num FROM alembic_version").scalar()
    engine.dispose()
    assert version == head_revision()

    def refuse(*_: object) -> None:
        raise AssertionError("Alembic was asked")

    monkeypatch.setattr("alembic.command.upgrade", refuse)
    upgrade_sync(url)  # at head: nothing to do, Alembic is not even asked
    assert not at_head("sqlite+aiosqlite:///:memory:")
    assert not at_head("postgresql+asyncpg://nobody@localhost/none")


def _without(*names: str) -> dict[str, str]:
    return {k: v for k, v in os.environ.items() if k not in names}


def test_key_new_prints_a_fresh_key_for_data_key() -> None:
    first, second = qorgau("key", "new"), qorgau("key", "new")
    assert first.returncode == 0, first.stderr
    key = first.stdout.strip()
    assert first.stdout == key + "\n"  # just the key: DATA_KEY=$(qorgau key new)
    assert key != second.stdout.strip()
    cipher = Cipher([key])
    assert cipher.decrypt(cipher.encrypt("проверка")) == "проверка"


def test_postgresql_without_data_key_says_one_line_and_how_to_make_one(tmp_path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "bot", "run"],
        cwd=ROOT,
        env={
            **_without("DATA_KEY"),
            "BOT_TOKEN": "42:TEST",
            "DATABASE_URL": "postgresql+asyncpg://nobody@127.0.0.1:1/none",  # never reached
            "DATA_DIR": str(tmp_path),
        },
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 2
    assert "Traceback" not in done.stderr
    [line] = done.stderr.splitlines()
    assert line.startswith("DATA_KEY is not set") and line.endswith("qorgau key new")


def test_every_setting_is_documented_in_the_readme() -> None:
    readme = (ROOT / "README.md").read_text()
    names = [field.validation_alias for field in Settings.model_fields.values()]
    missing = [name for name in names if f"`{name}`" not in readme]
    assert not missing, f"README's Settings table lacks {missing}"


SCRIPT_GAP = "1\n1\nкто выиграет чемпионат мира по футболу\n:quit\n"


def test_kb_gaps_reads_the_chats_database_when_told(tmp_path) -> None:
    chat_db = f"sqlite+aiosqlite:///{tmp_path / 'chat.db'}"
    env = {**_without("BOT_TOKEN", "DATABASE_URL"), "DATA_KEY": TEST_KEY}
    env["DATA_DIR"] = str(tmp_path / "data")
    chat = subprocess.run(
        [sys.executable, "-m", "bot", "chat", "--database", chat_db],
        cwd=ROOT,
        env=env,
        input=SCRIPT_GAP,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert chat.returncode == 0, chat.stdout + chat.stderr
    assert f"qorgau kb gaps --database {chat_db}" in chat.stdout  # the chat says how
    empty = f"sqlite+aiosqlite:///{tmp_path / 'bot.db'}"
    default = qorgau("kb", "gaps", DATABASE_URL=empty, DATA_KEY=TEST_KEY)
    assert "No content gaps" in default.stdout  # DATABASE_URL: the bot's, not the chat's
    gaps = qorgau("kb", "gaps", "--database", chat_db, DATABASE_URL=empty, DATA_KEY=TEST_KEY)
    assert gaps.returncode == 0, gaps.stderr
    assert "[ru]  кто выиграет чемпионат мира по футболу" in gaps.stdout


def test_jobs_lists_every_kind_with_due_overdue_and_done(tmp_path) -> None:
    import asyncio
    import datetime as dt

    from bot.db.engine import build_engine, build_session_factory
    from bot.db.migrate import upgrade_sync
    from bot.jobs.timers import HANDLERS
    from bot.services.clock import utcnow
    from bot.services.timers import TimerService

    url = f"sqlite+aiosqlite:///{tmp_path / 'bot.db'}"
    upgrade_sync(url)

    async def fill() -> None:
        engine = build_engine(url)
        async with build_session_factory(engine)() as session:
            timers = TimerService(session, utcnow)
            now = utcnow()
            await timers.schedule("reminder", 1, now + dt.timedelta(days=2))
            await timers.schedule("reminder", 2, now - dt.timedelta(hours=1))
            await timers.schedule("reminder", 3, now - dt.timedelta(seconds=5))
            await session.commit()
        await engine.dispose()

    asyncio.run(fill())
    done = qorgau("jobs", DATABASE_URL=url, DATA_KEY=TEST_KEY)
    assert done.returncode == 0, done.stderr
    rows = {line.split()[0]: line.split()[1:] for line in done.stdout.splitlines()[1:-1]}
    none = ["0", "0", "0", "0"]
    assert rows["reminder"] == ["1", "1", "1", "0"]
    assert rows == {**dict.fromkeys(HANDLERS, none), "reminder": ["1", "1", "1", "0"]}


def test_stats_and_export_for_operators(tmp_path) -> None:
    """`qorgau stats --json` answers from the bot's database; `qorgau export --out` writes
    the anonymised CSV and says what it did; a bad --since is one line, exit status 2."""
    import asyncio
    import csv
    import datetime as dt

    from sqlalchemy import insert

    from bot.db.engine import build_engine
    from bot.db.migrate import upgrade_sync
    from bot.db.models import Ticket

    url = f"sqlite+aiosqlite:///{tmp_path / 'bot.db'}"
    upgrade_sync(url)

    async def fill() -> None:
        engine = build_engine(url)
        at = dt.datetime(2026, 11, 3, 10, tzinfo=dt.UTC)
        fixed = {"topic": "employment", "locale": "uz", "status": "closed", "priority": "P3"}
        fixed |= {"region": "astana", "citizenship": "uz", "outcome": "advice"}
        rows = [
            fixed
            | {"ref": f"Q-{n:04d}", "created_at": at, "announce_count": 0}
            | {"closed_at": at + dt.timedelta(hours=n)}
            for n in range(1, 8)
        ]
        async with engine.begin() as connection:
            await connection.execute(insert(Ticket), rows)
        await engine.dispose()

    asyncio.run(fill())
    env = {"DATABASE_URL": url, "DATA_KEY": TEST_KEY, "DATA_DIR": str(tmp_path / "data")}
    done = qorgau("stats", "--json", **env)
    assert done.returncode == 0, done.stderr
    figures = json.loads(done.stdout)
    assert figures["cases"]["total"] == 7 and figures["cases"]["outcome"] == {"advice": 7}
    assert figures["times"]["to_close"] == {"count": 7, "median_s": 14400.0, "p90_s": 25200.0}
    assert (
        json.loads(qorgau("stats", "--json", "--since", "2026-12-01", **env).stdout)["cases"][
            "total"
        ]
        == 0
    )
    text = qorgau("stats", **env)
    assert "Cases: 7" in text.stdout and "to_close: 4.0 h / 7.0 h (7 cases)" in text.stdout
    bad = qorgau("stats", "--since", "tomorrow", **env)
    assert bad.returncode == 2 and bad.stderr.count("\n") == 1 and "2026-11-01" in bad.stderr

    out = tmp_path / "export.csv"
    exported = qorgau("export", "--out", str(out), **env)
    assert exported.returncode == 0, exported.stderr
    assert "7 of 7 cases exported (k = 5)" in exported.stderr
    rows = list(csv.DictReader(line for line in out.read_text().splitlines()[1:]))
    assert len(rows) == 7 and all("Q-" not in value for row in rows for value in row.values())
