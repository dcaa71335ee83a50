"""The lawyers' workspace: claim race, notes, transfer, release, close with an outcome and a
rating, the queue, coordinators, escalation, and the client's /mycases."""

from __future__ import annotations

import asyncio

from sqlalchemy import select

from bot.callbacks import CaseCD, ClaimCD, MyCaseCD
from bot.db.models import AuditEvent, Ticket, User
from bot.jobs.sla import announce_overdue
from bot.services.invites import InviteService
from tests.flows.people import make_lawyer, onboard, open_ticket, refuse, strip, t

WORK = "💼 Работа"
WORDS = "Не платят зарплату уже два месяца на стройке в Алматы"
GROUP = -100500


async def _ticket(bot):
    async with bot.app.sessions() as session:
        ticket = await session.scalar(select(Ticket).order_by(Ticket.id.desc()))
    assert ticket is not None
    return ticket


async def _audit(bot) -> list[str]:
    """Audit events about cases (joining as a lawyer is audited too, but is not about a case)."""
    async with bot.app.sessions() as session:
        return list(
            await session.scalars(
                select(AuditEvent.action)
                .where(AuditEvent.ticket_id.is_not(None))
                .order_by(AuditEvent.id)
            )
        )


async def test_fifty_lawyers_claim_at_once(make_bot, db_url) -> None:
    bot = await make_bot(db_url, LAWYERS_CHAT_ID=GROUP)
    lawyers = [await make_lawyer(bot, 1000 + n) for n in range(50)]
    migrant = bot.person(100, "A", "ru")
    await onboard(bot, migrant)
    ref = await open_ticket(bot, migrant, WORK, WORDS)
    ticket = await _ticket(bot)
    cards = [lawyer.last for lawyer in lawyers]
    assert all(ref in card.text for card in cards)
    data = ClaimCD(ticket=ticket.id).pack()
    await asyncio.gather(
        *(lawyer.press(card, data) for lawyer, card in zip(lawyers, cards, strict=True))
    )

    won = [a for a in lawyers[0].alerts() if a == t(bot, "claim-won", "en", ref=ref)]
    lost = [a for a in lawyers[0].alerts() if a == t(bot, "claim-lost", "en")]
    assert (len(won), len(lost)) == (1, 49)
    assert (await _audit(bot)).count("claim") == 1
    winner = (await _ticket(bot)).assignee_id
    for lawyer, card in zip(lawyers, cards, strict=True):
        assert card.buttons == []  # every copy updated
        key = "card-claimed-you" if lawyer.user.id == winner else "card-claimed"
        assert strip(card.text) == strip(
            t(bot, key, "en", ref=ref, lawyer=t(bot, "lawyer-anonymous", "en"))
        )
    group_card = bot.session.chats[GROUP][max(bot.session.chats[GROUP])]
    assert group_card.buttons == [] and ref in group_card.text


