"""The answer to "was it resolved?" two weeks after advice: thanks, or a way to reopen."""

from __future__ import annotations

from aiogram import F, Router
from aiogram.types import CallbackQuery, InlineKeyboardMarkup
from aiogram_i18n import I18nContext

from bot.callbacks import AskCD, MenuAction, MenuCD, MyCaseAction, MyCaseCD
from bot.flows import keyboards
from bot.flows.filters import Consented
from bot.services.casetimers import CaseTimers
from bot.services.users import Actor
from bot.telegram import show


async def followup_answered(
    callback: CallbackQuery,
    callback_data: MyCaseCD,
    actor: Actor,
    case_timers: CaseTimers,
    i18n: I18nContext,
) -> None:
    ticket = await case_timers.answer_followup(actor.id, callback_data.ticket, callback_data.value)
    if callback_data.value == "yes":
        await show(callback, i18n.get("timers-followup-thanks"), keyboards.home_only(i18n))
        return
    reopen = MyCaseCD(action=MyCaseAction.REOPEN, ticket=ticket.id).pack()
    rows = [
        [keyboards.button(i18n.get("btn-reopen"), reopen)],
        [keyboards.button(i18n.get("btn-ask-again"), AskCD(topic=ticket.topic).pack())],
        [keyboards.button(i18n.get("btn-menu"), MenuCD(action=MenuAction.HOME).pack())],
    ]
    await show(
        callback, i18n.get("timers-followup-sorry"), InlineKeyboardMarkup(inline_keyboard=rows)
    )


def build_router() -> Router:
    router = Router(name=__name__)
    router.callback_query.filter(Consented())
    router.callback_query.register(
        followup_answered, MyCaseCD.filter(F.action == MyCaseAction.FOLLOWUP)
    )
    return router
