"""Throughput and latency of Qorgau's real Dispatcher under three mixes of updates, beside a
bare aiogram bot measured in the same run, on SQLite and on PostgreSQL + Redis; SQL statements,
commits and connections per update; how closing a case and the retention purge grow with the
database; start time and memory. Telegram is the in-process LocalSession, so this measures our
code and the database, not the network. Prints figures; asserts nothing.

    .venv/bin/python scripts/bench_updates.py [--backends sqlite,pg] [--concurrency 20,200]
        [--users 200] [--mix realistic,search,intake] [--lawyers 5]
        [--database URL] [--redis URL] [--scale] [--start | --no-start]

The last line is the realistic mix on SQLite at 20 concurrent, e.g.
    ratio 0.62 p99 14.1 ms (sqlite, 20 concurrent)
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import datetime as dt
import gc
import html
import json
import logging
import os
import random
import re
import secrets
import signal
import socket
import statistics
import sys
import tempfile
import time
from collections import Counter, defaultdict
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from aiogram import Bot, Dispatcher, F, Router
from aiogram.types import CallbackQuery, Message
from aiohttp import web
from cryptography.fernet import Fernet
from redis.asyncio import Redis
from sqlalchemy import event, func, insert, inspect, select, text, update
from sqlalchemy.engine import make_url
from sqlalchemy.ext.asyncio import AsyncEngine, create_async_engine

from bot.app import App, create_app
from bot.config import Settings
from bot.console.harness import Harness, Person
from bot.console.session import LocalSession, Shown
from bot.db.migrate import upgrade
from bot.db.models import LawyerProfile, Ticket, TicketMessage, User
from bot.kb.check import check
from bot.kb.model import KnowledgeBase

SCRIPT = Path(__file__).resolve()
ROOT = SCRIPT.parents[1]
KEY = Fernet.generate_key().decode()
# a bot id of our own: FSM keys in Redis never meet those of another process using the same db
TOKEN = f"{secrets.randbelow(10**9) + 10**9}:BENCH"
PG_SERVER = "postgresql+asyncpg://postgres@127.0.0.1:5432/test"
REDIS_DB = "redis://127.0.0.1:6379/14"
LOCALE = "ru"
WORK = "💼 Работа"  # a topic and one of its articles, as the Russian menu shows them
ARTICLE = "Работодатель не платит зарплату"
FIRST_CLIENT = 10_000
FIRST_LAWYER = 900
RUN_STRIDE = 1_000_000  # every run gets its own range of Telegram ids
KINDS = ("command", "button", "search", "intake", "lawyer", "relay")
QUESTIONS = (
    "работодатель третий месяц не отдает зарплату что делать",
    "как продлить регистрацию мигранту",
    "на работе забрали паспорт и не отдают",
    "можно ли отдать ребенка в школу без документов",
    "что делать если задержала полиция",
    "как получить рвп в казахстане",
    "сколько платить за патент в месяц",
    "скорая помощь бесплатно для иностранцев",
    "employer hasnt paid my salary for 2 months",
    "how to apply for asylum in kazakhstan",
    "xo'jayin 2 oydan beri oylik bermayapti",
    "жұмыс беруші жалақы төлемей жүр не істеу керек",
    "кордеҳ музди меҳнатамро намедиҳад чӣ кор кунам",
    "кожоюн айлыгымды бербей жатат эмне кылам",
    "где моя зарплата",
    "депортация что делать",
)

log = logging.getLogger("bench")


# --- errors the bot logs ------------------------------------------------------------------------


class ErrorLog(logging.Handler):
    """Counts ERROR records by exception type (the bot logs the type name, never the text) and
    shows the first few of each kind, so a run with 5 000 failures does not flood the screen."""

    SHOW = 2

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.counts: Counter[str] = Counter()
        self.shown: Counter[str] = Counter()
        self.echo = logging.StreamHandler(sys.stderr)
        self.echo.setFormatter(Shortened("%(levelname)s %(name)s: %(message)s"))

    def emit(self, record: logging.LogRecord) -> None:
        kind = _error_kind(record)
        if record.levelno >= logging.ERROR:
            self.counts[kind] += 1
        if self.shown[kind] < self.SHOW:
            self.shown[kind] += 1
            self.echo.handle(record)

    def take(self) -> Counter[str]:
        counts, self.counts = self.counts, Counter()
        return counts


class Shortened(logging.Formatter):
    """The first line and the innermost frames of a long record (a traceback in the text)."""

    def format(self, record: logging.LogRecord) -> str:
        lines = super().format(record).splitlines()
        if len(lines) <= 12:
            return "\n".join(lines)
        return "\n".join([lines[0], "  ...", *lines[-10:]])


def _error_kind(record: logging.LogRecord) -> str:
    if record.exc_info and record.exc_info[0] is not None:
        return record.exc_info[0].__name__
    args = record.args if isinstance(record.args, tuple) else ()
    named = [arg for arg in args if isinstance(arg, str) and re.fullmatch(r"[A-Z]\w+", arg)]
    return named[0] if named else f"{record.name}:{record.levelname}"


ERRORS = ErrorLog()


def setup_logging() -> None:
    logging.getLogger().addHandler(ERRORS)
    logging.getLogger().setLevel(logging.WARNING)
    log.setLevel(logging.INFO)
    log.propagate = False
    own = logging.StreamHandler(sys.stderr)
    own.setFormatter(logging.Formatter("bench: %(message)s"))
    log.addHandler(own)


# --- driving people -----------------------------------------------------------------------------


class JourneyFailed(Exception):
    """The bot answered, but not what a user needs to go on."""


@dataclass
class Driver:
    """Feeds each update, times it and (in the counting run) charges what it cost to its kind."""

    tally: Counter[str] | None = None
    timings: list[float] = field(default_factory=list)
    kinds: dict[str, Counter[str]] = field(default_factory=lambda: defaultdict(Counter))

    async def do(self, kind: str, action: Awaitable[list[Shown]]) -> list[Shown]:
        before = self.tally.copy() if self.tally is not None else None
        started = time.perf_counter()
        replies = await action
        self.timings.append(time.perf_counter() - started)
        if before is not None and self.tally is not None:
            self.kinds[kind].update(self.tally - before)
            self.kinds[kind]["updates"] += 1
        return replies


@dataclass
class Lawyer:
    person: Person
    lock: asyncio.Lock = field(default_factory=asyncio.Lock)  # "write to" + the reply, together


@dataclass
class Bench:
    app: App
    harness: Harness
    driver: Driver
    first_id: int = FIRST_CLIENT
    lawyers: list[Lawyer] = field(default_factory=list)

    def t(self, key: str, **kwargs: Any) -> str:
        return plain(str(self.app.core.get(key, LOCALE, **kwargs)))


def plain(markup: str) -> str:
    """Text as a reader sees it: no tags, no entities, no direction isolates."""
    text = html.unescape(re.sub(r"<[^>]+>", "", markup))
    return text.replace("\u2066", "").replace("\u2069", "")


def expect(condition: object, what: str) -> None:
    if not condition:
        raise JourneyFailed(what)


async def step(
    bench: Bench,
    kind: str,
    action: Awaitable[list[Shown]],
    what: str,
    *,
    says: str | None = None,
    button: str | None = None,
    about: str = "",
    quiet: bool = False,
) -> list[Shown]:
    """One update; the journey fails unless the reply says `says` / offers `button` (under
    a message that mentions `about`)."""
    replies = await bench.driver.do(kind, action)
    expect(quiet or replies, f"{what}: no reply")
    if says is not None:
        got = " / ".join(plain(shown.text)[:70] for shown in replies)
        expect(
            any(says in plain(shown.text) for shown in replies), f"{what}: no {says!r} in {got!r}"
        )
    if button is not None:
        expect(find(replies, button, about), f"{what}: no button {button!r} {about}".rstrip())
    return replies


def find(messages: list[Shown], label: str, fragment: str = "") -> Shown | None:
    """The newest message with this button (and this text in it)."""
    for shown in reversed(messages):
        if shown.button_data(label) is not None and fragment in plain(shown.text):
            return shown
    return None


def must(shown: Shown | None) -> Shown:
    if shown is None:
        raise JourneyFailed("the message went missing")
    return shown


async def tap(person: Person, shown: Shown, label: str) -> list[Shown]:
    data = shown.button_data(label)
    if data is None:
        raise JourneyFailed(f"no button {label!r} under the message")
    return await person.press(shown, data)


def received(person: Person, fragment: str) -> bool:
    return any(fragment in plain(shown.text) for shown in reversed(person.messages()))


# --- journeys -----------------------------------------------------------------------------------


async def onboard(bench: Bench, person: Person) -> None:
    language, consent = bench.t("lang-name"), bench.t("btn-consent-yes")
    await step(bench, "command", person.send("/start"), "/start", button=language)
    await step(bench, "button", person.click(language), "language", button=consent)
    await step(bench, "button", person.click(consent), "consent", button=WORK)


async def realistic(bench: Bench, user_id: int) -> None:
    """Browsing: onboarding, a topic, an article and a 👍, back, a question, /help."""
    person = bench.harness.person(user_id, "U", LOCALE)
    await onboard(bench, person)
    helpful = bench.t("btn-helpful-yes")
    await step(bench, "button", person.click(WORK), "topic", button=ARTICLE)
    await step(bench, "button", person.click(ARTICLE), "article", button=helpful)
    await step(bench, "button", person.click(helpful), "vote", quiet=True)
    await step(bench, "button", person.click(bench.t("btn-back")), "back", button=ARTICLE)
    await step(bench, "search", person.send("где моя зарплата"), "search", says=ARTICLE)
    await step(bench, "command", person.send("/help"), "/help")


async def searching(bench: Bench, user_id: int) -> None:
    """Onboard once, then eight different free-text questions."""
    person = bench.harness.person(user_id, "U", LOCALE)
    await onboard(bench, person)
    for n in range(8):
        question = QUESTIONS[(user_id + n) % len(QUESTIONS)]
        await step(bench, "search", person.send(question), f"question {n + 1}")


async def intake(bench: Bench, user_id: int) -> None:
    """A whole case: the questionnaire, /mycases, a lawyer claims and replies, the client
    answers, the lawyer closes it."""
    client = bench.harness.person(user_id, "U", LOCALE)
    await onboard(bench, client)
    ask = bench.t("btn-ask-lawyer")
    await step(bench, "button", client.click(WORK), "topic", button=ask)
    ref = await questionnaire(bench, client, user_id)
    replies = await step(bench, "command", client.send("/mycases"), "/mycases")
    expect(any(ref in label for shown in replies for label in shown.buttons), "/mycases: no case")
    if bench.lawyers:
        await lawyer_answers(bench, client, ref, bench.lawyers[user_id % len(bench.lawyers)])


async def questionnaire(bench: Bench, client: Person, user_id: int) -> str:
    """From "Ask a lawyer" to the sent request. Returns the case reference."""
    t = bench.t
    words = f"Работодатель не платит зарплату три месяца, №{user_id}"
    answers: list[tuple[Callable[[], Awaitable[list[Shown]]], str, str | None]] = [
        (lambda: client.click(t("btn-ask-lawyer")), "ask a lawyer", t("urgency-none")),
        (lambda: client.click(t("urgency-none")), "urgency", t("region-almaty_city")),
        (lambda: client.click(t("region-almaty_city")), "region", t("cit-uz")),
        (lambda: client.click(t("cit-uz")), "citizenship", None),
        (lambda: client.send(words), "words", t("btn-continue")),
        (lambda: client.click(t("btn-continue")), "continue", None),
        (lambda: client.send(t("btn-contact-bot")), "contact", t("btn-share-yes")),
        (lambda: client.click(t("btn-share-yes")), "consent to share", t("btn-send-request")),
    ]
    for action, what, button in answers:
        await step(bench, "intake", action(), what, button=button)
    replies = await step(bench, "intake", client.click(t("btn-send-request")), "send", says="Q-")
    found = re.search(r"Q-[0-9A-Z]+", " ".join(plain(shown.text) for shown in replies))
    if found is None:
        raise JourneyFailed("send: no case reference")
    return found.group(0)


async def lawyer_answers(bench: Bench, client: Person, ref: str, lawyer: Lawyer) -> None:
    t, person = bench.t, lawyer.person
    claim, write, close, outcome = (
        t(key) for key in ("btn-claim", "btn-case-write", "btn-case-close", "outcome-advice")
    )
    card = find(person.messages(), claim, ref)
    if card is None:
        raise JourneyFailed(f"no card with {claim!r} for the case")
    replies = await step(
        bench, "lawyer", tap(person, card, claim), "claim", button=write, about=ref
    )
    case = must(find(replies, write, ref))
    expect(received(client, t("client-claimed", ref=ref)), "the client was not told of the claim")
    words = f"Сохраните все переводы и переписку ({ref})"
    async with lawyer.lock:  # the reply goes to the lawyer's active case: choose it first
        await step(bench, "lawyer", tap(person, case, write), "write to", quiet=True)
        await step(bench, "lawyer", person.send(words), "lawyer's reply", says=ref)
    expect(received(client, words), "the lawyer's reply did not reach the client")
    answer = f"Спасибо, переписка есть в WhatsApp ({ref})"
    await step(bench, "relay", client.send(answer), "client's answer", says=ref)
    expect(received(person, answer), "the client's answer did not reach the lawyer")
    replies = await step(
        bench, "lawyer", tap(person, case, close), "close", button=outcome, about=ref
    )
    menu = must(find(replies, outcome, ref))
    await step(bench, "lawyer", tap(person, menu, outcome), "outcome", says=ref)
    expect(received(client, t("client-case-closed", ref=ref)), "the client was not told")


async def join_lawyers(bench: Bench, count: int) -> None:
    from bot.services.clock import utcnow
    from bot.services.invites import InviteService

    for n in range(count):
        async with bench.app.sessions() as session:
            token = await InviteService(session, utcnow).create("lawyer", dt.timedelta(hours=1))
        person = bench.harness.person(bench.first_id - FIRST_CLIENT + FIRST_LAWYER + n, "L")
        await step(bench, "command", person.send(f"/start {token}"), "lawyer's invite")
        await step(bench, "command", person.send("/duty"), "/duty", says=bench.t("duty-on"))
        bench.lawyers.append(Lawyer(person))


Journey = Callable[[Bench, int], Awaitable[None]]
JOURNEYS: dict[str, Journey] = {"realistic": realistic, "search": searching, "intake": intake}


# --- runs ---------------------------------------------------------------------------------------


@dataclass
class Outcome:
    elapsed: float
    timings: list[float]
    journeys: int
    failures: Counter[str] = field(default_factory=Counter)

    @property
    def rate(self) -> float:
        return len(self.timings) / self.elapsed if self.elapsed else 0.0

    @property
    def p50(self) -> float:
        return statistics.median(self.timings) if self.timings else float("nan")

    @property
    def p99(self) -> float:
        return percentile(self.timings, 0.99)


def percentile(values: list[float], share: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


def describe(error: BaseException) -> str:
    if isinstance(error, JourneyFailed):
        return str(error)
    first = str(error).splitlines()[0][:90] if str(error) else ""
    return f"{type(error).__name__}: {first}"


async def crowd(
    journey: Callable[[int], Awaitable[None]], users: int, concurrency: int, first_id: int
) -> tuple[float, Counter[str]]:
    """`users` journeys, at most `concurrency` at a time. Returns seconds and failures."""
    gate = asyncio.Semaphore(concurrency)
    failures: Counter[str] = Counter()

    async def one(user_id: int) -> None:
        async with gate:
            try:
                await journey(user_id)
            except Exception as error:
                failures[describe(error)] += 1

    started = time.perf_counter()
    await asyncio.gather(*(one(first_id + n) for n in range(users)))
    return time.perf_counter() - started, failures


async def run_mix(
    bench: Bench, mix: str, users: int, concurrency: int, first_id: int | None = None
) -> Outcome:
    journey = JOURNEYS[mix]
    elapsed, failures = await crowd(
        lambda user_id: journey(bench, user_id), users, concurrency, first_id or bench.first_id
    )
    return Outcome(elapsed, bench.driver.timings, users, failures)


def bare_dispatcher() -> Dispatcher:
    router = Router()

    @router.message(F.text)
    async def echo(message: Message) -> None:
        await message.answer("ok")

    @router.callback_query()
    async def pressed(callback: CallbackQuery) -> None:
        await callback.answer()
        if isinstance(callback.message, Message):
            await callback.message.edit_text(f"pressed {callback.data}")

    dispatcher = Dispatcher()
    dispatcher.include_router(router)
    return dispatcher


async def run_bare(users: int, concurrency: int, per_user: int = 9) -> Outcome:
    """The anchor: the same Harness and LocalSession, a Dispatcher that only echoes/edits."""
    session = LocalSession()
    bot = Bot("42:BARE", session=session)
    harness = Harness(bare_dispatcher(), bot, session)
    driver = Driver()

    async def journey(user_id: int) -> None:
        person = harness.person(user_id, "U", LOCALE)
        for n in range(per_user):
            if n % 2 == 0 or not person.messages():
                await driver.do("command", person.send("hello"))
            else:
                await driver.do("button", person.press(person.last, f"b{n}"))

    elapsed, failures = await crowd(journey, users, concurrency, FIRST_CLIENT)
    return Outcome(elapsed, driver.timings, users, failures)


# --- backends -----------------------------------------------------------------------------------


@dataclass
class Backend:
    name: str
    url: str
    redis_url: str | None
    data_dir: Path
    runs: int = 0

    def next_first_id(self) -> int:
        self.runs += 1
        return FIRST_CLIENT + self.runs * RUN_STRIDE

    async def reset(self) -> None:
        """Empty every table (and the Redis db), so each run starts from the same place."""
        engine = create_async_engine(self.url)  # no PRAGMAs: SQLite foreign keys stay off
        async with engine.begin() as connection:
            names = await connection.run_sync(lambda sync: inspect(sync).get_table_names())
            names = [name for name in names if name != "alembic_version"]
            if self.name == "sqlite":
                for name in names:
                    await connection.execute(text(f'DELETE FROM "{name}"'))
            elif names:
                quoted = ", ".join(f'"{name}"' for name in names)
                await connection.execute(text(f"TRUNCATE {quoted} RESTART IDENTITY CASCADE"))
        await engine.dispose()
        if self.redis_url:
            await flush_redis(self.redis_url)


async def flush_redis(url: str, *, first: bool = False) -> None:
    client = Redis.from_url(url)
    try:
        if first and await client.dbsize():
            log.warning("%s was not empty: is something else using it? Flushing it.", url)
        await client.flushdb()
    finally:
        await client.aclose()


@contextlib.asynccontextmanager
async def sqlite_backend() -> AsyncIterator[Backend]:
    with tempfile.TemporaryDirectory(prefix="bench-sqlite-") as tmp:
        url = f"sqlite+aiosqlite:///{tmp}/bench.db"
        await upgrade(url)
        yield Backend("sqlite", url, None, Path(tmp))


async def pg_execute(url: str, statement: str) -> None:
    engine = create_async_engine(url, isolation_level="AUTOCOMMIT")
    try:
        async with engine.connect() as connection:
            await connection.execute(text(statement))
    finally:
        await engine.dispose()


async def reachable(server: str, redis_url: str) -> str | None:
    """None if both servers answer, else why not."""
    try:
        await asyncio.wait_for(pg_execute(server, "SELECT 1"), 5)
    except Exception as error:
        return f"PostgreSQL at {make_url(server).host}: {type(error).__name__}"
    client = Redis.from_url(redis_url, socket_connect_timeout=3)
    try:
        await client.ping()
    except Exception as error:
        return f"Redis at {redis_url}: {type(error).__name__}"
    finally:
        await client.aclose()
    return None


@contextlib.asynccontextmanager
async def pg_backend(server: str, redis_url: str) -> AsyncIterator[Backend]:
    """A fresh PostgreSQL database (dropped at the end) and a flushed Redis db."""
    name = f"qorgau_bench_{os.getpid()}_{secrets.token_hex(3)}"
    url = make_url(server).set(database=name).render_as_string(hide_password=False)
    await pg_execute(server, f'CREATE DATABASE "{name}"')
    try:
        with tempfile.TemporaryDirectory(prefix="bench-pg-") as tmp:
            await upgrade(url)
            await flush_redis(redis_url, first=True)
            yield Backend("pg", url, redis_url, Path(tmp))
    finally:
        await flush_redis(redis_url)
        await pg_execute(server, f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@contextlib.asynccontextmanager
async def open_backend(name: str, args: argparse.Namespace) -> AsyncIterator[Backend | None]:
    if name == "sqlite":
        async with sqlite_backend() as backend:
            yield backend
        return
    why = await reachable(args.database, args.redis)
    if why is not None:
        print(f"pg: skipped, {why} is unreachable")
        yield None
        return
    async with pg_backend(args.database, args.redis) as backend:
        yield backend


_KNOWLEDGE: list[KnowledgeBase] = []


def knowledge() -> KnowledgeBase:
    """The repository's knowledge base, validated once (every run builds a new app)."""
    if not _KNOWLEDGE:
        report = check(ROOT / "knowledge", dt.date.today(), LOCALE)
        if report.errors:
            raise SystemExit(f"knowledge base has errors: {report.errors[:3]}")
        _KNOWLEDGE.append(report.kb)
    return _KNOWLEDGE[0]


