"""One INSERT ... ON CONFLICT DO UPDATE that works on SQLite and PostgreSQL."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from sqlalchemy import Table
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.ext.asyncio import AsyncSession


async def upsert(
    session: AsyncSession,
    table: Table,
    values: Mapping[str, Any],
    index_elements: Sequence[str],
) -> None:
    dialect = session.get_bind().dialect.name
    insert = postgresql.insert if dialect == "postgresql" else sqlite.insert
    statement = insert(table).values(**values)
    updates = {key: statement.excluded[key] for key in values if key not in index_elements}
    if updates:
        statement = statement.on_conflict_do_update(index_elements=index_elements, set_=updates)
    else:
        statement = statement.on_conflict_do_nothing(index_elements=index_elements)
    await session.execute(statement)
