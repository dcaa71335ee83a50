"""Admins and coordinators: /stats (a compact message and a chart) and, for admins, /export
(the anonymised CSV as a document). Roles are checked by the services, server side."""

from __future__ import annotations

import asyncio
from zoneinfo import ZoneInfo

from aiogram import F, Router
from aiogram.filters import Command, CommandObject
from aiogram.types import BufferedInputFile, Message
from aiogram_i18n import I18nContext
from sqlalchemy.ext.asyncio import AsyncSession

from bot.chart import render_png
from bot.config import Settings
from bot.flows.stats_view import render
from bot.kb.reload import KbHolder
from bot.services.clock import Clock
from bot.services.export import ExportService
from bot.services.stats import EXPORT_ROLES, STATS_ROLES, StatsService, parse_since, require
from bot.services.tickets import TicketService
from bot.services.users import Actor


async def stats(
    message: Message, command: CommandObject, actor: Actor, session: AsyncSession,
    tickets: TicketService, settings: Settings, clock: Clock, i18n: I18nContext,
    kb_holder: KbHolder,
) -> None:  # fmt: skip
    require(actor, STATS_ROLES)
    zone = ZoneInfo(settings.timezone)
    since = parse_since(command.args, zone)
    service = StatsService(session, clock, tickets.cipher, tickets.sla, zone)
    figures = await service.compute(since)
    await message.answer(render(figures, i18n, kb_holder))
    png = await asyncio.to_thread(render_png, figures)  # matplotlib off the event loop
    await message.answer_photo(
        BufferedInputFile(png, "qorgau-stats.png"), caption=i18n.get("stats-chart-caption")
    )


async def export(
    message: Message, actor: Actor, session: AsyncSession, settings: Settings, clock: Clock,
    i18n: I18nContext,
) -> None:  # fmt: skip
    require(actor, EXPORT_ROLES)
    zone = ZoneInfo(settings.timezone)
    done = await ExportService(session, clock, zone, settings.export_k).export(actor.id)
    if not done.result.rows:
        await message.answer(i18n.get("stats-export-empty", cases=done.cases))
        return
    name = f"qorgau-export-{clock().astimezone(zone):%Y-%m-%d}.csv"
    caption = i18n.get(
        "stats-export-caption",
        rows=len(done.result.rows),
        k=settings.export_k,
        generalised=done.result.generalised,
        suppressed=done.result.suppressed,
        left=done.result.left_out,
    )
    await message.answer_document(
        BufferedInputFile(done.csv.encode("utf-8"), name), caption=caption
    )


def build_router() -> Router:
    router = Router(name=__name__)
    router.message.filter(F.chat.type == "private")  # figures are not posted to a group
    router.message.register(stats, Command("stats"))
    router.message.register(export, Command("export"))
    return router
