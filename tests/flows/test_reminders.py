"""Reminders a migrant asks for, through the real Dispatcher while the clock travels: set by
buttons from an article or typed as a date, sent by the timers job in the person's current
language, once across two schedulers and across a restart, stopped by a block and /forget."""

from __future__ import annotations

import asyncio
import datetime as dt

from aiogram.exceptions import TelegramForbiddenError
from aiogram.methods import SendMessage
from sqlalchemy import func, select

from bot.callbacks import ArticleCD, RemindCD
from bot.dates import local_date
from bot.db.models import Reminder, Timer, User
from bot.jobs import timers
from bot.services.reminders import KIND
from bot.services.timers import TimerService
from tests.flows.people import fill_form, onboard, refuse, strip, t

TAX_ARTICLE = "taxation-permit-prepayment"
WORK = "💼 Работа"


async def done_reminders(bot) -> int:
    async with bot.app.sessions() as session:
        done = Timer.status == "done"
        query = select(func.count()).select_from(Timer).where(Timer.kind == KIND, done)
        return int(await session.scalar(query) or 0)


async def fired(bot) -> int:
    """Run the timers job (every kind, as scheduled); how many reminder timers it did."""
    before = await done_reminders(bot)
    await timers.run(bot.app.jobs)
    return await done_reminders(bot) - before


def reminders_to(bot, chat_id: int, key: str, locale: str, **kwargs) -> list[str]:
    """Texts of this reminder the bot sent to the chat (over every bot given)."""
    expected = strip(t(bot, key, locale, **kwargs))
    return [
        call.text
        for call in bot.session.calls(SendMessage)
        if call.chat_id == chat_id and strip(call.text) == expected
    ]


async def tax_reminder_from_the_article(bot, migrant, day: int, locale: str = "ru") -> None:
    await migrant.press(migrant.last, ArticleCD(id=TAX_ARTICLE).pack())
    await migrant.click(t(bot, "timers-btn-set", locale))
    assert strip(t(bot, "timers-ask-day", locale)) in strip(migrant.last.text)
    await migrant.click(str(day))
    assert strip(migrant.last.text) == strip(t(bot, "timers-set-tax", locale, day=day))


async def test_monthly_tax_reminder_speaks_the_current_language(bot, clock) -> None:
    migrant = bot.person(100, "A", "ru")
    await onboard(bot, migrant)
    await tax_reminder_from_the_article(bot, migrant, 5)

    assert await fired(bot) == 0  # Thursday 3 December: not yet
    await migrant.send("/language")
    await migrant.click(t(bot, "lang-name", "uz"))  # the person switches to Uzbek meanwhile
    clock.advance(days=1, hours=17, minutes=59)  # Saturday 5 December, 08:59 in Almaty
    assert await fired(bot) == 0
    clock.advance(minutes=2)
    assert await fired(bot) == 1
    assert len(reminders_to(bot, 100, "timers-remind-tax", "uz")) == 1
    assert migrant.last.buttons == [t(bot, "timers-btn-list", "uz")]
    assert await fired(bot) == 0  # sent once

    clock.advance(days=31)  # 5 January: the next month's
    assert await fired(bot) == 1
    assert len(reminders_to(bot, 100, "timers-remind-tax", "uz")) == 2

    await migrant.click(t(bot, "timers-btn-list", "uz"))
    item = t(bot, "timers-item-tax", "uz", day=5)
    await migrant.click("❌ " + item)
    assert strip(t(bot, "timers-cancelled", "uz", what=item)) in strip(migrant.last.text)
    assert strip(t(bot, "timers-list-empty", "uz")) in strip(migrant.last.text)
    clock.advance(days=31)
    assert await fired(bot) == 0
    assert len(reminders_to(bot, 100, "timers-remind-tax", "uz")) == 2


