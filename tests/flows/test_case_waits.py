"""Conversation timers through the real Dispatcher while the clock travels: the lawyer of a
waiting client is reminded once per wait (a P3 one not at night or at the weekend); a client
who does not answer the lawyer is nudged once, then the case closes as "no response", and
writing in it again reopens it with the message."""

from __future__ import annotations

import asyncio
import datetime as dt

from aiogram.methods import SendMessage
from sqlalchemy import select

from bot.dates import local_date
from bot.db.models import Ticket, TicketMessage
from bot.jobs import timers
from tests.flows.people import make_lawyer, onboard, open_ticket, strip, t, told

WORK = "💼 Работа"
WORDS = "Мне не платят зарплату два месяца на стройке"


async def claimed_case(bot, lawyer_id: int = 900):
    lawyer = await make_lawyer(bot, lawyer_id)
    migrant = bot.person(100, "A", "ru")
    await onboard(bot, migrant)
    ref = await open_ticket(bot, migrant, WORK, WORDS)
    await lawyer.click(t(bot, "btn-claim", "en"))
    await lawyer.send("Здравствуйте, пришлите, пожалуйста, договор")
    return lawyer, migrant, ref


async def ticket_of(bot) -> Ticket:
    async with bot.app.sessions() as session:
        ticket: Ticket | None = await session.scalar(select(Ticket))
    assert ticket is not None
    return ticket


async def test_a_waiting_client_gets_their_lawyer_reminded_once_per_wait(bot, clock) -> None:
    lawyer, migrant, ref = await claimed_case(bot)
    clock.advance(hours=4)  # Thursday 20:00 in Kazakhstan: the client answers in the evening
    await migrant.send("Договор у меня только на бумаге")
    reminded = lambda: told((bot,), 900, "timers-waiting-remind", "en", ref=ref)  # noqa: E731
    clock.advance(hours=23)
    await timers.run(bot.app.jobs)
    assert reminded() == 0  # not yet a day (WAITING_P3_MINUTES)
    clock.advance(hours=2)  # a day has passed, but it is Friday night: P3 waits for work time
    await timers.run(bot.app.jobs)
    assert reminded() == 0
    clock.advance(days=2)  # Sunday night
    await timers.run(bot.app.jobs)
    assert reminded() == 0
    await migrant.send("Я могу сфотографировать договор")  # the same wait goes on
    monday = dt.datetime(2026, 12, 7, 4, 1, tzinfo=dt.UTC)  # 09:01 in Kazakhstan
    clock.advance(seconds=(monday - clock.now).total_seconds())
    await timers.run(bot.app.jobs)
    await timers.run(bot.app.jobs)
    assert reminded() == 1
    clock.advance(days=3)
    await timers.run(bot.app.jobs)
    assert reminded() == 1  # once per wait, however long it lasts
    await lawyer.send("Да, пришлите фото")
    clock.advance(minutes=5)
    await migrant.send("Отправил")  # a new wait
    clock.advance(days=1, minutes=1)
    await timers.run(bot.app.jobs)
    assert reminded() == 2


async def test_an_answered_client_is_not_a_reason_to_remind(bot, clock) -> None:
    lawyer, migrant, ref = await claimed_case(bot)
    await migrant.send("Вот договор")
    clock.advance(hours=1)
    await lawyer.send("Спасибо, изучаю")
    clock.advance(days=2)
    await timers.run(bot.app.jobs)
    assert told((bot,), 900, "timers-waiting-remind", "en", ref=ref) == 0


