"""Users, roles, consent and erasure; the account of the person behind an update, cached."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, replace
from typing import Any

from sqlalchemy import bindparam, delete, insert, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from bot.db.models import LawyerProfile, Ticket, TicketMessage, User
from bot.db.scope import ACCOUNTS, EVERYONE
from bot.lru import Lru
from bot.services.clock import Clock
from bot.services.reminders import ReminderService

STAFF_ROLES = frozenset({"lawyer", "coordinator", "admin"})
CACHED_ACCOUNTS = 20_000


@dataclass(frozen=True, slots=True)
class Actor:
    """Who is acting, as the server sees it (never taken from callback data)."""

    id: int
    role: str
    locale: str | None
    consented: bool

    @property
    def is_staff(self) -> bool:
        return self.role in STAFF_ROLES


@dataclass(frozen=True, slots=True)
class Account:
    """What an update needs to know of the person behind it: a snapshot of their `users` row."""

    id: int
    role: str
    locale: str | None
    consent_at: dt.datetime | None
    active_ticket_id: int | None
    blocked_bot_at: dt.datetime | None
    banned_at: dt.datetime | None = None  # blocked by staff (see bot.services.people)
    ban_told: bool = False  # the one polite notice about it was given

    @property
    def actor(self) -> Actor:
        return Actor(self.id, self.role, self.locale, self.consent_at is not None)


_COLUMNS = (
    User.id,
    User.role,
    User.locale,
    User.consent_at,
    User.active_ticket_id,
    User.blocked_bot_at,
    User.banned_at,
    User.ban_told,
)


class AccountCache:
    """Accounts of recent users, so most updates read none from the database. Sessions tell it
    which accounts they changed after every commit or rollback (`bot.db.scope`); it is used only
    where one process owns the database (the embedded default)."""

    def __init__(self, size: int = CACHED_ACCOUNTS) -> None:
        self._accounts: Lru[int, Account] = Lru(size)

    def get(self, user_id: int) -> Account | None:
        return self._accounts.get(user_id)

    def put(self, account: Account) -> None:
        self._accounts.put(account.id, account)

    def apply(self, user_id: int, values: dict[str, object]) -> None:
        account = self._accounts.get(user_id)
        if account is not None and values:
            self._accounts.put(user_id, replace(account, **values))  # type: ignore[arg-type]

    def forget(self, ids: Iterable[int]) -> None:
        for user_id in ids:
            if user_id == EVERYONE:
                self._accounts.clear()
                return
            self._accounts.pop(user_id)


class UserService:
    def __init__(
        self,
        session: AsyncSession,
        clock: Clock,
        admin_ids: frozenset[int],
        cache: AccountCache | None = None,
    ) -> None:
        self.session = session
        self.clock = clock
        self.admin_ids = admin_ids
        self.cache = cache

    async def account(self, user_id: int) -> Account:
        """The account (created on first contact; nothing personal is stored before consent)."""
        account = self.cache.get(user_id) if self.cache else None
        if account is None:
            account = await self._load(user_id)
        if account.blocked_bot_at is not None:  # they write again: reachable again
            await self._set(user_id, blocked_bot_at=None)
            await self.session.execute(
                update(Ticket)
                .where(Ticket.client_id == user_id, Ticket.client_unreachable_at.is_not(None))
                .values(client_unreachable_at=None)
            )
            account = replace(account, blocked_bot_at=None)
        elif self.cache is not None:
            self.cache.put(account)
        return account

    async def _load(self, user_id: int) -> Account:
        row = (await self.session.execute(_LOAD, {"id": user_id})).first()
        role = "admin" if user_id in self.admin_ids else "client"
        if row is None:
            await self.session.execute(  # forgotten from the cache again if this rolls back
                _CREATE,
                {"id": user_id, "role": role, "created_at": self.clock()},
                execution_options={ACCOUNTS: {user_id: {}}},
            )
            return Account(user_id, role, None, None, None, None, None, False)
        account = Account(*row)
        if role == "admin" and account.role != "admin":
            await self._set(user_id, role="admin")
            account = replace(account, role="admin")
        return account

    async def set_locale(self, account: Account, locale: str) -> None:
        await self._set(account.id, locale=locale)

    async def give_consent(self, account: Account) -> None:
        if account.consent_at is None:
            await self._set(account.id, consent_at=self.clock())

    async def _set(self, user_id: int, **values: object) -> None:
        await set_account(self.session, user_id, **values)

    async def forget(self, account: Account) -> list[Ticket]:
        """Erase a client's personal data. Returns their tickets that were open (now closed)."""
        tickets = list(
            await self.session.scalars(select(Ticket).where(Ticket.client_id == account.id))
        )
        now = self.clock()
        open_tickets = [ticket for ticket in tickets if ticket.status != "closed"]
        for ticket in tickets:
            ticket.description = None
            ticket.contact_phone = None
            ticket.client_id = None
            ticket.wiped_at = now  # nothing left for the retention purge to visit
            if ticket.status != "closed":
                ticket.status, ticket.outcome, ticket.closed_at = "closed", "erased", now
        ids = [ticket.id for ticket in tickets]
        if ids:
            await self.session.execute(
                update(TicketMessage)
                .where(TicketMessage.ticket_id.in_(ids))
                .values(body=None, file_id=None)
            )
        await ReminderService(self.session, self.clock).forget(account.id)
        only = {ACCOUNTS: (account.id,)}
        if account.role == "client":
            await self.session.execute(
                delete(User).where(User.id == account.id).execution_options(**only)
            )
        else:
            await self._set(account.id, consent_at=None)
        await self.session.commit()
        return open_tickets

    async def lawyer_profile(self, user_id: int) -> LawyerProfile | None:
        return await self.session.get(LawyerProfile, user_id)


async def set_account(session: AsyncSession, user_id: int, **values: object) -> None:
    """Set columns of one account; the cache learns the new values when this commits."""
    columns = tuple(values)
    statement = _SETS.get(columns)
    if statement is None:
        statement = _SETS[columns] = (
            update(User)
            .where(User.id == bindparam("account_id"))
            .values({name: bindparam(name) for name in columns})
            # no ORM object of an account is kept in the session: nothing to synchronise
            .execution_options(synchronize_session=False)
        )
    await session.execute(
        statement,
        {"account_id": user_id, **values},
        execution_options={ACCOUNTS: {user_id: values}},
    )


# Built once: SQLAlchemy reuses a statement's cache key and compiled form (see bot.db.upsert).
_LOAD = select(*_COLUMNS).where(User.id == bindparam("id"))
_CREATE = insert(User)
_SETS: dict[tuple[str, ...], Any] = {}
