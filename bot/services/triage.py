"""Triage rules in one place: urgency → priority, SLA per priority, and an honest expected
answer time from the current duty coverage and working hours."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from bot.hours import DutyHours, Sla

URGENCIES = ("detained", "expulsion", "deadline", "danger", "none")
RED_FLAGS = frozenset({"detained", "danger"})  # emergency guidance at once
URGENT_TOPICS = frozenset({"expulsion", "asylum"})
REGIONS = (
    "almaty_city", "astana", "shymkent", "abai", "akmola", "aktobe", "almaty_region", "atyrau",
    "east_kz", "jambyl", "jetisu", "karaganda", "kostanay", "kyzylorda", "mangystau",
    "north_kz", "pavlodar", "turkistan", "ulytau", "west_kz",
)  # fmt: skip
# where a case may come from besides the regions: abroad, or the person does not know
ANYWHERE = ("outside", "unknown")
OTHER_TOPIC = "other"  # a case on none of the knowledge base's topics
NOT_A_CASE_TOPIC = frozenset({"contacts"})  # "Where to get help" is reading, not a case
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
# How a case ended, as legal aid reports count it. A referral says to what kind of organisation,
# a refusal why; the lawyer picks the group, then the detail. `no_response` is also the code of
# the automatic close (keep it exactly).
REFERRALS = ("state", "ngo", "unhcr", "lawyer", "social", "other")
DECLINES = ("scope", "conflict", "capacity")
OUTCOME_GROUPS: dict[str, tuple[str, ...]] = {
    "referred": tuple(f"referred_{kind}" for kind in REFERRALS),
    "declined": tuple(f"declined_{reason}" for reason in DECLINES),
}
PICKER = ("advice", "referred", "representation", "declined", "no_response", "duplicate")
OUTCOMES = tuple(code for entry in PICKER for code in OUTCOME_GROUPS.get(entry, (entry,)))
# codes of older rows, renamed by migration 007 (`referred` did not say to whom)
LEGACY_OUTCOMES = {"referred": "referred_other", "out_of_scope": "declined_scope"}
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
class Expectation:
    """What the client is told about when to expect an answer (a Fluent key and its values)."""

    key: str
    hours: int
    minutes: int
    opens: str = ""


def expect(
    priority: str,
    sla: Sla,
    matching_on_duty: int,
    hours: DutyHours,
    now: dt.datetime,
    *,
    speaking: int | None = None,
) -> Expectation:
    """`speaking`: how many of the matching lawyers list the person's language (rather than
    "any"); a lawyer "who speaks your language" is promised only when one does."""
    span = sla.of(priority)
    total = int(span.total_seconds() // 60)
    if matching_on_duty > 0:
        key = "expect-on-duty" if speaking is None or speaking > 0 else "expect-on-duty-any"
        return Expectation(key, total // 60, total % 60)
    if hours.open_at(now):
        return Expectation("expect-no-match", total // 60, total % 60)
    opening = hours.next_opening(now)
    return Expectation("expect-out-of-hours", total // 60, total % 60, opening.strftime("%H:%M"))
