"""`qorgau run`: migrations on the embedded database, scheduler, then polling or webhook."""

from __future__ import annotations

import logging

from aiogram import Bot
from aiohttp import web

from bot.app import App, create_app
from bot.config import Settings
from bot.db.migrate import upgrade

log = logging.getLogger(__name__)


async def run(settings: Settings) -> None:
    if settings.is_sqlite:
        await upgrade(settings.database_url)
    app = create_app(settings)
    app.settle_heap()
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
    return web.json_response({"ok": True})
