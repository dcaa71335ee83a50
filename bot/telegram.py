"""Small Telegram habits shared by flows, notifier and jobs."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from typing import Any

from aiogram import Bot, Router
from aiogram.client.session.middlewares.base import (
    BaseRequestMiddleware,
    NextRequestMiddlewareType,
)
from aiogram.dispatcher.event.handler import CallableObject
from aiogram.exceptions import (
    TelegramBadRequest,
    TelegramNetworkError,
    TelegramRetryAfter,
    TelegramServerError,
)
from aiogram.methods import GetUpdates, TelegramMethod
from aiogram.methods.base import TelegramType
from aiogram.types import CallbackQuery, InlineKeyboardMarkup, Message

from bot.bidi import has_rtl, isolate
from bot.db.scope import commit_pending

log = logging.getLogger(__name__)

Sleep = Callable[[float], Awaitable[None]]


class RetryMiddleware(BaseRequestMiddleware):
    """Waits `retry_after` on 429 and backs off on 5xx or network errors, then tries again."""

    def __init__(self, attempts: int = 5, sleep: Sleep = asyncio.sleep) -> None:
        self.attempts = attempts
        self.sleep = sleep

    async def __call__(
        self,
        make_request: NextRequestMiddlewareType[TelegramType],
        bot: Bot,
        method: TelegramMethod[TelegramType],
    ) -> Any:
        polling = isinstance(method, GetUpdates)
        if polling:  # polling has its own back-off
            return await make_request(bot, method)
        for attempt in range(1, self.attempts + 1):
            try:
                return await make_request(bot, method)
            except TelegramRetryAfter as error:
                if attempt == self.attempts:
                    raise
                log.warning(
                    "Telegram asked to wait %ss (%s)", error.retry_after, method.__api_method__
                )
                await self.sleep(error.retry_after)
            except (TelegramServerError, TelegramNetworkError):
                if attempt == self.attempts:
                    raise
                log.warning("Telegram failed on %s, retry %d", method.__api_method__, attempt)
                await self.sleep(min(2.0**attempt, 30.0))
        raise AssertionError("unreachable")


class CommitBeforeSend(BaseRequestMiddleware):
    """Whatever the current update wrote is committed before the bot says anything: a person is
    never told "saved" (or shown the next question) about something a crash could still lose."""

    async def __call__(
        self,
        make_request: NextRequestMiddlewareType[TelegramType],
        bot: Bot,
        method: TelegramMethod[TelegramType],
    ) -> Any:
        await commit_pending()
        return await make_request(bot, method)


class BidiMiddleware(BaseRequestMiddleware):
    """Every outgoing right-to-left text and inline button gets its left-to-right runs isolated
    (see `bot.bidi`); texts without right-to-left letters go out untouched."""

    async def __call__(
        self,
        make_request: NextRequestMiddlewareType[TelegramType],
        bot: Bot,
        method: TelegramMethod[TelegramType],
    ) -> Any:
        for name in ("text", "caption"):
            value = getattr(method, name, None)
            if isinstance(value, str) and has_rtl(value):
                setattr(method, name, isolate(value))
        markup = getattr(method, "reply_markup", None)
        if isinstance(markup, InlineKeyboardMarkup) and any(
            has_rtl(button.text) for row in markup.inline_keyboard for button in row
        ):
            method.reply_markup = InlineKeyboardMarkup(  # type: ignore[attr-defined]
                inline_keyboard=[
                    [button.model_copy(update={"text": isolate(button.text)}) for button in row]
                    for row in markup.inline_keyboard
                ]
            )
        return await make_request(bot, method)


async def show(
    event: Message | CallbackQuery, text: str, markup: InlineKeyboardMarkup | None = None
) -> None:
    """Edit the message under a pressed button; otherwise send a new one."""
    if isinstance(event, CallbackQuery) and isinstance(event.message, Message):
        try:
            await event.message.edit_text(text, reply_markup=markup)
        except TelegramBadRequest as error:
            if "message is not modified" in error.message:
                return
            if "can't be edited" not in error.message and "not found" not in error.message:
                raise
        else:
            return
    target = event.message if isinstance(event, CallbackQuery) else event
    if isinstance(target, Message):
        await target.answer(text, reply_markup=markup)
    elif isinstance(event, CallbackQuery):
        await event.bot.send_message(event.from_user.id, text, reply_markup=markup)  # type: ignore[union-attr]


def run_sync_filters_inline(router: Router) -> None:
    """aiogram runs every plain (non-async) callable it meets on a worker thread: each `F.text`,
    `F.chat.type == "private"` or FSM `State` used as a filter cost a thread hop on every
    update that reached it. These filters are pure and take microseconds, so they run inline.
    Handlers are all async; a plain one would be a mistake, and is refused."""
    for observer in router.observers.values():
        for handler in [observer._handler, *observer.handlers]:
            for item in handler.filters or ():
                _make_inline(item)
        for handler in observer.handlers:
            if not handler.awaitable:
                raise TypeError(f"handler {handler.callback!r} must be async")
    for child in router.sub_routers:
        run_sync_filters_inline(child)


def _make_inline(item: CallableObject) -> None:
    if item.awaitable:
        return
    plain = item.callback

    async def inline(*args: Any, **kwargs: Any) -> Any:
        return plain(*args, **kwargs)

    item.callback, item.awaitable = inline, True  # its parameters stay those of `plain`
