"""SLA re-announcement and escalation on the timers: two schedulers at once (SQLite and
PostgreSQL) announce and escalate each case once; a claimed case is not announced."""

from __future__ import annotations

import asyncio
import datetime as dt

from aiogram.methods import SendMessage

from bot.jobs import timers
from bot.services.invites import InviteService
from tests.flows.people import make_lawyer, onboard, open_ticket, t

WORK = "💼 Работа"


async def test_two_schedulers_escalate_once(make_bot, db_url, clock) -> None:
    bot = await make_bot(db_url)
    other = await make_bot(db_url)
    async with bot.app.sessions() as session:
        token = await InviteService(session, clock).create("coordinator", dt.timedelta(hours=1))
    coordinator = bot.person(800, "C", "en")
    await coordinator.send(f"/start {token}")
    await make_lawyer(bot, 900)
    migrant = bot.person(100, "A", "ru")
    await onboard(bot, migrant)
    ref = await open_ticket(bot, migrant, WORK, "Мне не платят зарплату два месяца")

    def sent_to(chat_id: int, mark: str) -> int:
        return sum(
            1
            for replica in (bot, other)
            for call in replica.session.calls(SendMessage)
            if call.chat_id == chat_id and ref in call.text and mark in call.text
        )

    for _ in range(3):  # three SLA periods (P3: 30 minutes in tests), two replicas each time
        clock.advance(minutes=31)
        done = await asyncio.gather(timers.run(bot.app.jobs), timers.run(other.app.jobs))
        assert sorted(done) == [0, 1]
    assert sent_to(900, "⏰") == 3  # one reminder card per period
    assert sent_to(800, "⚠️") == 1  # coordinators told once, on the second

    lawyer = bot.person(900, "Lawyer", "en")
    await lawyer.click(t(bot, "btn-claim", "en"))
    clock.advance(minutes=31)
    done = await asyncio.gather(timers.run(bot.app.jobs), timers.run(other.app.jobs))
    assert list(done) == [0, 0]
    assert sent_to(900, "⏰") == 3