def build_bench(backend: Backend, driver: Driver | None = None) -> Bench:
    settings = Settings(
        _env_file=None,
        DATABASE_URL=backend.url,
        REDIS_URL=backend.redis_url or "",
        KNOWLEDGE_DIR=ROOT / "knowledge",
        LOCALES_DIR=ROOT / "locales",
        DATA_KEY=KEY,
        DATA_DIR=backend.data_dir,
        ADMIN_IDS="",
        LAWYERS_CHAT_ID="",
    )
    session = LocalSession()
    app = create_app(settings, session=session, token=TOKEN, knowledge=knowledge())
    if hasattr(app, "settle_heap"):
        app.settle_heap()  # as `qorgau run` does after start
    harness = Harness(app.dispatcher, app.bot, session)
    return Bench(app, harness, driver or Driver(), backend.next_first_id())


async def close_bench(bench: Bench) -> None:
    """Close the app and let the collector see what settle_heap froze (the next run's app must
    not inherit this one's frozen garbage)."""
    await bench.app.close()
    gc.unfreeze()


# --- per-update counts --------------------------------------------------------------------------


def count_sql(engine: AsyncEngine, tally: Counter[str]) -> None:
    def statement(*_: Any) -> None:
        tally["statements"] += 1

    def commit(*_: Any) -> None:
        tally["commits"] += 1

    def checkout(*_: Any) -> None:
        tally["checkouts"] += 1

    event.listen(engine.sync_engine, "before_cursor_execute", statement)
    event.listen(engine.sync_engine, "commit", commit)
    event.listen(engine.sync_engine.pool, "checkout", checkout)


