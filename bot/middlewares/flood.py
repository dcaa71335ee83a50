"""The flood guard: one person sending dozens of messages a second is slowed down, nobody else.

Each person has a turn bucket (the same reservation as Telegram's pace): in memory on the
embedded default (microseconds an update, no query), in Redis when replicas share the load, so
a person is slowed the same whichever replica their updates reach. Within the burst their
messages pass at once, beyond it each waits for its turn (only that person's updates wait: they
hold only their own lock). A message that would wait longer than `MAX_WAIT` is skipped, and the
person is told so, politely and once per flood, so a message is never lost without them
knowing."""

from __future__ import annotations

import logging
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any

from aiogram import BaseMiddleware
from aiogram.types import Message, TelegramObject
from aiogram_i18n import I18nContext
from redis.asyncio import Redis

from bot import metrics
from bot.db.scope import commit_pending
from bot.lru import Lru

log = logging.getLogger(__name__)
Handler = Callable[[TelegramObject, dict[str, Any]], Awaitable[Any]]
MAX_WAIT = 10.0  # seconds a message may be held back before it is skipped
PEOPLE = 20_000  # buckets remembered (least recently seen forgotten first)


@dataclass(frozen=True, slots=True)
class Turn:
    wait: float  # seconds this message waits for its turn (0: at once)
    dropped: bool = False  # too far behind: skipped
    tell: bool = False  # skipped, and the first of this flood: the person is told


class MemoryTurns:
    """The embedded default: one process sees every update, so the turns live in memory."""

    def __init__(
        self, interval: float, tolerance: float, now: Callable[[], float] = time.monotonic
    ) -> None:
        self.interval, self.tolerance, self.now = interval, tolerance, now
        self._next: Lru[int, float] = Lru(PEOPLE)
        self._told: Lru[int, bool] = Lru(PEOPLE)

    async def take(self, user_id: int) -> Turn:
        now = self.now()
        due = max(self._next.get(user_id) or now, now)
        wait = due - now - self.tolerance
        if wait > MAX_WAIT:
            first = not self._told.get(user_id)
            self._told.put(user_id, True)
            return Turn(wait, dropped=True, tell=first)
        self._next.put(user_id, due + self.interval)
        if wait <= 0:
            self._told.pop(user_id)  # the flood is over: a next one is told again
        return Turn(max(wait, 0.0))


# KEYS: the person's next turn, "told" of this flood; ARGV: interval, tolerance, longest wait
# (ms). Redis's own clock, so every replica measures the same time. Returns the wait in ms and
# 0 (passes), 1 (skipped) or 2 (skipped, tell them).
_TAKE = """
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local interval, tolerance, longest = tonumber(ARGV[1]), tonumber(ARGV[2]), tonumber(ARGV[3])
local due = tonumber(redis.call('GET', KEYS[1]) or now)
if due < now then due = now end
local wait = due - now - tolerance
if wait > longest then
  local first = redis.call('SET', KEYS[2], '1', 'NX', 'PX', math.ceil(wait) + 60000)
  if first then return {math.floor(wait), 2} end
  return {math.floor(wait), 1}
end
redis.call('SET', KEYS[1], due + interval, 'PX', math.ceil(due + interval - now) + 1000)
if wait <= 0 then
  redis.call('DEL', KEYS[2])
  return {0, 0}
end
return {math.floor(wait), 0}
"""


class RedisTurns:
    """Several replicas: one person's updates may reach any of them, so the turns are shared
    in Redis (one small atomic script per message)."""

    def __init__(self, redis: Redis, interval: float, tolerance: float) -> None:
        self._take = redis.register_script(_TAKE)
        self.args = [round(interval * 1000), round(tolerance * 1000), round(MAX_WAIT * 1000)]

    async def take(self, user_id: int) -> Turn:
        keys = [f"qorgau:flood:{user_id}", f"qorgau:flood:{user_id}:told"]
        wait_ms, verdict = await self._take(keys=keys, args=self.args)
        return Turn(int(wait_ms) / 1000, dropped=int(verdict) > 0, tell=int(verdict) == 2)


class FloodGuard(BaseMiddleware):
    def __init__(
        self,
        per_minute: int,
        burst: int,
        sleep: Callable[[float], Awaitable[None]],
        redis: Redis | None = None,
    ) -> None:
        interval = 60.0 / per_minute
        tolerance = interval * (burst - 1)
        self.sleep = sleep
        self.turns: MemoryTurns | RedisTurns = (
            RedisTurns(redis, interval, tolerance)
            if redis is not None
            else MemoryTurns(interval, tolerance)
        )

    async def __call__(self, handler: Handler, event: TelegramObject, data: dict[str, Any]) -> Any:
        user = data.get("event_from_user")
        if not isinstance(event, Message) or user is None or event.chat.type != "private":
            return await handler(event, data)
        turn = await self.turns.take(user.id)
        if turn.dropped:
            metrics.FLOOD.labels("dropped").inc()
            i18n: I18nContext | None = data.get("i18n")
            if turn.tell and i18n is not None:
                log.info("Messages of a person sending too fast were skipped")
                await event.answer(i18n.get("flood-slow-down"))
            return None
        if turn.wait > 0:
            metrics.FLOOD.labels("delayed").inc()
            await commit_pending()  # hold no database write lock while waiting
            await self.sleep(turn.wait)
        return await handler(event, data)
