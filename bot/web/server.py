"""The aiohttp application and how `qorgau run` serves it (webhook mode, or beside polling)."""

from __future__ import annotations

import asyncio
import logging
import signal
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import TYPE_CHECKING

from aiogram.fsm.storage.redis import RedisStorage
from aiogram.webhook.aiohttp_server import setup_application
from aiohttp import web
from prometheus_client import CONTENT_TYPE_LATEST, generate_latest

from bot import metrics
from bot.config import Settings
from bot.jobs.heartbeat import HEARTBEAT, Heartbeat
from bot.web import DEFAULT_PORT, webhook_endpoint
from bot.web.gauges import TicketGauges
from bot.web.health import OK, Limits, Readiness
from bot.web.middlewares import UpdateMetrics
from bot.web.webhook import WebhookHandler

if TYPE_CHECKING:
    from bot.app import App

log = logging.getLogger(__name__)


class Endpoints:
    def __init__(self, readiness: Readiness, gauges: TicketGauges) -> None:
        self.readiness = readiness
        self.gauges = gauges

    def register(self, web_app: web.Application) -> None:
        web_app.router.add_get("/healthz", self.healthz)
        web_app.router.add_get("/readyz", self.readyz)
        web_app.router.add_get("/metrics", self.metrics)

    async def healthz(self, _: web.Request) -> web.Response:
        return web.json_response({"ok": True})

    async def readyz(self, _: web.Request) -> web.Response:
        checks = await self.readiness.check()
        failed = [name for name, result in checks.items() if result != OK]
        body = {"ok": not failed, "failed": failed, "checks": checks}
        return web.json_response(body, status=503 if failed else 200)

    async def metrics(self, _: web.Request) -> web.Response:
        await self.gauges.refresh()
        body = generate_latest(metrics.REGISTRY)
        return web.Response(body=body, headers={"Content-Type": CONTENT_TYPE_LATEST})


def build_web_app(
    app: App,
    *,
    webhook: WebhookHandler | None = None,
    heartbeat: Heartbeat = HEARTBEAT,
    limits: Limits | None = None,
    gauge_seconds: float = 5.0,
) -> web.Application:
    """`/healthz`, `/readyz`, `/metrics`, and `/webhook` when a handler is given; the case
    gauges of `/metrics` are read from the database at most every `gauge_seconds`."""
    storage = app.dispatcher.storage
    redis = storage.redis if isinstance(storage, RedisStorage) else None
    expected = webhook_endpoint(app.settings.webhook_url) if app.settings.webhook_url else ""
    readiness = Readiness(
        app.engine,
        redis,
        app.bot,
        expected,
        heartbeat,
        UpdateMetrics.of(app.dispatcher),
        limits,
    )
    web_app = web.Application()
    gauges = TicketGauges(app.engine, app.jobs.sla, app.jobs.clock, ttl=gauge_seconds)
    Endpoints(readiness, gauges).register(web_app)
    if webhook is not None:
        webhook.register(web_app)
    return web_app


async def serve_webhook(app: App, settings: Settings) -> None:
    """Webhook mode: serve, then tell Telegram where (every replica sets the same URL)."""
    assert settings.webhook_url  # and a valid secret: checked by `settings_problem`
    assert settings.webhook_secret
    secret = settings.webhook_secret.get_secret_value()
    handler = WebhookHandler(app.dispatcher, app.bot, secret)
    web_app = build_web_app(app, webhook=handler)
    setup_application(web_app, app.dispatcher, bot=app.bot)  # dispatcher startup/shutdown
    async with _site(web_app, settings):
        await app.bot.set_webhook(
            webhook_endpoint(settings.webhook_url),
            secret_token=secret,
            allowed_updates=app.dispatcher.resolve_used_update_types(),
        )
        await _until_stopped()


async def _until_stopped() -> None:
    """SIGTERM (docker stop, a rolling deploy) or SIGINT: leave cleanly, letting the updates
    in hand finish, instead of dying where the signal found us."""
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for signum in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(signum, stop.set)
    try:
        await stop.wait()
        log.info("Stopping: the updates in hand are finished first")
    finally:
        for signum in (signal.SIGTERM, signal.SIGINT):
            loop.remove_signal_handler(signum)


@asynccontextmanager
async def serve_endpoints(app: App, settings: Settings) -> AsyncIterator[None]:
    """Polling mode: `/healthz`, `/readyz`, `/metrics` on WEB_PORT while the body runs."""
    if settings.web_port is None:
        yield
        return
    async with _site(build_web_app(app), settings):
        yield


@asynccontextmanager
async def _site(web_app: web.Application, settings: Settings) -> AsyncIterator[None]:
    runner = web.AppRunner(web_app, access_log=None)  # paths only, but none are needed
    await runner.setup()
    port = settings.web_port or DEFAULT_PORT
    try:
        await web.TCPSite(runner, settings.web_host, port).start()
        log.info("Serving HTTP on %s:%s", settings.web_host, port)
        yield
    finally:
        await runner.cleanup()
