"""Lawyers' leave and Kazakhstan's public holidays, through the real Dispatcher: a lawyer on
leave gets no cases and the client is not promised one; the morning after, a timer puts them
back on duty; on a public holiday the promise is the out-of-hours one."""

from __future__ import annotations

import datetime as dt

from bot.dates import local_date
from bot.jobs import timers
from tests.flows.people import make_lawyer, onboard, open_ticket, strip, t

WORK = "💼 Работа"
WORDS = "Не платят зарплату уже два месяца на стройке"


async def test_leave_takes_a_lawyer_off_duty_until_the_morning_after(bot, clock) -> None:
    lawyer = await make_lawyer(bot, 900)
    await lawyer.send("/leave")
    assert strip(lawyer.last.text) == strip(t(bot, "timers-leave-how", "en", example="03.12.2026"))
    await lawyer.send("/leave 01.12.2026")  # passed: the same explanation
    assert strip(lawyer.last.text) == strip(t(bot, "timers-leave-how", "en", example="03.12.2026"))
    await lawyer.send("/leave 10.12.2026")
    date = local_date(dt.date(2026, 12, 10), "en")
    assert strip(lawyer.last.text) == strip(t(bot, "timers-leave-set", "en", date=date))

    migrant = bot.person(100, "A", "ru")
    await onboard(bot, migrant)
    ref = await open_ticket(bot, migrant, WORK, WORDS)
    assert strip(migrant.last.text).endswith(strip(t(bot, "expect-no-match", hours=0, minutes=30)))
    assert all(ref not in shown.text for shown in lawyer.messages())

    clock.now = dt.datetime(2026, 12, 11, 3, 59, tzinfo=dt.UTC)  # 08:59 in Almaty
    await timers.run(bot.app.jobs)
    assert all(ref not in shown.text for shown in lawyer.messages())  # still on leave
    clock.advance(minutes=2)
    await timers.run(bot.app.jobs)
    assert strip(lawyer.last.text) == strip(t(bot, "timers-leave-over", "en"))
    clock.advance(minutes=31)  # the next announcement of the waiting case reaches them
    await timers.run(bot.app.jobs)
    assert ref in lawyer.last.text and t(bot, "btn-claim", "en") in lawyer.last.buttons


async def test_back_early_by_duty_and_no_leave_for_clients(bot, clock) -> None:
    lawyer = await make_lawyer(bot, 900)
    await lawyer.send("/leave 10.12.2026")
    await lawyer.send("/duty")  # back early
    assert strip(lawyer.last.text) == strip(t(bot, "duty-on", "en"))
    clock.advance(days=8)
    await timers.run(bot.app.jobs)
    assert strip(lawyer.last.text) == strip(t(bot, "duty-on", "en"))  # no "leave is over"
    migrant = bot.person(100, "A", "ru")
    await onboard(bot, migrant)
    replies = await migrant.send("/leave 10.12.2026")  # not a client's command: said so, with help
    unknown = t(bot, "fallback-unknown-command") + "\n\n" + t(bot, "help-text")
    assert [strip(reply.text) for reply in replies] == [strip(unknown)]


async def test_on_a_public_holiday_the_promise_is_for_the_next_working_morning(bot, clock) -> None:
    clock.advance(days=13)  # Wednesday 16 December, 15:00 in Almaty: Independence Day
    migrant = bot.person(100, "A", "ru")
    await onboard(bot, migrant)
    await open_ticket(bot, migrant, WORK, WORDS)
    assert strip(migrant.last.text).endswith(
        strip(t(bot, "expect-out-of-hours", hours=0, minutes=30, opens="09:00"))
    )