@contextlib.contextmanager
def count_redis(tally: Counter[str]) -> Iterator[None]:
    """Every command any redis.asyncio client sends (patched here, for this run only)."""
    original: Any = Redis.execute_command

    async def counted(self: Redis, *args: Any, **options: Any) -> Any:
        tally["redis"] += 1
        return await original(self, *args, **options)

    Redis.execute_command = counted  # type: ignore[method-assign]
    try:
        yield
    finally:
        Redis.execute_command = original  # type: ignore[method-assign]


async def per_update_counts(backend: Backend) -> None:
    """Single-threaded: what each kind of update costs, after one warm-up journey."""
    await backend.reset()
    tally: Counter[str] = Counter()
    bench = build_bench(backend, Driver(tally))
    count_sql(bench.app.engine, tally)
    failures: Counter[str] = Counter()
    try:
        with count_redis(tally):
            await realistic(bench, bench.first_id + 99)  # warm-up: connections, caches
            bench.driver.kinds.clear()
            await join_lawyers(bench, 2)
            plan = [realistic] * 3 + [searching] * 2 + [intake] * 3
            for n, journey in enumerate(plan):
                try:
                    await journey(bench, bench.first_id + n)
                except Exception as error:
                    failures[describe(error)] += 1
    finally:
        await close_bench(bench)
    print_counts(backend, bench.driver.kinds, failures)


