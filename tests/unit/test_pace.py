"""Telegram's pace: turns per chat, per group, overall, and a lower lane for announcements."""

from __future__ import annotations

import asyncio
import os

import pytest
from aiogram.exceptions import TelegramRetryAfter
from aiogram.methods import SendMessage

from bot.outbox.pace import (
    LANE,
    Lane,
    Limits,
    MemoryBuckets,
    Pace,
    PaceMiddleware,
    RedisBuckets,
    bulk,
)
from bot.telegram import RetryMiddleware


class Time:
    """A clock that moves only when someone sleeps."""

    def __init__(self) -> None:
        self.now = 0.0
        self.sent: list[tuple[float, int, Lane]] = []

    def __call__(self) -> float:
        return self.now

    async def sleep(self, seconds: float) -> None:
        self.now += seconds


def paced() -> tuple[Pace, Time]:
    time = Time()
    return Pace(MemoryBuckets(time), Limits(), time.sleep), time


async def send(pace: Pace, time: Time, chat_id: int) -> None:
    await pace.take(chat_id)
    time.sent.append((time.now, chat_id, LANE.get()))


async def test_one_private_chat_gets_a_burst_then_one_a_second() -> None:
    pace, time = paced()
    for _ in range(6):
        await send(pace, time, 100)
    assert [at for at, _, _ in time.sent] == [0.0, 0.0, 0.0, 1.0, 2.0, 3.0]


async def test_a_group_gets_twenty_a_minute() -> None:
    pace, time = paced()
    for _ in range(23):
        await send(pace, time, -100123)
    assert time.sent[-1][0] == pytest.approx(60.0)
    assert sum(1 for at, _, _ in time.sent if at < 60) == 22  # the burst of 3, then 3 s apart


async def test_many_chats_at_thirty_a_second_overall() -> None:
    pace, time = paced()
    for chat in range(1, 301):
        await send(pace, time, chat)
    assert time.now == pytest.approx((300 - 3) / 30)


def _most_in_one_second(times: list[float]) -> int:
    return max(sum(1 for t in times if start <= t < start + 1 - 1e-9) for start in times)


async def test_announcements_take_their_own_lower_share() -> None:
    pace, time = paced()
    async with bulk():
        for chat in range(1, 201):
            await send(pace, time, chat)
    assert time.now == pytest.approx(199 / 20)
    assert _most_in_one_second([at for at, _, _ in time.sent]) <= 20


async def test_a_reply_is_not_kept_waiting_by_a_running_announcement() -> None:
    pace, time = paced()
    async with bulk():
        for chat in range(1, 101):
            await send(pace, time, chat)
    before = time.now
    await send(pace, time, 5000)  # someone's own update, during the announcement
    assert time.now - before < 1 / 30


async def test_retry_after_holds_the_chat_and_is_retried_once_in_one_place() -> None:
    pace, time = paced()
    attempts: list[float] = []

    async def telegram(bot: object, method: SendMessage) -> bool:
        attempts.append(time.now)
        if len(attempts) == 1:
            raise TelegramRetryAfter(method, "Too Many Requests: retry after 7", 7)
        return True

    retry = RetryMiddleware(sleep=time.sleep)
    inner = PaceMiddleware(pace)
    method = SendMessage(chat_id=42, text="x")

    async def paced_call(bot: object, m: SendMessage) -> bool:
        return bool(await inner(telegram, bot, m))  # type: ignore[arg-type]

    assert await retry(paced_call, None, method) is True  # type: ignore[arg-type]
    assert attempts == [0.0, 7.0]  # waited once, as Telegram asked, not twice

    await pace.held_back(42, 30)  # meanwhile nobody else writes to that chat either
    await send(pace, time, 42)
    assert time.sent[-1][0] >= 37


@pytest.mark.skipif(not os.environ.get("TEST_REDIS_URL"), reason="TEST_REDIS_URL is not set")
async def test_replicas_share_the_turns_in_redis() -> None:
    from redis.asyncio import Redis

    redis = Redis.from_url(os.environ["TEST_REDIS_URL"])
    try:
        await redis.delete("qorgau:pace:test")
        first, second = RedisBuckets(redis), RedisBuckets(redis)  # two replicas
        waits = await asyncio.gather(
            *(bucket.reserve("qorgau:pace:test", 0.5, 1) for bucket in [first, second] * 3)
        )
        assert sorted(round(wait * 2) for wait in waits) == [0, 1, 2, 3, 4, 5]
        await first.hold("qorgau:pace:test", 30)
        assert await second.reserve("qorgau:pace:test", 0.5, 1) > 25
    finally:
        await redis.delete("qorgau:pace:test")
        await redis.aclose()
