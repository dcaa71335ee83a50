"""Letters of the case timers: the follow-up question to a client, the editors' digest."""

from __future__ import annotations

from html import escape

from aiogram.types import InlineKeyboardMarkup

from bot.callbacks import MyCaseAction, MyCaseCD
from bot.db.models import Ticket
from bot.outbox.cards import button
from bot.outbox.letter import Letter, Result
from bot.outbox.notifier import Notifier
from bot.services.feedback import Gap

SHOWN = 10


async def ask_followup(notifier: Notifier, ticket: Ticket, locale: str) -> Result:
    """Two weeks after advice: was it resolved? (yes / no, then a way to reopen)."""
    assert ticket.client_id is not None
    core = notifier.core
    answers = [
        button(
            core.get(f"timers-btn-followup-{answer}", locale),
            MyCaseCD(action=MyCaseAction.FOLLOWUP, ticket=ticket.id, value=answer).pack(),
        )
        for answer in ("yes", "no")
    ]
    text = core.get("timers-followup-ask", locale, ref=ticket.ref)
    letter = Letter(ticket.client_id, text, InlineKeyboardMarkup(inline_keyboard=[answers]))
    return (await notifier.outbox.send(letter)).result


def editors_text(notifier: Notifier, locale: str, overdue: list[str], gaps: list[Gap]) -> str:
    core = notifier.core
    parts = [str(core.get("timers-editors-title", locale))]
    parts.append(core.get("timers-editors-reviews", locale, count=len(overdue)))
    parts += [f"• <code>{escape(article)}</code>" for article in overdue[:SHOWN]]
    parts.append(core.get("timers-editors-gaps", locale, count=len(gaps)))
    parts += [f"• {gap.count} × [{gap.locale}] {escape(gap.query)}" for gap in gaps[:SHOWN]]
    return "\n".join(parts)
