"""Managing people: the staff list, roles, removing a lawyer, blocking abusive users, and the
audit log of a case. Every rule is checked here, on the server, against the acting account."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from bot.db.models import AuditEvent, LawyerProfile, Ticket, User
from bot.services.clock import Clock
from bot.services.errors import NotAllowed, StaleButton, TicketGone
from bot.services.lawyers import split
from bot.services.tickets import OPEN_STATUSES, TicketService
from bot.services.users import STAFF_ROLES, Actor, set_account

MANAGERS = frozenset({"coordinator", "admin"})  # see staff, block, read audit logs
CHANGEABLE = ("lawyer", "coordinator")  # roles an admin gives; admins come from ADMIN_IDS
AUDIT_SHOWN = 40


@dataclass(frozen=True, slots=True)
class Member:
    id: int
    role: str
    name: str | None
    on_duty: bool
    languages: tuple[str, ...]
    open_cases: int


@dataclass(frozen=True, slots=True)
class Entry:
    at: dt.datetime
    action: str
    actor_role: str | None
    actor_name: str | None


def manager(actor: Actor) -> None:
    if actor.role not in MANAGERS:
        raise NotAllowed


def admin(actor: Actor) -> None:
    if actor.role != "admin":
        raise NotAllowed


class PeopleService:
    def __init__(
        self,
        session: AsyncSession,
        clock: Clock,
        tickets: TicketService,
        admin_ids: frozenset[int],
    ) -> None:
        self.session = session
        self.clock = clock
        self.tickets = tickets
        self.admin_ids = admin_ids

    async def staff(self, actor: Actor) -> list[Member]:
        """Everyone with a staff role: duty state, languages and open cases, on duty first."""
        manager(actor)
        cases = (
            select(Ticket.assignee_id, func.count().label("n"))
            .where(Ticket.status.in_(OPEN_STATUSES), Ticket.assignee_id.is_not(None))
            .group_by(Ticket.assignee_id)
            .subquery()
        )
        rows = await self.session.execute(
            select(User.id, User.role, LawyerProfile, func.coalesce(cases.c.n, 0))
            .outerjoin(LawyerProfile, LawyerProfile.user_id == User.id)
            .outerjoin(cases, cases.c.assignee_id == User.id)
            .where(User.role.in_(STAFF_ROLES))
            .order_by(User.role, User.id)
        )
        members = [_member(*row) for row in rows.all()]
        return sorted(members, key=lambda member: not member.on_duty)

    async def member(self, actor: Actor, user_id: int) -> Member:
        for member in await self.staff(actor):
            if member.id == user_id:
                return member
        raise StaleButton

    async def set_role(self, actor: Actor, user_id: int, role: str) -> Member:
        """An admin makes a lawyer a coordinator or back; ADMIN_IDS admins stay admins."""
        admin(actor)
        target = await self.member(actor, user_id)
        if role not in CHANGEABLE or target.role == "admin" or user_id == actor.id:
            raise NotAllowed
        await set_account(self.session, user_id, role=role)
        self._audit(actor.id, f"role_{role}", None, user_id)
        await self.session.commit()
        return await self.member(actor, user_id)

    async def remove(self, actor: Actor, user_id: int) -> list[Ticket]:
        """No longer staff: off duty, and every case they held goes back to the queue.
        Returns those cases (released)."""
        admin(actor)
        target = await self.member(actor, user_id)
        if target.role == "admin" or user_id in self.admin_ids:
            raise NotAllowed
        held = list(
            await self.session.scalars(
                select(Ticket.id).where(
                    Ticket.assignee_id == user_id, Ticket.status.in_(OPEN_STATUSES)
                )
            )
        )
        released = [await self.tickets.release(actor, ticket_id) for ticket_id in held]
        await self.session.execute(
            update(LawyerProfile)
            .where(LawyerProfile.user_id == user_id)
            .values(on_duty=False, active_ticket_id=None)
        )
        await set_account(self.session, user_id, role="client")
        self._audit(actor.id, "staff_removed", None, user_id)
        await self.session.commit()
        return released

    async def case(self, ref: str) -> Ticket:
        ticket = await self.session.scalar(select(Ticket).where(Ticket.ref == ref.upper()))
        if ticket is None:
            raise TicketGone
        return ticket

    async def set_blocked(self, actor: Actor, ticket_id: int, blocked: bool) -> Ticket:
        """Block (or unblock) the client of a case; audited with the case and the person."""
        manager(actor)
        ticket = await self.tickets.get(ticket_id)
        client = await self.session.get(User, ticket.client_id or 0)
        if client is None or client.role in STAFF_ROLES:
            raise NotAllowed
        now = self.clock() if blocked else None
        await set_account(self.session, client.id, banned_at=now, ban_told=False)
        self._audit(actor.id, "block" if blocked else "unblock", ticket.id, client.id)
        await self.session.commit()
        return ticket

    async def is_blocked(self, ticket: Ticket) -> bool:
        banned = await self.session.scalar(
            select(User.banned_at).where(User.id == (ticket.client_id or 0))
        )
        return banned is not None

    async def told_blocked(self, user_id: int) -> None:
        await set_account(self.session, user_id, ban_told=True)

    async def audit(self, actor: Actor, ticket_id: int) -> list[Entry]:
        """The case's audit log, oldest first (the newest AUDIT_SHOWN of it)."""
        manager(actor)
        rows = await self.session.execute(
            select(AuditEvent.at, AuditEvent.action, User.role, LawyerProfile.display_name)
            .outerjoin(User, User.id == AuditEvent.actor_id)
            .outerjoin(LawyerProfile, LawyerProfile.user_id == AuditEvent.actor_id)
            .where(AuditEvent.ticket_id == ticket_id)
            .order_by(AuditEvent.id.desc())
            .limit(AUDIT_SHOWN)
        )
        return [Entry(*row) for row in reversed(rows.all())]

    def _audit(
        self, actor_id: int, action: str, ticket_id: int | None, subject_id: int | None
    ) -> None:
        self.session.add(
            AuditEvent(
                at=self.clock(),
                actor_id=actor_id,
                action=action,
                ticket_id=ticket_id,
                subject_id=subject_id,
            )
        )


def _member(user_id: int, role: str, profile: LawyerProfile | None, cases: int) -> Member:
    if profile is None:
        return Member(user_id, role, None, False, (), int(cases))
    languages = tuple(sorted(split(profile.languages)))
    return Member(user_id, role, profile.display_name, profile.on_duty, languages, int(cases))
