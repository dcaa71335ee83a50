"""Two app instances sharing Redis (two replicas) handle one update id once."""

from __future__ import annotations

import asyncio
import datetime as dt
import secrets

import pytest
from aiogram.fsm.storage.redis import RedisStorage
from aiogram.methods import SendMessage
from aiogram.types import Chat, Message, Update, User
from redis.asyncio import Redis

from bot.middlewares.dedupe import KEY_PREFIX, REMEMBER_SECONDS
from tests.conftest import REDIS_URL, MakeBot, _truncate

pytestmark = pytest.mark.skipif(not REDIS_URL, reason="TEST_REDIS_URL is not set")


def start(update_id: int, user_id: int) -> Update:
    person = User(id=user_id, is_bot=False, first_name="A", language_code="ru")
    message = Message(
        message_id=update_id % 1_000_000,
        date=dt.datetime.now(dt.UTC),
        chat=Chat(id=user_id, type="private"),
        from_user=person,
        text="hello",
    )
    return Update(update_id=update_id, message=message)


async def test_two_replicas_sharing_redis_handle_an_update_once(
    make_bot: MakeBot, pg_database: str
) -> None:
    await _truncate(pg_database)
    first = await make_bot(pg_database, REDIS_URL=REDIS_URL)
    second = await make_bot(pg_database, REDIS_URL=REDIS_URL)
    assert isinstance(first.app.dispatcher.storage, RedisStorage)
    base = secrets.randbelow(1 << 40) + 1  # ids of earlier runs stay in Redis for a day
    updates = [start(base + n, 880_000 + n) for n in range(20)]
    await asyncio.gather(
        *(bot.harness.feed(update) for update in updates for bot in (first, second))
    )
    sent = first.session.calls(SendMessage) + second.session.calls(SendMessage)
    assert sorted(int(call.chat_id) for call in sent) == [880_000 + n for n in range(20)]

    again = await asyncio.gather(first.harness.feed(updates[0]), second.harness.feed(updates[0]))
    assert len(first.session.calls(SendMessage) + second.session.calls(SendMessage)) == 20
    assert all(result is not None for result in again)

    assert REDIS_URL is not None
    redis = Redis.from_url(REDIS_URL)
    try:
        ttl = await redis.ttl(f"{KEY_PREFIX}:42:{base}")
    finally:
        await redis.aclose()
    assert 0 < ttl <= REMEMBER_SECONDS
