"""A lawyer's hold on a case: claiming (atomic), viewing, making it the active one, transfer,
release, closing with an outcome, and the queue of waiting cases."""

from __future__ import annotations

from sqlalchemy import func, select, update

from bot.db.models import LawyerProfile, Ticket, User
from bot.services.errors import (
    AlreadyClaimed,
    NotAllowed,
    NotYourTicket,
    StaleButton,
    TicketGone,
)
from bot.services.tickets.store import (
    COORDINATORS,
    OPEN_STATUSES,
    TicketStore,
    require_staff,
)
from bot.services.triage import OUTCOMES
from bot.services.users import STAFF_ROLES, Actor, set_account


class ClaimCases(TicketStore):
    async def claim(self, actor: Actor, ticket_id: int) -> Ticket:
        """One conditional UPDATE: of any number of simultaneous claims exactly one wins."""
        require_staff(actor)
        await self.session.commit()  # end any read transaction; the UPDATE starts afresh
        now = self.clock()
        won = await self.session.scalar(
            update(Ticket)
            .where(Ticket.id == ticket_id, Ticket.status == "new")
            .values(
                status="claimed",
                assignee_id=actor.id,
                claimed_at=now,
                first_claimed_at=func.coalesce(Ticket.first_claimed_at, now),
                next_announce_at=None,
            )
            .returning(Ticket.id)
        )
        if won is None:
            await self.session.commit()  # nothing changed; end the transaction, keep objects
            ticket = await self.session.get(Ticket, ticket_id, populate_existing=True)
            if ticket is None or ticket.status == "closed":
                raise TicketGone
            raise AlreadyClaimed
        self._audit(actor.id, "claim", won)
        if await self.session.get(LawyerProfile, actor.id) is None:  # e.g. an admin from ADMIN_IDS
            self.session.add(LawyerProfile(user_id=actor.id, on_duty=False))
            await self.session.flush()
        await self._adopt(actor.id, ticket_id)
        ticket = await self.session.get(Ticket, ticket_id, populate_existing=True)
        assert ticket is not None
        if ticket.client_id is not None:
            client = await self.session.get(User, ticket.client_id)
            if client is not None and client.active_ticket_id in (None, ticket.id):
                client.active_ticket_id = ticket.id
        await self.session.commit()
        return ticket

    async def view(self, actor: Actor, ticket_id: int) -> tuple[Ticket, bool]:
        """Open a case. Its full text (True) is for the lawyer who holds it and coordinators,
        and every such opening is an audit event; an unclaimed case shows other lawyers only
        its card (False) until one of them takes it; anything else is refused."""
        require_staff(actor)
        ticket = await self.get(ticket_id)
        if ticket.assignee_id == actor.id or actor.role in COORDINATORS:
            self._audit(actor.id, "view", ticket.id)
            await self.session.commit()
            return ticket, True
        if ticket.status == "new":
            return ticket, False
        raise NotYourTicket

    async def activate(self, actor: Actor, ticket_id: int) -> Ticket:
        ticket = await self.assigned(actor, ticket_id)
        if ticket.assignee_id != actor.id:
            raise NotYourTicket
        await self._set_lawyer_active(actor.id, ticket.id)
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

    async def transfer(self, actor: Actor, ticket_id: int, to_id: int) -> tuple[Ticket, int]:
        """Hand the case to another lawyer. Returns the ticket and the previous assignee."""
        ticket = await self.assigned(actor, ticket_id)
        target = await self.session.get(User, to_id)
        if target is None or target.role not in STAFF_ROLES or to_id == ticket.assignee_id:
            raise NotAllowed
        previous = ticket.assignee_id or actor.id
        ticket.assignee_id, ticket.status = to_id, "claimed"
        await self._clear_lawyer_active(ticket.id)
        await self._adopt(to_id, ticket.id)
        self._audit(actor.id, "transfer", ticket.id)
        await self.session.commit()
        return ticket, previous

    async def release(self, actor: Actor, ticket_id: int) -> Ticket:
        """Back to the queue: announced again at once."""
        ticket = await self.assigned(actor, ticket_id)
        ticket.status, ticket.assignee_id, ticket.claimed_at = "new", None, None
        ticket.next_announce_at = self.clock() + self.sla.of(ticket.priority)
        await self._clear_lawyer_active(ticket.id)
        self._audit(actor.id, "release", ticket.id)
        await self.session.commit()
        return ticket

    async def close(self, actor: Actor, ticket_id: int, outcome: str) -> Ticket:
        if outcome not in OUTCOMES:
            raise StaleButton
        ticket = await self.assigned(actor, ticket_id)
        ticket.status, ticket.outcome, ticket.closed_at = "closed", outcome, self.clock()
        self._audit(actor.id, "close", ticket.id)
        await self._release_actives(ticket)
        await self.session.commit()
        return ticket

    async def client_unreachable(self, ticket: Ticket) -> None:
        now = self.clock()
        ticket.client_unreachable_at = now
        if ticket.client_id is not None:
            await set_account(self.session, ticket.client_id, blocked_bot_at=now)
        await self.session.commit()

    async def queue(
        self, actor: Actor, *, priority: str | None = None, locale: str | None = None,
        region: str | None = None, topic: str | None = None, limit: int = 10,
    ) -> list[Ticket]:  # fmt: skip
        """Unclaimed cases, most urgent and oldest first; coordinators see every open case."""
        require_staff(actor)
        statuses = OPEN_STATUSES if actor.role in COORDINATORS else ("new",)
        query = select(Ticket).where(Ticket.status.in_(statuses))
        for column, value in (
            (Ticket.priority, priority),
            (Ticket.locale, locale),
            (Ticket.region, region),
            (Ticket.topic, topic),
        ):
            if value:
                query = query.where(column == value)
        query = query.order_by(Ticket.priority, Ticket.created_at).limit(limit)
        return list(await self.session.scalars(query))
