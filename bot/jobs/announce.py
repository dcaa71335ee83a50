"""Every few seconds: announcements being sent go on from their outbox (one row per recipient),
at Telegram's pace, wherever they stopped; the author's progress message is edited as they go,
and a final report follows. Two replicas take different rows; a restart resumes."""

from __future__ import annotations

import logging

from bot import metrics
from bot.db.models import Announcement
from bot.jobs.context import JobContext
from bot.outbox.announcements import Announcer
from bot.outbox.letter import Result
from bot.services.announce import AnnouncementService, Counts, Recipient

log = logging.getLogger(__name__)
BATCH = 8  # rows claimed at once: at most this many are `unsure` after a crash
PROGRESS_EVERY = 200  # recipients between two edits of the progress message
OUTCOME = {Result.SENT: "sent", Result.BLOCKED: "blocked"}  # anything else: failed


def announcer(ctx: JobContext) -> Announcer:
    notifier = ctx.notifier
    return Announcer(notifier.outbox, notifier.core, notifier.cards.kb, notifier.default_locale)


async def run(ctx: JobContext) -> int:
    """Send what is left of every announcement in progress. Returns how many were sent."""
    async with ctx.sessions() as session:
        ids = await AnnouncementService(session, ctx.clock).sending()
    return sum([await send(ctx, announcement_id) for announcement_id in ids])


async def send(ctx: JobContext, announcement_id: int) -> int:
    post = announcer(ctx)
    async with ctx.sessions() as session:
        service = AnnouncementService(session, ctx.clock)
        unsure = await service.recover(announcement_id)
        announcement = await service.get(announcement_id)
        if announcement is None:
            return 0
        texts = service.texts(announcement)
    if unsure:
        metrics.ANNOUNCED.labels("unsure").inc(unsure)
        log.warning(
            "Announcement %s: %d recipient(s) unsure after a crash", announcement_id, unsure
        )
    sent = since_progress = 0
    while True:
        async with ctx.sessions() as session:
            batch = await AnnouncementService(session, ctx.clock).claim(announcement_id, BATCH)
        if not batch:
            break
        letters = [post.letter(r.user_id, r.locale, texts, announcement.article_id) for r in batch]
        results = await post.deliver(letters)
        outcomes: dict[str, list[Recipient]] = {"sent": [], "failed": [], "blocked": []}
        for recipient, result in zip(batch, results, strict=True):
            outcomes[OUTCOME.get(result, "failed")].append(recipient)
        async with ctx.sessions() as session:
            await AnnouncementService(session, ctx.clock).record(outcomes)
        for outcome, recipients in outcomes.items():
            metrics.ANNOUNCED.labels(outcome).inc(len(recipients))
        sent += len(outcomes["sent"])
        since_progress += len(batch)
        if since_progress >= PROGRESS_EVERY:
            since_progress = 0
            await _progress(ctx, post, announcement, final=False)
    await _finish(ctx, post, announcement)
    return sent


async def _finish(ctx: JobContext, post: Announcer, announcement: Announcement) -> None:
    async with ctx.sessions() as session:
        won = await AnnouncementService(session, ctx.clock).finish(announcement.id)
    if not won:
        return  # still rows another replica is sending, or already reported
    await _progress(ctx, post, announcement, final=False)
    counts = await _counts(ctx, announcement.id)
    locale = await ctx.notifier.locale_of(announcement.author_id)
    await ctx.notifier.send_plain(
        announcement.author_id, post.progress(counts, locale, final=True)
    )
    log.info("Announcement %s done: %d sent of %d", announcement.id, counts.sent, counts.total)


async def _progress(
    ctx: JobContext, post: Announcer, announcement: Announcement, *, final: bool
) -> None:
    chat, message = announcement.progress_chat_id, announcement.progress_message_id
    if chat is None or message is None:
        async with ctx.sessions() as session:  # the flow may have stored it after loading
            fresh = await AnnouncementService(session, ctx.clock).get(announcement.id)
            chat = fresh.progress_chat_id if fresh else None
            message = fresh.progress_message_id if fresh else None
        if chat is None or message is None:
            return
    counts = await _counts(ctx, announcement.id)
    locale = await ctx.notifier.locale_of(announcement.author_id)
    await ctx.notifier.outbox.edit(chat, message, post.progress(counts, locale, final=final))


async def _counts(ctx: JobContext, announcement_id: int) -> Counts:
    async with ctx.sessions() as session:
        return await AnnouncementService(session, ctx.clock).counts(announcement_id)
