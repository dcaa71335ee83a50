"""Case cards: the announcement lawyers claim from, its later states, escalations and the
buttons a lawyer works a case with."""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable, Iterable
from html import escape
from typing import NamedTuple

from aiogram.types import InlineKeyboardButton, InlineKeyboardMarkup
from aiogram_i18n.cores import FluentRuntimeCore

from bot.callbacks import CaseAction, CaseCD, ClaimCD
from bot.db.models import Ticket, TicketCard
from bot.kb.model import KnowledgeBase
from bot.outbox.labels import case_labels
from bot.outbox.letter import Letter
from bot.outbox.post import Outbox
from bot.services.clock import Clock, aware

log = logging.getLogger(__name__)
CASE_ACTIONS = (
    (CaseAction.WRITE, CaseAction.NOTE),
    (CaseAction.CANNED, CaseAction.TRANSFER),
    (CaseAction.RELEASE, CaseAction.CLOSE),
)


class Posted(NamedTuple):
    """A card that reached a chat (kept so it can be edited when the case moves on)."""

    chat_id: int
    message_id: int
    locale: str


def age_text(core: FluentRuntimeCore, locale: str, since: dt.datetime, now: dt.datetime) -> str:
    minutes = max(0, int((now - aware(since)).total_seconds() // 60))
    if minutes < 60:
        return core.get("age-minutes", locale, n=minutes)
    if minutes < 48 * 60:
        return core.get("age-hours", locale, n=minutes // 60)
    return core.get("age-days", locale, n=minutes // (24 * 60))


def button(text: str, data: str) -> InlineKeyboardButton:
    return InlineKeyboardButton(text=text, callback_data=data)


class Cards:
    def __init__(
        self,
        outbox: Outbox,
        core: FluentRuntimeCore,
        kb: Callable[[], KnowledgeBase],
        clock: Clock,
        lawyers_chat_id: int | None,
        default_locale: str,
    ) -> None:
        self.outbox = outbox
        self.core = core
        self.kb = kb
        self.clock = clock
        self.lawyers_chat_id = lawyers_chat_id
        self.default_locale = default_locale

    def facts(self, ticket: Ticket, locale: str) -> dict[str, str]:
        """A case's answers as the reader sees them, in their language."""
        core = self.core
        labels = case_labels(
            lambda key: str(core.get(key, locale)),
            locale,
            topic=self.kb().topics.get(ticket.topic),
            urgency=ticket.urgency,
            deadline=ticket.deadline,
            region=ticket.region,
            citizenship=ticket.citizenship,
        )
        return {
            "ref": ticket.ref,
            "priority": ticket.priority,
            **labels,
            "language": core.get("lang-name", ticket.locale),
            "age": age_text(core, locale, ticket.created_at, self.clock()),
        }

    def card(self, chat_id: int, ticket: Ticket, locale: str, *, reminder: bool = False) -> Letter:
        """What a lawyer sees before taking a case: its facts and a Claim button, never the
        person's own words (those only reach the lawyer who takes it)."""
        key = "card-reminder" if reminder else "card-new"
        text = self.core.get(key, locale, **self.facts(ticket, locale))
        claim = button(self.core.get("btn-claim", locale), ClaimCD(ticket=ticket.id).pack())
        return Letter(chat_id, text, InlineKeyboardMarkup(inline_keyboard=[[claim]]))

    async def announce(
        self, ticket: Ticket, lawyers: Iterable[tuple[int, str | None]], *, reminder: bool
    ) -> list[Posted]:
        """The card to each matching on-duty lawyer (id, language) and the lawyers' group."""
        targets = [(chat_id, locale or self.default_locale) for chat_id, locale in lawyers]
        if self.lawyers_chat_id is not None:
            targets.append((self.lawyers_chat_id, self.default_locale))
        posted: list[Posted] = []
        for chat_id, locale in targets:
            delivery = await self.outbox.send(
                self.card(chat_id, ticket, locale, reminder=reminder)
            )
            if delivery.sent:
                posted.append(Posted(chat_id, delivery.message_ids[0], locale))
        log.info(
            "Ticket %s announced to %d chat(s), reminder=%s", ticket.id, len(posted), reminder
        )
        return posted

    async def escalate(
        self, ticket: Ticket, coordinators: Iterable[tuple[int, str | None]]
    ) -> None:
        for chat_id, chosen in coordinators:
            locale = chosen or self.default_locale
            text = self.core.get("card-escalated", locale, **self.facts(ticket, locale))
            view = CaseCD(action=CaseAction.VIEW, ticket=ticket.id).pack()
            markup = InlineKeyboardMarkup(
                inline_keyboard=[[button(self.core.get("btn-open-case", locale), view)]]
            )
            await self.outbox.send(Letter(chat_id, text, markup))

    async def mark_claimed(
        self, cards: Iterable[TicketCard], ticket: Ticket, lawyer_id: int, name: str | None
    ) -> None:
        for card in cards:
            key = "card-claimed-you" if card.chat_id == lawyer_id else "card-claimed"
            signature = name or self.core.get("lawyer-anonymous", card.locale)
            text = self.core.get(key, card.locale, ref=ticket.ref, lawyer=escape(signature))
            await self.outbox.edit(card.chat_id, card.message_id, text)

    async def mark_closed(self, cards: Iterable[TicketCard], ticket: Ticket) -> None:
        """A closed, withdrawn or erased case leaves no excerpt or Claim button behind."""
        for card in cards:
            text = self.core.get("card-closed", card.locale, ref=ticket.ref)
            await self.outbox.edit(card.chat_id, card.message_id, text)

    def case_markup(self, ticket: Ticket, locale: str) -> InlineKeyboardMarkup:
        rows = [
            [
                button(
                    self.core.get(f"btn-case-{action}", locale),
                    CaseCD(action=action, ticket=ticket.id).pack(),
                )
                for action in pair
            ]
            for pair in CASE_ACTIONS
        ]
        return InlineKeyboardMarkup(inline_keyboard=rows)
