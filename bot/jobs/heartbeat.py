"""The scheduler's heartbeat: a cheap job that only notes the time, so `/readyz` can tell a
scheduler that stopped running jobs. One scheduler runs per process, so there is one heartbeat
per process; every replica ticks its own (this job claims nothing in the database)."""

from __future__ import annotations

import time

from bot.jobs.context import JobContext

HEARTBEAT_SECONDS = 10


class Heartbeat:
    def __init__(self) -> None:
        self._since = time.monotonic()
        self.beats = 0

    def beat(self) -> None:
        self._since = time.monotonic()
        self.beats += 1

    def age(self) -> float:
        """Seconds since the last beat (or since the process started, before the first)."""
        return time.monotonic() - self._since


HEARTBEAT = Heartbeat()


async def tick(ctx: JobContext) -> None:
    HEARTBEAT.beat()
