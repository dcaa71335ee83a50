"""An announcement being sent, to be killed with SIGKILL by `test_announce_kill9.py`. Every
announcement "Telegram" accepted is printed (one JSON line, flushed) the moment it is accepted,
so the test knows exactly who had it when the process died.

    python -m tests.crash.announce_child DATABASE_URL DATA_DIR
"""

from __future__ import annotations

import asyncio
import json
import sys
import time
from pathlib import Path
from typing import Any

from aiogram.methods import SendMessage

from bot.app import create_app
from bot.config import Settings
from bot.console.session import LocalSession, Shown
from bot.jobs import announce
from tests.conftest import ROOT
from tests.flows.announce_setup import FIRST_READER

FREEZE_S = 0.002


def report(method: Any, _shown: Shown | None) -> None:
    if isinstance(method, SendMessage) and int(method.chat_id) >= FIRST_READER:
        sys.stdout.write(json.dumps({"chat": int(method.chat_id)}) + "\n")
        sys.stdout.flush()
        time.sleep(FREEZE_S)  # the kill lands between a send and its record, as it may


async def main(database_url: str, data_dir: str) -> None:
    settings = Settings(  # type: ignore[call-arg]
        _env_file=None,
        DATABASE_URL=database_url,
        KNOWLEDGE_DIR=ROOT / "knowledge",
        LOCALES_DIR=ROOT / "locales",
        DATA_DIR=Path(data_dir),
        SEND_PER_SECOND=5000,  # this test is about crashing, not about pace
        ANNOUNCE_PER_SECOND=5000,
    )
    session = LocalSession()
    session.listeners.append(report)
    app = create_app(settings, session=session, token="42:CRASH")
    while True:  # until killed
        await announce.run(app.jobs)


if __name__ == "__main__":
    asyncio.run(main(sys.argv[1], sys.argv[2]))
