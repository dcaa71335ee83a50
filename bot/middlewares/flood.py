"""The flood guard: one person sending dozens of messages a second is slowed down, nobody else.

Each person has a turn bucket in memory (the same reservation as Telegram's pace, microseconds
an update, no query): within the burst their messages pass at once, beyond it each waits for its
turn (only that person's updates wait: they hold only their own lock). A message that would wait
longer than `MAX_WAIT` is skipped, and the person is told so, politely and once per flood, so a
message is never lost without them knowing."""

from __future__ import annotations

import logging
import time
from collections.abc import Awaitable, Callable
from typing import Any

from aiogram import BaseMiddleware
from aiogram.types import Message, TelegramObject
from aiogram_i18n import I18nContext

from bot import metrics
from bot.db.scope import commit_pending
from bot.lru import Lru

log = logging.getLogger(__name__)
Handler = Callable[[TelegramObject, dict[str, Any]], Awaitable[Any]]
MAX_WAIT = 10.0  # seconds a message may be held back before it is skipped
PEOPLE = 20_000  # buckets remembered (least recently seen forgotten first)


class FloodGuard(BaseMiddleware):
    def __init__(
        self,
        per_minute: int,
        burst: int,
        sleep: Callable[[float], Awaitable[None]],
        now: Callable[[], float] = time.monotonic,
    ) -> None:
        self.interval = 60.0 / per_minute
        self.tolerance = self.interval * (burst - 1)
        self.sleep = sleep
        self.now = now
        self._next: Lru[int, float] = Lru(PEOPLE)
        self._told: Lru[int, bool] = Lru(PEOPLE)

    async def __call__(self, handler: Handler, event: TelegramObject, data: dict[str, Any]) -> Any:
        user = data.get("event_from_user")
        if not isinstance(event, Message) or user is None or event.chat.type != "private":
            return await handler(event, data)
        now = self.now()
        due = max(self._next.get(user.id) or now, now)
        wait = due - now - self.tolerance
        if wait > MAX_WAIT:
            metrics.FLOOD.labels("dropped").inc()
            await self._tell_once(event, user.id, data.get("i18n"))
            return None
        self._next.put(user.id, due + self.interval)
        if wait <= 0:
            self._told.pop(user.id)  # the flood is over: a next one is told again
            return await handler(event, data)
        metrics.FLOOD.labels("delayed").inc()
        await commit_pending()  # hold no database write lock while waiting
        await self.sleep(wait)
        return await handler(event, data)

    async def _tell_once(self, message: Message, user_id: int, i18n: I18nContext | None) -> None:
        if self._told.get(user_id) or i18n is None:
            return
        self._told.put(user_id, True)
        log.info("Messages of a person sending too fast were skipped")
        await message.answer(i18n.get("flood-slow-down"))
