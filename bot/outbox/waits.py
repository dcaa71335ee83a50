"""Letters of the conversation timers to a client: a nudge to answer the lawyer, and the polite
notice that a case was closed for no response (with how to reopen it)."""

from __future__ import annotations

from aiogram.types import InlineKeyboardMarkup

from bot.callbacks import MyCaseAction, MyCaseCD
from bot.db.models import Ticket
from bot.outbox.cards import button
from bot.outbox.letter import Letter, Result
from bot.outbox.notifier import Notifier


async def nudge(notifier: Notifier, ticket: Ticket, locale: str, until: str) -> Result:
    """The lawyer is waiting for the client's answer: write in this case (a button that makes
    it the case their messages go to)."""
    assert ticket.client_id is not None
    core = notifier.core
    write = button(
        core.get("timers-btn-answer", locale),
        MyCaseCD(action=MyCaseAction.WRITE, ticket=ticket.id).pack(),
    )
    text = core.get("timers-nudge-client", locale, ref=ticket.ref, date=until)
    letter = Letter(ticket.client_id, text, InlineKeyboardMarkup(inline_keyboard=[[write]]))
    return (await notifier.outbox.send(letter)).result


async def close_notice(notifier: Notifier, ticket: Ticket, locale: str, until: str) -> Result:
    """Closed for no response; writing here before `until` reopens it, or leave it to search."""
    assert ticket.client_id is not None
    core = notifier.core
    leave = button(
        core.get("timers-btn-no-longer", locale),
        MyCaseCD(action=MyCaseAction.LEAVE, ticket=ticket.id).pack(),
    )
    text = core.get("timers-noresponse-client", locale, ref=ticket.ref, date=until)
    letter = Letter(ticket.client_id, text, InlineKeyboardMarkup(inline_keyboard=[[leave]]))
    return (await notifier.outbox.send(letter)).result
