"""Every bad input gets a polite answer in the user's language, and nothing is lost."""

from __future__ import annotations

import datetime as dt
import logging

import pytest
from aiogram.exceptions import TelegramForbiddenError
from aiogram.types import Update
from sqlalchemy import func, select

from bot.callbacks import CaseCD, ClaimCD, LangCD
from bot.db.models import LawyerProfile, Ticket, TicketMessage, User
from bot.services.invites import InviteService
from tests.flows.people import fill_form, make_lawyer, onboard, open_ticket, refuse, strip, t

WORK = "💼 Работа"


async def _to_description(bot, migrant) -> None:
    await onboard(bot, migrant)
    await migrant.click(WORK)
    await migrant.click(t(bot, "btn-ask-lawyer"))
    for sticker_moment in (migrant.send_sticker,):  # a sticker where a button is expected
        replies = await sticker_moment()
        assert [strip(r.text) for r in replies] == [
            strip(t(bot, "intake-press-button")),
            strip(t(bot, "intake-urgency")),  # the step again, its buttons at the bottom
        ]
        assert t(bot, "urgency-none") in replies[-1].buttons
    await migrant.click(t(bot, "urgency-none"))
    await migrant.click(t(bot, "region-almaty_city"))
    await migrant.click(t(bot, "cit-uz"))


async def test_sticker_photo_voice_where_text_is_expected(bot) -> None:
    migrant = bot.person(100, "A", "ru")
    await _to_description(bot, migrant)
    for send in (migrant.send_sticker, migrant.send_voice):
        replies = await send()
        assert [strip(r.text) for r in replies] == [strip(t(bot, "intake-text-please"))]
    replies = await migrant.send_photo()  # a photo of a document is welcome here
    assert [strip(r.text) for r in replies] == [strip(t(bot, "intake-file-added", files=1))]
    await migrant.send("Мне не платят зарплату два месяца на стройке")
    assert strip(migrant.last.text) == strip(t(bot, "intake-description-saved", files=1))
    assert t(bot, "btn-continue") in migrant.last.buttons  # the form went on, nothing lost


async def test_media_and_stickers_outside_a_form(bot) -> None:
    migrant = bot.person(100, "A", "en")
    await onboard(bot, migrant, "en")
    replies = await migrant.send_sticker()
    assert [strip(r.text) for r in replies] == [strip(t(bot, "fallback-media", "en"))]
    replies = await migrant.send_voice()
    assert [strip(r.text) for r in replies] == [strip(t(bot, "fallback-media", "en"))]


async def test_text_too_short_and_too_long_keeps_the_form(bot) -> None:
    migrant = bot.person(100, "A", "ru")
    await _to_description(bot, migrant)
    await migrant.send("помогите")
    assert strip(migrant.last.text) == strip(t(bot, "intake-too-short"))
    huge = "очень длинная история " * 200
    await migrant.send(huge)
    assert strip(migrant.last.text) == strip(
        t(bot, "intake-too-long", limit=3500, length=len(huge.strip()))
    )
    await migrant.send("Работодатель не платит, мы живём на объекте без договора")
    assert strip(migrant.last.text) == strip(t(bot, "intake-description-saved", files=0))


async def test_forged_claim_by_a_non_lawyer(bot) -> None:
    await make_lawyer(bot, 900)
    migrant = bot.person(100, "A", "ru")
    await onboard(bot, migrant)
    await open_ticket(bot, migrant, WORK, "Мне не платят зарплату два месяца на стройке")
    async with bot.app.sessions() as session:
        ticket_id = await session.scalar(select(Ticket.id))
    intruder = bot.person(666, "X", "ru")
    await onboard(bot, intruder)
    await intruder.press(intruder.last, ClaimCD(ticket=ticket_id).pack())
    assert intruder.alerts()[-1] == t(bot, "error-not-lawyer")
    await intruder.press(
        intruder.last, CaseCD(action="close_as", ticket=ticket_id, value="advice").pack()
    )
    assert intruder.alerts()[-1] == t(bot, "error-not-lawyer")
    async with bot.app.sessions() as session:
        ticket = await session.get(Ticket, ticket_id)
        assert ticket is not None and ticket.status == "new" and ticket.assignee_id is None


