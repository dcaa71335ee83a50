"""Timers on SQLite and PostgreSQL: scheduled once, claimed once however many replicas race,
taken again after a killed claim's lease, counted for `qorgau jobs`."""

from __future__ import annotations

import asyncio
import datetime as dt

import pytest
from sqlalchemy import func, select

from bot.db.engine import build_engine, build_session_factory
from bot.db.models import Timer
from bot.services.timers import MAX_ATTEMPTS, TimerService

LEASE = dt.timedelta(minutes=5)


@pytest.fixture
async def sessions(db_url: str):
    engine = build_engine(db_url)
    yield build_session_factory(engine)
    await engine.dispose()


async def test_scheduling_twice_adds_nothing(sessions, clock) -> None:
    due = clock() + dt.timedelta(hours=1)
    for _ in range(2):
        async with sessions() as session:
            await TimerService(session, clock).schedule("reminder", 7, due)
            await session.commit()
    async with sessions() as session:
        assert await session.scalar(select(func.count()).select_from(Timer)) == 1


async def test_only_due_timers_are_claimed_and_each_by_one_replica(sessions, clock) -> None:
    async with sessions() as session:
        timers = TimerService(session, clock)
        for subject in range(30):
            await timers.schedule("reminder", subject, clock() - dt.timedelta(minutes=subject))
        await timers.schedule("reminder", 99, clock() + dt.timedelta(minutes=1))  # not yet
        await session.commit()

    async def replica(name: str) -> list[int]:
        async with sessions() as session:
            claimed = await TimerService(session, clock).claim(name, ["reminder"], LEASE, 10)
            return [timer.subject for timer in claimed]

    taken = await asyncio.gather(*(replica(f"r{n}") for n in range(5)))
    everything = [subject for part in taken for subject in part]
    assert sorted(everything) == list(range(30))  # every due timer once, none twice
    async with sessions() as session:
        assert await TimerService(session, clock).claim("late", ["reminder"], LEASE) == []


async def test_a_killed_claim_is_taken_again_after_its_lease(sessions, clock) -> None:
    async with sessions() as session:
        timers = TimerService(session, clock)
        await timers.schedule("reminder", 1, clock())
        await session.commit()
        [first] = await timers.claim("killed", ["reminder"], LEASE)  # and never finished
        assert await timers.claim("other", ["reminder"], LEASE) == []  # the lease holds
        clock.advance(minutes=6)
        [again] = await timers.claim("other", ["reminder"], LEASE)
        assert (again.id, again.attempts) == (first.id, 2)
        await timers.done(first, "killed")  # the killed one's late word changes nothing
        await session.commit()
        assert (await session.get(Timer, first.id, populate_existing=True)).status == "claimed"
        await timers.done(again, "other")
        await session.commit()
        clock.advance(minutes=6)
        assert await timers.claim("third", ["reminder"], LEASE) == []  # done is done


async def test_a_timer_that_keeps_failing_is_left_for_an_operator(sessions, clock) -> None:
    async with sessions() as session:
        timers = TimerService(session, clock)
        await timers.schedule("reminder", 1, clock())
        await session.commit()
        for _ in range(MAX_ATTEMPTS):
            assert len(await timers.claim("crashing", ["reminder"], LEASE)) == 1
            clock.advance(minutes=6)
        assert await timers.claim("crashing", ["reminder"], LEASE) == []
        [counts] = await timers.counts(dt.timedelta(minutes=10))
        assert (counts.kind, counts.overdue, counts.done) == ("reminder", 1, 0)


async def test_counts_per_kind(sessions, clock) -> None:
    async with sessions() as session:
        timers = TimerService(session, clock)
        await timers.schedule("sla", 1, clock() - dt.timedelta(hours=2))  # overdue
        await timers.schedule("sla", 2, clock() - dt.timedelta(minutes=1))  # due
        await timers.schedule("reminder", 3, clock() + dt.timedelta(days=3))  # later
        await timers.schedule("reminder", 4, clock() - dt.timedelta(minutes=1))
        await session.commit()
        [claimed] = await timers.claim("w", ["reminder"], LEASE)
        await timers.done(claimed, "w")
        await session.commit()
        counts = {row.kind: row for row in await timers.counts(dt.timedelta(minutes=10))}
    assert (counts["sla"].due, counts["sla"].overdue, counts["sla"].later) == (1, 1, 0)
    assert (counts["reminder"].later, counts["reminder"].done) == (1, 1)
