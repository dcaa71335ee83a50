"""/announce through the Dispatcher: write per language, preview, audience, confirm; the job
sends it from the outbox (blocked recipients marked and skipped), edits the progress message and
reports once; a reader turns announcements off under one, and on again from the menu."""

from __future__ import annotations

from typing import Any

from aiogram.exceptions import TelegramForbiddenError
from aiogram.methods import SendMessage
from sqlalchemy import select

from bot.callbacks import AnnounceCD
from bot.db.models import AnnouncementRecipient, User
from bot.jobs import announce as job
from tests.flows.admin_people import ADMIN, cast
from tests.flows.people import onboard, open_ticket, refuse, strip, t

WORK = "💼 Работа"


async def _readers(bot) -> list[Any]:
    readers = []
    for user_id, lang in ((201, "ru"), (202, "en"), (203, "kk"), (204, "ru")):
        reader = bot.person(user_id, "R", lang)
        await onboard(bot, reader, lang)
        readers.append(reader)
    return readers


def _announcements(bot, chat_id: int) -> list[str]:
    header = strip(t(bot, "announce-header"))
    return [
        strip(call.text)
        for call in bot.session.calls(SendMessage)
        if call.chat_id == chat_id and header in strip(call.text)
    ]


async def test_an_admin_announces_in_two_languages(make_bot, db_url) -> None:
    bot = await make_bot(db_url, ADMIN_IDS=str(ADMIN))
    people = await cast(bot)
    readers = await _readers(bot)
    refuse(bot, 204, TelegramForbiddenError, "Forbidden: bot was blocked by the user")
    admin = people.admin

    await admin.send("/announce")
    await admin.click(t(bot, "announce-btn-write", "en"))
    await admin.click(t(bot, "lang-name", "ru"))
    await admin.send("Новый закон о регистрации с 1 января")
    await admin.click(t(bot, "announce-btn-add-language", "en"))
    await admin.click(t(bot, "lang-name", "en"))
    draft = (await admin.send("A new registration law from 1 January"))[-1]
    assert "A new registration law" in strip(draft.text)  # the preview, in the admin's language
    assert "Recipients now: 5" in strip(draft.text)  # 4 readers and the onboarded stranger
    await admin.click(t(bot, "announce-btn-send", "en"))
    await admin.click(t(bot, "announce-btn-confirm", "en", count=5))
    progress = admin.last
    assert strip(progress.text) == strip(t(bot, "announce-queued", "en", total=5))

    assert await job.run(bot.app.jobs) == 4  # one reader has blocked the bot
    assert _announcements(bot, 201)[-1].endswith("Новый закон о регистрации с 1 января")
    assert _announcements(bot, 202)[-1].endswith("A new registration law from 1 January")
    assert _announcements(bot, 203)[-1].endswith("Новый закон о регистрации с 1 января")  # default
    assert readers[0].last.buttons == [t(bot, "announce-btn-off")]
    report = strip(admin.last.text)
    assert report == strip(
        t(bot, "announce-report", "en", total=5, sent=4, failed=0, blocked=1, unsure=0)
    )
    assert "4 of 5 sent" in strip(progress.text)  # the progress message was edited
    assert await job.run(bot.app.jobs) == 0  # nothing is sent twice, nor reported twice
    assert strip(admin.last.text) == report
    async with bot.app.sessions() as session:
        blocked = await session.get(User, 204)
        statuses = sorted(await session.scalars(select(AnnouncementRecipient.status)))
    assert blocked is not None and blocked.blocked_bot_at is not None
    assert statuses == ["blocked", "sent", "sent", "sent", "sent"]


async def test_audience_article_and_turning_off(make_bot, sqlite_url) -> None:
    bot = await make_bot(sqlite_url, ADMIN_IDS=str(ADMIN))
    people = await cast(bot)
    readers = await _readers(bot)
    await readers[0].click(t(bot, "news-btn-settings"))
    assert strip(readers[0].last.text) == strip(t(bot, "news-on"))
    await readers[0].click(t(bot, "news-btn-mute"))
    assert strip(readers[0].last.text) == strip(t(bot, "news-off"))
    await open_ticket(bot, readers[1], "💼 Work", "My employer keeps my passport", locale="en")
    admin = people.admin

    await admin.send("/announce")
    await admin.click(t(bot, "announce-btn-article", "en"))
    await admin.click("💼 Work")
    await admin.click(admin.last.buttons[0])
    await admin.click(t(bot, "announce-btn-open", "en"))
    draft = strip(admin.last.text)
    assert "Recipients now: 1" in draft and t(bot, "announce-open-yes", "en") in draft
    await admin.click(t(bot, "announce-btn-send", "en"))
    await admin.click(t(bot, "announce-btn-confirm", "en", count=1))
    await job.run(bot.app.jobs)
    got = readers[1].messages()[-1]
    assert got.buttons == [t(bot, "announce-read", "en"), t(bot, "announce-btn-off", "en")]
    assert _announcements(bot, 201) == []  # turned off
    await readers[1].click(t(bot, "announce-btn-off", "en"))
    assert readers[1].alerts()[-1] == t(bot, "news-turned-off", "en")
    await readers[0].click(t(bot, "news-btn-on"))
    assert strip(readers[0].last.text) == strip(t(bot, "news-on"))
    async with bot.app.sessions() as session:
        assert (await session.get(User, 202)).announcements_off  # type: ignore[union-attr]
        assert not (await session.get(User, 201)).announcements_off  # type: ignore[union-attr]


async def test_only_admins_announce(make_bot, sqlite_url) -> None:
    bot = await make_bot(sqlite_url, ADMIN_IDS=str(ADMIN))
    people = await cast(bot)
    for person, lang in (
        (people.coordinator, "en"),
        (people.lawyer, "en"),
        (people.stranger, "ru"),
    ):
        replies = await person.send("/announce")
        assert [strip(r.text) for r in replies] == [strip(t(bot, "error-not-allowed", lang))]
        await person.press(person.last, AnnounceCD(action="go").pack())
        assert person.alerts()[-1] == t(bot, "error-not-allowed", lang)
    # an old draft's button, pressed again after sending, sends nothing more
    await people.admin.send("/announce")
    await people.admin.click(t(bot, "btn-cancel", "en"))
    await people.admin.press(people.admin.last, AnnounceCD(action="go").pack())
    assert people.admin.alerts()[-1] == t(bot, "error-stale-button", "en")
    assert await job.run(bot.app.jobs) == 0