async def test_a_typed_deadline_is_reminded_three_days_and_one_day_before(bot, clock) -> None:
    migrant = bot.person(100, "A", "en")
    await onboard(bot, migrant, "en")
    await migrant.send("/reminders")
    assert strip(migrant.last.text).startswith(strip(t(bot, "timers-list-empty", "en")))
    await migrant.click(t(bot, "timers-btn-new", "en"))
    await migrant.click(t(bot, "timers-btn-court", "en"))
    await migrant.send_sticker()  # not a date: asked again, politely
    example = "02.01.2027"  # a month after the test clock's day
    assert strip(migrant.last.text) == strip(t(bot, "timers-date-invalid", "en", example=example))
    await migrant.send("01.12.2026")  # already passed
    assert strip(migrant.last.text) == strip(t(bot, "timers-date-invalid", "en", example=example))
    await migrant.send("20.12.2026")
    date = local_date(dt.date(2026, 12, 20), "en")
    assert strip(migrant.last.text) == strip(t(bot, "timers-set-date", "en", date=date))

    clock.advance(days=13)  # 16 December, 15:00 in Almaty: 3 days before is tomorrow
    assert await fired(bot) == 0
    clock.advance(days=1)  # 17 December
    assert await fired(bot) == 1
    assert reminders_to(bot, 100, "timers-remind-court", "en", date=date, days=3)
    clock.advance(days=2)  # 19 December
    assert await fired(bot) == 1
    assert reminders_to(bot, 100, "timers-remind-court", "en", date=date, days=1)
    clock.advance(days=30)
    assert await fired(bot) == 0  # nothing after the date


async def test_the_deadline_named_at_intake_drives_reminders(bot, clock) -> None:
    migrant = bot.person(100, "A", "ru")
    await onboard(bot, migrant)
    await migrant.click(WORK)
    await migrant.click(t(bot, "btn-ask-lawyer"))
    await migrant.click(t(bot, "urgency-deadline"))
    await migrant.send("10.12.2026")
    await migrant.click(t(bot, "region-almaty_city"))
    await migrant.click(t(bot, "cit-uz"))
    await migrant.send("Через неделю суд о выселении из общежития")
    await migrant.click(t(bot, "btn-continue"))
    await migrant.send(t(bot, "btn-contact-bot"))
    await migrant.click(t(bot, "btn-share-yes"))
    await migrant.click(t(bot, "btn-send-request"))
    date = local_date(dt.date(2026, 12, 10), "ru")
    assert strip(t(bot, "timers-case-set", date=date)) in strip(migrant.last.text)

    clock.advance(days=4)  # 7 December, 15:00 in Almaty: 3 days before
    assert await fired(bot) >= 1
    assert reminders_to(bot, 100, "timers-remind-case", "ru", date=date, days=3)
    await migrant.send("/reminders")
    assert "❌ " + t(bot, "timers-item-case", date=date) in migrant.last.buttons


async def test_two_schedulers_send_each_reminder_once(make_bot, db_url, clock) -> None:
    bot = await make_bot(db_url)
    other = await make_bot(db_url)  # a second replica, its own scheduler, the same database
    people = [bot.person(100 + n, "M", "ru") for n in range(6)]
    for n, migrant in enumerate(people):
        await onboard(bot, migrant)
        await tax_reminder_from_the_article(bot, migrant, 4 + n % 2)
    clock.advance(days=3)  # past the 4th and the 5th
    await asyncio.gather(*(timers.run(app.app.jobs) for app in (bot, other, bot, other)))
    assert await done_reminders(bot) == 6
    for migrant in people:
        sent = [
            call
            for replica in (bot, other)
            for call in replica.session.calls(SendMessage)
            if call.chat_id == migrant.user.id
            and strip(call.text) == strip(t(bot, "timers-remind-tax"))
        ]
        assert len(sent) == 1


