"""`kill -9` in the middle of a busy moment loses nothing the bot had confirmed: every vote
thanked, every case whose reference reached its client and every message reported as added is
in the database after the crash."""

from __future__ import annotations

import asyncio
import json
import os
import re
import signal
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import func, select

from bot.db.engine import build_engine, build_session_factory
from bot.db.migrate import upgrade_sync
from bot.db.models import ArticleVote, Ticket, TicketMessage
from bot.middlewares.i18n import build_core
from tests.conftest import ROOT, TEST_KEY

REF = re.compile(r"Q-[0-9A-Z]{4}")
WANTED_CASES = 8
DEADLINE_S = 120


@dataclass
class Confirmed:
    """What the bot had told people when it died."""

    votes: int = 0
    cases: set[str] = field(default_factory=set)
    messages: set[str] = field(default_factory=set)  # cases told "your message was added"


def _stem(key: str) -> str:
    """The Russian text of a key up to its `$ref` (how a confirmation is recognised)."""
    core = build_core(ROOT / "locales", "ru")
    core.locales.update(core.find_locales())
    return str(core.get(key, "ru", ref="\x00")).split("\x00")[0]


def _watch(child: subprocess.Popen[str]) -> Confirmed:
    done, added = _stem("intake-done"), _stem("relay-added-waiting")
    thanks = _stem("vote-thanks")
    seen = Confirmed()
    deadline = time.monotonic() + DEADLINE_S
    assert child.stdout is not None
    for raw in child.stdout:
        line = json.loads(raw)
        text = str(line.get("text") or "")
        ref = REF.search(text)
        thanked = "callback" in line and text == thanks
        if thanked:
            seen.votes += 1
        elif ref and text.startswith(done):
            seen.cases.add(ref.group(0))
        elif ref and text.startswith(added):
            seen.messages.add(ref.group(0))
        # die right after a thanks: the child stands still after each confirmation, so the
        # vote must already be on disk before its thanks went out
        if (len(seen.cases) >= WANTED_CASES and thanked) or time.monotonic() > deadline:
            break
    return seen


async def _stored(url: str) -> Confirmed:
    engine = build_engine(url)
    try:
        async with build_session_factory(engine)() as session:
            votes = await session.scalar(select(func.count()).select_from(ArticleVote))
            cases = set(await session.scalars(select(Ticket.ref)))
            messages = set(
                await session.scalars(
                    select(Ticket.ref)
                    .join(TicketMessage, TicketMessage.ticket_id == Ticket.id)
                    .where(TicketMessage.author == "client", TicketMessage.body.is_not(None))
                )
            )
    finally:
        await engine.dispose()
    return Confirmed(int(votes or 0), cases, messages)


def test_kill_9_loses_nothing_confirmed(tmp_path: Path) -> None:
    url = f"sqlite+aiosqlite:///{tmp_path / 'crash.db'}"
    upgrade_sync(url)
    child = subprocess.Popen(
        [sys.executable, "-m", "tests.crash.child", url, str(tmp_path / "data")],
        cwd=ROOT,
        env={**os.environ, "DATA_KEY": TEST_KEY, "LOG_LEVEL": "ERROR"},
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    try:
        seen = _watch(child)
    finally:
        child.send_signal(signal.SIGKILL)  # mid-flight: other people are half-way through
        child.wait()
    stored = asyncio.run(_stored(url))
    assert len(seen.cases) >= 5 and seen.votes >= 5 and seen.messages, "too little to prove"
    assert stored.votes >= seen.votes
    assert seen.cases <= stored.cases
    assert seen.messages <= stored.messages