def print_counts(backend: Backend, kinds: dict[str, Counter[str]], failed: Counter[str]) -> None:
    redis = backend.redis_url is not None
    print(
        f"\nper-update counts, {backend.name} (single-threaded, 3 realistic + 2 search + 3 intake)"
    )
    print(
        f"{'kind':<9} {'updates':>7} {'statements':>11} {'commits':>8} {'checkouts':>10}"
        + (f" {'redis cmds':>10}" if redis else "")
        + "   (per update)"
    )
    for kind in KINDS:
        counts = kinds.get(kind)
        if not counts:
            continue
        n = counts["updates"]
        line = (
            f"{kind:<9} {n:>7} {counts['statements'] / n:>11.2f} {counts['commits'] / n:>8.2f} "
            f"{counts['checkouts'] / n:>10.2f}"
        )
        print(line + (f" {counts['redis'] / n:>10.2f}" if redis else ""))
    for reason, count in failed.most_common(5):
        print(f"  failed journey ×{count}: {reason}")


# --- timed runs ---------------------------------------------------------------------------------


@dataclass
class Row:
    backend: str
    concurrency: int
    mix: str
    qorgau: Outcome
    bare: Outcome
    errors: Counter[str]
    gc: GcPauses

    @property
    def ratio(self) -> float:
        return self.qorgau.rate / self.bare.rate if self.bare.rate else float("nan")