async def test_notes_transfer_release_close_and_rating(bot) -> None:
    first = await make_lawyer(bot, 900)
    second = await make_lawyer(bot, 901)
    migrant = bot.person(100, "A", "ru")
    await onboard(bot, migrant)
    ref = await open_ticket(bot, migrant, WORK, WORDS)
    await first.click(t(bot, "btn-claim", "en"))

    await first.click(t(bot, "btn-case-note", "en"))
    await first.send("Клиент, похоже, без договора — проверить")
    assert strip(first.last.text) == t(bot, "case-note-saved", "en")
    assert all("проверить" not in shown.text for shown in migrant.messages())

    await first.click(t(bot, "btn-case-transfer", "en"))
    done = await first.click("🟢 #901")
    assert [strip(s.text) for s in done] == [strip(t(bot, "case-transferred", "en", ref=ref))]
    assert strip(second.last.text) == strip(t(bot, "case-transferred-to-you", "en", ref=ref))
    assert strip(migrant.last.text) == strip(t(bot, "client-transferred", ref=ref))
    await first.send("Я ещё тут?")  # the first lawyer no longer holds it
    assert strip(first.last.text) == strip(t(bot, "lawyer-no-active-case", "en"))
    await second.send("/case")
    assert any("проверить" in strip(shown.text) for shown in second.messages())  # the note

    done = await second.click(t(bot, "btn-case-release", "en"))
    assert strip(done[0].text) == strip(t(bot, "case-released", "en", ref=ref))
    assert strip(migrant.last.text) == strip(t(bot, "client-released", ref=ref))
    assert (await _ticket(bot)).status == "new"
    assert ref in first.last.text and first.last.buttons == [t(bot, "btn-claim", "en")]

    await first.click(t(bot, "btn-claim", "en"))
    await first.click(t(bot, "btn-case-close", "en"))
    await first.click(t(bot, "outcome-advice", "en"))
    closed = await _ticket(bot)
    assert (closed.status, closed.outcome) == ("closed", "advice")
    assert strip(migrant.last.text).endswith(strip(t(bot, "client-case-closed", ref=ref)))
    await migrant.click(t(bot, "btn-solved-yes"))
    await migrant.click("⭐⭐⭐⭐⭐")
    assert strip(migrant.last.text) == t(bot, "rating-thanks")
    rated = await _ticket(bot)
    assert (rated.solved, rated.rating) == (True, 5)
    assert await _audit(bot) == [
        "open", "claim", "transfer", "view", "release", "claim", "close",
    ]  # fmt: skip

    # an old button of the closed case
    await migrant.press(migrant.last, MyCaseCD(action="write", ticket=closed.id).pack())
    assert migrant.alerts()[-1] == t(bot, "error-ticket-gone")
    await second.press(
        second.last, CaseCD(action="close_as", ticket=closed.id, value="advice").pack()
    )
    assert second.alerts()[-1] == t(bot, "error-ticket-gone", "en")


async def test_coordinator_sees_everything_reassigns_and_gets_escalations(bot, clock) -> None:
    async with bot.app.sessions() as session:
        import datetime as dt

        token = await InviteService(session, clock).create("coordinator", dt.timedelta(hours=1))
    coordinator = bot.person(800, "C", "en")
    await coordinator.send(f"/start {token}")
    lawyer = await make_lawyer(bot, 900)
    helper = await make_lawyer(bot, 901, on_duty=False)
    migrant = bot.person(100, "A", "ru")
    await onboard(bot, migrant)
    ref = await open_ticket(bot, migrant, WORK, WORDS)

    clock.advance(minutes=31)
    assert await announce_overdue(bot.app.jobs) == 1
    assert all("⚠️" not in shown.text for shown in coordinator.messages())
    clock.advance(minutes=31)
    assert await announce_overdue(bot.app.jobs) == 1
    escalation = coordinator.last
    assert ref in escalation.text and "⚠️" in escalation.text
    clock.advance(minutes=31)
    await announce_overdue(bot.app.jobs)
    assert sum(1 for s in coordinator.messages() if "⚠️" in s.text) == 1  # once only

    await lawyer.click(t(bot, "btn-claim", "en"))
    await coordinator.send("/queue")
    assert any(ref in label for label in coordinator.last.buttons)  # coordinators see claimed
    label = next(label for label in coordinator.last.buttons if ref in label)
    assert label.endswith(f"· {t(bot, 'queue-status-claimed', 'en')}")  # in words, not "claimed"
    await lawyer.send("/queue")
    assert not any(ref in label for label in lawyer.last.buttons)  # lawyers: waiting only
    ticket = await _ticket(bot)
    await coordinator.press(
        coordinator.last, CaseCD(action="transfer_to", ticket=ticket.id, value="901").pack()
    )
    assert (await _ticket(bot)).assignee_id == 901
    assert strip(lawyer.last.text) == strip(t(bot, "case-taken-away", "en", ref=ref))
    assert strip(helper.last.text) == strip(t(bot, "case-transferred-to-you", "en", ref=ref))


