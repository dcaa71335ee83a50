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