async def test_lawyer_acting_on_another_lawyers_case(bot) -> None:
    first = await make_lawyer(bot, 900)
    second = await make_lawyer(bot, 901)
    migrant = bot.person(100, "A", "ru")
    await onboard(bot, migrant)
    await open_ticket(bot, migrant, WORK, "Мне не платят зарплату два месяца на стройке")
    await first.click(t(bot, "btn-claim", "en"))
    async with bot.app.sessions() as session:
        ticket_id = await session.scalar(select(Ticket.id))
    await second.press(
        second.last, CaseCD(action="close_as", ticket=ticket_id, value="advice").pack()
    )
    assert second.alerts()[-1] == t(bot, "error-not-your-ticket", "en")
    await second.press(second.last, CaseCD(action="write", ticket=ticket_id).pack())
    assert second.alerts()[-1] == t(bot, "error-not-your-ticket", "en")


async def test_garbage_and_stale_callback_data(bot) -> None:
    migrant = bot.person(100, "A", "ru")
    await onboard(bot, migrant)
    for data in ("", "zz:1", "cl:not-a-number", "ar:no-such-article:0", "tp:nowhere"):
        await migrant.press(migrant.last, data)
        assert migrant.alerts()[-1] == t(bot, "error-stale-button")
    await migrant.press(migrant.last, LangCD(code="xx").pack())
    assert migrant.alerts()[-1] == t(bot, "error-stale-button")
    await migrant.press(migrant.last, "in:share")  # a form button with no form open
    assert migrant.alerts()[-1] == t(bot, "error-stale-button")


async def test_button_actions_no_version_ever_made_are_outdated(bot) -> None:
    """Actions are enums: data naming another one never reaches a handler, for anyone."""
    lawyer = await make_lawyer(bot, 900)
    migrant = bot.person(100, "A", "ru")
    await onboard(bot, migrant)
    await open_ticket(bot, migrant, WORK, "Мне не платят зарплату два месяца на стройке")
    await lawyer.click(t(bot, "btn-claim", "en"))
    async with bot.app.sessions() as session:
        ticket_id = await session.scalar(select(Ticket.id))
    forged = (f"my:drop:{ticket_id}:", "nw:everyone", "cs:maybe", "fg:all", "mn:admin")
    for data in forged:
        assert await migrant.press(migrant.last, data) == []  # an alert, and no message
        assert migrant.alerts()[-1] == t(bot, "error-stale-button")
    for data in (f"ca:delete:{ticket_id}:", "sf:promote:100:admin", "pf:role:admin"):
        assert await lawyer.press(lawyer.last, data) == []
        assert lawyer.alerts()[-1] == t(bot, "error-stale-button", "en")
    async with bot.app.sessions() as session:
        ticket = await session.get(Ticket, ticket_id)
        assert ticket is not None and ticket.status == "claimed"


async def test_invite_used_twice(bot) -> None:
    async with bot.app.sessions() as session:
        token = await InviteService(session, bot.app.jobs.clock).create(
            "lawyer", dt.timedelta(hours=1)
        )
    first = bot.person(900, "L", "en")
    replies = await first.send(f"/start {token}")
    assert [strip(r.text) for r in replies] == [
        strip(t(bot, "invite-welcome", "en", role="lawyer"))
    ]
    stranger = bot.person(777, "S", "uz")
    replies = await stranger.send(f"/start {token}")
    assert [strip(r.text) for r in replies] == [strip(t(bot, "invite-invalid", "uz"))]
    replies = await first.send(f"/start {token}")  # the same person again: still single use
    assert [strip(r.text) for r in replies] == [strip(t(bot, "invite-invalid", "en"))]
    async with bot.app.sessions() as session:
        user = await session.get(User, 777)  # a refused update leaves nothing behind
        assert user is None or user.role == "client"
        assert await session.get(LawyerProfile, 777) is None
        assert (await session.get(User, 900)).role == "lawyer"  # type: ignore[union-attr]
    await stranger.send("/start")  # and the stranger is an ordinary client afterwards
    assert strip(stranger.last.text) == strip(t(bot, "start-choose-language", "uz"))


