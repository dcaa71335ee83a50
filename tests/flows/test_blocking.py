"""Blocking: admins and coordinators block a case's client (by reference or the button under
the case), audited; the client's messages stop reaching the lawyer, with one polite notice; the
flood guard slows one fast sender and nobody else, and tells them once when it skips."""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, select

from bot.callbacks import AskCD, CaseCD
from bot.db.models import AuditEvent, Ticket, TicketMessage
from bot.middlewares.flood import FloodGuard, MemoryTurns
from tests.flows.admin_people import ADMIN, cast
from tests.flows.people import onboard, open_ticket, strip, t

WORK = "💼 Работа"
WORDS = "Мне не платят зарплату два месяца на стройке"


async def _case(bot, people) -> tuple[Any, str, int]:
    migrant = bot.person(101, "M", "ru")
    await onboard(bot, migrant)
    ref = await open_ticket(bot, migrant, WORK, WORDS)
    await people.lawyer.click(t(bot, "btn-claim", "en"))
    async with bot.app.sessions() as session:
        ticket_id = await session.scalar(select(Ticket.id).where(Ticket.ref == ref))
    return migrant, ref, int(ticket_id or 0)


async def test_block_by_reference_stops_relaying_with_one_notice(make_bot, db_url) -> None:
    bot = await make_bot(db_url, ADMIN_IDS=str(ADMIN))
    people = await cast(bot)
    migrant, ref, ticket_id = await _case(bot, people)
    done = await people.coordinator.send(f"/block {ref}")
    assert strip(done[-1].text) == strip(t(bot, "block-done", "en", ref=ref))
    before = len(people.lawyer.messages())

    first = await migrant.send("Ты мне должен ответить сейчас же")
    second = await migrant.send("И ещё раз")
    assert [strip(r.text) for r in first] == [strip(t(bot, "block-notice"))]
    assert second == []  # told once
    assert len(people.lawyer.messages()) == before  # nothing reached the lawyer
    await migrant.press(migrant.last, AskCD(topic="employment").pack())
    assert migrant.alerts()[-1] == t(bot, "block-notice")
    found = await migrant.send("/help")  # commands and reading still work
    assert strip(t(bot, "help-text")) in strip(found[-1].text)

    await people.admin.send(f"/unblock {ref}")
    await migrant.send("Извините, вот документы")
    assert "Извините" in strip(people.lawyer.last.text)
    async with bot.app.sessions() as session:
        audit = list(
            await session.execute(
                select(AuditEvent.action, AuditEvent.subject_id, AuditEvent.ticket_id).where(
                    AuditEvent.action.in_(("block", "unblock"))
                )
            )
        )
        stored = await session.scalar(select(func.count()).select_from(TicketMessage))
    assert [tuple(row) for row in audit] == [
        ("block", 101, ticket_id),
        ("unblock", 101, ticket_id),
    ]
    assert stored == 1  # the blocked client's words were not even stored for the lawyer


async def test_block_from_the_case_is_for_managers_only(make_bot, sqlite_url) -> None:
    bot = await make_bot(sqlite_url, ADMIN_IDS=str(ADMIN))
    people = await cast(bot)
    migrant, ref, ticket_id = await _case(bot, people)
    assert t(bot, "btn-case-block", "en") not in people.lawyer.last.buttons
    forged = CaseCD(action="block", ticket=ticket_id).pack()
    await people.lawyer.press(people.lawyer.last, forged)
    assert people.lawyer.alerts()[-1] == t(bot, "error-not-allowed", "en")
    await migrant.press(migrant.last, forged)
    assert migrant.alerts()[-1] == t(bot, "error-not-allowed")

    await people.coordinator.press(
        people.coordinator.last, CaseCD(action="view", ticket=ticket_id).pack()
    )
    await people.coordinator.click(t(bot, "btn-case-block", "en"))
    assert people.coordinator.alerts()[-1] == t(bot, "block-done", "en", ref=ref)
    await people.coordinator.click(t(bot, "btn-case-block", "en"))
    assert people.coordinator.alerts()[-1] == t(bot, "block-undone", "en", ref=ref)
    await people.coordinator.click(t(bot, "btn-case-audit", "en"))
    assert "block" in people.coordinator.last.text and "unblock" in people.coordinator.last.text
    assert strip((await people.stranger.send(f"/block {ref}"))[-1].text) == strip(
        t(bot, "error-not-allowed")
    )


async def test_flood_guard_slows_one_sender_only(make_bot, sqlite_url) -> None:
    bot = await make_bot(sqlite_url, FLOOD_PER_MINUTE=60, FLOOD_BURST=5)
    guard = next(
        m for m in bot.app.dispatcher.message.outer_middleware if isinstance(m, FloodGuard)
    )
    assert isinstance(guard.turns, MemoryTurns)
    guard.turns.now = lambda: 0.0  # all of it within one instant, however slow this machine is
    waits: list[float] = []

    async def wait(seconds: float) -> None:
        waits.append(seconds)

    guard.sleep = wait
    flooder, calm = bot.person(101, "F", "ru"), bot.person(102, "C", "ru")
    await onboard(bot, flooder)
    await onboard(bot, calm)
    answers = [await flooder.send(f"вопрос номер {n}") for n in range(40)]
    slowed = [
        n
        for n, replies in enumerate(answers)
        if replies and strip(replies[0].text) == strip(t(bot, "flood-slow-down"))
    ]
    silent = [n for n, replies in enumerate(answers) if not replies]
    # the burst of 5 (one went to /start), then each a second later, up to 10 s behind
    assert waits == [float(n) for n in range(1, 11)]
    assert slowed == [4 + 10]
    assert all(replies for replies in answers[: slowed[0]])  # slowed, answered, none lost
    assert silent == list(range(slowed[0] + 1, 40))  # then skipped, after the one notice
    calm_answers = [await calm.send(f"вопрос {n}") for n in range(3)]
    assert all(
        replies and strip(replies[0].text) != strip(t(bot, "flood-slow-down"))
        for replies in calm_answers
    )