async def test_a_restart_or_a_killed_replica_loses_no_reminder(
    make_bot, sqlite_url, clock
) -> None:
    bot = await make_bot(sqlite_url)
    migrant = bot.person(100, "A", "ru")
    await onboard(bot, migrant)
    await tax_reminder_from_the_article(bot, migrant, 5)
    await bot.app.close()  # the process stops between scheduling and firing

    clock.advance(days=2)
    killed = await make_bot(sqlite_url)
    async with killed.app.sessions() as session:  # claims it, then dies before sending
        assert await TimerService(session, clock).claim("killed", [KIND], killed.app.jobs.lease)
    restarted = await make_bot(sqlite_url)
    assert await fired(restarted) == 0  # the dead claim's lease still holds
    clock.advance(minutes=6)
    assert await fired(restarted) == 1
    assert len(reminders_to(restarted, 100, "timers-remind-tax", "ru")) == 1


async def test_a_person_who_blocked_the_bot_gets_no_more(bot, clock) -> None:
    migrant = bot.person(100, "A", "ru")
    await onboard(bot, migrant)
    await tax_reminder_from_the_article(bot, migrant, 5)
    refuse(bot, 100, TelegramForbiddenError, "Forbidden: bot was blocked by the user")
    clock.advance(days=2)
    assert await fired(bot) == 1
    async with bot.app.sessions() as session:
        assert (await session.get(User, 100)).blocked_bot_at is not None
        reminder = await session.scalar(select(Reminder))
        assert reminder.cancelled_at is not None
        pending = (
            select(func.count())
            .select_from(Timer)
            .where(Timer.kind == KIND, Timer.status != "done")
        )
        assert await session.scalar(pending) == 0  # no next month
    bot.session.faults.clear()
    clock.advance(days=31)
    assert await fired(bot) == 0


async def test_forget_removes_reminders(bot, clock) -> None:
    migrant = bot.person(100, "A", "ru")
    await onboard(bot, migrant)
    await tax_reminder_from_the_article(bot, migrant, 5)
    await migrant.send("/forget")
    await migrant.click(t(bot, "btn-forget-yes"))
    async with bot.app.sessions() as session:
        assert await session.scalar(select(func.count()).select_from(Reminder)) == 0
        assert await session.scalar(select(func.count()).select_from(Timer)) == 0
    clock.advance(days=40)
    assert await fired(bot) == 0
    assert not reminders_to(bot, 100, "timers-remind-tax", "ru")


async def test_forged_and_repeated_presses_lose_nothing(bot) -> None:
    owner, other = bot.person(100, "A", "ru"), bot.person(101, "B", "en")
    for person, locale in ((owner, "ru"), (other, "en")):
        await onboard(bot, person, locale)
    await tax_reminder_from_the_article(bot, owner, 5)
    async with bot.app.sessions() as session:
        reminder_id = await session.scalar(select(Reminder.id))
    await other.send("/reminders")
    await other.press(other.last, RemindCD(action="cancel", id=reminder_id).pack())
    await other.press(other.last, RemindCD(action="day", value="31").pack())
    await other.press(other.last, RemindCD(action="kind", value="parole").pack())
    assert other.alerts().count(t(bot, "error-stale-button", "en")) == 3
    await owner.send("/reminders")
    await owner.click("❌ " + t(bot, "timers-item-tax", day=5))
    await owner.press(owner.messages()[-1], RemindCD(action="cancel", id=reminder_id).pack())
    assert t(bot, "error-stale-button") in owner.alerts()  # cancelled already: told, no error
    async with bot.app.sessions() as session:
        assert await session.scalar(select(func.count()).select_from(Reminder)) == 1


async def test_article_without_a_reminder_has_no_button_and_fill_form_still_works(bot) -> None:
    migrant = bot.person(100, "A", "ru")
    await onboard(bot, migrant)
    await migrant.press(migrant.last, ArticleCD(id="taxation-employee-income-tax").pack())
    assert t(bot, "timers-btn-set") not in migrant.last.buttons
    await migrant.click(t(bot, "btn-ask-lawyer-about"))
    await fill_form(bot, migrant, "Работодатель не платит налог за меня")
    assert t(bot, "btn-send-request") in migrant.last.buttons
