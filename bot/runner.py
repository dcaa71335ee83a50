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

log = logging.getLogger(__name__)


def main(settings: Settings) -> None:
    import asyncio

    from bot.web import settings_problem

    if problem := settings_problem(settings):
        raise SystemExit(problem)
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
    from bot.metrics import JobListener
    from bot.web.server import serve_endpoints, serve_webhook

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
    JobListener().attach(scheduler)

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
            await serve_webhook(app, settings)
        else:
            await app.bot.delete_webhook(drop_pending_updates=False)
            async with serve_endpoints(app, settings):  # /healthz, /readyz, /metrics on WEB_PORT
                await app.dispatcher.start_polling(
                    app.bot, allowed_updates=app.dispatcher.resolve_used_update_types()
                )
    finally:
        await app.close()
