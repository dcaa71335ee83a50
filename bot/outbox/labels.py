"""A case's answers as a reader sees them, in their language: one function for the lawyer's
card and the client's own summary before sending."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from bot.dates import local_date
from bot.kb.model import Topic


def case_labels(
    text: Callable[[str], str],
    locale: str,
    *,
    topic: Topic | None,
    urgency: str,
    deadline: dt.date | None,
    region: str | None,
    citizenship: str | None,
) -> dict[str, str]:
    """`text` reads a Fluent string in `locale`; "—" for a region not given."""
    urgent = text(f"urgency-{urgency}")
    if deadline is not None:
        urgent += f" ({local_date(deadline, locale)})"
    return {
        "topic": topic.title(locale) if topic else text("topic-other"),
        "urgency": urgent,
        "region": text(f"region-{region}") if region else "—",
        "citizenship": text(f"cit-{citizenship or 'hidden'}"),
    }
