"""The questionnaire: red flags, priority, routing, honest expectations, fixing answers, and
one open case per topic."""

from __future__ import annotations

from aiogram.fsm.storage.base import StorageKey
from aiogram.methods import SendMessage
from sqlalchemy import func, select, text

from bot.callbacks import IntakeCD
from bot.db.models import Ticket, TicketMessage
from bot.services.users import Actor
from tests.flows.people import make_lawyer, onboard, open_ticket, strip, t

EXPULSION = "🚨 Задержание и выдворение"
WORK = "💼 Работа"
WORDS = "Брата задержали вчера на рынке, говорят о выдворении, паспорт у них"


async def _profile(bot, lawyer, **choices: str) -> None:
    actor = Actor(lawyer.user.id, "lawyer", "en", True)
    async with bot.app.sessions() as session:
        from bot.services.lawyers import LawyerService

        service = LawyerService(session)
        for field, values in choices.items():
            for value in values.split(","):
                await service.toggle(actor, field, value)


async def test_detained_gets_guidance_at_once_p1_and_matching_lawyer(bot) -> None:
    matching = await make_lawyer(bot, 900)
    await _profile(bot, matching, languages="ru", regions="almaty_city")
    other = await make_lawyer(bot, 901)
    await _profile(bot, other, languages="uz")
    migrant = bot.person(100, "A", "ru")
    await onboard(bot, migrant)
    await migrant.click(EXPULSION)
    await migrant.click(t(bot, "btn-ask-lawyer"))
    replies = await migrant.click(t(bot, "urgency-detained"))
    texts = [strip(r.text) for r in replies]
    guidance = texts.index(strip(t(bot, "redflag-detained")))
    region = texts.index(strip(t(bot, "intake-region")))
    assert guidance < region  # guidance first, then the form goes on
    guide = next(r for r in replies if strip(r.text) == strip(t(bot, "redflag-detained")))
    assert any("Задержала полиция" in label for label in guide.buttons)

    await migrant.click(t(bot, "region-almaty_city"))
    await migrant.click(t(bot, "cit-tj"))
    await migrant.send(WORDS)
    await migrant.click(t(bot, "btn-continue"))
    await migrant.send(t(bot, "btn-contact-bot"))
    await migrant.click(t(bot, "btn-share-yes"))
    summary = strip(migrant.last.text)
    assert t(bot, "urgency-detained") in summary and t(bot, "region-almaty_city") in summary
    await migrant.click(t(bot, "btn-send-request"))
    done = strip(migrant.last.text)
    assert done.endswith(strip(t(bot, "expect-on-duty", hours=0, minutes=10)))

    async with bot.app.sessions() as session:
        ticket = await session.scalar(select(Ticket))
    assert ticket is not None and ticket.priority == "P1" and ticket.urgency == "detained"
    assert ticket.region == "almaty_city" and ticket.citizenship == "tj"
    card = matching.last
    assert ticket.ref in card.text and "P1" in card.text
    assert card.buttons == [t(bot, "btn-claim", "en")]
    assert all(ticket.ref not in shown.text for shown in other.messages())


async def test_a_lawyer_for_any_language_is_not_promised_as_speaking_yours(bot) -> None:
    await make_lawyer(bot, 900)  # the only one on duty: "Languages: any"
    migrant = bot.person(100, "A", "ru")
    await onboard(bot, migrant)
    await open_ticket(bot, migrant, WORK, "Не платят зарплату уже два месяца на стройке")
    done = strip(migrant.last.text)
    assert done.endswith(strip(t(bot, "expect-on-duty-any", hours=0, minutes=30)))
    assert strip(t(bot, "expect-on-duty", hours=0, minutes=30)) not in done


async def test_no_matching_lawyer_is_said_honestly(bot) -> None:
    lawyer = await make_lawyer(bot, 900)
    await _profile(bot, lawyer, languages="uz")
    migrant = bot.person(100, "A", "ru")
    await onboard(bot, migrant)
    await open_ticket(bot, migrant, WORK, "Не платят зарплату уже два месяца на стройке")
    assert strip(migrant.last.text).endswith(strip(t(bot, "expect-no-match", hours=0, minutes=30)))


