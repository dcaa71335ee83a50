"""aiogram FSM storage kept in the application database (embedded mode)."""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from aiogram.fsm.state import State
from aiogram.fsm.storage.base import BaseStorage, DefaultKeyBuilder, StateType, StorageKey
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.db.models import FsmState
from bot.db.upsert import upsert
from bot.services.crypto import Cipher


class SqlStorage(BaseStorage):
    """State and data per key; the data (it may hold a person's words) is encrypted."""

    def __init__(self, sessions: async_sessionmaker[AsyncSession], cipher: Cipher) -> None:
        self._sessions = sessions
        self._cipher = cipher
        self._keys = DefaultKeyBuilder(with_destiny=True, with_bot_id=True)

    async def set_state(self, key: StorageKey, state: StateType = None) -> None:
        value = state.state if isinstance(state, State) else state
        if value == await self.get_state(key):  # a read takes no write lock; most sets are no-ops
            return
        async with self._sessions() as session:
            await upsert(
                session,
                FsmState.__table__,  # type: ignore[arg-type]
                {"key": self._keys.build(key), "state": value},
                ["key"],
            )
            await session.commit()

    async def get_state(self, key: StorageKey) -> str | None:
        async with self._sessions() as session:
            return await session.scalar(
                select(FsmState.state).where(FsmState.key == self._keys.build(key))
            )

    async def set_data(self, key: StorageKey, data: Mapping[str, Any]) -> None:
        if not data and not await self.get_data(key):
            return
        blob = self._cipher.encrypt(json.dumps(dict(data))) if data else None
        async with self._sessions() as session:
            await upsert(
                session,
                FsmState.__table__,  # type: ignore[arg-type]
                {"key": self._keys.build(key), "data": blob},
                ["key"],
            )
            await session.commit()

    async def get_data(self, key: StorageKey) -> dict[str, Any]:
        async with self._sessions() as session:
            blob = await session.scalar(
                select(FsmState.data).where(FsmState.key == self._keys.build(key))
            )
        if not blob:
            return {}
        loaded: dict[str, Any] = json.loads(self._cipher.decrypt(blob))
        return loaded

    async def close(self) -> None:
        return None


def encrypted_json(cipher: Cipher) -> tuple[Any, Any]:
    """json_dumps/json_loads for aiogram's RedisStorage, so Redis never holds plain words."""

    def dumps(data: Any) -> str:
        return cipher.encrypt(json.dumps(data))

    def loads(blob: str | bytes) -> Any:
        text = blob.decode() if isinstance(blob, bytes) else blob
        return json.loads(cipher.decrypt(text))

    return dumps, loads