async def timed_run(backend: Backend, mix: str, users: int, concurrency: int, lawyers: int) -> Row:
    await backend.reset()
    gc.collect()
    ERRORS.take()
    bare = await run_bare(users, concurrency)
    bench = build_bench(backend)
    pauses = GcPauses()
    try:
        if mix == "intake":
            await join_lawyers(bench, lawyers)
        warm_up = await run_mix(bench, mix, 1, 1, first_id=bench.first_id + users)
        bench.driver.timings.clear()
        with pauses.watching():
            qorgau = await run_mix(bench, mix, users, concurrency)
    finally:
        await close_bench(bench)
    qorgau.failures.update({f"warm-up: {k}": n for k, n in warm_up.failures.items()})
    qorgau.journeys += warm_up.journeys
    return Row(backend.name, concurrency, mix, qorgau, bare, ERRORS.take(), pauses)


@dataclass
class GcPauses:
    """Full (generation 2) garbage collections while Qorgau ran, and the longest of them."""

    count: int = 0
    longest: float = 0.0
    _started: float = 0.0

    def __call__(self, phase: str, info: dict[str, int]) -> None:
        if info.get("generation") != 2:
            return
        if phase == "start":
            self._started = time.perf_counter()
        else:
            self.count += 1
            self.longest = max(self.longest, time.perf_counter() - self._started)

    def summary(self) -> str:
        return f"{self.count}, ≤{self.longest * 1000:.0f} ms" if self.count else "none"

    @contextlib.contextmanager
    def watching(self) -> Iterator[None]:
        gc.callbacks.append(self)
        try:
            yield
        finally:
            gc.callbacks.remove(self)


HEADER = (
    f"{'backend':<7} {'conc':>4} {'mix':<9} {'updates':>7} {'upd/s':>7} {'p50 ms':>7} "
    f"{'p99 ms':>7} | {'bare/s':>7} {'p50 ms':>6} {'p99 ms':>6} | {'ratio':>5} "
    f"{'errors':>6} {'failed':>9} | {'full gc':>7}"
)


def print_row(row: Row) -> None:
    q, b = row.qorgau, row.bare
    failed = sum(q.failures.values())
    print(
        f"{row.backend:<7} {row.concurrency:>4} {row.mix:<9} {len(q.timings):>7} "
        f"{q.rate:>7.0f} {q.p50 * 1000:>7.1f} {q.p99 * 1000:>7.1f} | {b.rate:>7.0f} "
        f"{b.p50 * 1000:>6.1f} {b.p99 * 1000:>6.1f} | {row.ratio:>5.2f} "
        f"{sum(row.errors.values()):>6} {f'{failed}/{q.journeys}':>9} | "
        f"{row.gc.summary():>7}",
        flush=True,
    )
    if row.errors:
        print("    errors: " + ", ".join(f"{k} ×{n}" for k, n in row.errors.most_common()))
    for reason, count in q.failures.most_common(5):
        print(f"    failed journey ×{count}: {reason}")
    if sum(b.failures.values()):
        print(f"    bare bot failures: {dict(b.failures)}")