async def test_repeated_update_is_handled_once(bot) -> None:
    migrant = bot.person(100, "A", "ru")
    await onboard(bot, migrant)
    await migrant.click(WORK)
    await migrant.click(t(bot, "btn-ask-lawyer"))
    await fill_form(bot, migrant, "Работодатель не платит, мы живём на объекте без договора")
    share = migrant.last
    data = share.button_data(t(bot, "btn-send-request"))
    assert data is not None
    await migrant.press(share, data, update_id=5000)
    await migrant.press(share, data, update_id=5000)  # Telegram delivered it twice
    await migrant.press(share, data)  # the user pressed it twice
    async with bot.app.sessions() as session:
        assert await session.scalar(select(func.count()).select_from(Ticket)) == 1


async def test_client_who_blocked_the_bot(bot) -> None:
    lawyer = await make_lawyer(bot, 900)
    migrant = bot.person(100, "A", "ru")
    await onboard(bot, migrant)
    ref = await open_ticket(bot, migrant, WORK, "Мне не платят зарплату два месяца на стройке")
    await lawyer.click(t(bot, "btn-claim", "en"))

    refuse(bot, 100, TelegramForbiddenError, "Forbidden: bot was blocked by the user")
    await lawyer.send("Пожалуйста, пришлите фото договора")
    assert strip(lawyer.last.text) == strip(t(bot, "relay-blocked", "en", ref=ref))
    async with bot.app.sessions() as session:
        user = await session.get(User, 100)
        assert user is not None and user.blocked_bot_at is not None
        kept = await session.scalar(select(func.count()).select_from(TicketMessage))
        assert kept == 1  # the lawyer's message is kept on the case


async def test_photo_and_document_are_relayed_both_ways(bot) -> None:
    lawyer = await make_lawyer(bot, 900)
    migrant = bot.person(100, "A", "ru")
    await onboard(bot, migrant)
    ref = await open_ticket(bot, migrant, WORK, "Мне не платят зарплату два месяца на стройке")
    await lawyer.click(t(bot, "btn-claim", "en"))
    replies = await migrant.send_photo(caption="Вот договор")
    assert strip(replies[-1].text) == strip(t(bot, "relay-sent-to-lawyer", ref=ref))
    copy = lawyer.messages()[-1]  # the same file again (by Telegram's file id), with a header
    assert copy.kind == "photo" and "Вот договор" in copy.text
    await lawyer.send_document(caption="Образец жалобы")
    copy = migrant.messages()[-1]
    assert copy.kind == "document" and "Образец жалобы" in copy.text
    assert strip(t(bot, "relay-from-lawyer", ref=ref, name=t(bot, "lawyer-signature"))) in strip(
        copy.text
    )


async def test_any_update_type_without_user_is_ignored_quietly(
    bot, caplog: pytest.LogCaptureFixture
) -> None:
    # an edited message or a channel post must not crash the bot
    from aiogram.types import Chat, Message

    post = Message(
        message_id=1, date=dt.datetime.now(dt.UTC), chat=Chat(id=-100, type="channel"), text="x"
    )
    before = len(bot.harness.session.requests)
    with caplog.at_level(logging.WARNING):
        await bot.harness.feed(Update(update_id=99_999, channel_post=post))
    assert bot.harness.session.requests[before:] == []  # nothing sent to anyone
    assert [record for record in caplog.records if record.levelno >= logging.WARNING] == []
