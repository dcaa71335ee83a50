"""Everything the bot sends outside the reply to the current update: ticket cards, escalations,
messages to a case's client or lawyer, and reload reports to admins."""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from html import escape

from aiogram import Bot
from aiogram.exceptions import TelegramBadRequest, TelegramForbiddenError
from aiogram.types import InlineKeyboardButton, InlineKeyboardMarkup
from aiogram_i18n.cores import FluentRuntimeCore
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.db.models import Ticket, TicketCard, User
from bot.db.scope import session_for
from bot.flows.callbacks import CaseCD, ClaimCD, MyCaseCD
from bot.kb.check import Report
from bot.kb.model import KnowledgeBase
from bot.services.clock import Clock, aware
from bot.services.tickets import TicketService
from bot.services.users import Account, AccountCache

log = logging.getLogger(__name__)
SUMMARY_CHARS = 160
RELOAD_SHOWN = 15
CASE_ACTIONS = (("write", "note"), ("canned", "transfer"), ("release", "close"))


def age_text(core: FluentRuntimeCore, locale: str, since: dt.datetime, now: dt.datetime) -> str:
    minutes = max(0, int((now - aware(since)).total_seconds() // 60))
    if minutes < 60:
        return core.get("age-minutes", locale, n=minutes)
    if minutes < 48 * 60:
        return core.get("age-hours", locale, n=minutes // 60)
    return core.get("age-days", locale, n=minutes // (24 * 60))


def shorten(text: str, limit: int = SUMMARY_CHARS) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1].rstrip() + "…"


def _button(text: str, data: str) -> InlineKeyboardButton:
    return InlineKeyboardButton(text=text, callback_data=data)


class Notifier:
    def __init__(
        self,
        bot: Bot,
        core: FluentRuntimeCore,
        kb: Callable[[], KnowledgeBase],
        clock: Clock,
        lawyers_chat_id: int | None,
        default_locale: str,
        sessions: async_sessionmaker[AsyncSession],
        accounts: AccountCache | None = None,
    ) -> None:
        self.bot = bot
        self.core = core
        self.kb = kb
        self.clock = clock
        self.lawyers_chat_id = lawyers_chat_id
        self.default_locale = default_locale
        self.sessions = sessions
        self.accounts = accounts

    # --- cards -------------------------------------------------------------------------------

    def facts(self, ticket: Ticket, locale: str) -> dict[str, str]:
        """A case's answers as the reader sees them, in their language."""
        topic = self.kb().topics.get(ticket.topic)
        urgency = self.core.get(f"urgency-{ticket.urgency}", locale)
        if ticket.deadline:
            urgency += f" ({ticket.deadline.strftime('%d.%m.%Y')})"
        return {
            "ref": ticket.ref,
            "priority": ticket.priority,
            "topic": topic.title(locale) if topic else ticket.topic,
            "urgency": urgency,
            "region": self.core.get(f"region-{ticket.region}", locale) if ticket.region else "—",
            "citizenship": self.core.get(f"cit-{ticket.citizenship or 'hidden'}", locale),
            "language": self.core.get("lang-name", ticket.locale),
            "age": age_text(self.core, locale, ticket.created_at, self.clock()),
        }

    def card_text(self, ticket: Ticket, summary: str, locale: str, *, reminder: bool) -> str:
        key = "card-reminder" if reminder else "card-new"
        return self.core.get(
            key, locale, summary=escape(shorten(summary)), **self.facts(ticket, locale)
        )

    async def announce(
        self, tickets: TicketService, ticket: Ticket, lawyers: list[User], *, reminder: bool
    ) -> int:
        """Send the card to the matching on-duty lawyers and the lawyers' group."""
        summary = tickets.description(ticket)
        targets = [(lawyer.id, lawyer.locale or self.default_locale) for lawyer in lawyers]
        if self.lawyers_chat_id is not None:
            targets.append((self.lawyers_chat_id, self.default_locale))
        sent = 0
        for chat_id, locale in targets:
            markup = InlineKeyboardMarkup(
                inline_keyboard=[
                    [_button(self.core.get("btn-claim", locale), ClaimCD(ticket=ticket.id).pack())]
                ]
            )
            text = self.card_text(ticket, summary, locale, reminder=reminder)
            try:
                message = await self.bot.send_message(chat_id, text, reply_markup=markup)
            except (TelegramForbiddenError, TelegramBadRequest) as error:
                log.warning(
                    "Card for ticket %s not delivered to %s: %s", ticket.id, chat_id, error
                )
                continue
            await tickets.remember_card(ticket, chat_id, message.message_id, locale)
            sent += 1
        log.info("Ticket %s announced to %d chat(s), reminder=%s", ticket.id, sent, reminder)
        return sent

    async def escalate(self, ticket: Ticket, coordinators: list[User]) -> None:
        for coordinator in coordinators:
            locale = coordinator.locale or self.default_locale
            text = self.core.get("card-escalated", locale, **self.facts(ticket, locale))
            markup = InlineKeyboardMarkup(
                inline_keyboard=[
                    [
                        _button(
                            self.core.get("btn-open-case", locale),
                            CaseCD(action="view", ticket=ticket.id).pack(),
                        )
                    ]
                ]
            )
            await self.send_plain(coordinator.id, text, markup)

    async def mark_cards_claimed(
        self, tickets: TicketService, ticket: Ticket, lawyer: Account, name: str | None
    ) -> None:
        for card in await tickets.cards(ticket):
            await self._edit_card(card, ticket, lawyer, name)

    async def mark_cards_closed(self, tickets: TicketService, ticket: Ticket) -> None:
        """A closed, withdrawn or erased case leaves no excerpt or Claim button behind."""
        for card in await tickets.cards(ticket):
            text = f"<b>{ticket.ref}</b>: " + self.core.get("error-ticket-gone", card.locale)
            try:
                await self.bot.edit_message_text(
                    text=text, chat_id=card.chat_id, message_id=card.message_id, reply_markup=None
                )
            except (TelegramBadRequest, TelegramForbiddenError) as error:
                log.info("Card %s of ticket %s not updated: %s", card.id, ticket.id, error)

    async def _edit_card(
        self, card: TicketCard, ticket: Ticket, lawyer: Account, name: str | None
    ) -> None:
        key = "card-claimed-you" if card.chat_id == lawyer.id else "card-claimed"
        text = self.core.get(
            key,
            card.locale,
            ref=ticket.ref,
            lawyer=escape(name or self.core.get("lawyer-anonymous", card.locale)),
        )
        try:
            await self.bot.edit_message_text(
                text=text, chat_id=card.chat_id, message_id=card.message_id, reply_markup=None
            )
        except (TelegramBadRequest, TelegramForbiddenError) as error:
            log.info("Card %s of ticket %s not updated: %s", card.id, ticket.id, error)

    def case_markup(self, ticket: Ticket, locale: str) -> InlineKeyboardMarkup:
        rows = [
            [
                _button(
                    self.core.get(f"btn-case-{action}", locale),
                    CaseCD(action=action, ticket=ticket.id).pack(),
                )
                for action in pair
            ]
            for pair in CASE_ACTIONS
        ]
        return InlineKeyboardMarkup(inline_keyboard=rows)

    # --- people ------------------------------------------------------------------------------

    async def tell_client(self, ticket: Ticket, key: str, **kwargs: object) -> bool:
        """A system message to the ticket's client in their language. False if unreachable."""
        if ticket.client_id is None:
            return False
        text = self.core.get(key, ticket.locale, ref=ticket.ref, **kwargs)
        return await self.send_plain(ticket.client_id, text)

    async def ask_rating(self, ticket: Ticket) -> bool:
        """After closing: was the problem solved? (then a 1–5 rating)."""
        if ticket.client_id is None:
            return False
        locale = ticket.locale
        markup = InlineKeyboardMarkup(
            inline_keyboard=[
                [
                    _button(
                        self.core.get(f"btn-solved-{answer}", locale),
                        MyCaseCD(action="solved", ticket=ticket.id, value=answer).pack(),
                    )
                    for answer in ("yes", "no")
                ]
            ]
        )
        text = self.core.get("client-case-closed", locale, ref=ticket.ref)
        return await self.send_plain(ticket.client_id, text, markup)

    async def tell_lawyer(self, lawyer_id: int, key: str, **kwargs: object) -> None:
        """A system message to a lawyer, in their language."""
        locale = await self.locale_of(lawyer_id)
        await self.send_plain(lawyer_id, self.core.get(key, locale, **kwargs))

    def relay_header(
        self, ticket: Ticket, author: str, recipient_locale: str, name: str | None = None
    ) -> str:
        """Who wrote, and in which case: a lawyer signs with the first name they chose, or
        "Lawyer" in the recipient's language."""
        if author == "lawyer":
            signature = (
                escape(name) if name else self.core.get("lawyer-signature", recipient_locale)
            )
            return self.core.get(
                "relay-from-lawyer", recipient_locale, ref=ticket.ref, name=signature
            )
        return self.core.get("relay-from-client", recipient_locale, ref=ticket.ref)

    async def locale_of(self, user_id: int) -> str:
        """A person's language: from the account cache, else from the update's own session."""
        account = self.accounts.get(user_id) if self.accounts else None
        if account is not None:
            return account.locale or self.default_locale
        async with session_for(self.sessions) as session:
            locale = await session.scalar(select(User.locale).where(User.id == user_id))
        return locale or self.default_locale

    def reload_text(self, report: Report, locale: str) -> str:
        """What admins see after a reload: done, or refused with the first problems."""
        if not report.errors:
            return self.core.get(
                "reload-done",
                locale,
                articles=len(report.kb.articles),
                overdue=len(report.warnings),
            )
        shown = "\n".join(escape(str(problem)) for problem in report.errors[:RELOAD_SHOWN])
        head = self.core.get("reload-failed", locale, errors=len(report.errors))
        return f"{head}\n\n<code>{shown}</code>"

    async def tell_admins(self, admin_ids: frozenset[int], report: Report) -> None:
        for admin_id in sorted(admin_ids):
            await self.send_plain(
                admin_id, self.reload_text(report, await self.locale_of(admin_id))
            )

    async def send_plain(
        self, chat_id: int, text: str, markup: InlineKeyboardMarkup | None = None
    ) -> bool:
        try:
            await self.bot.send_message(chat_id, text, reply_markup=markup)
        except TelegramForbiddenError:
            log.info("Chat %s has blocked the bot", chat_id)
            return False
        except TelegramBadRequest as error:
            log.warning("Message to chat %s refused: %s", chat_id, error)
            return False
        return True