async def timed_runs(backend: Backend, args: argparse.Namespace) -> list[Row]:
    rows = []
    for concurrency in args.concurrency:
        for mix in args.mix:
            row = await timed_run(backend, mix, args.users, concurrency, args.lawyers)
            print_row(row)
            rows.append(row)
    return rows


def last_line(rows: list[Row]) -> str:
    for row in rows:
        if (row.backend, row.concurrency, row.mix) == ("sqlite", 20, "realistic"):
            p99 = row.qorgau.p99 * 1000
            return f"ratio {row.ratio:.2f} p99 {p99:.1f} ms (sqlite, 20 concurrent)"
    return "ratio n/a: the realistic mix on sqlite at 20 concurrent was not run"


# --- scale: closing a case and the retention purge on a big database ----------------------------

SCALES = (("1k", 1_000, 500), ("100k", 100_000, 50_000))
RETENTION = dt.timedelta(days=180)
SCALE_LAWYERS = range(1, 11)
CHUNK = 5_000
WIPED_AT = "wiped_at" in Ticket.__table__.c  # newer schemas mark wiped tickets


@dataclass
class ScaleTimes:
    fill: float
    close: float
    purge_first: float
    wiped: int
    purge_again: float


Chunk = tuple[list[dict[str, Any]], list[dict[str, Any]]]


def scale_rows(tickets: int, users: int, token: str) -> Iterator[Chunk]:
    """Tickets and their messages in chunks: 85 % closed (55 % of those so old that retention
    already wiped them, 2 % just past the retention line, as after a few days without the hourly
    job, the rest recent), 10 % claimed, 5 % new."""
    rng = random.Random(tickets)
    now = dt.datetime.now(dt.UTC)
    chunk: Chunk = ([], [])
    for ticket_id in range(1, tickets + 1):
        ticket = scale_ticket(ticket_id, rng, now, users, token)
        chunk[0].append(ticket)
        for n in range(3):
            chunk[1].append(
                {
                    "ticket_id": ticket_id,
                    "author": "lawyer" if n == 1 else "client",
                    "author_id": ticket["client_id"],
                    "kind": "text",
                    "body": ticket["description"] and token,
                    "delivered": True,
                    "created_at": ticket["created_at"] + dt.timedelta(minutes=n),
                }
            )
        if len(chunk[0]) >= CHUNK:
            yield chunk
            chunk = ([], [])
    if chunk[0]:
        yield chunk


def scale_ticket(
    ticket_id: int, rng: random.Random, now: dt.datetime, users: int, token: str
) -> dict[str, Any]:
    share = rng.random()
    if share < 0.05:
        status, closed_days = "new", None
    elif share < 0.15:
        status, closed_days = "claimed", None
    else:
        status = "closed"
        age = rng.random()
        closed_days = (
            rng.uniform(200, 900) if age < 0.55 else rng.uniform(181, 185) if age < 0.57 else
            rng.uniform(1, 170)
        )  # fmt: skip
    closed_at = now - dt.timedelta(days=closed_days) if closed_days else None
    created_at = (closed_at or now) - dt.timedelta(days=rng.uniform(0.1, 10))
    wiped = closed_days is not None and closed_days >= 200
    row = {
        "id": ticket_id,
        "ref": f"Q{ticket_id:07d}",
        "client_id": 1_000 + rng.randrange(users),
        "topic": rng.choice(("employment", "documents", "expulsion", "health")),
        "locale": "ru",
        "priority": "P3",
        "urgency": "none",
        "status": status,
        "description": None if wiped else token,
        "assignee_id": rng.choice(SCALE_LAWYERS) if status != "new" else None,
        "outcome": "advice" if status == "closed" else None,
        "created_at": created_at,
        "claimed_at": created_at if status != "new" else None,
        "closed_at": closed_at,
        "next_announce_at": created_at + dt.timedelta(days=1) if status == "new" else None,
        "announce_count": 0,
    }
    if WIPED_AT:  # the schema marks wiped tickets; the hourly purge marked these long ago
        row["wiped_at"] = closed_at + RETENTION if wiped and closed_at else None
    return row


async def fill(engine: AsyncEngine, tickets: int, users: int) -> None:
    now = dt.datetime.now(dt.UTC)
    token = Fernet(KEY.encode()).encrypt("Работодатель не платит зарплату".encode()).decode()
    people = [
        {"id": n, "locale": "ru", "role": "lawyer", "consent_at": now, "created_at": now}
        for n in SCALE_LAWYERS
    ] + [
        {"id": 1_000 + n, "locale": "ru", "role": "client", "consent_at": now, "created_at": now}
        for n in range(users)
    ]
    async with engine.begin() as connection:
        for start in range(0, len(people), CHUNK):
            await connection.execute(insert(User), people[start : start + CHUNK])
        profiles = [{"user_id": n, "on_duty": True} for n in SCALE_LAWYERS]
        await connection.execute(insert(LawyerProfile), profiles)
        for ticket_rows, message_rows in scale_rows(tickets, users, token):
            await connection.execute(insert(Ticket), ticket_rows)
            await connection.execute(insert(TicketMessage), message_rows)
        await set_active_tickets(connection)


async def set_active_tickets(connection: Any) -> None:
    """Clients with an open case write to it: their active_ticket_id points at it."""
    mine_open = (Ticket.client_id == User.id, Ticket.status != "closed")
    newest_open = select(func.max(Ticket.id)).where(*mine_open).scalar_subquery()
    await connection.execute(
        update(User)
        .where(select(Ticket.id).where(*mine_open).exists())
        .values(active_ticket_id=newest_open)
    )
    if connection.dialect.name == "postgresql":
        await connection.execute(text("ANALYZE"))  # what autovacuum does on a live database


