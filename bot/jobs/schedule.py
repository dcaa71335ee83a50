"""APScheduler 3: jobs registered by "module:function" with fixed ids."""

from __future__ import annotations

from apscheduler.schedulers.asyncio import AsyncIOScheduler

from bot.jobs.context import JobContext

SLA_INTERVAL_SECONDS = 60
KB_WATCH_SECONDS = 15
REDELIVER_SECONDS = 60


def build_scheduler(ctx: JobContext) -> AsyncIOScheduler:
    scheduler = AsyncIOScheduler(timezone="UTC")
    scheduler.add_job(
        "bot.jobs.sla:announce_overdue",
        "interval",
        seconds=SLA_INTERVAL_SECONDS,
        id="sla-announce",
        replace_existing=True,
        kwargs={"ctx": ctx},
        max_instances=1,
        coalesce=True,
    )
    scheduler.add_job(
        "bot.jobs.retention:purge",
        "interval",
        hours=1,
        id="retention-purge",
        replace_existing=True,
        kwargs={"ctx": ctx},
        max_instances=1,
        coalesce=True,
    )
    scheduler.add_job(
        "bot.jobs.redeliver:run",
        "interval",
        seconds=REDELIVER_SECONDS,
        id="redeliver",
        replace_existing=True,
        kwargs={"ctx": ctx},
        max_instances=1,
        coalesce=True,
    )
    scheduler.add_job(
        "bot.jobs.kb:watch",
        "interval",
        seconds=KB_WATCH_SECONDS,
        id="knowledge-watch",
        replace_existing=True,
        kwargs={"ctx": ctx},
        max_instances=1,
        coalesce=True,
    )
    return scheduler
