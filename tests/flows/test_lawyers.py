"""Claim race through the Dispatcher (SQLite and PostgreSQL), group chat cards, SLA job."""

from __future__ import annotations

import asyncio

from aiogram.methods import SendMessage
from sqlalchemy import func, select

from bot.callbacks import ClaimCD
from bot.db.models import AuditEvent, Ticket
from bot.jobs.sla import announce_overdue
from tests.flows.people import make_lawyer, onboard, open_ticket, refuse, strip, t

WORK = "💼 Работа"
GROUP = -100123
WORDS = "Мне не платят зарплату два месяца на стройке"


async def test_two_lawyers_claim_at_the_same_instant(make_bot, db_url) -> None:
    bot = await make_bot(db_url, LAWYERS_CHAT_ID=GROUP)
    first, second = await make_lawyer(bot, 900), await make_lawyer(bot, 901, lang="ru")
    migrant = bot.person(100, "A", "ru")
    await onboard(bot, migrant)
    ref = await open_ticket(bot, migrant, WORK, WORDS)
    cards = [first.last, second.last, bot.session.chats[GROUP][max(bot.session.chats[GROUP])]]
    assert all(ref in card.text and len(card.buttons) == 1 for card in cards)
    async with bot.app.sessions() as session:
        ticket_id = await session.scalar(select(Ticket.id))
    data = ClaimCD(ticket=ticket_id).pack()

    await asyncio.gather(first.press(cards[0], data), second.press(cards[1], data))

    alerts = first.alerts()
    won = [
        a
        for a in alerts
        if a in (t(bot, "claim-won", "en", ref=ref), t(bot, "claim-won", "ru", ref=ref))
    ]
    lost = [a for a in alerts if a in (t(bot, "claim-lost", "en"), t(bot, "claim-lost", "ru"))]
    assert len(won) == 1 and len(lost) == 1
    async with bot.app.sessions() as session:
        ticket = await session.get(Ticket, ticket_id)
        assert ticket is not None and ticket.assignee_id in (900, 901)
        claims = await session.scalar(
            select(func.count()).select_from(AuditEvent).where(AuditEvent.action == "claim")
        )
        assert claims == 1
    winner = first if ticket.assignee_id == 900 else second
    for card in cards:  # every copy of the card now says who has it, with no Claim button
        assert card.buttons == []
        if card.chat_id == winner.chat_id:
            assert "Q-" in card.text and card.history
    group_card = strip(cards[2].text)
    assert group_card == strip(
        t(bot, "card-claimed", "ru", ref=ref, lawyer=t(bot, "lawyer-anonymous", "ru"))
    )


async def test_off_duty_lawyers_get_no_cards(bot) -> None:
    on = await make_lawyer(bot, 900)
    off = await make_lawyer(bot, 901, on_duty=False)
    migrant = bot.person(100, "A", "ru")
    await onboard(bot, migrant)
    ref = await open_ticket(bot, migrant, WORK, WORDS)
    assert ref in on.last.text
    assert all(ref not in shown.text for shown in off.messages())


async def test_unclaimed_ticket_is_announced_again_once(make_bot, sqlite_url, clock) -> None:
    bot = await make_bot(sqlite_url)
    other_replica = await make_bot(sqlite_url)  # a second running bot on the same database
    lawyer = await make_lawyer(bot, 900)
    migrant = bot.person(100, "A", "ru")
    await onboard(bot, migrant)
    ref = await open_ticket(bot, migrant, WORK, WORDS)

    assert await announce_overdue(bot.app.jobs) == 0  # not overdue yet
    clock.advance(minutes=31)
    done = await asyncio.gather(
        announce_overdue(bot.app.jobs), announce_overdue(other_replica.app.jobs)
    )
    assert sorted(done) == [0, 1]
    reminders = [
        call
        for session in (bot.session, other_replica.session)
        for call in session.calls(SendMessage)
        if call.chat_id == 900 and "⏰" in call.text
    ]
    assert len(reminders) == 1 and ref in reminders[0].text
    # the reminder card works like the first one
    await lawyer.click(t(bot, "btn-claim", "en"))
    assert all(
        card.buttons == [] for card in lawyer.messages() if ref in card.text and "⏰" in card.text
    )


async def test_claim_from_the_group_without_a_private_chat(make_bot, sqlite_url) -> None:
    from aiogram.exceptions import TelegramForbiddenError

    bot = await make_bot(sqlite_url, LAWYERS_CHAT_ID=GROUP)
    lawyer = await make_lawyer(bot, 900, on_duty=False)
    migrant = bot.person(100, "A", "ru")
    await onboard(bot, migrant)
    ref = await open_ticket(bot, migrant, WORK, WORDS)

    refuse(bot, 900, TelegramForbiddenError, "Forbidden: bot can't initiate conversation")
    await lawyer.click(t(bot, "btn-claim", "ru"), chat_id=GROUP)
    assert lawyer.alerts()[-1] == t(bot, "claim-won-open-chat", "en", ref=ref)
    bot.session.faults.clear()
    replies = await lawyer.send("/case")
    assert WORDS in strip(replies[-1].text)
    actions = ("write", "note", "canned", "transfer", "release", "close")
    assert replies[-1].buttons == [t(bot, f"btn-case-{action}", "en") for action in actions]


async def test_duty_and_case_are_for_lawyers_only(bot) -> None:
    migrant = bot.person(100, "A", "ru")
    await onboard(bot, migrant)
    replies = await migrant.send("/duty")
    assert [strip(r.text) for r in replies] == [strip(t(bot, "error-not-lawyer"))]
    replies = await migrant.send("/case")  # not a client's command: said so, with their help
    unknown = t(bot, "fallback-unknown-command") + "\n\n" + t(bot, "help-text")
    assert [strip(r.text) for r in replies] == [strip(unknown)]
