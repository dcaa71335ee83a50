"""Hourly: wipe personal content of tickets closed longer ago than RETENTION_DAYS."""

from __future__ import annotations

import logging

from bot.db.scope import work_scope
from bot.jobs.context import JobContext
from bot.services.feedback import FeedbackService
from bot.services.retention import purge_closed

log = logging.getLogger(__name__)


async def purge(ctx: JobContext) -> int:
    async with work_scope(ctx.sessions) as session:
        wiped = await purge_closed(session, ctx.clock, ctx.retention)
        gaps = await FeedbackService(session, ctx.clock, ctx.cipher).purge_gaps()
    if gaps:
        log.info("Retention: %d content gap(s) older than 90 days removed", gaps)
    if wiped:
        log.info("Retention: wiped the texts of %d closed ticket(s)", wiped)
    return wiped
