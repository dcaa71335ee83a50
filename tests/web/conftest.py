"""The real app on a local Telegram stand-in that also keeps a webhook, served over HTTP on
127.0.0.1 by aiohttp's test server (real sockets, the real aiohttp application)."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Callable
from contextlib import AbstractAsyncContextManager, asynccontextmanager
from pathlib import Path
from typing import Any

import pytest
from aiogram import Bot as AiogramBot
from aiogram.methods import GetWebhookInfo, SendMessage, SetWebhook, TelegramMethod
from aiogram.methods.base import TelegramType
from aiogram.types import WebhookInfo
from aiohttp.test_utils import TestClient, TestServer

from bot.app import create_app
from bot.console.session import LocalSession
from bot.jobs.heartbeat import Heartbeat
from bot.web.health import Limits
from bot.web.server import build_web_app
from bot.web.webhook import WebhookHandler
from tests.conftest import Bot, FakeClock, _no_wait, _repository_knowledge, make_settings

SECRET = "test-secret_0123456789"


class TelegramStandIn(LocalSession):
    """LocalSession plus setWebhook/getWebhookInfo, and sends that can be made slow."""

    def __init__(self) -> None:
        super().__init__()
        self.webhook_url = ""
        self.send_delay = 0.0

    async def make_request(
        self, bot: AiogramBot, method: TelegramMethod[TelegramType], timeout: int | None = None
    ) -> TelegramType:
        if isinstance(method, GetWebhookInfo):
            self.requests.append(method)
            info = WebhookInfo(
                url=self.webhook_url, has_custom_certificate=False, pending_update_count=0
            )
            return info  # type: ignore[return-value]
        if isinstance(method, SetWebhook):
            self.webhook_url = method.url
            return True  # type: ignore[return-value]
        if self.send_delay and isinstance(method, SendMessage):
            await asyncio.sleep(self.send_delay)
        return await super().make_request(bot, method, timeout)


class Served:
    def __init__(self, bot: Bot, client: TestClient[Any, Any], handler: WebhookHandler | None):
        self.bot = bot
        self.client = client
        self.handler = handler

    @property
    def session(self) -> TelegramStandIn:
        assert isinstance(self.bot.session, TelegramStandIn)
        return self.bot.session


Serve = Callable[..., AbstractAsyncContextManager[Served]]


@pytest.fixture
def serve(tmp_path: Path, clock: FakeClock) -> Serve:
    @asynccontextmanager
    async def served(
        database_url: str,
        *,
        webhook: bool = False,
        heartbeat: Heartbeat | None = None,
        limits: Limits | None = None,
        **overrides: Any,
    ) -> AsyncIterator[Served]:
        if webhook:
            overrides |= {"WEBHOOK_URL": "https://bot.example/", "WEBHOOK_SECRET": SECRET}
        settings = make_settings(database_url, tmp_path, **overrides)
        session = TelegramStandIn()
        app = create_app(
            settings,
            session=session,
            clock=clock,
            token="42:TEST",
            sleep=_no_wait,
            knowledge=_repository_knowledge(),
        )
        handler = WebhookHandler(app.dispatcher, app.bot, SECRET) if webhook else None
        web_app = build_web_app(
            app,
            webhook=handler,
            heartbeat=heartbeat or Heartbeat(),
            limits=limits,
            gauge_seconds=0.0,  # every scrape reads the database (production: every 5 s)
        )
        client = TestClient(TestServer(web_app, host="127.0.0.1"))
        await client.start_server()
        try:
            yield Served(Bot(app, session), client, handler)
        finally:
            await client.close()
            await app.close()

    return served
