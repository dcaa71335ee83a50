"""The statistics on SQLite and PostgreSQL, against figures worked out by hand."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest
from cryptography.fernet import Fernet

from bot.crypto import Cipher
from bot.db.engine import build_engine, build_session_factory
from bot.db.models import ArticleVote, LawyerProfile, User
from bot.hours import Sla
from bot.services.casetimers import CaseTimers
from bot.services.errors import NotAllowed, StaleButton
from bot.services.feedback import FeedbackService
from bot.services.stats import (
    EXPORT_ROLES,
    STATS_ROLES,
    BadSince,
    StatsService,
    parse_since,
    require,
)
from bot.services.stats_sql import spread
from bot.services.tickets import Draft, TicketService
from bot.services.users import Actor

SLA = Sla(dt.timedelta(minutes=10), dt.timedelta(minutes=20), dt.timedelta(minutes=30))
CIPHER = Cipher([Fernet.generate_key().decode()])
ZONE = ZoneInfo("Asia/Almaty")
LAWYER = Actor(2, "lawyer", "ru", True)


@pytest.fixture
async def sessions(db_url: str):
    engine = build_engine(db_url)
    yield build_session_factory(engine)
    await engine.dispose()


async def _people(session, clock, clients: int) -> None:
    session.add_all(
        [
            User(
                id=n,
                role="client",
                locale=("uz", "tg")[n % 2],
                consent_at=clock(),
                created_at=clock(),
            )
            for n in range(10, 10 + clients)
        ]
    )
    session.add(User(id=2, role="lawyer", locale="ru", created_at=clock()))
    await session.flush()
    session.add(LawyerProfile(user_id=2, display_name="Aigerim", on_duty=True))
    await session.commit()


async def _case(tickets: TicketService, clock, client: int, *, claim: int, reply: int | None,
                close: int | None, outcome: str = "advice") -> int:  # fmt: skip
    """A case whose claim, first reply and close come `claim`, `reply`, `close` minutes after
    it was opened (the clock is back where it started afterwards)."""
    start = clock.now
    ticket, _ = await tickets.submit(client, Draft("employment", "uz", "words", region="astana"))
    steps = [(claim, "claim"), (reply, "reply"), (close, "close")]
    for minutes, step in steps:
        if minutes is None:
            continue
        clock.now = start + dt.timedelta(minutes=minutes)
        if step == "claim":
            await tickets.claim(LAWYER, ticket.id)
        elif step == "reply":
            await tickets.add_lawyer_message(LAWYER, ticket, "text", "hello", None)
        else:
            await tickets.close(LAWYER, ticket.id, outcome)
    clock.now = start
    return int(ticket.id)


async def test_figures_match_the_hand_count(sessions, clock) -> None:
    async with sessions() as session:
        await _people(session, clock, 5)
        tickets = TicketService(session, clock, CIPHER, SLA)
        await _case(tickets, clock, 10, claim=5, reply=8, close=60)  # within the 30 min
        await _case(tickets, clock, 11, claim=20, reply=40, close=120, outcome="referred_ngo")
        await _case(tickets, clock, 12, claim=30, reply=None, close=None)  # no reply yet
        await tickets.add_note(LAWYER, await _case(tickets, clock, 13, claim=1, reply=None,
                                                   close=None), "internal only")  # fmt: skip
        await tickets.submit(14, Draft("asylum", "tg", "words"))  # P2, waiting
        session.add(ArticleVote(article_id="a1", user_id=10, locale="uz", vote=-1, at=clock()))
        session.add(ArticleVote(article_id="a1", user_id=11, locale="uz", vote=1, at=clock()))
        await FeedbackService(session, clock, CIPHER).record_gap("where is my patent", "uz")
        await session.commit()
        clock.advance(hours=2)
        stats = await StatsService(session, clock, CIPHER, SLA, ZONE).compute()

    assert stats.total == 5 and stats.reopened == 0
    assert stats.by["status"] == {"claimed": 2, "closed": 2, "new": 1}
    assert stats.by["priority"] == {"P3": 4, "P2": 1}
    assert stats.by["outcome"] == {"advice": 1, "referred_ngo": 1}
    assert stats.by["region"] == {"astana": 4, "none": 1}
    # nearest rank: the median of 4 is the 2nd value, the 90th percentile the 4th
    assert stats.times["to_claim"].as_json() == {"count": 4, "median_s": 300.0, "p90_s": 1800.0}
    assert stats.times["to_first_reply"].as_json() == {
        "count": 2,
        "median_s": 480.0,
        "p90_s": 2400.0,
    }  # fmt: skip  (a note is not a reply)
    assert stats.times["to_close"].as_json() == {"count": 2, "median_s": 3600.0, "p90_s": 7200.0}
    # due: all five (two hours on); kept: only the 8-minute reply (P3 promise: 30 min)
    assert {k: (s.kept, s.due) for k, s in stats.sla["priority"].items()} == {
        "P2": (0, 1),
        "P3": (1, 4),
    }
    assert {k: (s.kept, s.due) for k, s in stats.sla["lawyer"].items()} == {"Aigerim": (1, 4)}
    assert stats.backlog == {"under_1d": 3, "1_3d": 0, "3_7d": 0, "over_7d": 0}
    assert stats.oldest is not None and stats.oldest.waiting_s == 7200.0
    assert stats.votes == {"up": 1, "down": 1} and stats.disliked == [("a1", 1, 1)]
    assert stats.gaps == [("where is my patent", "uz", 1)]
    assert stats.users == {"uz": 3, "tg": 2}
    assert stats.trend[-1][1:] == (5, 2) and sum(n for _, n, _ in stats.trend) == 5


async def test_a_reopened_case_is_counted_once(sessions, clock) -> None:
    async with sessions() as session:
        await _people(session, clock, 1)
        tickets = TicketService(session, clock, CIPHER, SLA)
        ticket_id = await _case(tickets, clock, 10, claim=5, reply=6, close=10)
        clock.advance(minutes=20)
        await tickets.rate(10, ticket_id, solved=False)
        await tickets.reopen(10, ticket_id)
        await session.commit()
        clock.advance(minutes=20)
        await tickets.claim(LAWYER, ticket_id)  # claimed again 40 min after it was opened
        clock.advance(minutes=20)
        await tickets.close(LAWYER, ticket_id, "representation")
        await tickets.rate(10, ticket_id, solved=True, rating=5)
        stats = await StatsService(session, clock, CIPHER, SLA, ZONE).compute()
    assert stats.total == 1 and stats.reopened == 1
    assert stats.by["outcome"] == {"representation": 1}
    assert stats.times["to_claim"].median == 300.0  # the first claim, not the second
    assert stats.times["to_close"].median == 3600.0  # the last close
    assert stats.ratings == {5: 1} and stats.solved == {"yes": 1, "no": 0}


async def test_follow_up_answers_are_counted_once_per_case(sessions, clock) -> None:
    async with sessions() as session:
        await _people(session, clock, 3)
        tickets = TicketService(session, clock, CIPHER, SLA)
        first, second, third = [
            await _case(tickets, clock, client, claim=1, reply=2, close=3)
            for client in (10, 11, 12)
        ]
        await session.commit()
        clock.advance(days=14)
        timers = CaseTimers(session, clock)
        await timers.answer_followup(10, first, "yes")
        await timers.answer_followup(11, second, "no")
        with pytest.raises(StaleButton):  # the first answer counts, a second tap does not
            await timers.answer_followup(10, first, "no")
        with pytest.raises(StaleButton):  # nobody answers for another client
            await timers.answer_followup(10, third, "yes")
        await session.commit()
        stats = await StatsService(session, clock, CIPHER, SLA, ZONE).compute()
    assert stats.followup == {"yes": 1, "no": 1}
    assert stats.as_json()["satisfaction"]["followup_resolved"] == {"yes": 1, "no": 1}


async def test_since_counts_only_later_cases(sessions, clock) -> None:
    async with sessions() as session:
        await _people(session, clock, 2)
        tickets = TicketService(session, clock, CIPHER, SLA)
        await _case(tickets, clock, 10, claim=5, reply=None, close=None)
        clock.advance(days=2)
        await _case(tickets, clock, 11, claim=5, reply=None, close=None)
        service = StatsService(session, clock, CIPHER, SLA, ZONE)
        later = await service.compute(parse_since("2026-12-04", ZONE))
        everything = await service.compute(None)
    assert later.total == 1 and everything.total == 2
    assert later.backlog == everything.backlog  # the backlog is now, whatever the window


async def test_percentiles_of_an_empty_table_are_none(sessions) -> None:
    from bot.db.models import Ticket
    from bot.services.stats_sql import seconds_between

    async with sessions() as session:
        found = await spread(
            session,
            seconds_between(Ticket.closed_at, Ticket.created_at),
            Ticket.closed_at.is_not(None),
        )
    assert (found.count, found.median, found.p90) == (0, None, None)


def test_roles_and_dates() -> None:
    require(Actor(1, "admin", None, True), EXPORT_ROLES)
    require(Actor(1, "coordinator", None, True), STATS_ROLES)
    for role in ("lawyer", "client"):
        with pytest.raises(NotAllowed):
            require(Actor(1, role, None, True), STATS_ROLES)
    with pytest.raises(NotAllowed):
        require(Actor(1, "coordinator", None, True), EXPORT_ROLES)
    assert parse_since("01.11.2026", ZONE) == dt.datetime(2026, 11, 1, tzinfo=ZONE)
    assert parse_since(" ", ZONE) is None
    with pytest.raises(BadSince):
        parse_since("1 Nov", ZONE)