async def test_queue_filters(bot) -> None:
    lawyer = await make_lawyer(bot, 900)
    migrant = bot.person(100, "A", "ru")
    await onboard(bot, migrant)
    ref = await open_ticket(bot, migrant, WORK, WORDS)
    await lawyer.send("/queue")
    assert f"{ref} · " in lawyer.last.buttons[0]
    assert lawyer.last.buttons[0].endswith(f"· {t(bot, 'queue-status-new', 'en')}")
    await lawyer.click(f"{t(bot, 'queue-filter-priority', 'en')}: {t(bot, 'queue-any', 'en')}")
    await lawyer.click("P1")
    assert strip(lawyer.last.text) == t(bot, "queue-empty", "en")
    await lawyer.click(f"{t(bot, 'queue-filter-priority', 'en')}: P1")
    await lawyer.click("P3")
    assert any(ref in label for label in lawyer.last.buttons)
    await lawyer.click(next(label for label in lawyer.last.buttons if ref in label))
    card = lawyer.last  # not claimed yet: its card, not the person's words
    assert ref in card.text and card.buttons == [t(bot, "btn-claim", "en")]
    assert not any(WORDS in strip(shown.text) for shown in lawyer.messages())
    assert "view" not in await _audit(bot)
    await lawyer.click(t(bot, "btn-claim", "en"))
    assert any(WORDS in strip(shown.text) for shown in lawyer.messages())
    await lawyer.send("/case")
    assert "view" in await _audit(bot)  # opening the full text is an audit event


async def test_mycases_status_add_and_withdraw(bot) -> None:
    lawyer = await make_lawyer(bot, 900)
    migrant = bot.person(100, "A", "ru")
    await onboard(bot, migrant)
    ref = await open_ticket(bot, migrant, WORK, WORDS)
    await lawyer.click(t(bot, "btn-claim", "en"))
    await migrant.send("/mycases")
    item = t(bot, "mycases-item", ref=ref, status=t(bot, "status-claimed"), topic="Работа")
    assert migrant.last.buttons[0] == item
    await migrant.click(item)
    await migrant.click(t(bot, "btn-add-info"))
    await migrant.send("Вспомнил: договор я так и не подписал")
    assert "договор я так и не подписал" in lawyer.last.text
    assert t(bot, "btn-leave-case") in migrant.last.buttons  # the way out is always shown
    await migrant.click(t(bot, "btn-leave-case"))
    await migrant.send("где работать законно")  # a question again, not a message to the lawyer
    assert "где работать законно" not in lawyer.last.text
    await migrant.send("/mycases")
    await migrant.click(item)
    await migrant.click(t(bot, "btn-withdraw"))
    await migrant.click(t(bot, "btn-withdraw-yes"))
    assert strip(lawyer.last.text) == strip(t(bot, "case-withdrawn", "en", ref=ref))
    ticket = await _ticket(bot)
    assert (ticket.status, ticket.outcome) == ("closed", "withdrawn")
    await migrant.send("/mycases")  # a closed case can be looked at, not acted on
    closed_item = t(bot, "mycases-item", ref=ref, status=t(bot, "status-closed"), topic="Работа")
    shown = await migrant.click(closed_item)
    assert t(bot, "status-closed") in strip(shown[0].text)
    assert shown[0].buttons == [t(bot, "btn-back")]


async def test_blocked_client_marks_the_ticket(bot) -> None:
    from aiogram.exceptions import TelegramForbiddenError

    lawyer = await make_lawyer(bot, 900)
    migrant = bot.person(100, "A", "ru")
    await onboard(bot, migrant)
    ref = await open_ticket(bot, migrant, WORK, WORDS)
    await lawyer.click(t(bot, "btn-claim", "en"))

    refuse(bot, 100, TelegramForbiddenError, "Forbidden: bot was blocked by the user")
    await lawyer.send("Пришлите, пожалуйста, договор")
    assert strip(lawyer.last.text) == strip(t(bot, "relay-blocked", "en", ref=ref))
    ticket = await _ticket(bot)
    assert ticket.client_unreachable_at is not None
    async with bot.app.sessions() as session:
        assert (await session.get(User, 100)).blocked_bot_at is not None  # type: ignore[union-attr]


