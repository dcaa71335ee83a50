"""FSM storage contract on the database (both kinds) and on Redis; data encrypted at rest."""

from __future__ import annotations

import json
from collections.abc import Callable

import pytest
from aiogram.fsm.storage.base import BaseStorage, DefaultKeyBuilder, StorageKey
from aiogram.fsm.storage.redis import RedisStorage
from cryptography.fernet import Fernet
from sqlalchemy import text

from bot.crypto import Cipher
from bot.db.engine import build_engine, build_session_factory
from bot.db.fsm import SqlStorage, encrypted_json
from tests.conftest import REDIS_URL

CIPHER = Cipher([Fernet.generate_key().decode()])
KEY = StorageKey(bot_id=42, chat_id=7, user_id=7)
WORDS = "меня задержали у рынка"


async def _contract(storage: BaseStorage, reopen: Callable[[], BaseStorage]) -> None:
    """`reopen()` is the storage after a restart: it must find what was written."""
    assert await storage.get_state(KEY) is None
    assert await storage.get_data(KEY) == {}
    await storage.set_state(KEY, "Intake:description")
    await storage.set_data(KEY, {"topic": "expulsion", "description": WORDS})
    assert await storage.get_state(KEY) == "Intake:description"
    assert await reopen().get_state(KEY) == "Intake:description"
    assert await reopen().get_data(KEY) == {"topic": "expulsion", "description": WORDS}
    await storage.update_data(KEY, {"topic": "asylum"})
    assert (await storage.get_data(KEY))["topic"] == "asylum"
    assert (await reopen().get_data(KEY))["topic"] == "asylum"
    data = await storage.get_data(KEY)
    data["topic"] = "changed without set_data"  # a caller's copy, not the stored value
    assert (await storage.get_data(KEY))["topic"] == "asylum"
    await storage.set_state(KEY, None)
    await storage.set_data(KEY, {})
    assert await reopen().get_state(KEY) is None
    assert await reopen().get_data(KEY) == {}


async def test_sql_storage(db_url: str) -> None:
    engine = build_engine(db_url)
    sessions = build_session_factory(engine)
    try:
        await _contract(SqlStorage(sessions, CIPHER), lambda: SqlStorage(sessions, CIPHER))
        await SqlStorage(sessions, CIPHER).set_data(KEY, {"description": WORDS})
        async with engine.connect() as connection:
            raw = (await connection.execute(text("SELECT data FROM fsm_states"))).scalar_one()
        assert WORDS not in raw and "description" not in raw
    finally:
        await engine.dispose()


async def test_redis_storage_encrypted() -> None:
    if not REDIS_URL:
        pytest.skip("TEST_REDIS_URL is not set (the README test command sets it)")
    dumps, loads = encrypted_json(CIPHER)
    builder = DefaultKeyBuilder(with_destiny=True, with_bot_id=True)

    def make() -> RedisStorage:
        return RedisStorage.from_url(
            REDIS_URL, key_builder=builder, json_dumps=dumps, json_loads=loads
        )

    storage, reopened = make(), make()
    try:
        await storage.redis.delete(builder.build(KEY, "data"), builder.build(KEY, "state"))
        await _contract(storage, lambda: reopened)
        await storage.set_data(KEY, {"description": WORDS})
        raw = await storage.redis.get(builder.build(KEY, "data"))
        assert raw is not None and WORDS.encode() not in raw
        assert json.loads(CIPHER.decrypt(raw.decode() if isinstance(raw, bytes) else raw)) == {
            "description": WORDS
        }
        await storage.set_data(KEY, {})
    finally:
        await storage.close()
        await reopened.close()
