"""The webhook endpoint: Telegram gets its answer at once, the update is handled beside it.

A request without the right `X-Telegram-Bot-Api-Secret-Token` gets 401 and touches nothing;
a body that is not an Update gets 400. Neither is logged with its content."""

from __future__ import annotations

import asyncio
import json
import logging
import secrets
from typing import Any

from aiogram import Bot, Dispatcher
from aiogram.methods import TelegramMethod
from aiogram.types import Update
from aiohttp import web

from bot.web import PATH

log = logging.getLogger(__name__)

SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"


class WebhookHandler:
    """Like aiogram's `SimpleRequestHandler` with `handle_in_background`, plus: a secret is
    required, a bad body is 400 (not 500), and shutdown waits for the updates in hand."""

    def __init__(self, dispatcher: Dispatcher, bot: Bot, secret: str) -> None:
        if not secret:
            raise ValueError("a webhook needs a secret token")
        self.dispatcher = dispatcher
        self.bot = bot
        self._secret = secret.encode()
        self._tasks: set[asyncio.Task[None]] = set()

    @property
    def in_hand(self) -> int:
        return len(self._tasks)

    def register(self, app: web.Application) -> None:
        app.router.add_post(PATH, self.handle)
        app.on_shutdown.append(self._drain)

    async def handle(self, request: web.Request) -> web.Response:
        given = request.headers.get(SECRET_HEADER, "").encode()
        if not secrets.compare_digest(given, self._secret):
            log.warning("Webhook request refused: wrong or missing secret token")
            return web.json_response({"ok": False, "error": "unauthorized"}, status=401)
        update = await self._parse(request)
        if update is None:
            return web.json_response({"ok": False, "error": "bad update"}, status=400)
        task = asyncio.create_task(self._feed(update))
        self._tasks.add(task)  # referenced until done, or the loop could collect it
        task.add_done_callback(self._done)
        return web.json_response({})

    async def _parse(self, request: web.Request) -> Update | None:
        try:
            raw: Any = json.loads(await request.read())
            return Update.model_validate(raw, context={"bot": self.bot})
        except ValueError:  # not JSON, not UTF-8, or not an Update (pydantic's error)
            log.warning("Webhook request refused: the body is not an Update")
            return None

    async def _feed(self, update: Update) -> None:
        result = await self.dispatcher.feed_update(self.bot, update)
        if isinstance(result, TelegramMethod):
            await self.dispatcher.silent_call_request(bot=self.bot, result=result)

    def _done(self, task: asyncio.Task[None]) -> None:
        self._tasks.discard(task)
        if not task.cancelled() and (error := task.exception()) is not None:
            log.error("Update task failed with %s", type(error).__name__)

    async def _drain(self, _: web.Application, timeout: float = 20.0) -> None:
        """On shutdown: let the updates in hand finish (a replica being replaced in a rolling
        deploy answers what it already acknowledged)."""
        if self._tasks:
            await asyncio.wait(set(self._tasks), timeout=timeout)