async def test_a_lawyers_message_is_never_lost(bot, clock) -> None:
    from aiogram.exceptions import TelegramServerError

    from bot.jobs.redeliver import run as redeliver

    lawyer = await make_lawyer(bot, 900)
    migrant = bot.person(100, "A", "ru")
    await onboard(bot, migrant)
    ref = await open_ticket(bot, migrant, WORK, WORDS)
    await lawyer.click(t(bot, "btn-claim", "en"))

    refuse(bot, 100, TelegramServerError, "Bad Gateway")
    await lawyer.send("Важно: завтра в 10:00 приходите в суд")
    assert strip(lawyer.last.text) == strip(t(bot, "relay-queued", "en", ref=ref))
    assert await redeliver(bot.app.jobs) == 0  # too soon, and Telegram still fails
    clock.advance(minutes=1)
    assert await redeliver(bot.app.jobs) == 0
    assert all("завтра в 10:00" not in shown.text for shown in migrant.messages())

    bot.session.faults.clear()
    clock.advance(minutes=1)
    assert await redeliver(bot.app.jobs) == 1
    assert "завтра в 10:00" in migrant.last.text
    assert strip(lawyer.last.text) == strip(t(bot, "relay-redelivered", "en", ref=ref))
    assert await redeliver(bot.app.jobs) == 0  # sent once only


async def test_a_message_telegram_keeps_failing_is_given_up_and_its_sender_told(
    bot, clock
) -> None:
    from aiogram.exceptions import TelegramServerError
    from aiogram.methods import SendMessage

    from bot import metrics
    from bot.db.models import TicketMessage
    from bot.jobs.redeliver import run as redeliver
    from bot.web.gauges import TicketGauges

    lawyer = await make_lawyer(bot, 900)
    migrant = bot.person(100, "A", "ru")
    await onboard(bot, migrant)
    ref = await open_ticket(bot, migrant, WORK, WORDS)
    await lawyer.click(t(bot, "btn-claim", "en"))
    refuse(bot, 100, TelegramServerError, "Internal Server Error")
    await lawyer.send("Приходите в понедельник с паспортом")

    def tries() -> int:
        return sum(
            1
            for call in bot.session.calls(SendMessage)
            if call.chat_id == 100 and "понедельник" in call.text
        )

    def sample(name: str, **labels: str) -> float:
        return metrics.REGISTRY.get_sample_value(name, labels) or 0.0

    gauges = TicketGauges(bot.app.engine, bot.app.jobs.sla, clock, ttl=0)
    clock.advance(minutes=2)
    await gauges.refresh()
    assert sample("qorgau_outbox_pending", kind="relay") == 1
    assert sample("qorgau_outbox_oldest_seconds") == 120
    await redeliver(bot.app.jobs)
    first = tries()
    clock.advance(minutes=3)  # the second try waits 4 minutes, not 1
    await redeliver(bot.app.jobs)
    assert tries() == first
    given_up = sample("qorgau_relay_given_up_total")
    for _ in range(10):
        clock.advance(minutes=61)
        await redeliver(bot.app.jobs)
    assert strip(lawyer.last.text) == strip(t(bot, "relay-given-up", "en", ref=ref))
    assert [strip(m.text) for m in lawyer.messages()].count(strip(lawyer.last.text)) == 1
    async with bot.app.sessions() as session:
        stored = await session.scalar(
            select(TicketMessage).where(TicketMessage.author == "lawyer")
        )
    assert stored is not None and (stored.attempts, stored.delivered) == (8, False)
    assert stored.given_up_at is not None  # kept in the case, no longer tried
    assert sample("qorgau_relay_given_up_total") == given_up + 1
    settled = tries()
    clock.advance(days=1)
    await redeliver(bot.app.jobs)
    assert tries() == settled
    await gauges.refresh()
    assert sample("qorgau_outbox_pending", kind="relay") == 0