async def timed(work: Callable[[], Awaitable[Any]]) -> tuple[float, Any]:
    started = time.perf_counter()
    result = await work()
    return time.perf_counter() - started, result


async def scale_times(url: str, tickets: int, users: int, runs: int = 7) -> ScaleTimes:
    """Fill a fresh database, then time closing `runs` cases and the retention purge."""
    from bot.db.engine import build_engine, build_session_factory
    from bot.services.clock import utcnow
    from bot.services.retention import purge_closed

    engine = build_engine(url)
    sessions = build_session_factory(engine)
    try:
        fill_seconds, _ = await timed(lambda: fill(engine, tickets, users))
        closes = await close_times(sessions, runs)

        async def purge() -> int:
            async with sessions() as session:
                return await purge_closed(session, utcnow, RETENTION)

        first, wiped = await timed(purge)
        again = [(await timed(purge))[0] for _ in range(5)]
    finally:
        await engine.dispose()
    return ScaleTimes(fill_seconds, median(closes), first, wiped, median(again))


async def close_times(sessions: Any, runs: int) -> list[float]:
    """Seconds for each of `runs` claimed cases closed by its lawyer, one session each."""
    from bot.crypto import Cipher
    from bot.services.clock import utcnow
    from bot.services.tickets import TicketService
    from bot.services.users import Actor

    cipher, sla = Cipher([KEY]), Settings(_env_file=None).sla()
    async with sessions() as session:
        query = select(Ticket.id, Ticket.assignee_id).where(Ticket.status == "claimed")
        claimed = (await session.execute(query.limit(runs))).all()
    seconds = []
    for ticket_id, lawyer_id in claimed:
        async with sessions() as session:
            service = TicketService(session, utcnow, cipher, sla)
            actor = Actor(lawyer_id or 0, "lawyer", "ru", True)
            started = time.perf_counter()
            await service.close(actor, ticket_id, "advice")
            seconds.append(time.perf_counter() - started)
    return seconds


def median(values: list[float]) -> float:
    return statistics.median(values) if values else float("nan")


async def scale_run(backend: Backend) -> None:
    results = []
    for label, tickets, users in SCALES:
        await backend.reset()
        log.info("scale %s %s: filling %s tickets, %s users", backend.name, label, tickets, users)
        results.append(await scale_times(backend.url, tickets, users))
    small, big = results
    print(
        f"\nscale, {backend.name}: {SCALES[0][0]} vs {SCALES[1][0]} tickets (and 500 vs 50k users)"
    )
    print(f"{'':<34} {'1k':>10} {'100k':>10} {'ratio':>8}")
    lines = (
        ("close one case (median of 7)", small.close, big.close),
        ("retention purge, first run", small.purge_first, big.purge_first),
        ("retention purge, again (median 5)", small.purge_again, big.purge_again),
    )
    for name, one, other in lines:
        print(f"{name:<34} {one * 1000:>7.1f} ms {other * 1000:>7.1f} ms {other / one:>7.1f}×")
    print(f"{'tickets wiped by the first purge':<34} {small.wiped:>10} {big.wiped:>10}")
    print(f"{'filling the database':<34} {small.fill:>8.1f} s {big.fill:>8.1f} s")


# --- start time and memory ----------------------------------------------------------------------


def vm_rss_kb(pid: int | str = "self", field_name: str = "VmRSS") -> int:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith(field_name + ":"):
            return int(line.split()[1])
    return 0


@dataclass
class FakeBotApi:
    """Just enough of the Bot API for `qorgau run` to start polling."""

    polled: asyncio.Event = field(default_factory=asyncio.Event)
    port: int = 0

    async def handle(self, request: web.Request) -> web.Response:
        method = request.match_info["method"].lower()
        if method == "getupdates":
            self.polled.set()
            await asyncio.sleep(1.0)  # a long poll with nothing new
            return web.json_response({"ok": True, "result": []})
        if method == "getme":
            me = {"id": 42, "is_bot": True, "first_name": "Qorgau", "username": "qorgau_bot"}
            return web.json_response({"ok": True, "result": me})
        return web.json_response({"ok": True, "result": True})

    @contextlib.asynccontextmanager
    async def serving(self) -> AsyncIterator[FakeBotApi]:
        app = web.Application()
        app.router.add_route("*", "/bot{token}/{method}", self.handle)
        runner = web.AppRunner(app, handle_signals=False)
        await runner.setup()
        sock = socket.socket()
        sock.bind(("127.0.0.1", 0))
        self.port = sock.getsockname()[1]
        await web.SockSite(runner, sock).start()
        try:
            yield self
        finally:
            await runner.cleanup()


def bot_env(port: int, tmp: Path) -> dict[str, str]:
    names = {str(f.validation_alias) for f in Settings.model_fields.values()}
    env = {name: value for name, value in os.environ.items() if name not in names}
    env.update(
        BOT_TOKEN="42:START",
        TELEGRAM_API_URL=f"http://127.0.0.1:{port}",
        DATABASE_URL=f"sqlite+aiosqlite:///{tmp}/start.db",
        DATA_DIR=str(tmp / "data"),
        KNOWLEDGE_DIR=str(ROOT / "knowledge"),
        LOCALES_DIR=str(ROOT / "locales"),
    )
    return env


async def stop(process: asyncio.subprocess.Process) -> None:
    if process.returncode is not None:
        return
    process.send_signal(signal.SIGINT)
    try:
        await asyncio.wait_for(process.wait(), 15)
    except TimeoutError:
        process.kill()
        await process.wait()


