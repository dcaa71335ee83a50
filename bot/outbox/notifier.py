"""Notices to people outside the reply to their own update: a case's client or lawyer, admins
after a knowledge reload. Texts are in the recipient's language."""

from __future__ import annotations

from html import escape

from aiogram.types import InlineKeyboardMarkup
from aiogram_i18n.cores import FluentRuntimeCore
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.callbacks import MyCaseAction, MyCaseCD
from bot.db.models import Ticket, User
from bot.db.scope import session_for
from bot.kb.check import Report
from bot.outbox.cards import Cards, button
from bot.outbox.letter import Letter, Result
from bot.outbox.post import Outbox
from bot.services.users import AccountCache

RELOAD_SHOWN = 15


class Notifier:
    def __init__(
        self,
        outbox: Outbox,
        cards: Cards,
        core: FluentRuntimeCore,
        default_locale: str,
        sessions: async_sessionmaker[AsyncSession],
        accounts: AccountCache | None = None,
    ) -> None:
        self.outbox = outbox
        self.cards = cards
        self.core = core
        self.default_locale = default_locale
        self.sessions = sessions
        self.accounts = accounts

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
        answers = [
            button(
                self.core.get(f"btn-solved-{answer}", locale),
                MyCaseCD(action=MyCaseAction.SOLVED, ticket=ticket.id, value=answer).pack(),
            )
            for answer in ("yes", "no")
        ]
        text = self.core.get("client-case-closed", locale, ref=ticket.ref)
        if ticket.outcome:  # what the lawyer recorded, as the close screen promised
            outcome = self.core.get(f"outcome-{ticket.outcome}", locale)
            text = self.core.get("client-outcome", locale, outcome=outcome) + "\n\n" + text
        markup = InlineKeyboardMarkup(inline_keyboard=[answers])
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
        core = self.core
        if author == "lawyer":
            signature = escape(name) if name else core.get("lawyer-signature", recipient_locale)
            return core.get("relay-from-lawyer", recipient_locale, ref=ticket.ref, name=signature)
        return core.get("relay-from-client", recipient_locale, ref=ticket.ref)

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
            text = self.reload_text(report, await self.locale_of(admin_id))
            await self.send_plain(admin_id, text)

    async def send_plain(
        self, chat_id: int, text: str, markup: InlineKeyboardMarkup | None = None
    ) -> bool:
        delivery = await self.outbox.send(Letter(chat_id, text, markup))
        return delivery.result is Result.SENT
