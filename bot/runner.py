"""`qorgau run`: migrations on the embedded database, scheduler, then polling or webhook.

Start is mostly imports (aiogram's ~400 types) and checking the knowledge base; the check runs
in a forked child meanwhile (see `bot.kb.background`). The cyclic garbage collector is off until
everything is built: startup makes hundreds of thousands of objects that live as long as the
process and few cycles (~2k), and each automatic collection would walk them all (0.6 s of
start). `App.settle_heap` then collects once and freezes what is left.
"""

from __future__ import annotations

import gc
import logging
from typing import TYPE_CHECKING

from bot.config import Settings
from bot.db.migrate import upgrade
from bot.kb.background import CheckInChild
from bot.kb.loader import KnowledgeError
from bot.services.clock import utcnow

if TYPE_CHECKING:
    from aiogram import Bot
    from aiohttp import web

    from bot.app import App

log = logging.getLogger(__name__)


def main(settings: Settings) -> None:
    import asyncio

    gc.disable()
    try:
        knowledge = CheckInChild.start(
            settings.knowledge_dir, utcnow().date(), settings.default_locale
        )
        asyncio.run(run(settings, knowledge))
    finally:
        gc.enable()


async def run(settings: Settings, knowledge: CheckInChild | None = None) -> None:
    from bot.app import create_app  # aiogram and everything else: while the child checks

    if settings.is_sqlite:
        await upgrade(settings.database_url)
    if knowledge is None:
        app = create_app(settings)
    else:
        report = knowledge.report()
        if report.errors:
            raise KnowledgeError(report.errors)
        app = create_app(settings, knowledge=report.kb)
    app.settle_heap()  # collected once, then frozen: collections while serving skip it
    gc.enable()
    scheduler = app.scheduler()

    async def on_startup(bot: Bot) -> None:
        scheduler.start()
        me = await bot.get_me()
        log.info("Qorgau started as bot id %s", me.id)

    async def on_shutdown() -> None:
        scheduler.shutdown(wait=False)

    app.dispatcher.startup.register(on_startup)
    app.dispatcher.shutdown.register(on_shutdown)
    try:
        if settings.webhook_url:
            await _webhook(app, settings)
        else:
            await app.bot.delete_webhook(drop_pending_updates=False)
            await app.dispatcher.start_polling(
                app.bot, allowed_updates=app.dispatcher.resolve_used_update_types()
            )
    finally:
        await app.close()


async def _webhook(app: App, settings: Settings) -> None:
    import asyncio

    from aiogram.webhook.aiohttp_server import SimpleRequestHandler, setup_application
    from aiohttp import web

    secret = settings.webhook_secret.get_secret_value() if settings.webhook_secret else None
    web_app = web.Application()
    web_app.router.add_get("/healthz", _healthz)
    SimpleRequestHandler(app.dispatcher, app.bot, secret_token=secret).register(
        web_app, path="/webhook"
    )
    setup_application(web_app, app.dispatcher, bot=app.bot)
    await app.bot.set_webhook(
        f"{settings.webhook_url.rstrip('/')}/webhook",  # type: ignore[union-attr]
        secret_token=secret,
        allowed_updates=app.dispatcher.resolve_used_update_types(),
    )
    runner = web.AppRunner(web_app)
    await runner.setup()
    await web.TCPSite(runner, settings.web_host, settings.web_port).start()
    log.info("Webhook server on %s:%s", settings.web_host, settings.web_port)
    try:
        await asyncio.Event().wait()
    finally:
        await runner.cleanup()


async def _healthz(_: web.Request) -> web.Response:
    from aiohttp import web

    return web.json_response({"ok": True})
