"""Working time knows Kazakhstan's public holidays (from the `holidays` calendar)."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from bot.hours import DutyHours, Sla
from bot.services.triage import expect

ALMATY = ZoneInfo("Asia/Almaty")
HOURS = DutyHours.parse("09:00-18:00", "1-5", "Asia/Almaty")
SLA = Sla(dt.timedelta(minutes=30), dt.timedelta(hours=4), dt.timedelta(hours=24))


def at(day: dt.date, hour: int) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(hour), ALMATY)


def test_independence_day_is_not_a_working_day() -> None:
    holiday = dt.date(2026, 12, 16)  # a Wednesday
    assert not HOURS.working_day(holiday) and HOURS.working_day(dt.date(2026, 12, 15))
    assert not HOURS.open_at(at(holiday, 12))
    assert HOURS.next_opening(at(dt.date(2026, 12, 15), 19)) == at(dt.date(2026, 12, 17), 9)


def test_nowruz_and_the_weekend_are_skipped_together() -> None:
    friday_evening = at(dt.date(2026, 3, 20), 19)
    assert HOURS.next_opening(friday_evening) == at(dt.date(2026, 3, 26), 9)


def test_the_promise_on_a_holiday_is_the_out_of_hours_one() -> None:
    hope = expect("P2", SLA, 0, HOURS, at(dt.date(2026, 12, 16), 12))
    assert (hope.key, hope.opens) == ("expect-out-of-hours", "09:00")
    assert expect("P2", SLA, 0, HOURS, at(dt.date(2026, 12, 17), 12)).key == "expect-no-match"
