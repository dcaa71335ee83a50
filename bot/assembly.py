"""The parts create_app puts together: the knowledge base, the Bot with its request
middlewares, the conversation storage and the update middlewares."""

from __future__ import annotations

from aiogram import Bot, Dispatcher
from aiogram.client.default import DefaultBotProperties
from aiogram.client.session.aiohttp import AiohttpSession
from aiogram.client.session.base import BaseSession
from aiogram.client.telegram import TelegramAPIServer
from aiogram.fsm.middleware import FSMContextMiddleware
from aiogram.fsm.storage.base import BaseEventIsolation, BaseStorage, DefaultKeyBuilder
from aiogram.fsm.storage.memory import DisabledEventIsolation, SimpleEventIsolation
from aiogram.fsm.storage.redis import RedisStorage
from aiogram_i18n.cores import FluentRuntimeCore
from redis.asyncio import BlockingConnectionPool, Redis
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.config import Settings
from bot.crypto import Cipher, load_cipher
from bot.db.fsm import SqlStorage, encrypted_json
from bot.hours import Sla
from bot.kb.check import check
from bot.kb.loader import KnowledgeError
from bot.kb.model import KnowledgeBase
from bot.middlewares.callbacks import AnswerCallbacks
from bot.middlewares.context import ContextMiddleware
from bot.middlewares.dedupe import DropRepeatedUpdates
from bot.middlewares.flood import FloodGuard
from bot.middlewares.i18n import build_i18n
from bot.outbox.pace import Limits, Pace, PaceMiddleware
from bot.services.clock import Clock
from bot.services.users import AccountCache
from bot.telegram import (
    BidiMiddleware,
    CommitBeforeSend,
    RetryMiddleware,
    Sleep,
)
from bot.web.middlewares import RequestMetrics, UpdateMetrics

# A person's lock in Redis expires after this long: a replica killed while holding one stalls
# that person this long, not aiogram's default 60 s (an update that runs longer loses only order)
LOCK_SECONDS = 20


def load_knowledge(settings: Settings, clock: Clock) -> KnowledgeBase:
    report = check(settings.knowledge_dir, clock().date(), settings.default_locale)
    if report.errors:
        raise KnowledgeError(report.errors)
    return report.kb


def make_bot(
    settings: Settings, session: BaseSession | None, token: str | None, sleep: Sleep, pace: Pace
) -> Bot:
    """The Bot and its session: every request committed-before, retried, paced and counted."""
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
    return bot


def add_middlewares(
    dispatcher: Dispatcher, storage: BaseStorage, sessions: async_sessionmaker[AsyncSession],
    clock: Clock, cipher: Cipher, settings: Settings, sla: Sla, accounts: AccountCache | None,
    core: FluentRuntimeCore, sleep: Sleep,
) -> None:  # fmt: skip
    """Around every update, outermost first: metrics, repeats dropped, the person's account and
    database session, their conversation state, their language, the flood guard."""
    dispatcher.update.outer_middleware(UpdateMetrics())  # first: counts and times everything
    dispatcher.update.outer_middleware(DropRepeatedUpdates.on(storage))
    dispatcher.update.outer_middleware(
        ContextMiddleware(
            sessions,
            clock,
            cipher,
            settings.admin_ids,
            sla,
            accounts,
            settings.default_locale,
        )
    )
    dispatcher.update.outer_middleware(
        FSMContextMiddleware(storage, DisabledEventIsolation(), dispatcher.fsm.strategy)
    )
    build_i18n(core, settings.default_locale).setup(dispatcher)
    flood = FloodGuard(
        settings.flood_per_minute,
        settings.flood_burst,
        sleep,
        redis_of(storage),
    )
    dispatcher.message.outer_middleware(flood)  # after the account and language are known
    dispatcher.callback_query.outer_middleware(AnswerCallbacks())


def limits(settings: Settings) -> Limits:
    return Limits(
        settings.send_per_second,
        settings.announce_per_second,
        settings.chat_per_second,
        settings.group_per_minute,
    )


def make_storage(
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


def isolation(storage: BaseStorage) -> BaseEventIsolation:
    """One person's updates are handled one after another, in order; people run in parallel
    (across replicas with Redis)."""
    if isinstance(storage, RedisStorage):
        return storage.create_isolation(lock_kwargs={"timeout": LOCK_SECONDS})
    return SimpleEventIsolation()


def cipher_of(settings: Settings) -> Cipher:
    key = settings.data_key.get_secret_value() if settings.data_key else None
    return load_cipher(key, settings.data_dir, generate=settings.is_sqlite)


def redis_of(storage: BaseStorage) -> Redis | None:
    """The Redis the replicas share (pace, flood guard), or None on the embedded default."""
    return storage.redis if isinstance(storage, RedisStorage) else None