async def test_out_of_hours(bot, clock) -> None:
    clock.advance(hours=12)  # 03:00 in Almaty on Thursday
    migrant = bot.person(100, "A", "ru")
    await onboard(bot, migrant)
    await open_ticket(bot, migrant, WORK, "Не платят зарплату уже два месяца на стройке")
    assert strip(migrant.last.text).endswith(
        strip(t(bot, "expect-out-of-hours", hours=0, minutes=30, opens="09:00"))
    )


async def test_back_and_fixing_an_answer(bot) -> None:
    migrant = bot.person(100, "A", "ru")
    await onboard(bot, migrant)
    await migrant.click(WORK)
    await migrant.click(t(bot, "btn-ask-lawyer"))
    await migrant.click(t(bot, "urgency-deadline"))
    await migrant.send("через неделю")
    example = "06.12.2026"  # three days after the test clock's today (3 December 2026)
    assert strip(migrant.last.text).startswith(
        strip(t(bot, "intake-deadline-invalid", example=example))
    )
    await migrant.send("29.11.2026")  # in the past
    assert strip(migrant.last.text).startswith(
        strip(t(bot, "intake-deadline-invalid", example=example))
    )
    await migrant.send("07.12.2026")
    await migrant.click(t(bot, "btn-back"))  # region → back to the date
    assert strip(migrant.last.text) == strip(t(bot, "intake-deadline", example=example))
    await migrant.send("07.12")  # four days ahead: high priority
    await migrant.click(t(bot, "region-astana"))
    await migrant.click(t(bot, "cit-hidden"))
    await migrant.send("Работодатель не отдаёт паспорт и требует деньги до пятницы")
    await migrant.click(t(bot, "btn-continue"))
    await migrant.send(t(bot, "btn-contact-bot"))
    await migrant.click(t(bot, "btn-share-yes"))
    await migrant.click(t(bot, "btn-edit-region"))
    await migrant.click(t(bot, "region-shymkent"))
    summary = strip(migrant.last.text)
    assert t(bot, "region-shymkent") in summary and t(bot, "region-astana") not in summary
    await migrant.click(t(bot, "btn-send-request"))
    async with bot.app.sessions() as session:
        ticket = await session.scalar(select(Ticket))
    assert ticket is not None and ticket.region == "shymkent" and ticket.priority == "P2"


async def test_second_request_on_the_same_topic_adds_to_the_first(bot) -> None:
    migrant = bot.person(100, "A", "ru")
    await onboard(bot, migrant)
    ref = await open_ticket(bot, migrant, WORK, "Не платят зарплату уже два месяца на стройке")
    await migrant.send("/menu")
    await migrant.click(WORK)
    await migrant.click(t(bot, "btn-ask-lawyer"))
    assert strip(migrant.last.text) == strip(t(bot, "intake-already-open", ref=ref))
    async with bot.app.sessions() as session:
        assert await session.scalar(select(func.count()).select_from(Ticket)) == 1


