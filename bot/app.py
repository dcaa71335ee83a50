"""The composition root: one function builds everything; production and tests both call it."""

from __future__ import annotations

import asyncio
import datetime as dt
import gc
import logging
from dataclasses import dataclass

from aiogram import Bot, Dispatcher
from aiogram.client.session.base import BaseSession
from aiogram_i18n.cores import FluentRuntimeCore
from apscheduler.schedulers.asyncio import AsyncIOScheduler
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker

from bot.assembly import (
    add_middlewares,
    cipher_of,
    isolation,
    limits,
    load_knowledge,
    make_bot,
    make_storage,
    redis_of,
)
from bot.config import Settings
from bot.crypto import Cipher
from bot.db.engine import build_engine, build_session_factory
from bot.flows.routing import build_routers
from bot.jobs.context import JobContext
from bot.jobs.schedule import build_scheduler
from bot.kb.model import KnowledgeBase
from bot.kb.reload import KbHolder, Reloader
from bot.middlewares.i18n import build_core
from bot.outbox.cards import Cards
from bot.outbox.menus import ALL_COMMANDS, Menus
from bot.outbox.notifier import Notifier
from bot.outbox.pace import build_pace
from bot.outbox.post import Outbox
from bot.services.clock import Clock, utcnow
from bot.services.users import AccountCache
from bot.telegram import (
    Sleep,
    run_sync_filters_inline,
)

log = logging.getLogger(__name__)
COMMANDS = ALL_COMMANDS  # every command some role has in its menu (each has a `cmd-` string)


@dataclass(slots=True)
class App:
    settings: Settings
    engine: AsyncEngine
    sessions: async_sessionmaker[AsyncSession]
    cipher: Cipher
    kb: KbHolder
    core: FluentRuntimeCore
    bot: Bot
    dispatcher: Dispatcher
    notifier: Notifier
    jobs: JobContext

    @staticmethod
    def settle_heap() -> None:
        """After start: what start built (knowledge base, search index, locales, pydantic models)
        lives as long as the process, so the garbage collector stops walking it. Without this,
        a full collection walks ~380k objects and stalls every update for 200–450 ms."""
        gc.collect()
        gc.freeze()

    def scheduler(self) -> AsyncIOScheduler:
        return build_scheduler(self.jobs)

    async def close(self) -> None:
        await self.dispatcher.storage.close()
        await self.bot.session.close()
        await self.engine.dispose()


def create_app(
    settings: Settings,
    *,
    session: BaseSession | None = None,
    clock: Clock = utcnow,
    token: str | None = None,
    sleep: Sleep = asyncio.sleep,
    knowledge: KnowledgeBase | None = None,
) -> App:
    """Everything the bot needs, from settings. `knowledge` skips loading the knowledge base
    when the caller already holds a validated one (tests build many apps)."""
    engine = build_engine(settings.database_url, pool_size=settings.db_pool_size)
    # One process owns the embedded database, so accounts can be cached in memory; several
    # replicas (Redis mode) read them from the database, which every replica sees.
    accounts = None if settings.redis_url else AccountCache()
    sessions = build_session_factory(engine, accounts)
    cipher = cipher_of(settings)
    kb = KbHolder(knowledge or load_knowledge(settings, clock))
    reloader = Reloader(kb, settings.knowledge_dir, settings.default_locale)
    core = build_core(settings.locales_dir, settings.default_locale)
    core.locales.update(core.find_locales())

    storage = make_storage(settings, sessions, cipher)
    pace = build_pace(redis_of(storage), limits(settings), sleep)
    bot = make_bot(settings, session, token, sleep, pace)

    outbox = Outbox(bot, pace)
    cards = Cards(
        outbox, core, lambda: kb.kb, clock, settings.lawyers_chat_id, settings.default_locale
    )
    notifier = Notifier(outbox, cards, core, settings.default_locale, sessions, accounts)
    sla, timing = settings.sla(), settings.timing()
    menus = Menus(bot, core, settings.default_locale)
    dispatcher = Dispatcher(
        storage=storage,
        events_isolation=isolation(storage),
        disable_fsm=True,  # added below, inside the person's lock and the update's session
        settings=settings,
        kb_holder=kb,
        notifier=notifier,
        reloader=reloader,
        clock=clock,
        menus=menus,
        timing=timing,
    )
    add_middlewares(
        dispatcher, storage, sessions, clock, cipher, settings, sla, accounts, core, sleep
    )
    dispatcher.include_routers(*build_routers())
    run_sync_filters_inline(dispatcher)
    dispatcher.startup.register(_start_setting_commands)
    retention = dt.timedelta(days=settings.retention_days)
    jobs = JobContext(
        sessions, clock, cipher, sla, retention, notifier, reloader, settings.admin_ids,
        timing=timing, delivery_attempts=settings.delivery_max_attempts,
    )  # fmt: skip
    return App(settings, engine, sessions, cipher, kb, core, bot, dispatcher, notifier, jobs)


async def _start_setting_commands(
    menus: Menus, notifier: Notifier, settings: Settings, dispatcher: Dispatcher
) -> None:
    """Command menus are sent beside polling, not before it: the first person is not kept
    waiting for the calls to Telegram."""
    task = asyncio.create_task(_set_commands(menus, notifier, settings.admin_ids))
    dispatcher["commands_task"] = task
    task.add_done_callback(_log_failure)


def _log_failure(task: asyncio.Task[None]) -> None:
    if not task.cancelled() and task.exception() is not None:
        log.warning("Command menus not set: %s", type(task.exception()).__name__)


async def _set_commands(menus: Menus, notifier: Notifier, admin_ids: frozenset[int]) -> None:
    await menus.clients()
    await menus.everyone_on_staff(notifier.sessions, admin_ids)
