"""The update path's shape: one connection per update at most (a pool of one connection cannot
deadlock), no query at all for an update that only reads what is cached, and no commit for an
update that changed nothing."""

from __future__ import annotations

import asyncio
from typing import Any

from sqlalchemy import event

from bot.jobs import redeliver
from bot.jobs.sla import announce_overdue
from tests.flows.people import make_lawyer, onboard, open_ticket, t

WORK = "💼 Работа"


class Counts:
    def __init__(self, bot: Any) -> None:
        self.statements = self.commits = 0
        engine = bot.app.engine.sync_engine
        event.listen(engine, "before_cursor_execute", self._statement)
        event.listen(engine, "commit", self._commit)

    def _statement(self, *_: Any) -> None:
        self.statements += 1

    def _commit(self, *_: Any) -> None:
        self.commits += 1

    def reset(self) -> None:
        self.statements = self.commits = 0


async def test_whole_journeys_on_a_pool_of_one_connection(make_bot, db_url, clock) -> None:
    bot = await make_bot(db_url, DB_POOL_SIZE=1, LAWYERS_CHAT_ID=-100500)
    lawyer = await make_lawyer(bot, 900)

    async def journey(user_id: int) -> str:
        migrant = bot.person(user_id, "M", "ru")
        await onboard(bot, migrant)
        ref = await open_ticket(bot, migrant, WORK, f"Мне не платят зарплату ({user_id})")
        await migrant.send("Ещё подробности")
        return ref

    # a nested session or a second connection inside an update would wait forever here
    refs = await asyncio.wait_for(asyncio.gather(*(journey(100 + n) for n in range(6))), 60)
    assert len(set(refs)) == 6
    await asyncio.wait_for(lawyer.click(t(bot, "btn-claim", "en")), 10)
    assert any(ref in lawyer.last.text for ref in refs)
    clock.advance(minutes=31)  # the jobs too share one session per run
    for _ in range(2):
        assert await asyncio.wait_for(announce_overdue(bot.app.jobs), 10) == 5
        clock.advance(minutes=31)
    assert await asyncio.wait_for(redeliver.run(bot.app.jobs), 10) == 0


async def test_reading_updates_run_no_query_and_no_commit(make_bot, sqlite_url) -> None:
    bot = await make_bot(sqlite_url)
    migrant = bot.person(100, "A", "ru")
    await onboard(bot, migrant)
    counts = Counts(bot)
    await migrant.click(WORK)
    await migrant.send("/help")
    await migrant.click(t(bot, "btn-menu"))
    assert (counts.statements, counts.commits) == (0, 0)  # account and state come from memory
    await migrant.click(WORK)
    article = migrant.last.buttons[0]
    await migrant.click(article)
    counts.reset()
    await migrant.click(t(bot, "btn-helpful-yes"))
    assert counts.commits == 1  # the vote, committed once, before the thanks went out


async def test_a_changed_language_is_seen_by_the_next_update(make_bot, sqlite_url) -> None:
    bot = await make_bot(sqlite_url)
    migrant = bot.person(100, "A", "ru")
    await onboard(bot, migrant)
    await migrant.send("/language")
    await migrant.click(t(bot, "lang-name", "en"))
    counts = Counts(bot)
    await migrant.send("/help")
    assert counts.statements == 0  # the cached account was updated, not thrown away
    assert "/forget" in migrant.last.text and migrant.last.text.startswith(
        t(bot, "help-text", "en")[:10]
    )
