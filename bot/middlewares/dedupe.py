"""Drop an update that was already handled (Telegram may deliver one twice)."""

from __future__ import annotations

import logging
from collections import OrderedDict
from collections.abc import Awaitable, Callable
from typing import Any

from aiogram import BaseMiddleware
from aiogram.types import TelegramObject, Update

log = logging.getLogger(__name__)


class DropRepeatedUpdates(BaseMiddleware):
    def __init__(self, remember: int = 10_000) -> None:
        self.remember = remember
        self._seen: OrderedDict[int, None] = OrderedDict()

    async def __call__(
        self,
        handler: Callable[[TelegramObject, dict[str, Any]], Awaitable[Any]],
        event: TelegramObject,
        data: dict[str, Any],
    ) -> Any:
        if isinstance(event, Update):
            if event.update_id in self._seen:
                log.info("Update %s was already handled; dropped", event.update_id)
                return None
            self._seen[event.update_id] = None
            if len(self._seen) > self.remember:
                self._seen.popitem(last=False)
        return await handler(event, data)
