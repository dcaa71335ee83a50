"""Promised answer times per priority and the duty lawyers' working hours (weekdays, hours and
Kazakhstan's public holidays, from the maintained `holidays` calendar): plain values that
configuration builds and services, jobs and flows read."""

from __future__ import annotations

import datetime as dt
from collections.abc import Container
from dataclasses import dataclass, field
from zoneinfo import ZoneInfo

import holidays


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
    holidays: Container[dt.date] = field(default_factory=frozenset)

    @classmethod
    def parse(cls, hours: str, days: str, zone: str) -> DutyHours:
        start, end = (dt.time.fromisoformat(part.strip()) for part in hours.split("-"))
        first, last = (int(part) for part in days.split("-"))
        weekdays = frozenset(range(first - 1, last))
        return cls(start, end, weekdays, ZoneInfo(zone), holidays.country_holidays("KZ"))

    def working_day(self, day: dt.date) -> bool:
        return day.weekday() in self.weekdays and day not in self.holidays

    def open_at(self, moment: dt.datetime) -> bool:
        local = moment.astimezone(self.zone)
        return self.working_day(local.date()) and self.start <= local.time() < self.end

    def next_opening(self, moment: dt.datetime) -> dt.datetime:
        local = moment.astimezone(self.zone)
        for days in range(22):  # Nowruz and a weekend are a week; leave room for more
            day = (local + dt.timedelta(days=days)).date()
            opening = dt.datetime.combine(day, self.start, self.zone)
            if self.working_day(day) and opening > local:
                return opening
        return local