async def test_a_silent_client_is_nudged_then_the_case_closes_then_reopens_by_writing(
    make_bot, db_url, clock
) -> None:
    bot = await make_bot(db_url)
    other = await make_bot(db_url)  # a second replica with its own scheduler
    both = (bot, other)
    lawyer, migrant, ref = await claimed_case(bot)
    asked = clock.now

    async def run_both() -> None:
        await asyncio.gather(timers.run(bot.app.jobs), timers.run(other.app.jobs))

    closes = asked + dt.timedelta(hours=72, days=7)  # Sunday 15:00, then a week on: daytime
    nudge = dict(ref=ref, date=local_date(closes, "ru"))
    clock.advance(hours=71)
    await run_both()
    assert told(both, 100, "timers-nudge-client", "ru", **nudge) == 0
    clock.advance(hours=2)  # CLIENT_NUDGE_HOURS
    await run_both()
    await run_both()
    assert told(both, 100, "timers-nudge-client", "ru", **nudge) == 1
    nudged = [
        call
        for replica in both
        for call in replica.session.calls(SendMessage)
        if call.chat_id == 100
        and strip(call.text).startswith(strip(t(bot, "timers-nudge-client", **nudge)))
    ]
    assert [row[0].text for row in nudged[0].reply_markup.inline_keyboard] == [
        t(bot, "timers-btn-answer")
    ]
    clock.advance(days=7)  # NO_RESPONSE_DAYS after the nudge
    await run_both()
    await run_both()
    until = local_date(clock.now + dt.timedelta(days=14), "ru")
    assert told(both, 100, "timers-noresponse-client", "ru", ref=ref, date=until) == 1
    assert told(both, 900, "timers-noresponse-lawyer", "en", ref=ref, days=7) == 1
    ticket = await ticket_of(bot)
    assert (ticket.status, ticket.outcome) == ("closed", "no_response")
    notice = strip(t(bot, "timers-noresponse-client", ref=ref, date=until))
    closed_notice = [
        call
        for replica in both
        for call in replica.session.calls(SendMessage)
        if call.chat_id == 100 and strip(call.text) == notice
    ]
    assert [row[0].text for row in closed_notice[0].reply_markup.inline_keyboard] == [
        t(bot, "timers-btn-no-longer")
    ]

    clock.advance(days=3)
    await migrant.send("Извините, я был в больнице. Договор пришлю сегодня")
    shown = [strip(message.text) for message in migrant.messages()[-2:]]
    assert shown[0] == strip(t(bot, "timers-noresponse-reopened", ref=ref))
    assert shown[1] == strip(t(bot, "relay-added-waiting", ref=ref))
    ticket = await ticket_of(bot)
    assert (ticket.status, ticket.outcome, ticket.assignee_id) == ("new", None, None)
    async with bot.app.sessions() as session:
        written = await session.scalar(
            select(TicketMessage).where(TicketMessage.author == "client")
        )
    assert written is not None and written.ticket_id == ticket.id
    card = lawyer.last  # announced again, to be claimed by whoever is on duty
    assert ref in card.text and card.buttons[0] == t(bot, "btn-claim", "en")


async def test_a_client_who_answers_after_the_nudge_keeps_the_case(bot, clock) -> None:
    _, migrant, ref = await claimed_case(bot)
    clock.advance(hours=73)
    await timers.run(bot.app.jobs)
    assert told((bot,), 100, "timers-btn-answer", "ru") == 0  # a button, not a message
    await migrant.click(t(bot, "timers-btn-answer"))
    assert strip(migrant.last.text) == strip(t(bot, "mycases-writing", ref=ref))
    await migrant.send("Простите, вот договор")
    clock.advance(days=8)
    await timers.run(bot.app.jobs)
    ticket = await ticket_of(bot)
    assert (ticket.status, ticket.outcome) == ("claimed", None)


async def test_a_case_closed_for_no_response_is_let_go_or_expires(bot, clock) -> None:
    lawyer, migrant, _ = await claimed_case(bot)
    clock.advance(hours=73)
    await timers.run(bot.app.jobs)
    clock.advance(days=7)
    await timers.run(bot.app.jobs)
    await migrant.click(t(bot, "timers-btn-no-longer"))
    assert t(bot, "timers-noresponse-left") in migrant.alerts()
    before = len(lawyer.messages())
    await migrant.send("зарплата")  # a search now, not a reopened case
    assert (await ticket_of(bot)).status == "closed"
    assert len(lawyer.messages()) == before

    other = bot.person(101, "B", "ru")  # one who stays, but writes too late
    await onboard(bot, other)
    await open_ticket(bot, other, "🏥 Медицина", "Не принимают в поликлинике без прописки")
    async with bot.app.sessions() as session:
        second = await session.scalar(select(Ticket).where(Ticket.client_id == 101))
    assert second is not None
    await lawyer.click(t(bot, "btn-claim", "en"))
    await lawyer.send("Есть ли у вас временная регистрация?")
    clock.advance(hours=73)
    await timers.run(bot.app.jobs)
    clock.advance(days=7)
    await timers.run(bot.app.jobs)
    clock.advance(days=15)  # past REOPEN_DAYS
    await other.send("поликлиника")
    async with bot.app.sessions() as session:
        late = await session.get(Ticket, second.id)
    assert late is not None and late.status == "closed"
