"""`kill -9` in the middle of an announcement: after the restart it goes on where it stopped,
nobody gets it twice, and the few people whose message was in flight at the moment of the kill
are counted as unsure (never sent again) rather than guessed."""

from __future__ import annotations

import asyncio
import datetime as dt
import json
import os
import signal
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

from aiogram.methods import SendMessage
from sqlalchemy import func, select

from bot.db.engine import build_engine, build_session_factory
from bot.db.migrate import upgrade_sync
from bot.db.models import AnnouncementRecipient
from bot.jobs import announce as job
from tests.conftest import ROOT, TEST_KEY
from tests.flows.announce_setup import FIRST_READER, readers_and_announcement
from tests.flows.people import strip, t

READERS = 3000
KILL_AFTER = 1003  # sent before the kill: in the middle of a batch of 8
DEADLINE_S = 120
ADMIN = 7


async def _prepare(url: str) -> None:
    engine = build_engine(url)
    try:
        await readers_and_announcement(
            build_session_factory(engine), dt.datetime.now(dt.UTC), READERS, ADMIN
        )
    finally:
        await engine.dispose()


def _sent_by_child(url: str, data: Path) -> list[int]:
    child = subprocess.Popen(
        [sys.executable, "-m", "tests.crash.announce_child", url, str(data)],
        cwd=ROOT,
        env={**os.environ, "DATA_KEY": TEST_KEY, "LOG_LEVEL": "ERROR"},
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    sent: list[int] = []
    deadline = time.monotonic() + DEADLINE_S
    try:
        assert child.stdout is not None
        for raw in child.stdout:
            sent.append(int(json.loads(raw)["chat"]))
            if len(sent) >= KILL_AFTER or time.monotonic() > deadline:
                break
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait()
    return sent


async def test_kill_9_resumes_without_sending_twice(make_bot, tmp_path: Path, clock) -> None:
    url = f"sqlite+aiosqlite:///{tmp_path / 'announce.db'}"
    await asyncio.to_thread(upgrade_sync, url)
    await _prepare(url)
    before = await asyncio.to_thread(_sent_by_child, url, tmp_path / "data")
    assert len(before) >= KILL_AFTER, "the child sent too little to prove anything"

    clock.now = dt.datetime.now(dt.UTC) + dt.timedelta(minutes=5)  # the restart, a bit later
    bot = await make_bot(url, ADMIN_IDS=str(ADMIN))
    assert await job.run(bot.app.jobs) > 0
    after = [
        int(call.chat_id)
        for call in bot.session.calls(SendMessage)
        if int(call.chat_id) >= FIRST_READER
    ]
    async with bot.app.sessions() as session:
        rows = dict(
            (
                await session.execute(
                    select(AnnouncementRecipient.user_id, AnnouncementRecipient.status)
                )
            ).all()
        )
        left = await session.scalar(
            select(func.count()).where(AnnouncementRecipient.status.in_(("pending", "sending")))
        )
    received = Counter(before + after)
    assert max(received.values()) == 1  # nobody got it twice
    unsure = {user for user, status in rows.items() if status == "unsure"}
    assert len(unsure) <= job.BATCH  # only what was in flight when the process died
    assert set(received) | unsure == set(rows) and left == 0  # nobody forgotten
    assert {user for user, status in rows.items() if status == "sent"} <= set(received)
    counts = Counter(rows.values())
    print(f"\nkilled after {len(before)} sent; resumed with {len(after)}; unsure {len(unsure)}")
    report = t(
        bot, "announce-report", "ru", total=READERS, sent=counts["sent"], failed=0, blocked=0,
        unsure=len(unsure),
    )  # fmt: skip
    assert strip(bot.session.chats[ADMIN][max(bot.session.chats[ADMIN])].text) == strip(report)
