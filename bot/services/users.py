"""Users, roles, consent and erasure."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import delete, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from bot.db.models import LawyerProfile, Ticket, TicketMessage, User
from bot.services.clock import Clock

STAFF_ROLES = frozenset({"lawyer", "coordinator", "admin"})


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


class UserService:
    def __init__(self, session: AsyncSession, clock: Clock, admin_ids: frozenset[int]) -> None:
        self.session = session
        self.clock = clock
        self.admin_ids = admin_ids

    async def get_or_create(self, user_id: int) -> User:
        user = await self.session.get(User, user_id)
        if user is None:
            user = User(id=user_id, role="client", created_at=self.clock())
            self.session.add(user)
        if user_id in self.admin_ids and user.role != "admin":
            user.role = "admin"
        if user.blocked_bot_at is not None:  # they write again: reachable again
            user.blocked_bot_at = None
            await self.session.execute(
                update(Ticket)
                .where(Ticket.client_id == user_id)
                .values(client_unreachable_at=None)
            )
        if self.session.new or self.session.dirty:
            await self.session.commit()
        return user

    @staticmethod
    def actor(user: User) -> Actor:
        return Actor(user.id, user.role, user.locale, user.consent_at is not None)

    async def set_locale(self, user: User, locale: str) -> None:
        user.locale = locale
        await self.session.commit()

    async def give_consent(self, user: User) -> None:
        if user.consent_at is None:
            user.consent_at = self.clock()
            await self.session.commit()

    async def forget(self, user: User) -> list[Ticket]:
        """Erase a client's personal data. Returns their tickets that were open (now closed)."""
        tickets = list(
            await self.session.scalars(select(Ticket).where(Ticket.client_id == user.id))
        )
        now = self.clock()
        open_tickets = [ticket for ticket in tickets if ticket.status != "closed"]
        for ticket in tickets:
            ticket.description = None
            ticket.contact_phone = None
            ticket.client_id = None
            if ticket.status != "closed":
                ticket.status, ticket.outcome, ticket.closed_at = "closed", "erased", now
        ids = [ticket.id for ticket in tickets]
        if ids:
            await self.session.execute(
                update(TicketMessage)
                .where(TicketMessage.ticket_id.in_(ids))
                .values(body=None, file_id=None)
            )
        if user.role == "client":
            await self.session.execute(delete(User).where(User.id == user.id))
        else:
            user.consent_at = None
        await self.session.commit()
        return open_tickets

    async def lawyer_profile(self, user_id: int) -> LawyerProfile | None:
        return await self.session.get(LawyerProfile, user_id)
