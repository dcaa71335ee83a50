"""The one store of a ticket's queries and writes that every use case shares: the session, the
clock, the cipher of personal text, audit rows, the active-case pointers of client and lawyer."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import select, update
from sqlalchemy.ext.asyncio import AsyncSession

from bot.crypto import Cipher
from bot.db.models import AuditEvent, LawyerProfile, Ticket, TicketCard, TicketMessage, User
from bot.db.scope import ACCOUNTS
from bot.hours import Sla
from bot.services.clock import Clock
from bot.services.errors import (
    NotALawyer,
    NotYourTicket,
    TicketGone,
)
from bot.services.users import STAFF_ROLES, Actor, set_account

REF_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"  # no 0/O, 1/I/L
OPEN_STATUSES = ("new", "claimed")
COORDINATORS = frozenset({"coordinator", "admin"})
ESCALATE_AFTER = 2  # announcements without a claim before coordinators are told


@dataclass(frozen=True, slots=True)
class Relay:
    """Where a message went: the ticket, and the chat it must be delivered to (if any)."""

    ticket: Ticket
    recipient_id: int | None
    message: TicketMessage | None = None


class TicketStore:
    """The session, clock, cipher and SLA every use case of a ticket works with."""

    def __init__(self, session: AsyncSession, clock: Clock, cipher: Cipher, sla: Sla) -> None:
        self.session = session
        self.clock = clock
        self.cipher = cipher
        self.sla = sla

    async def get(self, ticket_id: int) -> Ticket:
        ticket = await self.session.get(Ticket, ticket_id)
        if ticket is None:
            raise TicketGone
        return ticket

    def description(self, ticket: Ticket) -> str:
        return self.cipher.decrypt(ticket.description) if ticket.description else ""

    def phone(self, ticket: Ticket) -> str:
        return self.cipher.decrypt(ticket.contact_phone) if ticket.contact_phone else ""

    def text_of(self, message: TicketMessage) -> str:
        return self.cipher.decrypt(message.body) if message.body else ""

    async def history(self, ticket: Ticket) -> list[TicketMessage]:
        return list(
            await self.session.scalars(
                select(TicketMessage)
                .where(TicketMessage.ticket_id == ticket.id)
                .order_by(TicketMessage.id)
            )
        )

    def remember_cards(self, ticket: Ticket, posted: Iterable[tuple[int, int, str]]) -> None:
        """Cards that reached lawyers (chat, message, language): edited when the case moves."""
        self.session.add_all(
            TicketCard(ticket_id=ticket.id, chat_id=chat, message_id=message, locale=locale)
            for chat, message, locale in posted
        )

    async def cards(self, ticket: Ticket) -> list[TicketCard]:
        return list(
            await self.session.scalars(select(TicketCard).where(TicketCard.ticket_id == ticket.id))
        )

    def _store(
        self,
        ticket: Ticket,
        author: str,
        author_id: int,
        kind: str,
        text: str | None,
        file_id: str | None,
    ) -> TicketMessage:
        message = TicketMessage(
            ticket_id=ticket.id,
            author=author,
            author_id=author_id,
            kind=kind,
            body=self.cipher.encrypt(text) if text else None,
            file_id=file_id,
            created_at=self.clock(),
        )
        self.session.add(message)
        return message

    def _audit(self, actor_id: int | None, action: str, ticket_id: int | None) -> None:
        self.session.add(
            AuditEvent(at=self.clock(), actor_id=actor_id, action=action, ticket_id=ticket_id)
        )

    async def _set_active(self, client_id: int, ticket_id: int | None) -> None:
        await set_account(self.session, client_id, active_ticket_id=ticket_id)

    async def _set_lawyer_active(self, lawyer_id: int, ticket_id: int) -> None:
        await self.session.execute(
            update(LawyerProfile)
            .where(LawyerProfile.user_id == lawyer_id)
            .values(active_ticket_id=ticket_id)
        )

    async def _adopt(self, lawyer_id: int, ticket_id: int) -> None:
        """A new case becomes the lawyer's active one only if they are not writing in another:
        their next message must never reach a different client than the one they think of."""
        profile = await self.session.get(LawyerProfile, lawyer_id)
        if profile is None:
            return
        current = await self.session.get(Ticket, profile.active_ticket_id or 0)
        if current is None or current.status != "claimed" or current.assignee_id != lawyer_id:
            profile.active_ticket_id = ticket_id

    async def _clear_lawyer_active(self, ticket_id: int) -> None:
        await self.session.execute(
            update(LawyerProfile)
            .where(LawyerProfile.active_ticket_id == ticket_id)
            .values(active_ticket_id=None)
        )

    async def _release_actives(self, ticket: Ticket) -> None:
        await self._clear_lawyer_active(ticket.id)
        if ticket.client_id is not None:  # only a case's own client writes into it
            await self.session.execute(
                update(User)
                .where(User.id == ticket.client_id, User.active_ticket_id == ticket.id)
                .values(active_ticket_id=None)
                .execution_options(**{ACCOUNTS: (ticket.client_id,)})
            )

    async def assigned(self, actor: Actor, ticket_id: int) -> Ticket:
        """The open ticket, if this lawyer holds it or is a coordinator (checked server side)."""
        require_staff(actor)
        ticket = await self.get(ticket_id)
        if ticket.status == "closed":
            raise TicketGone
        if ticket.assignee_id != actor.id and actor.role not in COORDINATORS:
            raise NotYourTicket
        return ticket

    async def open_on_topic(self, client_id: int, topic: str) -> Ticket | None:
        return await self.session.scalar(
            select(Ticket).where(
                Ticket.client_id == client_id,
                Ticket.topic == topic,
                Ticket.status.in_(OPEN_STATUSES),
            )
        )


def require_staff(actor: Actor) -> None:
    if actor.role not in STAFF_ROLES:
        raise NotALawyer
