"""`/readyz`: may this replica be sent updates? Each check names what failed, never why in
words that could hold data (exception class names only)."""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass

from aiogram import Bot
from redis.asyncio import Redis
from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncEngine

from bot.jobs.heartbeat import HEARTBEAT_SECONDS, Heartbeat
from bot.web.middlewares import UpdateMetrics

log = logging.getLogger(__name__)

OK = "ok"


@dataclass(slots=True)
class Limits:
    backlog: int = 500  # updates in flight in this process
    heartbeat_age: float = 4.5 * HEARTBEAT_SECONDS  # a missed beat or two is not a failure
    webhook_every: float = 30.0  # getWebhookInfo at most this often; the answer is cached
    timeout: float = 3.0  # for each probe of the database, Redis or Telegram


class Readiness:
    def __init__(
        self,
        engine: AsyncEngine,
        redis: Redis | None,
        bot: Bot,
        webhook_url: str,
        heartbeat: Heartbeat,
        updates: UpdateMetrics,
        limits: Limits | None = None,
    ) -> None:
        """`webhook_url` is what getWebhookInfo must say: the endpoint, or "" when polling."""
        self.engine = engine
        self.redis = redis
        self.bot = bot
        self.webhook_url = webhook_url
        self.heartbeat = heartbeat
        self.updates = updates
        self.limits = limits or Limits()
        self._webhook: tuple[float, str] | None = None  # (checked at, result)
        self._webhook_lock = asyncio.Lock()

    async def check(self) -> dict[str, str]:
        """Every check by name: "ok", or a short reason."""
        probes: dict[str, Callable[[], Awaitable[str]]] = {"database": self._database}
        if self.redis is not None:
            probes["redis"] = self._redis
        probes["webhook"] = self._webhook_set
        results = await asyncio.gather(*(self._timed(probe) for probe in probes.values()))
        checks = dict(zip(probes, results, strict=True))
        age = self.heartbeat.age()
        checks["scheduler"] = OK if age <= self.limits.heartbeat_age else f"no beat for {age:.0f}s"
        backlog = self.updates.in_flight
        checks["backlog"] = OK if backlog < self.limits.backlog else f"{backlog} in flight"
        return checks

    async def _timed(self, probe: Callable[[], Awaitable[str]]) -> str:
        try:
            return await asyncio.wait_for(probe(), self.limits.timeout)
        except TimeoutError:
            return "timeout"
        except Exception as error:  # unreachable, refused, closed: the class says enough
            return type(error).__name__

    async def _database(self) -> str:
        async with self.engine.connect() as connection:
            await connection.execute(text("SELECT 1"))
        return OK

    async def _redis(self) -> str:
        assert self.redis is not None
        await self.redis.ping()
        return OK

    async def _webhook_set(self) -> str:
        async with self._webhook_lock:  # concurrent probes share one getWebhookInfo
            now = time.monotonic()
            if self._webhook is not None and now - self._webhook[0] < self.limits.webhook_every:
                return self._webhook[1]
            try:
                info = await self.bot.get_webhook_info(request_timeout=int(self.limits.timeout))
                result = OK if info.url == self.webhook_url else "not set as configured"
            except Exception as error:
                result = type(error).__name__
            self._webhook = (now, result)
            if result != OK:
                log.warning("Webhook check failed: %s", result)
            return result
