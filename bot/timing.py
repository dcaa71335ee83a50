"""How long a case may stay silent before a timer acts (DESIGN §2F, issue #11): plain values
that configuration builds and the timers job reads."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from bot.hours import DutyHours, Sla

HOUR = dt.timedelta(hours=1)
DAY = dt.timedelta(days=1)


@dataclass(frozen=True, slots=True)
class Timing:
    # a claimed case with no reply from its lawyer: reminded after this, returned after twice it
    silent: Sla
    followup: dt.timedelta  # after a case closed with advice: "was it resolved?"
    hours: DutyHours | None = None  # working time (holidays included); None: always working

    @classmethod
    def defaults(cls) -> Timing:
        return cls(Sla(HOUR, 8 * HOUR, DAY), 14 * DAY)
