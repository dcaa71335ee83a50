"""Drop an update that was already handled (Telegram may deliver one twice, and with several
replicas behind one webhook the second delivery may reach another process).

Embedded mode (one process) remembers update ids in memory. With Redis every replica asks
Redis: `SET key NX EX` is atomic, so of two replicas given the same update exactly one wins."""

from __future__ import annotations

import logging
from collections import OrderedDict
from collections.abc import Awaitable, Callable
from typing import Any, Final

from aiogram import BaseMiddleware, Bot
from aiogram.fsm.storage.base import BaseStorage
from aiogram.fsm.storage.redis import RedisStorage
from aiogram.types import TelegramObject, Update
from redis.asyncio import Redis

log = logging.getLogger(__name__)

DROPPED: Final = object()  # what the dispatcher returns for a repeated update
KEY_PREFIX = "qorgau:update"
REMEMBER_SECONDS = 24 * 60 * 60  # Telegram gives up redelivering long before a day


class DropRepeatedUpdates(BaseMiddleware):
    def __init__(
        self, redis: Redis | None = None, remember: int = 10_000, ttl: int = REMEMBER_SECONDS
    ) -> None:
        self.redis = redis
        self.remember = remember
        self.ttl = ttl
        self._seen: OrderedDict[int, None] = OrderedDict()

    @classmethod
    def on(cls, storage: BaseStorage) -> DropRepeatedUpdates:
        """In Redis when the FSM is there (replicas share it), else in this process."""
        return cls(storage.redis if isinstance(storage, RedisStorage) else None)

    async def __call__(
        self,
        handler: Callable[[TelegramObject, dict[str, Any]], Awaitable[Any]],
        event: TelegramObject,
        data: dict[str, Any],
    ) -> Any:
        if isinstance(event, Update) and not await self._first_time(event.update_id, data["bot"]):
            log.info("Update %s was already handled; dropped", event.update_id)
            return DROPPED
        return await handler(event, data)

    async def _first_time(self, update_id: int, bot: Bot) -> bool:
        if self.redis is not None:
            key = f"{KEY_PREFIX}:{bot.id}:{update_id}"
            return bool(await self.redis.set(key, 1, nx=True, ex=self.ttl))
        if update_id in self._seen:
            return False
        self._seen[update_id] = None
        if len(self._seen) > self.remember:
            self._seen.popitem(last=False)
        return True
