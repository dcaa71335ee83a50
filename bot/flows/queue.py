"""The lawyers' queue of open cases, with filters by priority, language, region and topic."""

from __future__ import annotations

from aiogram import Router
from aiogram.filters import Command
from aiogram.types import CallbackQuery, InlineKeyboardButton, InlineKeyboardMarkup, Message
from aiogram_i18n import I18nContext

from bot.callbacks import CaseAction, CaseCD, QueueCD
from bot.db.models import Ticket
from bot.flows.keyboards import button, grid
from bot.kb.model import LANGUAGES
from bot.kb.reload import KbHolder
from bot.services.errors import StaleButton
from bot.services.tickets import TicketService
from bot.services.triage import REGIONS
from bot.services.users import Actor
from bot.telegram import show

PRIORITIES = ("P1", "P2", "P3")


async def queue_command(
    message: Message, actor: Actor, tickets: TicketService, i18n: I18nContext, kb_holder: KbHolder
) -> None:
    text, markup = await _queue(QueueCD(), actor, tickets, i18n, kb_holder)
    await message.answer(text, reply_markup=markup)


async def queue_button(
    callback: CallbackQuery, callback_data: QueueCD, actor: Actor, tickets: TicketService,
    i18n: I18nContext, kb_holder: KbHolder,
) -> None:  # fmt: skip
    await show(callback, *await _queue(callback_data, actor, tickets, i18n, kb_holder))


async def _queue(
    cd: QueueCD, actor: Actor, tickets: TicketService, i18n: I18nContext, kb: KbHolder
) -> tuple[str, InlineKeyboardMarkup]:
    options = {
        "priority": PRIORITIES,
        "lang": LANGUAGES,
        "region": REGIONS,
        "topic": tuple(kb.kb.topics),
    }
    if cd.pick:  # choosing a value for one filter
        if cd.pick not in options:
            raise StaleButton
        values = [
            button(
                "✖️ " + i18n.get("queue-any"),
                cd.model_copy(update={cd.pick: "", "pick": ""}).pack(),
            )
        ]
        values += [
            button(
                label(cd.pick, value, i18n, kb),
                cd.model_copy(update={cd.pick: value, "pick": ""}).pack(),
            )
            for value in options[cd.pick]
        ]
        return i18n.get("queue-pick"), InlineKeyboardMarkup(inline_keyboard=grid(values, 3))
    found = await tickets.queue(
        actor, priority=cd.priority or None, locale=cd.lang or None,
        region=cd.region or None, topic=cd.topic or None,
    )  # fmt: skip
    rows = [[_queue_button(ticket, i18n, kb)] for ticket in found]
    filters = [
        button(
            f"{i18n.get(f'queue-filter-{name}')}: {label(name, getattr(cd, name), i18n, kb)}",
            cd.model_copy(update={"pick": name}).pack(),
        )
        for name in options
    ]
    rows += grid(filters)
    text = i18n.get("queue-title", count=len(found)) if found else i18n.get("queue-empty")
    return text, InlineKeyboardMarkup(inline_keyboard=rows)


def label(name: str, value: str, i18n: I18nContext, kb: KbHolder) -> str:
    if not value:
        return i18n.get("queue-any")
    if name == "lang":
        return i18n.get("lang-name", value)
    if name == "region":
        return i18n.get(f"region-{value}")
    if name == "topic":
        topic = kb.kb.topics.get(value)
        return topic.title(i18n.locale) if topic else i18n.get("topic-other")
    return value


def _queue_button(ticket: Ticket, i18n: I18nContext, kb: KbHolder) -> InlineKeyboardButton:
    topic = label("topic", ticket.topic, i18n, kb)
    status = i18n.get(f"queue-status-{ticket.status}")
    text = f"{ticket.priority} · {ticket.ref} · {topic} · {status}"
    return button(text, CaseCD(action=CaseAction.VIEW, ticket=ticket.id).pack())


def build_router() -> Router:
    router = Router(name=__name__)
    router.message.register(queue_command, Command("queue"))
    router.callback_query.register(queue_button, QueueCD.filter())
    return router
