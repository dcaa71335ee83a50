"""The composition root: one function builds everything; production and tests both call it."""

from __future__ import annotations

import asyncio
import datetime as dt
import gc
import logging
from dataclasses import dataclass

from aiogram import Bot, Dispatcher
from aiogram.client.default import DefaultBotProperties
from aiogram.client.session.aiohttp import AiohttpSession
from aiogram.client.session.base import BaseSession
from aiogram.client.telegram import TelegramAPIServer
from aiogram.fsm.middleware import FSMContextMiddleware
from aiogram.fsm.storage.base import BaseStorage, DefaultKeyBuilder
from aiogram.fsm.storage.memory import DisabledEventIsolation, SimpleEventIsolation
from aiogram.fsm.storage.redis import RedisStorage
from aiogram_i18n.cores import FluentRuntimeCore
from apscheduler.schedulers.asyncio import AsyncIOScheduler
from redis.asyncio import BlockingConnectionPool, Redis
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker

from bot.config import Settings
from bot.crypto import Cipher, load_cipher
from bot.db.engine import build_engine, build_session_factory
from bot.db.fsm import SqlStorage, encrypted_json
from bot.flows.routing import build_routers
from bot.jobs.context import JobContext
from bot.jobs.schedule import build_scheduler
from bot.kb.check import check
from bot.kb.loader import KnowledgeError
from bot.kb.model import KnowledgeBase
from bot.kb.reload import KbHolder, Reloader
from bot.middlewares.callbacks import AnswerCallbacks
from bot.middlewares.context import ContextMiddleware
from bot.middlewares.dedupe import DropRepeatedUpdates
from bot.middlewares.flood import FloodGuard
from bot.middlewares.i18n import build_core, build_i18n
from bot.outbox.cards import Cards
from bot.outbox.menus import ALL_COMMANDS, Menus
from bot.outbox.notifier import Notifier
from bot.outbox.pace import Limits, PaceMiddleware, build_pace
from bot.outbox.post import Outbox
from bot.services.clock import Clock, utcnow
from bot.services.users import AccountCache
from bot.telegram import (
    BidiMiddleware,
    CommitBeforeSend,
    RetryMiddleware,
    Sleep,
    run_sync_filters_inline,
)
from bot.web.middlewares import RequestMetrics, UpdateMetrics

log = logging.getLogger(__name__)
COMMANDS = ALL_COMMANDS  # every command some role has in its menu (each has a `cmd-` string)
# A person's lock in Redis expires after this long: a replica killed while holding one stalls
# that person this long, not aiogram's default 60 s (an update that runs longer loses only order)
LOCK_SECONDS = 20


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
    cipher = load_cipher(
        settings.data_key.get_secret_value() if settings.data_key else None,
        settings.data_dir,
        generate=settings.is_sqlite,
    )
    if knowledge is None:
        report = check(settings.knowledge_dir, clock().date(), settings.default_locale)
        if report.errors:
            raise KnowledgeError(report.errors)
        knowledge = report.kb
    kb = KbHolder(knowledge)
    reloader = Reloader(kb, settings.knowledge_dir, settings.default_locale)
    core = build_core(settings.locales_dir, settings.default_locale)
    core.locales.update(core.find_locales())

    storage = _storage(settings, sessions, cipher)
    redis = storage.redis if isinstance(storage, RedisStorage) else None
    pace = build_pace(redis, _limits(settings), sleep)
    if session is None:
        session = AiohttpSession(api=TelegramAPIServer.from_base(settings.telegram_api_url))
    session.middleware(CommitBeforeSend())
    session.middleware(BidiMiddleware())
    session.middleware(RetryMiddleware(sleep=sleep))
    session.middleware(PaceMiddleware(pace))  # every attempt waits for its turn
    session.middleware(RequestMetrics())  # innermost: every attempt, its outcome, 429 waits
    bot_token = token or (settings.bot_token.get_secret_value() if settings.bot_token else None)
    if bot_token is None:
        raise ValueError("BOT_TOKEN is required")
    bot = Bot(bot_token, session=session, default=DefaultBotProperties(parse_mode="HTML"))
    pace.prefix = f"{pace.prefix}:{bot.id}"  # two bots on one Redis keep their own turns

    outbox = Outbox(bot, pace)
    cards = Cards(
        outbox, core, lambda: kb.kb, clock, settings.lawyers_chat_id, settings.default_locale
    )
    notifier = Notifier(outbox, cards, core, settings.default_locale, sessions, accounts)
    sla, timing = settings.sla(), settings.timing()
    menus = Menus(bot, core, settings.default_locale)
    dispatcher = Dispatcher(
        storage=storage,
        # one person's updates are handled one after another, in order; people run in parallel
        events_isolation=storage.create_isolation(lock_kwargs={"timeout": LOCK_SECONDS})
        if isinstance(storage, RedisStorage)
        else SimpleEventIsolation(),
        disable_fsm=True,  # added below, inside the person's lock and the update's session
        settings=settings,
        kb_holder=kb,
        notifier=notifier,
        reloader=reloader,
        clock=clock,
        menus=menus,
        timing=timing,
    )
    dispatcher.update.outer_middleware(UpdateMetrics())  # first: counts and times everything
    dispatcher.update.outer_middleware(DropRepeatedUpdates.on(storage))
    dispatcher.update.outer_middleware(
        ContextMiddleware(
            sessions, clock, cipher, settings.admin_ids, sla, accounts, settings.default_locale
        )
    )
    dispatcher.update.outer_middleware(
        FSMContextMiddleware(storage, DisabledEventIsolation(), dispatcher.fsm.strategy)
    )
    build_i18n(core, settings.default_locale).setup(dispatcher)
    flood = FloodGuard(settings.flood_per_minute, settings.flood_burst, sleep, redis)
    dispatcher.message.outer_middleware(flood)  # after the account and language are known
    dispatcher.callback_query.outer_middleware(AnswerCallbacks())
    dispatcher.include_routers(*build_routers())
    run_sync_filters_inline(dispatcher)
    dispatcher.startup.register(_start_setting_commands)
    retention = dt.timedelta(days=settings.retention_days)
    jobs = JobContext(
        sessions, clock, cipher, sla, retention, notifier, reloader, settings.admin_ids,
        timing=timing, delivery_attempts=settings.delivery_max_attempts,
    )  # fmt: skip
    return App(settings, engine, sessions, cipher, kb, core, bot, dispatcher, notifier, jobs)


def _limits(settings: Settings) -> Limits:
    return Limits(
        settings.send_per_second,
        settings.announce_per_second,
        settings.chat_per_second,
        settings.group_per_minute,
    )


def _storage(
    settings: Settings, sessions: async_sessionmaker[AsyncSession], cipher: Cipher
) -> BaseStorage:
    if settings.redis_url:
        dumps, loads = encrypted_json(cipher)
        # a bounded pool that makes a busy moment wait for a connection instead of failing
        pool = BlockingConnectionPool.from_url(
            settings.redis_url, max_connections=settings.redis_pool_size, timeout=20
        )
        return RedisStorage(
            Redis(connection_pool=pool),
            key_builder=DefaultKeyBuilder(with_destiny=True, with_bot_id=True),
            json_dumps=dumps,
            json_loads=loads,
        )
    return SqlStorage(sessions, cipher)


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
