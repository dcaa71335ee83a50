"""APScheduler 3: jobs registered by "module:function" with fixed ids."""

from __future__ import annotations

from apscheduler.schedulers.asyncio import AsyncIOScheduler

from bot.jobs.context import JobContext
from bot.jobs.heartbeat import HEARTBEAT_SECONDS

TIMERS_SECONDS = 30  # every kind of due work: SLA announcements, reminders (bot.jobs.timers)
KB_WATCH_SECONDS = 15
REDELIVER_SECONDS = 60
ANNOUNCE_SECONDS = 5


JOBS = (  # "module:function", id, interval
    ("bot.jobs.timers:run", "timers", {"seconds": TIMERS_SECONDS}),
    ("bot.jobs.retention:purge", "retention-purge", {"hours": 1}),
    ("bot.jobs.redeliver:run", "redeliver", {"seconds": REDELIVER_SECONDS}),
    # a run goes on until the announcement is sent (max_instances=1: runs never overlap)
    ("bot.jobs.announce:run", "announce", {"seconds": ANNOUNCE_SECONDS}),
    ("bot.jobs.kb:watch", "knowledge-watch", {"seconds": KB_WATCH_SECONDS}),
    # every process ticks its own heartbeat (/readyz): never claimed, never shared
    ("bot.jobs.heartbeat:tick", "heartbeat", {"seconds": HEARTBEAT_SECONDS}),
)


def build_scheduler(ctx: JobContext) -> AsyncIOScheduler:
    scheduler = AsyncIOScheduler(timezone="UTC")
    for func, job_id, every in JOBS:
        scheduler.add_job(
            func,
            "interval",
            **every,
            id=job_id,
            replace_existing=True,
            kwargs={"ctx": ctx},
            max_instances=1,
            coalesce=True,
        )
    return scheduler
