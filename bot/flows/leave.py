"""/leave DATE: a lawyer is off duty through that day and back on duty the next morning."""

from __future__ import annotations

from aiogram import Router
from aiogram.filters import Command, CommandObject
from aiogram.types import Message
from aiogram_i18n import I18nContext

from bot.dates import local_date, parse_day, today_in_kazakhstan
from bot.services.clock import Clock
from bot.services.leave import LONGEST, LeaveService
from bot.services.users import Actor


async def take_leave(
    message: Message,
    command: CommandObject,
    actor: Actor,
    leave: LeaveService,
    clock: Clock,
    i18n: I18nContext,
) -> None:
    today = today_in_kazakhstan(clock())
    day = parse_day(command.args or "", today)
    if day is None or day < today or day > today + LONGEST:
        await message.answer(i18n.get("timers-leave-how", example=today.strftime("%d.%m.%Y")))
        return
    await leave.take(actor, day)
    await message.answer(i18n.get("timers-leave-set", date=local_date(day, i18n.locale)))


def build_router() -> Router:
    router = Router(name=__name__)
    router.message.register(take_leave, Command("leave"))
    return router
