"""Tickets: opening, claiming (atomic), relaying messages, closing, SLA re-announcement."""

from __future__ import annotations

import datetime as dt
import secrets
from dataclasses import dataclass

from sqlalchemy import select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from bot.db.models import AuditEvent, LawyerProfile, Ticket, TicketCard, TicketMessage, User
from bot.services.clock import Clock
from bot.services.crypto import Cipher
from bot.services.errors import AlreadyClaimed, NotALawyer, NotYourTicket, TicketGone
from bot.services.users import STAFF_ROLES, Actor

REF_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"  # no 0/O, 1/I/L
OPEN_STATUSES = ("new", "claimed")


def new_ref() -> str:
    return "Q-" + "".join(secrets.choice(REF_ALPHABET) for _ in range(4))


@dataclass(frozen=True, slots=True)
class Relay:
    """Where a message went: the ticket, and the chat it must be delivered to (if any)."""

    ticket: Ticket
    recipient_id: int | None


class TicketService:
    def __init__(
        self, session: AsyncSession, clock: Clock, cipher: Cipher, sla: dt.timedelta
    ) -> None:
        self.session = session
        self.clock = clock
        self.cipher = cipher
        self.sla = sla

    # --- client side -------------------------------------------------------------------------

    async def open(self, client_id: int, topic: str, locale: str, description: str) -> Ticket:
        now = self.clock()
        sealed = self.cipher.encrypt(description)
        for _ in range(8):
            ref = new_ref()
            if await self.session.scalar(select(Ticket.id).where(Ticket.ref == ref)):
                continue
            ticket = Ticket(
                ref=ref,
                client_id=client_id,
                topic=topic,
                locale=locale,
                priority="P3",
                status="new",
                description=sealed,
                created_at=now,
                next_announce_at=now + self.sla,
            )
            self.session.add(ticket)
            try:
                await self.session.flush()
                self.session.add(
                    AuditEvent(at=now, actor_id=None, action="open", ticket_id=ticket.id)
                )
                await self.session.commit()
            except IntegrityError:  # another ticket took the same reference meanwhile
                await self.session.rollback()
                continue
            return ticket
        raise RuntimeError("could not allocate a ticket reference")

    async def open_ticket_of(self, client_id: int) -> Ticket | None:
        return await self.session.scalar(
            select(Ticket)
            .where(Ticket.client_id == client_id, Ticket.status.in_(OPEN_STATUSES))
            .order_by(Ticket.created_at.desc())
            .limit(1)
        )

    async def add_client_message(
        self, ticket: Ticket, client_id: int, kind: str, text: str | None, file_id: str | None
    ) -> Relay:
        self._store(ticket, "client", client_id, kind, text, file_id)
        await self.session.commit()
        return Relay(ticket, ticket.assignee_id if ticket.status == "claimed" else None)

    # --- lawyer side -------------------------------------------------------------------------

    async def get(self, ticket_id: int) -> Ticket:
        ticket = await self.session.get(Ticket, ticket_id)
        if ticket is None:
            raise TicketGone
        return ticket

    async def claim(self, actor: Actor, ticket_id: int) -> Ticket:
        """One conditional UPDATE: of any number of simultaneous claims exactly one wins."""
        if actor.role not in STAFF_ROLES:
            raise NotALawyer
        await self.session.commit()  # end any read transaction; the UPDATE starts afresh
        now = self.clock()
        won = await self.session.scalar(
            update(Ticket)
            .where(Ticket.id == ticket_id, Ticket.status == "new")
            .values(status="claimed", assignee_id=actor.id, claimed_at=now, next_announce_at=None)
            .returning(Ticket.id)
        )
        if won is None:
            await self.session.commit()  # nothing changed; end the transaction, keep objects
            ticket = await self.session.get(Ticket, ticket_id, populate_existing=True)
            if ticket is None or ticket.status == "closed":
                raise TicketGone
            raise AlreadyClaimed
        self.session.add(AuditEvent(at=now, actor_id=actor.id, action="claim", ticket_id=won))
        await self.session.execute(
            update(LawyerProfile)
            .where(LawyerProfile.user_id == actor.id)
            .values(active_ticket_id=ticket_id)
        )
        await self.session.commit()
        ticket = await self.session.get(Ticket, ticket_id, populate_existing=True)
        assert ticket is not None
        return ticket

    async def assigned(self, actor: Actor, ticket_id: int) -> Ticket:
        """The ticket, if this lawyer holds it (ownership is checked server side)."""
        if actor.role not in STAFF_ROLES:
            raise NotALawyer
        ticket = await self.get(ticket_id)
        if ticket.status == "closed":
            raise TicketGone
        if ticket.assignee_id != actor.id:
            raise NotYourTicket
        return ticket

    async def activate(self, actor: Actor, ticket_id: int) -> Ticket:
        ticket = await self.assigned(actor, ticket_id)
        await self.session.execute(
            update(LawyerProfile)
            .where(LawyerProfile.user_id == actor.id)
            .values(active_ticket_id=ticket.id)
        )
        await self.session.commit()
        return ticket

    async def active_ticket(self, actor: Actor) -> Ticket | None:
        profile = await self.session.get(LawyerProfile, actor.id)
        if profile is None or profile.active_ticket_id is None:
            return None
        ticket = await self.session.get(Ticket, profile.active_ticket_id)
        if ticket is None or ticket.status != "claimed" or ticket.assignee_id != actor.id:
            return None
        return ticket

    async def add_lawyer_message(
        self, actor: Actor, ticket: Ticket, kind: str, text: str | None, file_id: str | None
    ) -> TicketMessage:
        message = self._store(ticket, "lawyer", actor.id, kind, text, file_id)
        await self.session.commit()
        return message

    async def mark_delivered(self, message: TicketMessage) -> None:
        message.delivered = True
        await self.session.commit()

    async def close(self, actor: Actor, ticket_id: int, outcome: str) -> Ticket:
        ticket = await self.assigned(actor, ticket_id)
        now = self.clock()
        ticket.status, ticket.outcome, ticket.closed_at = "closed", outcome, now
        self.session.add(
            AuditEvent(at=now, actor_id=actor.id, action="close", ticket_id=ticket.id)
        )
        await self.session.execute(
            update(LawyerProfile)
            .where(LawyerProfile.active_ticket_id == ticket.id)
            .values(active_ticket_id=None)
        )
        await self.session.commit()
        return ticket

    async def client_unreachable(self, ticket: Ticket) -> None:
        if ticket.client_id is not None:
            await self.session.execute(
                update(User).where(User.id == ticket.client_id).values(blocked_bot_at=self.clock())
            )
            await self.session.commit()

    def description(self, ticket: Ticket) -> str:
        return self.cipher.decrypt(ticket.description) if ticket.description else ""

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

    # --- duty and routing --------------------------------------------------------------------

    async def toggle_duty(self, actor: Actor) -> bool:
        if actor.role not in STAFF_ROLES:
            raise NotALawyer
        profile = await self.session.get(LawyerProfile, actor.id)
        if profile is None:
            profile = LawyerProfile(user_id=actor.id, on_duty=False)
            self.session.add(profile)
        profile.on_duty = not profile.on_duty
        await self.session.commit()
        return profile.on_duty

    async def duty_lawyers(self) -> list[User]:
        return list(
            await self.session.scalars(
                select(User)
                .join(LawyerProfile, LawyerProfile.user_id == User.id)
                .where(LawyerProfile.on_duty.is_(True), User.role.in_(STAFF_ROLES))
                .order_by(User.id)
            )
        )

    async def remember_card(
        self, ticket: Ticket, chat_id: int, message_id: int, locale: str
    ) -> None:
        self.session.add(
            TicketCard(ticket_id=ticket.id, chat_id=chat_id, message_id=message_id, locale=locale)
        )
        await self.session.commit()

    async def cards(self, ticket: Ticket) -> list[TicketCard]:
        return list(
            await self.session.scalars(select(TicketCard).where(TicketCard.ticket_id == ticket.id))
        )

    async def take_overdue(self) -> list[Ticket]:
        """Claim the unclaimed tickets past their SLA for one re-announcement each.

        The conditional UPDATE moves `next_announce_at` forward, so a second running bot
        that looks at the same moment finds nothing left to announce.
        """
        now = self.clock()
        ids = list(
            await self.session.scalars(
                update(Ticket)
                .where(Ticket.status == "new", Ticket.next_announce_at <= now)
                .values(next_announce_at=now + self.sla, announce_count=Ticket.announce_count + 1)
                .returning(Ticket.id)
            )
        )
        await self.session.commit()
        if not ids:
            return []
        return list(
            await self.session.scalars(
                select(Ticket).where(Ticket.id.in_(ids)).order_by(Ticket.id)
            )
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
