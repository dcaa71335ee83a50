"""/announce, for admins: write the text once per language (or pick an article), see it as a
reader will, choose who gets it (a language, a region, people with an open case), confirm.
The announce job sends it from its outbox at Telegram's pace and edits the progress message."""

from __future__ import annotations

from typing import Any

from aiogram import F, Router
from aiogram.filters import Command
from aiogram.fsm.context import FSMContext
from aiogram.fsm.state import State, StatesGroup
from aiogram.types import CallbackQuery, InlineKeyboardMarkup, Message
from aiogram_i18n import I18nContext

from bot.callbacks import AnnounceAction, AnnounceCD
from bot.flows.announce_views import ASKS_MORE, SCREENS, Step, Writing, audience_of, confirm, draft
from bot.flows.keyboards import button
from bot.kb.reload import KbHolder
from bot.outbox.notifier import Notifier
from bot.services.announce import AnnouncementService
from bot.services.errors import NotAllowed, StaleButton
from bot.services.users import Account, Actor
from bot.telegram import show

MAX_TEXT = 3500  # the header and a button still fit in one Telegram message


class AnnounceStates(StatesGroup):
    draft = State()  # choosing on the draft screen
    text = State()  # writing the text in one language


Writing.state = AnnounceStates.text


def _admin(actor: Actor) -> None:
    if actor.role != "admin":
        raise NotAllowed


async def announce(
    message: Message, actor: Actor, account: Account, state: FSMContext, i18n: I18nContext
) -> None:
    _admin(actor)
    if account.locale is None:  # the progress and the report reach them in this language
        await i18n.set_locale(i18n.locale)
    await state.set_state(AnnounceStates.draft)
    await state.set_data({"texts": {}, "article": None, "lang": "", "region": "", "open": False})
    rows = [
        [button(i18n.get("announce-btn-write"), AnnounceCD(action=AnnounceAction.WRITE).pack())],
        [
            button(
                i18n.get("announce-btn-article"), AnnounceCD(action=AnnounceAction.ARTICLE).pack()
            )
        ],
        [button(i18n.get("btn-cancel"), AnnounceCD(action=AnnounceAction.CANCEL).pack())],
    ]
    await message.answer(
        i18n.get("announce-start"), reply_markup=InlineKeyboardMarkup(inline_keyboard=rows)
    )


async def pressed(
    callback: CallbackQuery, callback_data: AnnounceCD, actor: Actor, state: FSMContext,
    announcements: AnnouncementService, notifier: Notifier, kb_holder: KbHolder,
    i18n: I18nContext,
) -> None:  # fmt: skip
    _admin(actor)
    data = await state.get_data()
    if await state.get_state() is None or "texts" not in data:
        raise StaleButton  # an old draft's button
    action, value = callback_data.action, callback_data.value
    if action == AnnounceAction.CANCEL:
        await state.clear()
        await show(callback, i18n.get("announce-cancelled"))
        return
    if action == AnnounceAction.GO:
        await _send(callback, actor, state, data, announcements, i18n)
        return
    screen = SCREENS.get(action)
    if screen is None:
        raise StaleButton
    await screen(Step(callback, value, state, data, i18n, kb_holder))
    if action not in ASKS_MORE:
        await draft(callback, state, announcements, notifier, kb_holder, i18n)
    elif action == AnnounceAction.SEND:
        count = await announcements.count(audience_of(await state.get_data()))
        await confirm(callback, count, i18n)


async def text_written(
    message: Message, actor: Actor, state: FSMContext, announcements: AnnouncementService,
    notifier: Notifier, kb_holder: KbHolder, i18n: I18nContext,
) -> None:  # fmt: skip
    _admin(actor)
    data = await state.get_data()
    text = message.html_text
    if len(text) > MAX_TEXT:
        await message.answer(i18n.get("announce-too-long", limit=MAX_TEXT))
        return
    texts: dict[str, str] = dict(data.get("texts") or {})
    texts[str(data.get("writing") or i18n.locale)] = text
    await state.update_data(texts=texts, article=None)
    await state.set_state(AnnounceStates.draft)
    await draft(message, state, announcements, notifier, kb_holder, i18n)


async def text_expected(message: Message, i18n: I18nContext) -> None:
    await message.answer(i18n.get("announce-text-only"))


async def _send(
    callback: CallbackQuery, actor: Actor, state: FSMContext, data: dict[str, Any],
    announcements: AnnouncementService, i18n: I18nContext,
) -> None:  # fmt: skip
    texts, article = dict(data.get("texts") or {}), data.get("article")
    if not texts and not article:
        raise StaleButton
    await state.clear()  # a second press of "send" finds no draft: one announcement only
    chat_id = callback.message.chat.id if callback.message else actor.id
    created, total = await announcements.create(
        actor.id, texts, str(article) if article else None, audience_of(data), chat_id
    )
    await show(callback, i18n.get("announce-queued", total=total))
    if isinstance(callback.message, Message):
        await announcements.set_progress(created.id, callback.message.message_id)


def build_router() -> Router:
    router = Router(name=__name__)
    router.message.filter(F.chat.type == "private")
    router.message.register(announce, Command("announce"))
    router.callback_query.register(pressed, AnnounceCD.filter())
    router.message.register(text_written, AnnounceStates.text, F.text, ~F.text.startswith("/"))
    router.message.register(text_expected, AnnounceStates.text)
    return router
