"""Run Alembic from the code (`qorgau db upgrade`, and `run`/`chat` on the embedded database).

Most starts find the embedded database already at the head revision: that is checked by
reading the revision files as text and `alembic_version` with sqlite3, and Alembic (a quarter
of a second to import, a dozen MB) is loaded only when there is something to do, or when the
quick check is unsure (another database, branches, a file it cannot read).
"""

from __future__ import annotations

import ast
import asyncio
import sqlite3
from contextlib import closing
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from alembic.config import Config

ROOT = Path(__file__).resolve().parents[2]
VERSIONS = ROOT / "alembic" / "versions"


def alembic_config(url: str) -> Config:
    from alembic.config import Config

    config = Config(str(ROOT / "alembic.ini"))
    config.set_main_option("script_location", str(ROOT / "alembic"))
    config.attributes["url"] = url
    config.attributes["configure_logger"] = False
    return config


def upgrade_sync(url: str, revision: str = "head") -> None:
    if revision == "head" and at_head(url):
        return
    from alembic import command

    command.upgrade(alembic_config(url), revision)


async def upgrade(url: str, revision: str = "head") -> None:
    """Alembic's env runs its own event loop, so it goes to a worker thread."""
    if revision == "head" and at_head(url):
        return
    await asyncio.to_thread(upgrade_sync, url, revision)


def at_head(url: str) -> bool:
    """True only when this is an SQLite file whose `alembic_version` is the one head of the
    revision files; False means "let Alembic see"."""
    path = _sqlite_file(url)
    head = head_revision()
    if path is None or head is None or not path.is_file():
        return False
    try:
        with closing(sqlite3.connect(f"{path.resolve().as_uri()}?mode=rw", uri=True)) as db:
            rows = db.execute("SELECT version_num FROM alembic_version").fetchall()
    except sqlite3.Error:
        return False
    return rows == [(head,)]


def _sqlite_file(url: str) -> Path | None:
    from sqlalchemy.engine import make_url

    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite" or parsed.query:
        return None
    if not parsed.database or parsed.database == ":memory:" or parsed.database.startswith("file:"):
        return None
    return Path(parsed.database)


def head_revision(versions: Path = VERSIONS) -> str | None:
    """The single head of the migration files, or None when they are not a plain chain Alembic
    would agree on (several heads, branch labels, dependencies, a file not understood)."""
    parents: dict[str, tuple[str, ...]] = {}
    for path in sorted(versions.glob("*.py")):
        if path.name.startswith("__"):
            continue
        found = _revision_of(path)
        if found is None:
            return None
        revision, down = found
        if revision in parents:
            return None
        parents[revision] = down
    below = {parent for downs in parents.values() for parent in downs}
    heads = [revision for revision in parents if revision not in below]
    return heads[0] if len(heads) == 1 else None


def _revision_of(path: Path) -> tuple[str, tuple[str, ...]] | None:
    """`revision` and `down_revision` of one file, read without running it."""
    try:
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    except (OSError, SyntaxError, ValueError):
        return None
    values: dict[str, object] = {}
    for node in tree.body:
        if isinstance(node, ast.Assign) and len(node.targets) == 1:
            target, value = node.targets[0], node.value
        elif isinstance(node, ast.AnnAssign) and node.value is not None:
            target, value = node.target, node.value
        else:
            continue
        if isinstance(target, ast.Name):
            try:
                values[target.id] = ast.literal_eval(value)
            except (ValueError, TypeError, SyntaxError, RecursionError):
                values[target.id] = ValueError  # not a literal: not understood
    revision, down = values.get("revision"), values.get("down_revision", ValueError)
    if values.get("branch_labels") is not None or values.get("depends_on") is not None:
        return None
    if not isinstance(revision, str):
        return None
    if down is None:
        return revision, ()
    if isinstance(down, str):
        return revision, (down,)
    if isinstance(down, tuple | list) and all(isinstance(item, str) for item in down):
        return revision, tuple(down)
    return None
