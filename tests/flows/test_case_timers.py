"""Case timers through the real Dispatcher while the clock travels: a silent claim is reminded
then returned to the queue (once, with two schedulers); advice is followed up; editors get a
weekly digest."""

from __future__ import annotations

import asyncio
import datetime as dt
from typing import Any

from aiogram.methods import SendMessage
from sqlalchemy import func, select

from bot.callbacks import ClaimCD
from bot.db.models import AuditEvent, Ticket
from bot.jobs import timers
from bot.kb.check import check
from bot.services.invites import InviteService
from tests.conftest import ROOT
from tests.flows.people import make_lawyer, onboard, open_ticket, strip, t, told

WORK = "💼 Работа"
WORDS = "Мне не платят зарплату два месяца на стройке"


async def test_a_silent_claim_is_reminded_then_returned_once(make_bot, db_url, clock) -> None:
    bot = await make_bot(db_url)
    other = await make_bot(db_url)  # a second replica with its own scheduler
    async with bot.app.sessions() as session:
        token = await InviteService(session, clock).create("coordinator", dt.timedelta(hours=1))
    coordinator = bot.person(800, "C", "en")
    await coordinator.send(f"/start {token}")
    silent, colleague = await make_lawyer(bot, 900), await make_lawyer(bot, 901)
    migrant = bot.person(100, "A", "ru")
    await onboard(bot, migrant)
    ref = await open_ticket(bot, migrant, WORK, WORDS)
    await silent.click(t(bot, "btn-claim", "en"))
    both = (bot, other)

    async def run_both() -> None:
        await asyncio.gather(timers.run(bot.app.jobs), timers.run(other.app.jobs))

    clock.advance(hours=23, minutes=59)  # P3: silent for a day (SILENT_P3_MINUTES)
    await run_both()
    assert told(both, 900, "timers-silent-remind", "en", ref=ref) == 0
    clock.advance(minutes=2)
    await run_both()
    assert told(both, 900, "timers-silent-remind", "en", ref=ref) == 1
    clock.advance(days=1)
    await run_both()
    await run_both()
    assert told(both, 900, "timers-silent-taken", "en", ref=ref) == 1
    assert told(both, 800, "timers-silent-coordinators", "en", ref=ref) == 1
    assert told(both, 100, "timers-silent-client", "ru", ref=ref) == 1
    async with bot.app.sessions() as session:
        ticket = await session.scalar(select(Ticket))
        assert (ticket.status, ticket.assignee_id) == ("new", None)
    cards = [  # announced again, by whichever replica returned it, to the other lawyer only
        call
        for replica in both
        for call in replica.session.calls(SendMessage)
        if ref in call.text
        and call.reply_markup is not None
        and call.reply_markup.inline_keyboard[0][0].text == t(bot, "btn-claim", "en")
    ]
    assert [card.chat_id for card in cards] == [900, 901, 901]  # the first time, and now
    await colleague.press(colleague.last, ClaimCD(ticket=ticket.id).pack())  # answered this time
    await colleague.send("Здравствуйте, пришлите договор")
    clock.advance(days=3)
    await run_both()
    assert told(both, 901, "timers-silent-remind", "en", ref=ref) == 0


async def close_with_advice(bot, clock) -> tuple[Any, Any, str]:
    lawyer = await make_lawyer(bot, 900)
    migrant = bot.person(100, "A", "ru")
    await onboard(bot, migrant)
    ref = await open_ticket(bot, migrant, WORK, WORDS)
    await lawyer.click(t(bot, "btn-claim", "en"))
    await lawyer.send("Подайте жалобу в инспекцию труда")
    await lawyer.click(t(bot, "btn-case-close", "en"))
    await lawyer.click(t(bot, "outcome-advice", "en"))
    return lawyer, migrant, ref


async def test_advice_is_followed_up_and_a_no_offers_to_reopen(bot, clock) -> None:
    _, migrant, ref = await close_with_advice(bot, clock)
    clock.advance(days=13, hours=23)
    await timers.run(bot.app.jobs)
    assert told((bot,), 100, "timers-followup-ask", "ru", ref=ref) == 0
    clock.advance(hours=2)
    await timers.run(bot.app.jobs)
    await timers.run(bot.app.jobs)
    assert told((bot,), 100, "timers-followup-ask", "ru", ref=ref) == 1
    question = migrant.last
    assert question.buttons == [
        t(bot, "timers-btn-followup-yes"),
        t(bot, "timers-btn-followup-no"),
    ]
    await migrant.click(t(bot, "timers-btn-followup-no"))
    assert strip(migrant.last.text) == strip(t(bot, "timers-followup-sorry"))
    await migrant.press(question, question_data(question, "yes"))  # a second answer: refused
    assert t(bot, "error-stale-button") in migrant.alerts()
    async with bot.app.sessions() as session:
        actions = list(
            await session.scalars(
                select(AuditEvent.action).where(AuditEvent.action.like("followup%"))
            )
        )
    assert actions == ["followup_no"]
    await migrant.click(t(bot, "btn-reopen"))
    assert strip(migrant.last.text) == strip(t(bot, "mycases-reopened", ref=ref))


def question_data(shown, answer: str) -> str:
    from bot.callbacks import MyCaseCD

    ticket = MyCaseCD.unpack(shown.button_data(shown.buttons[0])).ticket
    return MyCaseCD(action="followup", ticket=ticket, value=answer).pack()


async def test_a_followup_for_someone_else_is_refused(bot, clock) -> None:
    _, migrant, _ = await close_with_advice(bot, clock)
    clock.advance(days=15)
    await timers.run(bot.app.jobs)
    stranger = bot.person(101, "B", "en")
    await onboard(bot, stranger, "en")
    await stranger.press(stranger.last, question_data(migrant.last, "no"))
    assert t(bot, "error-stale-button", "en") in stranger.alerts()
    async with bot.app.sessions() as session:
        count = select(func.count()).select_from(AuditEvent)
        assert await session.scalar(count.where(AuditEvent.action.like("followup%"))) == 0


async def test_editors_get_a_weekly_digest(make_bot, sqlite_url, clock) -> None:
    bot = await make_bot(sqlite_url, ADMIN_IDS="700")
    admin = bot.person(700, "Ed", "en")
    await onboard(bot, admin, "en")
    migrant = bot.person(100, "A", "ru")
    await onboard(bot, migrant)
    await migrant.send("Кто выиграет чемпионат по футболу")  # a content gap
    clock.now = dt.datetime(2026, 12, 7, 3, 59, tzinfo=dt.UTC)  # Monday, 08:59 in Almaty
    await timers.run(bot.app.jobs)
    title = strip(t(bot, "timers-editors-title", "en"))
    assert not any(strip(shown.text).startswith(title) for shown in admin.messages())
    clock.advance(minutes=2)
    await timers.run(bot.app.jobs)
    digest = strip(admin.last.text)
    report = check(ROOT / "knowledge", dt.date(2026, 12, 7))
    paths = {warning.path for warning in report.warnings}
    overdue = {
        article.id
        for versions in report.kb.articles.values()
        for article in versions.values()
        if article.path in paths
    }
    assert digest.startswith(title)
    assert strip(t(bot, "timers-editors-gaps", "en", count=1)) in digest
    assert "чемпионат по футболу" in digest
    assert strip(t(bot, "timers-editors-reviews", "en", count=len(overdue))) in digest
    assert all(article in digest for article in sorted(overdue)[:10])
    clock.advance(days=7)  # next Monday: the next digest
    await timers.run(bot.app.jobs)
    assert sum(1 for shown in admin.messages() if strip(shown.text).startswith(title)) == 2