async def test_photos_at_intake_reach_the_lawyer_and_nothing_is_stored_plain(bot) -> None:
    lawyer = await make_lawyer(bot, 900)
    migrant = bot.person(100, "A", "ru")
    await onboard(bot, migrant)
    await migrant.click(WORK)
    await migrant.click(t(bot, "btn-ask-lawyer"))
    await migrant.click(t(bot, "urgency-none"))
    await migrant.click(t(bot, "region-almaty_city"))
    await migrant.click(t(bot, "cit-uz"))
    await migrant.send("Секретная история: начальник Бахтияр не платит мне")
    await migrant.send_photo()
    await migrant.send_document()
    assert strip(migrant.last.text).startswith(strip(t(bot, "intake-file-added", files=2))[:10])
    await migrant.click(t(bot, "btn-continue"))
    await migrant.send(t(bot, "btn-contact-phone"))  # pressed the label instead of sharing
    assert strip(migrant.last.text) == strip(t(bot, "intake-contact"))
    await migrant.share_contact("+77011234567")
    await migrant.click(t(bot, "btn-share-yes"))
    await migrant.click(t(bot, "btn-send-request"))
    before = len(bot.session.requests)
    await lawyer.click(t(bot, "btn-claim", "en"))
    sent = [type(call).__name__ for call in bot.session.requests[before:]]
    assert "SendPhoto" in sent and "SendDocument" in sent
    assert any(
        "+77011234567" in (c.text or "")
        for c in bot.session.calls(SendMessage)
        if c.chat_id == 900
    )

    async with bot.app.sessions() as session:
        rows = (
            await session.execute(text("SELECT description, contact_phone FROM tickets"))
        ).all()
        bodies = (await session.execute(text("SELECT body FROM ticket_messages"))).all()
        data = (await session.execute(text("SELECT data FROM fsm_states"))).all()
    raw = repr(rows) + repr(bodies) + repr(data)
    for secret in ("Бахтияр", "Секретная", "7011234567"):
        assert secret not in raw
    async with bot.app.sessions() as session:
        files = list(await session.scalars(select(TicketMessage.kind)))
    assert sorted(files) == ["document", "photo"]


async def test_the_deadline_is_a_tap_or_a_word_and_its_example_is_valid(bot) -> None:
    migrant = bot.person(100, "A", "ru")
    await onboard(bot, migrant)
    await migrant.click(WORK)
    await migrant.click(t(bot, "btn-ask-lawyer"))
    await migrant.click(t(bot, "urgency-deadline"))
    today, tomorrow = "чт 3 дек.", "пт 4 дек."  # the test clock: Thursday 3 December 2026
    assert {today, tomorrow} <= set(migrant.last.buttons)
    await migrant.send("🙂")  # not a date: the question again, its buttons at the bottom
    assert tomorrow in migrant.last.buttons
    await migrant.send("06.12.2026")  # the example the bot itself gave is accepted
    assert strip(migrant.last.text) == strip(t(bot, "intake-region"))
    await migrant.click(t(bot, "btn-back"))
    await migrant.send("Завтра")
    assert strip(migrant.last.text) == strip(t(bot, "intake-region"))
    await migrant.click(t(bot, "btn-back"))
    await migrant.click(tomorrow)
    assert strip(migrant.last.text) == strip(t(bot, "intake-region"))
    key = StorageKey(bot_id=bot.app.bot.id, chat_id=100, user_id=100)
    assert (await bot.app.dispatcher.storage.get_data(key))["deadline"] == "2026-12-04"


async def test_a_day_button_from_another_day_is_refused(bot) -> None:
    migrant = bot.person(100, "A", "ru")
    await onboard(bot, migrant)
    await migrant.click(WORK)
    await migrant.click(t(bot, "btn-ask-lawyer"))
    await migrant.click(t(bot, "urgency-deadline"))
    await migrant.press(migrant.last, IntakeCD(action="day", value="2026-11-20").pack())
    assert t(bot, "error-stale-button") in migrant.alerts()
    await migrant.send("tomorrow")  # another language's word is understood too
    assert strip(migrant.last.text) == strip(t(bot, "intake-region"))


async def test_an_option_typed_instead_of_pressed_counts(bot) -> None:
    migrant = bot.person(100, "A", "ru")
    await onboard(bot, migrant)
    await migrant.click(WORK)
    await migrant.click(t(bot, "btn-ask-lawyer"))
    await migrant.click(t(bot, "urgency-none"))
    await migrant.send("Almaty")  # Latin, at a Russian region step
    assert strip(migrant.last.text) == strip(t(bot, "intake-citizenship"))
    await migrant.send("узбекистон")  # a typo, in another script's spelling
    key = StorageKey(bot_id=bot.app.bot.id, chat_id=100, user_id=100)
    assert await bot.app.dispatcher.storage.get_state(key) == "Intake:description"
    await migrant.click(t(bot, "btn-back"))
    await migrant.click(t(bot, "btn-back"))  # back to the region
    replies = await migrant.send("где-то тут")  # names no region: asked again, buttons below
    assert [strip(r.text) for r in replies][-1] == strip(t(bot, "intake-region"))
    assert t(bot, "region-astana") in replies[-1].buttons
    data = await bot.app.dispatcher.storage.get_data(key)
    assert (data["region"], data["citizenship"]) == ("almaty_city", "uz")


