"""Counting middlewares: updates in (dispatcher) and requests out (Bot API session)."""

from __future__ import annotations

import time
from collections.abc import Awaitable, Callable
from typing import Any

from aiogram import BaseMiddleware, Bot, Dispatcher
from aiogram.client.session.middlewares.base import (
    BaseRequestMiddleware,
    NextRequestMiddlewareType,
)
from aiogram.dispatcher.event.bases import UNHANDLED
from aiogram.exceptions import (
    TelegramAPIError,
    TelegramBadRequest,
    TelegramConflictError,
    TelegramEntityTooLarge,
    TelegramForbiddenError,
    TelegramNetworkError,
    TelegramNotFound,
    TelegramRetryAfter,
    TelegramServerError,
    TelegramUnauthorizedError,
)
from aiogram.methods import TelegramMethod
from aiogram.methods.base import TelegramType
from aiogram.types import TelegramObject, Update

from bot import metrics
from bot.middlewares.dedupe import DROPPED

Handler = Callable[[TelegramObject, dict[str, Any]], Awaitable[Any]]

# most specific first: TelegramRetryAfter etc. are all TelegramAPIError
_OUTCOMES: tuple[tuple[type[Exception], str], ...] = (
    (TelegramRetryAfter, "retry_after"),
    (TelegramServerError, "server_error"),
    (TelegramForbiddenError, "forbidden"),
    (TelegramNotFound, "not_found"),
    (TelegramBadRequest, "bad_request"),
    (TelegramUnauthorizedError, "unauthorized"),
    (TelegramConflictError, "conflict"),
    (TelegramEntityTooLarge, "too_large"),
    (TelegramNetworkError, "network_error"),
    (TelegramAPIError, "api_error"),
)


class UpdateMetrics(BaseMiddleware):
    """Outermost of ours: counts every update by kind and outcome, times it (the person's lock
    and the database wait included) and knows how many are in flight (`/readyz` backlog)."""

    def __init__(self) -> None:
        self.in_flight = 0

    @classmethod
    def of(cls, dispatcher: Dispatcher) -> UpdateMetrics:
        for middleware in dispatcher.update.outer_middleware:
            if isinstance(middleware, cls):
                return middleware
        raise LookupError("UpdateMetrics is not registered on this dispatcher")

    async def __call__(self, handler: Handler, event: TelegramObject, data: dict[str, Any]) -> Any:
        kind = _kind(event)
        self.in_flight += 1
        metrics.UPDATES_IN_FLIGHT.inc()
        started = time.perf_counter()
        outcome = "error"
        try:
            result = await handler(event, data)
            outcome = (
                "duplicate"
                if result is DROPPED
                else "unhandled"
                if result is UNHANDLED
                else "handled"
            )
            return result
        except Exception as error:
            metrics.UPDATE_ERRORS.labels(kind, type(error).__name__).inc()
            raise
        finally:
            self.in_flight -= 1
            metrics.UPDATES_IN_FLIGHT.dec()
            metrics.UPDATE_SECONDS.labels(kind).observe(time.perf_counter() - started)
            metrics.UPDATES.labels(kind, outcome).inc()


def _kind(event: TelegramObject) -> str:
    if not isinstance(event, Update):
        return "other"
    try:
        return event.event_type
    except Exception:  # an update type this aiogram does not know yet
        return "unknown"


class RequestMetrics(BaseRequestMiddleware):
    """Innermost session middleware: every attempt at a Bot API method, by method name and
    outcome; a 429 also records the wait Telegram asked for."""

    async def __call__(
        self,
        make_request: NextRequestMiddlewareType[TelegramType],
        bot: Bot,
        method: TelegramMethod[TelegramType],
    ) -> Any:
        name = method.__api_method__
        try:
            result = await make_request(bot, method)
        except Exception as error:
            outcome = next(
                (label for kind, label in _OUTCOMES if isinstance(error, kind)), "failed"
            )
            metrics.TELEGRAM_REQUESTS.labels(name, outcome).inc()
            if isinstance(error, TelegramRetryAfter):
                metrics.RETRY_AFTER.labels(name).observe(error.retry_after)
            raise
        metrics.TELEGRAM_REQUESTS.labels(name, "ok").inc()
        return result
