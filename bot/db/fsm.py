"""aiogram FSM storage kept in the application database (embedded mode).

The embedded default is one process, so the storage keeps recent conversations in memory and
writes every change through to the database inside the update's own transaction: reading a state
costs no query, and a restart finds every conversation where it was. A write that the update's
transaction throws away is forgotten from memory too."""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from aiogram.fsm.state import State
from aiogram.fsm.storage.base import BaseStorage, DefaultKeyBuilder, StateType, StorageKey
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.crypto import Cipher
from bot.db.models import FsmState
from bot.db.scope import on_rollback, session_for
from bot.db.upsert import upsert
from bot.lru import Lru

CACHED_CONVERSATIONS = 20_000


@dataclass(slots=True)
class _Entry:
    state: str | None
    data: str  # the JSON of the data ("{}" when empty); encrypted only on its way to the disk


class SqlStorage(BaseStorage):
    """State and data per key; the data (it may hold a person's words) is encrypted at rest."""

    def __init__(
        self,
        sessions: async_sessionmaker[AsyncSession],
        cipher: Cipher,
        cache_size: int = CACHED_CONVERSATIONS,
    ) -> None:
        self._sessions = sessions
        self._cipher = cipher
        self._keys = DefaultKeyBuilder(with_destiny=True, with_bot_id=True)
        self._cache: Lru[str, _Entry] = Lru(cache_size)

    async def set_state(self, key: StorageKey, state: StateType = None) -> None:
        value = state.state if isinstance(state, State) else state
        name = self._keys.build(key)
        entry = await self._entry(name)
        if entry.state != value:
            await self._write(name, _Entry(value, entry.data))

    async def get_state(self, key: StorageKey) -> str | None:
        return (await self._entry(self._keys.build(key))).state

    async def set_data(self, key: StorageKey, data: Mapping[str, Any]) -> None:
        text = json.dumps(dict(data), ensure_ascii=False, separators=(",", ":"))
        name = self._keys.build(key)
        entry = await self._entry(name)
        if entry.data != text:
            await self._write(name, _Entry(entry.state, text))

    async def get_data(self, key: StorageKey) -> dict[str, Any]:
        loaded: dict[str, Any] = json.loads((await self._entry(self._keys.build(key))).data)
        return loaded

    async def close(self) -> None:
        return None

    async def _entry(self, name: str) -> _Entry:
        entry = self._cache.get(name)
        if entry is not None:
            return entry
        async with session_for(self._sessions) as session:
            row = (
                await session.execute(
                    select(FsmState.state, FsmState.data).where(FsmState.key == name)
                )
            ).first()
        entry = _Entry(None, "{}")
        if row is not None:
            state, blob = row
            entry = _Entry(state, self._cipher.decrypt(blob) if blob else "{}")
        self._cache.put(name, entry)
        return entry

    async def _write(self, name: str, entry: _Entry) -> None:
        blob = self._cipher.encrypt(entry.data) if entry.data != "{}" else None
        async with session_for(self._sessions) as session:
            await upsert(
                session,
                FsmState.__table__,  # type: ignore[arg-type]
                {"key": name, "state": entry.state, "data": blob},
                ["key"],
            )
            on_rollback(session, lambda: self._cache.pop(name))
        self._cache.put(name, entry)


def encrypted_json(cipher: Cipher) -> tuple[Any, Any]:
    """json_dumps/json_loads for aiogram's RedisStorage, so Redis never holds plain words."""

    def dumps(data: Any) -> str:
        return cipher.encrypt(json.dumps(data))

    def loads(blob: str | bytes) -> Any:
        text = blob.decode() if isinstance(blob, bytes) else blob
        return json.loads(cipher.decrypt(text))

    return dumps, loads
