"""An announcement to 10,000 people through the real app, Telegram answering some 429s: it ends
at no more than 30 messages a second, nobody is missed and nobody gets it twice.

The bot's pace runs on a virtual clock that moves only when the bot waits for a turn (so the
333 s such an announcement takes at Telegram's pace are not sat out); every figure below is in
that clock, and what the run cost in real time is printed beside it."""

from __future__ import annotations

import time
from collections import Counter
from typing import Any

from aiogram.exceptions import TelegramRetryAfter
from aiogram.methods import SendMessage

from bot.jobs import announce as job
from bot.outbox.pace import MemoryBuckets
from tests.flows.announce_setup import FIRST_READER, readers_and_announcement
from tests.flows.people import strip, t

READERS = 10_000
ADMIN = 7
EVERY_429 = 97  # every 97th message is answered "429 retry after 3" the first time
RETRY_AFTER = 3


class Jump:
    """Virtual time: waiting for a turn moves it on at once."""

    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now

    async def sleep(self, seconds: float) -> None:
        self.now += max(seconds, 0.0)


def _most_in_one_second(times: list[float]) -> int:
    most, start = 0, 0
    for end, at in enumerate(times):
        while times[start] <= at - 1.0 + 1e-9:  # within one second before `at`
            start += 1
        most = max(most, end - start + 1)
    return most


async def test_ten_thousand_at_telegrams_pace(make_bot, sqlite_url, clock) -> None:
    bot = await make_bot(sqlite_url, ADMIN_IDS=str(ADMIN), ANNOUNCE_PER_SECOND=30)
    pace = bot.app.notifier.outbox.pace
    assert pace is not None
    clock_of_the_pace = Jump()
    pace.buckets = MemoryBuckets(clock_of_the_pace)
    pace.sleep = clock_of_the_pace.sleep
    await readers_and_announcement(bot.app.sessions, clock(), READERS, ADMIN)
    attempts, refused, delivered = Counter[int](), set[int](), list[tuple[float, int]]()

    def fault(method: Any) -> Exception | None:
        if not isinstance(method, SendMessage) or int(method.chat_id) < FIRST_READER:
            return None
        attempts[int(method.chat_id)] += 1
        if sum(attempts.values()) % EVERY_429 == 0 and int(method.chat_id) not in refused:
            refused.add(int(method.chat_id))
            return TelegramRetryAfter(
                method, f"Too Many Requests: retry after {RETRY_AFTER}", RETRY_AFTER
            )
        return None

    def sent(method: Any, shown: Any) -> None:
        if isinstance(method, SendMessage) and int(method.chat_id) >= FIRST_READER:
            delivered.append((clock_of_the_pace(), int(method.chat_id)))

    bot.session.faults.append(fault)
    bot.session.listeners.append(sent)
    started = time.monotonic()
    assert await job.run(bot.app.jobs) == READERS
    real = time.monotonic() - started

    chats = Counter(chat for _, chat in delivered)
    assert len(chats) == READERS and set(chats.values()) == {1}  # none lost, none twice
    assert len(refused) >= READERS // EVERY_429 - 5  # Telegram did say 429, and was obeyed
    times = sorted(at for at, _ in delivered)
    rate = (len(times) - 1) / (times[-1] - times[0])
    most = _most_in_one_second(times)
    print(
        f"\n{READERS} sent in {times[-1] - times[0]:.0f} s of bot time ({real:.1f} s real): "
        f"{rate:.2f}/s on average, at most {most} in one second, {len(refused)} 429s obeyed"
    )
    assert rate <= 30.0
    assert most <= 30
    report = t(
        bot, "announce-report", "ru", total=READERS, sent=READERS, failed=0, blocked=0, unsure=0
    )
    assert strip(bot.session.chats[ADMIN][max(bot.session.chats[ADMIN])].text) == strip(report)
