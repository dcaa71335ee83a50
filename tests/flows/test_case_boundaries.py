"""Behaviour a reviewer found wrong, kept right: replies never switch cases behind a lawyer's
back, notes never leak, commands are not taken as a name, erasure takes the phone too."""

from __future__ import annotations

from sqlalchemy import select

from bot.callbacks import CaseCD
from bot.db.models import Ticket
from tests.flows.people import make_lawyer, onboard, open_ticket, strip, t

WORK, DOCS = "💼 Работа", "📄 Документы"


async def test_a_transfer_does_not_redirect_the_lawyers_next_message(bot) -> None:
    lawyer = await make_lawyer(bot, 900)
    other = await make_lawyer(bot, 901)
    first = bot.person(100, "A", "ru")
    second = bot.person(101, "B", "ru")
    await onboard(bot, first)
    await onboard(bot, second)
    await open_ticket(bot, first, WORK, "Не платят зарплату два месяца на стройке")
    await lawyer.click(t(bot, "btn-claim", "en"))
    await open_ticket(bot, second, DOCS, "Потерял паспорт, нужна справка для консульства")
    await other.click(t(bot, "btn-claim", "en"))
    async with bot.app.sessions() as session:
        moved = await session.scalar(select(Ticket).where(Ticket.client_id == 101))
    assert moved is not None
    await other.press(
        other.last, CaseCD(action="transfer_to", ticket=moved.id, value="900").pack()
    )
    await lawyer.send("Это для первого клиента")
    assert "Это для первого клиента" in first.last.text
    assert all("первого клиента" not in shown.text for shown in second.messages())


async def test_a_photo_in_note_mode_is_not_sent_to_the_client(bot) -> None:
    lawyer = await make_lawyer(bot, 900)
    migrant = bot.person(100, "A", "ru")
    await onboard(bot, migrant)
    ref = await open_ticket(bot, migrant, WORK, "Не платят зарплату два месяца на стройке")
    await lawyer.click(t(bot, "btn-claim", "en"))
    await lawyer.click(t(bot, "btn-case-note", "en"))
    before = len(migrant.messages())
    replies = await lawyer.send_photo(caption="internal: seems undocumented")
    assert strip(replies[-1].text) == strip(t(bot, "case-note-prompt", "en", ref=ref))
    assert len(migrant.messages()) == before


async def test_a_command_is_not_taken_as_a_name(bot) -> None:
    lawyer = await make_lawyer(bot, 900, on_duty=False)
    await lawyer.send("/profile")
    await lawyer.click(t(bot, "btn-profile-name", "en"))
    await lawyer.send("/duty")
    assert strip(lawyer.last.text) == strip(t(bot, "duty-on", "en"))
    await lawyer.send("/profile")
    assert "/duty" not in lawyer.last.text


async def test_forget_takes_the_phone_too(bot) -> None:
    migrant = bot.person(100, "A", "ru")
    await onboard(bot, migrant)
    await migrant.click(WORK)
    await migrant.click(t(bot, "btn-ask-lawyer"))
    await migrant.click(t(bot, "urgency-none"))
    await migrant.click(t(bot, "region-astana"))
    await migrant.click(t(bot, "cit-kg"))
    await migrant.send("Не платят зарплату два месяца на стройке")
    await migrant.click(t(bot, "btn-continue"))
    await migrant.share_contact("+77011234567")
    await migrant.click(t(bot, "btn-share-yes"))
    await migrant.click(t(bot, "btn-send-request"))
    await migrant.send("/forget")
    await migrant.click(t(bot, "btn-forget-yes"))
    async with bot.app.sessions() as session:
        ticket = await session.scalar(select(Ticket))
    assert ticket is not None
    assert (ticket.contact_phone, ticket.description, ticket.client_id) == (None, None, None)


async def test_cards_of_a_withdrawn_case_keep_no_excerpt(make_bot, sqlite_url) -> None:
    bot = await make_bot(sqlite_url, LAWYERS_CHAT_ID=-100700)
    lawyer = await make_lawyer(bot, 900)
    migrant = bot.person(100, "A", "ru")
    await onboard(bot, migrant)
    words = "Не платят зарплату два месяца на стройке"
    ref = await open_ticket(bot, migrant, WORK, words)
    cards = [lawyer.last, bot.session.chats[-100700][max(bot.session.chats[-100700])]]
    # before a claim a card has the case's facts and Claim, never the person's words
    assert all(ref in card.text and words[:20] not in card.text for card in cards)
    assert all(card.buttons == [t(bot, "btn-claim", "en")] for card in cards[:1])
    await migrant.send("/forget")
    await migrant.click(t(bot, "btn-forget-yes"))
    for card in cards:
        assert words[:20] not in card.text and card.buttons == [] and ref in card.text


async def test_a_button_pressed_again_after_a_restart_shows_the_step_the_person_is_at(
    make_bot, sqlite_url
) -> None:
    """The bot restarted after saving an answer but before its reply left: the person presses
    the same button again, and gets the question they are at, their answers kept."""
    bot = await make_bot(sqlite_url)
    migrant = bot.person(100, "A", "ru")
    await onboard(bot, migrant)
    await migrant.click(WORK)
    await migrant.click(t(bot, "btn-ask-lawyer"))
    await migrant.click(t(bot, "urgency-none"))
    region_question = migrant.last
    pressed = region_question.button_data(t(bot, "region-almaty_city"))
    await migrant.click(t(bot, "region-almaty_city"))
    assert strip(migrant.last.text) == strip(t(bot, "intake-citizenship"))

    restarted = await make_bot(sqlite_url)
    again = restarted.person(100, "A", "ru")
    await again.press(region_question, pressed)
    assert again.alerts()[-1] == t(bot, "intake-step-again")
    assert strip(again.last.text) == strip(t(bot, "intake-citizenship"))
    await again.click(t(bot, "cit-kg"))
    assert strip(again.last.text).startswith(
        strip(t(bot, "intake-describe", topic="")).split("·")[0].strip()
    )
    await again.press(region_question, pressed)  # still the step it is at, nothing changed
    assert again.alerts()[-1] == t(bot, "intake-step-again")
    await again.send("Работодатель не платит зарплату два месяца")
    await again.click(t(bot, "btn-continue"))
    await again.send(t(bot, "btn-contact-bot"))
    await again.click(t(bot, "btn-share-yes"))
    summary = strip(again.last.text)
    assert t(bot, "region-almaty_city") in summary and t(bot, "cit-kg") in summary


async def test_send_pressed_again_gives_the_same_confirmation_and_one_case(bot) -> None:
    migrant = bot.person(100, "A", "ru")
    await onboard(bot, migrant)
    ref = await open_ticket(bot, migrant, WORK, "Мне не платят зарплату два месяца на стройке")
    confirmation = migrant.last
    assert ref in confirmation.text
    from bot.callbacks import IntakeCD

    await migrant.press(confirmation, IntakeCD(action="send").pack())
    assert strip(migrant.last.text) == strip(t(bot, "intake-done", ref=ref))
    async with bot.app.sessions() as session:
        assert len(list(await session.scalars(select(Ticket)))) == 1
