"""The triage rules, as a table: urgency, deadline and topic → priority; and what the client
is told about when to expect an answer."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.hours import DutyHours, Sla
from bot.services.triage import deadline_is_valid, expect, priority

TODAY = dt.date(2026, 11, 25)  # a Wednesday


@pytest.mark.parametrize(
    ("topic", "urgency", "days_left", "expected"),
    [
        ("employment", "detained", None, "P1"),
        ("health", "danger", None, "P1"),
        ("expulsion", "expulsion", None, "P1"),
        ("documents", "deadline", 0, "P1"),
        ("documents", "deadline", 2, "P1"),
        ("documents", "deadline", 3, "P2"),
        ("documents", "deadline", 7, "P2"),
        ("documents", "deadline", 8, "P3"),  # not within a week
        ("asylum", "deadline", 10, "P2"),  # asylum is never less than high
        ("expulsion", "none", None, "P2"),
        ("asylum", "none", None, "P2"),
        ("employment", "none", None, "P3"),
        ("education", "none", None, "P3"),
        ("taxation", "deadline", None, "P3"),  # a deadline without a date
    ],
)
def test_priority_table(topic: str, urgency: str, days_left: int | None, expected: str) -> None:
    deadline = TODAY + dt.timedelta(days=days_left) if days_left is not None else None
    assert priority(topic, urgency, deadline, TODAY) == expected


def test_deadline_must_be_within_a_week() -> None:
    assert deadline_is_valid(TODAY, TODAY)
    assert deadline_is_valid(TODAY + dt.timedelta(days=7), TODAY)
    assert not deadline_is_valid(TODAY + dt.timedelta(days=8), TODAY)
    assert not deadline_is_valid(TODAY - dt.timedelta(days=1), TODAY)


SLA = Sla(dt.timedelta(minutes=30), dt.timedelta(hours=4), dt.timedelta(hours=24))
HOURS = DutyHours.parse("09:00-18:00", "1-5", "Asia/Almaty")


def _at(day: int, hour: int) -> dt.datetime:
    return dt.datetime(2026, 11, day, hour, 0, tzinfo=HOURS.zone)


@pytest.mark.parametrize(
    ("moment", "matching", "level", "key", "hours", "minutes", "opens"),
    [
        (_at(25, 11), 2, "P1", "expect-on-duty", 0, 30, ""),
        (_at(25, 11), 0, "P2", "expect-no-match", 4, 0, ""),
        (_at(25, 23), 0, "P3", "expect-out-of-hours", 24, 0, "09:00"),  # Wednesday night
        (_at(28, 12), 0, "P1", "expect-out-of-hours", 0, 30, "09:00"),  # Saturday
        (_at(28, 12), 1, "P1", "expect-on-duty", 0, 30, ""),  # someone is on duty anyway
    ],
)
def test_expected_answer_time(moment, matching, level, key, hours, minutes, opens) -> None:
    hope = expect(level, SLA, matching, HOURS, moment)
    assert (hope.key, hope.hours, hope.minutes, hope.opens) == (key, hours, minutes, opens)


def test_on_duty_lawyers_who_take_any_language_are_not_promised_as_speaking_it() -> None:
    assert expect("P3", SLA, 2, HOURS, _at(25, 11), speaking=0).key == "expect-on-duty-any"
    assert expect("P3", SLA, 2, HOURS, _at(25, 11), speaking=1).key == "expect-on-duty"


def test_next_opening_after_friday_evening_is_monday() -> None:
    friday_evening = _at(27, 19)
    assert HOURS.next_opening(friday_evening).date() == dt.date(2026, 11, 30)
    assert not HOURS.open_at(friday_evening)
    assert HOURS.open_at(_at(30, 9))
