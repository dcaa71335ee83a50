"""Ready answers (knowledge/canned/<language>.yaml) a lawyer can send in a case: picked from a
list, shown as the client will get them, then sent the way a typed answer goes."""

from __future__ import annotations

from html import escape

from aiogram import F, Router
from aiogram.types import CallbackQuery, InlineKeyboardMarkup, Message
from aiogram_i18n import I18nContext

from bot.callbacks import CaseAction, CaseCD
from bot.flows.keyboards import button
from bot.flows.relay import deliver
from bot.kb.model import Canned
from bot.kb.reload import KbHolder
from bot.outbox.notifier import Notifier
from bot.services.errors import StaleButton
from bot.services.lawyers import LawyerService
from bot.services.tickets import TicketService
from bot.services.users import Actor
from bot.telegram import show


async def canned_list(
    callback: CallbackQuery,
    callback_data: CaseCD,
    actor: Actor,
    tickets: TicketService,
    kb_holder: KbHolder,
    i18n: I18nContext,
) -> None:
    """The list under the case (a new message), or again in place of a preview (Back)."""
    ticket = await tickets.assigned(actor, callback_data.ticket)
    rows = [
        [button(f"💬 {item.title}", _cd(CaseAction.CANNED_SHOW, ticket.id, item.id))]
        for item in kb_holder.kb.canned_for(ticket.locale)
    ]
    language = i18n.get("lang-name", ticket.locale)
    text = i18n.get("case-canned-pick", ref=ticket.ref, language=language)
    markup = InlineKeyboardMarkup(inline_keyboard=rows)
    if callback_data.value == "back":
        await show(callback, text, markup)
    elif isinstance(callback.message, Message):
        await callback.message.answer(text, reply_markup=markup)


async def canned_show(
    callback: CallbackQuery,
    callback_data: CaseCD,
    actor: Actor,
    tickets: TicketService,
    kb_holder: KbHolder,
    i18n: I18nContext,
) -> None:
    ticket = await tickets.assigned(actor, callback_data.ticket)
    item = _answer(kb_holder, ticket.locale, callback_data.value)
    text = i18n.get("case-canned-preview", ref=ticket.ref) + "\n\n" + escape(item.text)
    rows = [
        [button(i18n.get("btn-canned-send"), _cd(CaseAction.CANNED_SEND, ticket.id, item.id))],
        [button(i18n.get("btn-back"), _cd(CaseAction.CANNED, ticket.id, "back"))],
    ]
    await show(callback, text, InlineKeyboardMarkup(inline_keyboard=rows))


async def canned_send(
    callback: CallbackQuery,
    callback_data: CaseCD,
    actor: Actor,
    tickets: TicketService,
    lawyers: LawyerService,
    notifier: Notifier,
    kb_holder: KbHolder,
    i18n: I18nContext,
) -> None:
    ticket = await tickets.assigned(actor, callback_data.ticket)
    item = _answer(kb_holder, ticket.locale, callback_data.value)
    if not isinstance(callback.message, Message):
        raise StaleButton
    profile = await lawyers.profile(actor)
    content = ("text", item.text, None)  # goes exactly the way a typed answer goes
    name = profile.display_name
    await deliver(
        callback.message, ticket, "lawyer", actor, tickets, notifier, i18n, name, content
    )


def _answer(kb: KbHolder, locale: str, answer_id: str) -> Canned:
    item = next((c for c in kb.kb.canned_for(locale) if c.id == answer_id), None)
    if item is None:
        raise StaleButton  # the answers were edited since the list was shown
    return item


def _cd(action: CaseAction, ticket: int, value: str = "") -> str:
    return CaseCD(action=action, ticket=ticket, value=value).pack()


def build_router() -> Router:
    router = Router(name=__name__)
    router.callback_query.register(canned_list, CaseCD.filter(F.action == CaseAction.CANNED))
    router.callback_query.register(canned_show, CaseCD.filter(F.action == CaseAction.CANNED_SHOW))
    router.callback_query.register(canned_send, CaseCD.filter(F.action == CaseAction.CANNED_SEND))
    return router
