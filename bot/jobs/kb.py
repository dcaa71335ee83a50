"""Every few seconds: if a knowledge file changed, reload; admins hear about refused reloads."""

from __future__ import annotations

from bot.jobs.context import JobContext


async def watch(ctx: JobContext) -> bool:
    """True if a reload was attempted."""
    if not await ctx.reloader.changed():
        return False
    report = await ctx.reloader.reload(ctx.clock().date())
    if report.errors:
        await ctx.notifier.tell_admins(ctx.admin_ids, report)
    return True
