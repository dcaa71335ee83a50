"""Telegram's pace: about 30 messages a second overall, 1 a second per private chat, 20 a minute
per group. Every outgoing message and edit takes its turn here (a session middleware, so the
Outbox's letters and the replies of handlers alike); one process keeps the turns in memory, and
replicas share them in Redis (`REDIS_URL`).

Turns are reserved, not polled (GCRA, "virtual scheduling"): each bucket remembers when its next
message may go; taking a turn moves that on by one interval and says how long to wait. A burst
tolerance lets a few messages go at once. Announcements travel in the bulk lane: besides the
chat's and the overall turn they take a turn of their own, lower, rate, so whatever they send the
overall budget keeps room for the replies to people's own updates."""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from enum import StrEnum
from typing import Any, Protocol

from aiogram import Bot
from aiogram.client.session.middlewares.base import (
    BaseRequestMiddleware,
    NextRequestMiddlewareType,
)
from aiogram.exceptions import TelegramRetryAfter
from aiogram.methods import (
    CopyMessage,
    EditMessageReplyMarkup,
    EditMessageText,
    SendDocument,
    SendMessage,
    SendPhoto,
    TelegramMethod,
)
from aiogram.methods.base import TelegramType
from redis.asyncio import Redis

from bot import metrics

log = logging.getLogger(__name__)
PACED = (
    SendMessage,
    SendPhoto,
    SendDocument,
    CopyMessage,
    EditMessageText,
    EditMessageReplyMarkup,
)
KEY_PREFIX = "qorgau:pace"


class Lane(StrEnum):
    REPLY = "reply"  # replies, cards, relays, notices
    BULK = "bulk"  # announcements: only the share of the budget left to them


LANE: ContextVar[Lane] = ContextVar("qorgau_lane", default=Lane.REPLY)


@asynccontextmanager
async def bulk() -> AsyncIterator[None]:
    """Whatever is sent inside travels in the bulk lane."""
    token = LANE.set(Lane.BULK)
    try:
        yield
    finally:
        LANE.reset(token)


@dataclass(frozen=True, slots=True)
class Limits:
    per_second: float = 30.0
    bulk_per_second: float = 20.0
    chat_per_second: float = 1.0
    group_per_minute: float = 20.0
    burst: int = 3  # messages that may go at once to one bucket


class Buckets(Protocol):
    async def reserve(self, key: str, interval: float, burst: int) -> float:
        """Take the next turn of `key`; the seconds to wait before using it."""

    async def hold(self, key: str, seconds: float) -> None:
        """No turn of `key` before `seconds` from now (Telegram said 429 retry_after)."""


class MemoryBuckets:
    def __init__(self, now: Callable[[], float] = time.monotonic, size: int = 50_000) -> None:
        self.now = now
        self.size = size
        self._next: dict[str, float] = {}

    async def reserve(self, key: str, interval: float, burst: int) -> float:
        now = self.now()
        due = max(self._next.get(key, now), now)
        self._next[key] = due + interval
        if len(self._next) > self.size:  # forget the chats whose turns are long past
            self._next = {k: v for k, v in self._next.items() if v > now}
        return max(0.0, due - now - interval * (burst - 1))

    async def hold(self, key: str, seconds: float) -> None:
        until = self.now() + seconds
        self._next[key] = max(self._next.get(key, until), until)


# KEYS[1] the bucket; ARGV interval_ms, burst; returns the wait in ms. Redis's own clock, so
# every replica measures the same time.
_RESERVE = """
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local interval, burst = tonumber(ARGV[1]), tonumber(ARGV[2])
local due = tonumber(redis.call('GET', KEYS[1]) or now)
if due < now then due = now end
redis.call('SET', KEYS[1], due + interval, 'PX', math.ceil(due + interval - now) + 1000)
local wait = due - now - interval * (burst - 1)
if wait < 0 then wait = 0 end
return wait
"""
_HOLD = """
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local untill = now + tonumber(ARGV[1])
local due = tonumber(redis.call('GET', KEYS[1]) or 0)
if due < untill then redis.call('SET', KEYS[1], untill, 'PX', tonumber(ARGV[1]) + 1000) end
return 0
"""


class RedisBuckets:
    """The same turns kept in Redis (one small Lua script per turn, atomic)."""

    def __init__(self, redis: Redis) -> None:
        self._reserve = redis.register_script(_RESERVE)
        self._hold = redis.register_script(_HOLD)

    async def reserve(self, key: str, interval: float, burst: int) -> float:
        waited = await self._reserve(keys=[key], args=[round(interval * 1000), burst])
        return float(waited) / 1000

    async def hold(self, key: str, seconds: float) -> None:
        await self._hold(keys=[key], args=[round(seconds * 1000)])


class Pace:
    def __init__(
        self,
        buckets: Buckets,
        limits: Limits = Limits(),
        sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
    ) -> None:
        self.buckets = buckets
        self.limits = limits
        self.sleep = sleep
        self.prefix = KEY_PREFIX

    def _turns(self, chat_id: int, lane: Lane) -> list[tuple[str, float, int]]:
        limits, prefix = self.limits, self.prefix
        if chat_id < 0:  # a group or channel
            chat = (f"{prefix}:chat:{chat_id}", 60.0 / limits.group_per_minute, limits.burst)
        else:
            chat = (f"{prefix}:chat:{chat_id}", 1.0 / limits.chat_per_second, limits.burst)
        turns = [chat]
        if lane is Lane.BULK:
            turns.append((f"{prefix}:bulk", 1.0 / limits.bulk_per_second, 1))
        turns.append((f"{prefix}:all", 1.0 / limits.per_second, limits.burst))
        return turns

    async def take(self, chat_id: int) -> None:
        """Wait for this chat's turn (and the lane's, and the overall one)."""
        lane = LANE.get()
        waited = 0.0
        for key, interval, burst in self._turns(chat_id, lane):
            wait = await self.buckets.reserve(key, interval, burst)
            if wait > 0:
                waited += wait
                await self.sleep(wait)
        metrics.PACE_WAIT.labels(lane.value).observe(waited)

    async def held_back(self, chat_id: int, seconds: float) -> None:
        """After a 429: this chat (and, for an announcement, its whole lane) waits it out."""
        lane = LANE.get()
        for key, interval, burst in self._turns(chat_id, lane)[:-1]:  # not everyone's
            # a turn is given `burst - 1` intervals early: the hold counts them in
            await self.buckets.hold(key, seconds + interval * (burst - 1))


class PaceMiddleware(BaseRequestMiddleware):
    """Inside the retrying middleware: each attempt takes a turn, and a 429 holds the chat (the
    retrying middleware waits `retry_after` and tries again: the one place for it)."""

    def __init__(self, pace: Pace) -> None:
        self.pace = pace

    async def __call__(
        self,
        make_request: NextRequestMiddlewareType[TelegramType],
        bot: Bot,
        method: TelegramMethod[TelegramType],
    ) -> Any:
        chat_id = getattr(method, "chat_id", None) if isinstance(method, PACED) else None
        if not isinstance(chat_id, int):
            return await make_request(bot, method)
        await self.pace.take(chat_id)
        try:
            return await make_request(bot, method)
        except TelegramRetryAfter as error:
            await self.pace.held_back(chat_id, error.retry_after)
            raise


def build_pace(
    redis: Redis | None, limits: Limits, sleep: Callable[[float], Awaitable[None]]
) -> Pace:
    buckets: Buckets = RedisBuckets(redis) if redis is not None else MemoryBuckets()
    return Pace(buckets, limits, sleep)
