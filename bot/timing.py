"""How long a case may stay silent before a timer acts (DESIGN §2F, issue #11): plain values
that configuration builds and the timers job reads."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from bot.hours import DutyHours, Sla

HOUR = dt.timedelta(hours=1)
DAY = dt.timedelta(days=1)
WAITING = Sla(HOUR, 4 * HOUR, DAY)  # the defaults of WAITING_P*_MINUTES


@dataclass(frozen=True, slots=True)
class Timing:
    # a claimed case with no reply from its lawyer: reminded after this, returned after twice it
    silent: Sla
    followup: dt.timedelta  # after a case closed with advice: "was it resolved?"
    hours: DutyHours | None = None  # working time (holidays included); None: always working
    # the client wrote and waits for the lawyer: the lawyer is reminded after this (once)
    waiting: Sla = WAITING
    nudge: dt.timedelta = 3 * DAY  # the lawyer wrote last: the client is nudged after this
    no_response: dt.timedelta = 7 * DAY  # then, still silent: closed as "no response"
    reopen: dt.timedelta = 14 * DAY  # a case closed so reopens if its client writes within

    @classmethod
    def defaults(cls) -> Timing:
        return cls(Sla(HOUR, 8 * HOUR, DAY), 14 * DAY)