async def test_a_canned_answer_goes_like_a_typed_one(bot) -> None:
    lawyer = await make_lawyer(bot, 900)
    migrant = bot.person(100, "A", "ru")
    await onboard(bot, migrant)
    ref = await open_ticket(bot, migrant, WORK, WORDS)
    await lawyer.click(t(bot, "btn-claim", "en"))
    await lawyer.click(t(bot, "btn-case-canned", "en"))
    answer = bot.app.kb.kb.canned_for("ru")[0]  # in the client's language
    before = len(migrant.messages())
    await lawyer.click(f"💬 {answer.title}")  # first a preview, nothing sent yet
    preview = lawyer.last
    shown_at = preview.message_id
    assert strip(preview.text).startswith(strip(t(bot, "case-canned-preview", "en", ref=ref)))
    assert preview.buttons == [t(bot, "btn-canned-send", "en"), t(bot, "btn-back", "en")]
    assert len(migrant.messages()) == before
    await lawyer.click(t(bot, "btn-back", "en"))  # back to the list, in place
    assert f"💬 {answer.title}" in lawyer.last.buttons and lawyer.last.message_id == shown_at
    await lawyer.click(f"💬 {answer.title}")
    await lawyer.click(t(bot, "btn-canned-send", "en"))
    relayed = migrant.last
    assert answer.text.split("\n")[0][:40] in strip(relayed.text)
    header = t(bot, "relay-from-lawyer", ref=ref, name=t(bot, "lawyer-signature"))
    assert strip(relayed.text).startswith(strip(header))
    assert strip(lawyer.last.text) == strip(t(bot, "relay-sent-to-client", "en", ref=ref))


async def test_not_solved_offers_to_reopen_or_ask_again(bot) -> None:
    lawyer = await make_lawyer(bot, 900)
    migrant = bot.person(100, "A", "ru")
    await onboard(bot, migrant)
    ref = await open_ticket(bot, migrant, WORK, WORDS)
    await lawyer.click(t(bot, "btn-claim", "en"))
    await lawyer.click(t(bot, "btn-case-close", "en"))
    await lawyer.click(t(bot, "outcome-advice", "en"))
    await migrant.click(t(bot, "btn-solved-no"))
    await migrant.click("⭐⭐")
    after = migrant.last
    assert strip(after.text) == t(bot, "rating-thanks")
    assert after.buttons == [t(bot, "btn-reopen"), t(bot, "btn-ask-again"), t(bot, "btn-menu")]
    cards_before = len(lawyer.messages())
    await migrant.click(t(bot, "btn-reopen"))
    assert strip(migrant.last.text) == strip(t(bot, "mycases-reopened", ref=ref))
    reopened = await _ticket(bot)
    assert (reopened.status, reopened.assignee_id, reopened.outcome) == ("new", None, None)
    assert len(lawyer.messages()) > cards_before  # a new card to the duty lawyer
    assert ref in lawyer.last.text and lawyer.last.buttons == [t(bot, "btn-claim", "en")]
    await migrant.send("Работодатель снова не платит")  # the client's words go to the case
    assert ref in strip(migrant.last.text)
    await migrant.press(after, MyCaseCD(action="reopen", ticket=reopened.id).pack())
    assert t(bot, "error-stale-button") in migrant.alerts()  # only a closed case reopens
    assert "reopen" in await _audit(bot)


async def test_solved_leaves_only_the_menu(bot) -> None:
    lawyer = await make_lawyer(bot, 900)
    migrant = bot.person(100, "A", "ru")
    await onboard(bot, migrant)
    await open_ticket(bot, migrant, WORK, WORDS)
    await lawyer.click(t(bot, "btn-claim", "en"))
    await lawyer.click(t(bot, "btn-case-close", "en"))
    await lawyer.click(t(bot, "outcome-advice", "en"))
    await migrant.click(t(bot, "btn-solved-yes"))
    await migrant.click("⭐⭐⭐⭐⭐")
    assert migrant.last.buttons == [t(bot, "btn-menu")]


async def test_choosing_an_outcome_can_be_left_without_closing(bot) -> None:
    lawyer = await make_lawyer(bot, 900)
    migrant = bot.person(100, "A", "ru")
    await onboard(bot, migrant)
    ref = await open_ticket(bot, migrant, WORK, WORDS)
    await lawyer.click(t(bot, "btn-claim", "en"))
    await lawyer.click(t(bot, "btn-case-close", "en"))
    assert t(bot, "btn-back", "en") in lawyer.last.buttons
    await lawyer.click(t(bot, "btn-back", "en"))
    assert ref in lawyer.last.text and t(bot, "btn-case-close", "en") in lawyer.last.buttons
    assert (await _ticket(bot)).status == "claimed"