async def test_only_through_the_bot_may_be_typed(bot) -> None:
    migrant = bot.person(100, "A", "ru")
    await onboard(bot, migrant)
    await migrant.click(WORK)
    await migrant.click(t(bot, "btn-ask-lawyer"))
    await migrant.click(t(bot, "urgency-none"))
    await migrant.click(t(bot, "region-astana"))
    await migrant.click(t(bot, "cit-hidden"))
    await migrant.send("Работодатель не платит зарплату третий месяц")
    await migrant.click(t(bot, "btn-continue"))
    await migrant.send("только через бот")
    assert strip(migrant.last.text) == strip(t(bot, "intake-share"))


async def test_case_topics_have_other_and_no_reading_topic_and_regions_allow_abroad(bot) -> None:
    migrant = bot.person(100, "A", "ru")
    await onboard(bot, migrant)
    await migrant.click(t(bot, "btn-ask-lawyer"))  # from the menu: the topic is asked
    topics = migrant.last.buttons
    assert t(bot, "topic-other") in topics
    contacts = bot.app.kb.kb.topics["contacts"]
    assert not any(contacts.title("ru") in label for label in topics)  # "Where to get help"
    await migrant.click(t(bot, "topic-other"))
    await migrant.click(t(bot, "urgency-none"))
    assert {t(bot, "region-outside"), t(bot, "region-unknown")} <= set(migrant.last.buttons)
    await migrant.click(t(bot, "region-outside"))
    await migrant.click(t(bot, "cit-hidden"))
    await migrant.send("Меня не выпускают на границе, что делать")
    await migrant.click(t(bot, "btn-continue"))
    await migrant.send(t(bot, "btn-contact-bot"))
    await migrant.click(t(bot, "btn-share-yes"))
    assert t(bot, "topic-other") in strip(migrant.last.text)  # the summary names it
    await migrant.click(t(bot, "btn-send-request"))
    async with bot.app.sessions() as session:
        ticket = await session.scalar(select(Ticket))
    assert ticket is not None and (ticket.topic, ticket.region) == ("other", "outside")


async def test_after_a_search_ask_a_lawyer_keeps_the_topic_and_taps_are_counted(bot) -> None:
    migrant = bot.person(100, "A", "ru")
    taps = 0

    async def tap(label: str) -> None:
        nonlocal taps
        taps += 1
        await migrant.click(label)

    await migrant.send("/start")
    await tap(t(bot, "lang-name"))
    await tap(t(bot, "btn-consent-yes"))
    await migrant.send("мне не платят зарплату")  # typing a question is not a tap
    await tap(t(bot, "btn-ask-lawyer"))
    assert strip(migrant.last.text) == strip(t(bot, "intake-urgency"))  # no topic asked again
    await tap(t(bot, "urgency-none"))
    await tap(t(bot, "region-astana"))
    await tap(t(bot, "cit-hidden"))
    await migrant.send("Работодатель не платит зарплату третий месяц")
    await tap(t(bot, "btn-continue"))
    await tap(t(bot, "btn-contact-bot"))
    await tap(t(bot, "btn-share-yes"))
    await tap(t(bot, "btn-send-request"))
    async with bot.app.sessions() as session:
        ticket = await session.scalar(select(Ticket))
    assert ticket is not None and ticket.topic == "employment"
    assert taps == 10  # from /start to a sent case (13 before; the closing note reports it)
