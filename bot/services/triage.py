"""Triage rules in one place: urgency → priority, SLA per priority, and an honest expected
answer time from the current duty coverage and working hours."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from zoneinfo import ZoneInfo

URGENCIES = ("detained", "expulsion", "deadline", "danger", "none")
RED_FLAGS = frozenset({"detained", "danger"})  # emergency guidance at once
URGENT_TOPICS = frozenset({"expulsion", "asylum"})
REGIONS = (
    "almaty_city", "astana", "shymkent", "abai", "akmola", "aktobe", "almaty_region", "atyrau",
    "east_kz", "jambyl", "jetisu", "karaganda", "kostanay", "kyzylorda", "mangystau",
    "north_kz", "pavlodar", "turkistan", "ulytau", "west_kz",
)  # fmt: skip
CITIZENSHIPS = (
    "uz",
    "tj",
    "kg",
    "ru",
    "af",
    "cn",
    "tm",
    "ua",
    "sy",
    "other",
    "stateless",
    "hidden",
)
OUTCOMES = ("advice", "referred", "representation", "no_response", "duplicate", "out_of_scope")
DEADLINE_DAYS = 7


def priority(topic: str, urgency: str, deadline: dt.date | None, today: dt.date) -> str:
    """P1 urgent, P2 high, P3 normal. The table in tests/unit/test_triage.py is the spec."""
    if urgency in ("detained", "danger", "expulsion"):
        return "P1"
    if urgency == "deadline" and deadline is not None:
        days = (deadline - today).days
        if days <= 2:
            return "P1"
        if days <= DEADLINE_DAYS:
            return "P2"
    if topic in URGENT_TOPICS:
        return "P2"
    return "P3"


def deadline_is_valid(deadline: dt.date, today: dt.date) -> bool:
    return today <= deadline <= today + dt.timedelta(days=DEADLINE_DAYS)


@dataclass(frozen=True, slots=True)
class Sla:
    p1: dt.timedelta
    p2: dt.timedelta
    p3: dt.timedelta

    def of(self, priority: str) -> dt.timedelta:
        return {"P1": self.p1, "P2": self.p2}.get(priority, self.p3)


@dataclass(frozen=True, slots=True)
class DutyHours:
    """When duty lawyers normally work, in Kazakhstan's time."""

    start: dt.time
    end: dt.time
    weekdays: frozenset[int]  # Monday = 0
    zone: ZoneInfo

    @classmethod
    def parse(cls, hours: str, days: str, zone: str) -> DutyHours:
        start, end = (dt.time.fromisoformat(part.strip()) for part in hours.split("-"))
        first, last = (int(part) for part in days.split("-"))
        return cls(start, end, frozenset(range(first - 1, last)), ZoneInfo(zone))

    def open_at(self, moment: dt.datetime) -> bool:
        local = moment.astimezone(self.zone)
        return local.weekday() in self.weekdays and self.start <= local.time() < self.end

    def next_opening(self, moment: dt.datetime) -> dt.datetime:
        local = moment.astimezone(self.zone)
        for days in range(8):
            day = (local + dt.timedelta(days=days)).date()
            opening = dt.datetime.combine(day, self.start, self.zone)
            if day.weekday() in self.weekdays and opening > local:
                return opening
        return local


@dataclass(frozen=True, slots=True)
class Expectation:
    """What the client is told about when to expect an answer (a Fluent key and its values)."""

    key: str
    hours: int
    minutes: int
    opens: str = ""


def expect(
    priority: str, sla: Sla, matching_on_duty: int, hours: DutyHours, now: dt.datetime
) -> Expectation:
    span = sla.of(priority)
    total = int(span.total_seconds() // 60)
    if matching_on_duty > 0:
        return Expectation("expect-on-duty", total // 60, total % 60)
    if hours.open_at(now):
        return Expectation("expect-no-match", total // 60, total % 60)
    opening = hours.next_opening(now)
    return Expectation("expect-out-of-hours", total // 60, total % 60, opening.strftime("%H:%M"))
