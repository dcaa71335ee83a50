"""The statistics as figures: what `StatsService` computes, and its JSON for
`qorgau stats --json`."""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict, dataclass, field
from typing import Any

from bot.services.stats_sla import Share
from bot.services.stats_sql import Spread


@dataclass(frozen=True, slots=True)
class Oldest:
    ref: str
    waiting_s: float


@dataclass(slots=True)
class Stats:
    now: dt.datetime
    since: dt.datetime | None
    total: int = 0
    reopened: int = 0
    by: dict[str, dict[str, int]] = field(default_factory=dict)
    times: dict[str, Spread] = field(default_factory=dict)
    sla: dict[str, dict[str, Share]] = field(default_factory=dict)
    backlog: dict[str, int] = field(default_factory=dict)
    oldest: Oldest | None = None
    ratings: dict[int, int] = field(default_factory=dict)
    solved: dict[str, int] = field(default_factory=dict)
    followup: dict[str, int] = field(default_factory=dict)  # "was it resolved?" 14 days on
    votes: dict[str, int] = field(default_factory=dict)
    disliked: list[tuple[str, int, int]] = field(default_factory=list)  # article, up, down
    gaps: list[tuple[str, str, int]] = field(default_factory=list)  # question, language, count
    users: dict[str, int] = field(default_factory=dict)
    trend: list[tuple[dt.date, int, int]] = field(default_factory=list)  # day, new, closed

    @property
    def average_rating(self) -> float | None:
        count = sum(self.ratings.values())
        return sum(k * v for k, v in self.ratings.items()) / count if count else None

    def as_json(self) -> dict[str, Any]:
        return {
            "now": self.now.isoformat(),
            "since": self.since.isoformat() if self.since else None,
            "cases": {"total": self.total, "reopened": self.reopened, **self.by},
            "times": {name: value.as_json() for name, value in self.times.items()},
            "sla": {
                group: {key: asdict(share) for key, share in shares.items()}
                for group, shares in self.sla.items()
            },
            "backlog": {**self.backlog, "oldest": asdict(self.oldest) if self.oldest else None},
            "satisfaction": {
                "ratings": {str(k): v for k, v in sorted(self.ratings.items())},
                "average": None if self.average_rating is None else round(self.average_rating, 2),
                "solved": self.solved,
                "followup_resolved": self.followup,
            },
            "votes": {
                **self.votes,
                "most_disliked": [
                    {"article": a, "up": up, "down": down} for a, up, down in self.disliked
                ],
            },
            "gaps": [{"query": q, "locale": loc, "count": n} for q, loc, n in self.gaps],
            "users_by_language": self.users,
            "trend": [{"day": d.isoformat(), "new": n, "closed": c} for d, n, c in self.trend],
        }
