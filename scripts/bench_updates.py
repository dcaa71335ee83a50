"""Throughput and latency of a realistic mix of updates through Qorgau's real Dispatcher, beside a
bare aiogram bot measured in the same run. Telegram is the in-process LocalSession, so this
measures our code and the database, not the network. Prints figures; asserts nothing.

    .venv/bin/python scripts/bench_updates.py [--users 200] [--database URL]
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import tempfile
import time
from pathlib import Path

from aiogram import Bot, Dispatcher, F, Router
from aiogram.types import CallbackQuery, Message
from cryptography.fernet import Fernet

from bot.app import create_app
from bot.config import Settings
from bot.console.harness import Harness
from bot.console.session import LocalSession
from bot.db.migrate import upgrade

ROOT = Path(__file__).resolve().parents[1]


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


async def journey(harness: Harness, user_id: int, timings: list[float]) -> None:
    person = harness.person(user_id, "U", "ru")
    steps = [
        lambda: person.send("/start"),
        lambda: person.click("Русский"),
        lambda: person.click("✅ Соглашаюсь"),
        lambda: person.click("💼 Работа"),
        lambda: person.click("Работодатель не платит зарплату"),
        lambda: person.click("⬅️ Назад"),
        lambda: person.send("где моя зарплата"),
        lambda: person.send("/help"),
    ]
    for step in steps:
        started = time.perf_counter()
        await step()
        timings.append(time.perf_counter() - started)


async def run_mix(harness: Harness, users: int, concurrency: int) -> tuple[float, list[float]]:
    timings: list[float] = []
    gate = asyncio.Semaphore(concurrency)

    async def one(user_id: int) -> None:
        async with gate:
            await journey(harness, user_id, timings)

    started = time.perf_counter()
    await asyncio.gather(*(one(10_000 + n) for n in range(users)))
    return time.perf_counter() - started, timings


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


async def run_bare(users: int, concurrency: int) -> tuple[float, list[float]]:
    session = LocalSession()
    bot = Bot("42:BARE", session=session)
    harness = Harness(bare_dispatcher(), bot, session)
    timings: list[float] = []
    gate = asyncio.Semaphore(concurrency)

    async def one(user_id: int) -> None:
        async with gate:
            person = harness.person(user_id, "U", "ru")
            for n in range(8):
                started = time.perf_counter()
                if n % 2 == 0 or not person.messages():
                    await person.send("hello")
                else:
                    await person.press(person.last, f"b{n}")
                timings.append(time.perf_counter() - started)

    started = time.perf_counter()
    await asyncio.gather(*(one(10_000 + n) for n in range(users)))
    return time.perf_counter() - started, timings


def report(name: str, elapsed: float, timings: list[float]) -> None:
    print(
        f"{name:<28} {len(timings):>6} updates  {len(timings) / elapsed:>8.0f} updates/s  "
        f"p50 {statistics.median(timings) * 1000:6.2f} ms  "
        f"p99 {percentile(timings, 0.99) * 1000:6.2f} ms"
    )


async def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--users", type=int, default=200)
    parser.add_argument("--concurrency", type=int, default=20)
    parser.add_argument("--database", help="default: a fresh SQLite file")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        url = args.database or f"sqlite+aiosqlite:///{tmp}/bench.db"
        await upgrade(url)
        settings = Settings(  # type: ignore[call-arg]
            _env_file=None,
            DATABASE_URL=url,
            KNOWLEDGE_DIR=ROOT / "knowledge",
            LOCALES_DIR=ROOT / "locales",
            DATA_KEY=Fernet.generate_key().decode(),
        )
        session = LocalSession()
        app = create_app(settings, session=session, token="42:BENCH")
        harness = Harness(app.dispatcher, app.bot, session)
        print(f"{args.users} users × 8 updates, {args.concurrency} at a time, {url.split(':')[0]}")
        report("bare aiogram (echo)", *await run_bare(args.users, args.concurrency))
        report("qorgau (realistic mix)", *await run_mix(harness, args.users, args.concurrency))
        await app.close()


if __name__ == "__main__":
    asyncio.run(main())
