"""A bot under load, to be killed with SIGKILL by `test_kill9.py`: many people vote, open cases
and write into them through the real Dispatcher on a SQLite file. Every call the bot makes to
"Telegram" is printed (one JSON line, flushed) at the moment it is made, so the test knows
exactly what the bot had confirmed to whom when it died.

    python -m tests.crash.child DATABASE_URL DATA_DIR
"""

from __future__ import annotations

import asyncio
import itertools
import json
import sys
import time
from pathlib import Path
from typing import Any

from aiogram.methods import AnswerCallbackQuery, EditMessageText, SendMessage

from bot.app import create_app
from bot.config import Settings
from bot.console.session import LocalSession, Shown
from tests.conftest import ROOT, Bot
from tests.flows.people import onboard, open_ticket, t

CONCURRENT = 8
WORK = "💼 Работа"
FREEZE_S = 0.03


def report(method: Any, _shown: Shown | None) -> None:
    if isinstance(method, SendMessage | EditMessageText):
        line = {"chat": method.chat_id, "text": method.text}
    elif isinstance(method, AnswerCallbackQuery):
        line = {"callback": method.callback_query_id, "text": method.text}
    else:
        return
    sys.stdout.write(json.dumps(line, ensure_ascii=False) + "\n")
    sys.stdout.flush()
    # The whole process stands still right after telling someone, so the test's SIGKILL lands
    # between the confirmation and whatever the update still does after it.
    time.sleep(FREEZE_S)


async def journey(bot: Bot, user_id: int) -> None:
    migrant = bot.person(user_id, "M", "ru")
    await onboard(bot, migrant)
    await migrant.click(WORK)
    article = next(label for label in migrant.last.buttons if "зарплат" in label.lower())
    await migrant.click(article)
    await migrant.click(t(bot, "btn-helpful-yes"))
    await migrant.click(t(bot, "btn-menu"))
    ref = await open_ticket(bot, migrant, WORK, "Мне не платят зарплату")
    await migrant.send(f"Ещё подробности по делу {ref}")


async def main(database_url: str, data_dir: str) -> None:
    settings = Settings(  # type: ignore[call-arg]
        _env_file=None,
        DATABASE_URL=database_url,
        KNOWLEDGE_DIR=ROOT / "knowledge",
        LOCALES_DIR=ROOT / "locales",
        DATA_DIR=Path(data_dir),
    )
    session = LocalSession()
    session.listeners.append(report)
    bot = Bot(create_app(settings, session=session, token="42:CRASH"), session)
    ids = itertools.count(100_000)
    gate = asyncio.Semaphore(CONCURRENT)

    async def one(user_id: int) -> None:
        async with gate:
            await journey(bot, user_id)

    while True:  # until killed
        await asyncio.gather(*(one(next(ids)) for _ in range(CONCURRENT * 4)))


if __name__ == "__main__":
    asyncio.run(main(sys.argv[1], sys.argv[2]))