async def launch(api: FakeBotApi) -> tuple[float, int]:
    """Seconds from `python -m bot run` to its first getUpdates, and its RSS (kB) then."""
    api.polled.clear()
    with tempfile.TemporaryDirectory(prefix="bench-start-") as tmp:
        errors = Path(tmp) / "stderr.log"
        with errors.open("wb") as stderr:
            started = time.perf_counter()
            process = await asyncio.create_subprocess_exec(
                sys.executable, "-m", "bot", "run",
                cwd=ROOT, env=bot_env(api.port, Path(tmp)),
                stdout=asyncio.subprocess.DEVNULL, stderr=stderr,
            )  # fmt: skip
            try:
                await asyncio.wait_for(api.polled.wait(), 90)
                seconds = time.perf_counter() - started
                rss = vm_rss_kb(process.pid)
            except TimeoutError:
                log.warning("the bot did not poll; its stderr:\n%s", errors.read_text()[-3000:])
                raise
            finally:
                await stop(process)
    return seconds, rss


async def start_times(launches: int = 3) -> None:
    async with FakeBotApi().serving() as api:
        results = [await launch(api) for _ in range(launches)]
    seconds = statistics.median(s for s, _ in results)
    rss = statistics.median(r for _, r in results)
    each = ", ".join(f"{s:.2f}" for s, _ in results)
    print(f"\nstart: `python -m bot run` to the first getUpdates: median {seconds:.2f} s ({each})")
    print(f"start: RSS once polling: {rss / 1024:.0f} MB (fresh SQLite file, migrations included)")


async def child_rss(args: argparse.Namespace) -> None:
    """Run the Qorgau part of the realistic and intake mixes in a child process; show its RSS."""
    process = await asyncio.create_subprocess_exec(
        sys.executable, str(SCRIPT), "--child-rss",
        "--users", str(args.users), "--lawyers", str(args.lawyers),
        "--concurrency", str(args.concurrency[0]),
        cwd=ROOT, stdout=asyncio.subprocess.PIPE,
    )  # fmt: skip
    out, _ = await process.communicate()
    lines = out.decode().strip().splitlines()
    if process.returncode != 0 or not lines:
        print(f"memory: the child process failed (exit {process.returncode})")
        return
    data = json.loads(lines[-1])
    print(
        f"memory (child process, sqlite, {data['concurrency']} concurrent): RSS after start "
        f"{data['start'] / 1024:.0f} MB, after realistic+intake ({data['updates']} updates, "
        f"{data['failed']} failed journeys) {data['after'] / 1024:.0f} MB, "
        f"peak {data['peak'] / 1024:.0f} MB"
    )
    for reason, count in data["reasons"]:
        print(f"    failed journey ×{count}: {reason}")


async def child_main(args: argparse.Namespace) -> None:
    """The child of `child_rss`: no bare bot, no bookkeeping beyond the timings."""
    async with sqlite_backend() as backend:
        bench = build_bench(backend)
        start = vm_rss_kb()
        outcomes = [await run_mix(bench, "realistic", args.users, args.concurrency[0])]
        await join_lawyers(bench, args.lawyers)
        bench.first_id += args.users
        outcomes.append(await run_mix(bench, "intake", args.users, args.concurrency[0]))
        after = vm_rss_kb()
        await close_bench(bench)
    failures = sum((outcome.failures for outcome in outcomes), Counter())
    result = {
        "start": start,
        "after": after,
        "peak": vm_rss_kb(field_name="VmHWM"),
        "updates": len(bench.driver.timings),
        "failed": sum(failures.values()),
        "reasons": failures.most_common(5),
        "concurrency": args.concurrency[0],
    }
    print(json.dumps(result))


# --- main ---------------------------------------------------------------------------------------


def csv(choices: tuple[str, ...] | None = None, kind: type = str) -> Callable[[str], list[Any]]:
    def parse(value: str) -> list[Any]:
        items = [kind(item.strip()) for item in value.split(",") if item.strip()]
        if choices is not None and any(item not in choices for item in items):
            raise argparse.ArgumentTypeError(f"choose from {', '.join(choices)}")
        return items

    return parse


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    add = parser.add_argument
    add("--backends", type=csv(("sqlite", "pg")), default=["sqlite", "pg"], help="sqlite,pg")
    add("--concurrency", type=csv(kind=int), default=[20, 200], help="people at a time")
    add("--users", type=int, default=200, help="journeys per mix and run")
    add("--mix", type=csv(tuple(JOURNEYS)), default=list(JOURNEYS), help=",".join(JOURNEYS))
    add("--lawyers", type=int, default=5, help="lawyers on duty in the intake mix")
    add("--database", default=PG_SERVER, help="PostgreSQL server (a fresh database is made)")
    add("--redis", default=REDIS_DB, help="Redis db for the pg backend (FLUSHED before/after)")
    add("--scale", action="store_true", help="also time close/purge on 1k and 100k tickets")
    add("--start", action="store_true", help="only start time and memory (and --scale)")
    add("--no-start", action="store_true", help="leave start time and memory out")
    add("--child-rss", action="store_true", help=argparse.SUPPRESS)
    return parser.parse_args(argv)


async def bench_backends(args: argparse.Namespace) -> list[Row]:
    rows: list[Row] = []
    if not args.start:
        await run_bare(50, 20)  # warm the interpreter up before the first anchor is timed
    for name in args.backends:
        async with open_backend(name, args) as backend:
            if backend is None:
                continue
            if not args.start:
                await per_update_counts(backend)
                print(f"\n{args.users} journeys per mix and run, {name}")
                print(HEADER)
                rows += await timed_runs(backend, args)
            if args.scale:
                await scale_run(backend)
    return rows


async def main() -> None:
    args = parse_args()
    setup_logging()
    if args.child_rss:
        await child_main(args)
        return
    rows = await bench_backends(args)
    if not args.no_start:
        await start_times()
        await child_rss(args)
    if not args.start:
        print(last_line(rows))


if __name__ == "__main__":
    asyncio.run(main())
