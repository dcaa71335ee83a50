"""A person's choice about announcements: a button under each one turns them off, and the
main menu's 🔔 button shows the setting and turns them on or off again (`mute` there)."""

from __future__ import annotations

from aiogram import Router
from aiogram.types import CallbackQuery, InlineKeyboardMarkup
from aiogram.utils.callback_answer import CallbackAnswer
from aiogram_i18n import I18nContext

from bot.callbacks import MenuAction, MenuCD, NewsAction, NewsCD
from bot.flows.filters import Consented
from bot.flows.keyboards import button
from bot.services.announce import AnnouncementService
from bot.services.users import Actor
from bot.telegram import show


async def news(
    callback: CallbackQuery,
    callback_data: NewsCD,
    actor: Actor,
    announcements: AnnouncementService,
    i18n: I18nContext,
    callback_answer: CallbackAnswer,
) -> None:
    if (
        callback_data.action == NewsAction.OFF
    ):  # under an announcement: it stays, the next ones stop
        await announcements.set_wanted(actor.id, False)
        callback_answer.text = i18n.get("news-turned-off")
        callback_answer.show_alert = True
        return
    if callback_data.action in (NewsAction.ON, NewsAction.MUTE):
        await announcements.set_wanted(actor.id, callback_data.action == NewsAction.ON)
    wanted = await announcements.wants(actor.id)
    action = NewsAction.MUTE if wanted else NewsAction.ON
    markup = InlineKeyboardMarkup(
        inline_keyboard=[
            [button(i18n.get(f"news-btn-{action}"), NewsCD(action=action).pack())],
            [button(i18n.get("btn-menu"), MenuCD(action=MenuAction.HOME).pack())],
        ]
    )
    await show(callback, i18n.get("news-on" if wanted else "news-off"), markup)


def build_router() -> Router:
    router = Router(name=__name__)
    router.callback_query.filter(Consented())
    router.callback_query.register(news, NewsCD.filter())
    return router
