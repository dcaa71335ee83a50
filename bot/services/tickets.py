"""Tickets: opening (one per client and topic), claiming (atomic), relaying, notes, transfer,
release, closing with an outcome, withdrawal, rating. (SLA re-announcement: bot.jobs.sla.)"""

from __future__ import annotations

import datetime as dt
import secrets
from collections.abc import Iterable
from dataclasses import dataclass, field

from sqlalchemy import func, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from bot.crypto import Cipher
from bot.db.models import AuditEvent, LawyerProfile, Ticket, TicketCard, TicketMessage, User
from bot.db.scope import ACCOUNTS
from bot.hours import Sla
from bot.services.clock import Clock
from bot.services.errors import (
    AlreadyClaimed,
    NotALawyer,
    NotAllowed,
    NotYourTicket,
    StaleButton,
    TicketGone,
)
from bot.services.triage import OUTCOMES, priority
from bot.services.users import STAFF_ROLES, Account, Actor, set_account

REF_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"  # no 0/O, 1/I/L
OPEN_STATUSES = ("new", "claimed")
COORDINATORS = frozenset({"coordinator", "admin"})
ESCALATE_AFTER = 2  # announcements without a claim before coordinators are told


def new_ref() -> str:
    return "Q-" + "".join(secrets.choice(REF_ALPHABET) for _ in range(4))


@dataclass(frozen=True, slots=True)
class Draft:
    """A client's answers to the questionnaire."""

    topic: str
    locale: str
    description: str
    urgency: str = "none"
    deadline: dt.date | None = None
    region: str | None = None
    citizenship: str | None = None
    phone: str | None = None
    files: list[tuple[str, str]] = field(default_factory=list)  # (kind, Telegram file id)


@dataclass(frozen=True, slots=True)
class Relay:
    """Where a message went: the ticket, and the chat it must be delivered to (if any)."""

    ticket: Ticket
    recipient_id: int | None
    message: TicketMessage | None = None


class TicketService:
    def __init__(self, session: AsyncSession, clock: Clock, cipher: Cipher, sla: Sla) -> None:
        self.session = session
        self.clock = clock
        self.cipher = cipher
        self.sla = sla

    # --- client side -------------------------------------------------------------------------

    async def submit(self, client_id: int, draft: Draft) -> tuple[Ticket, bool]:
        """Open a ticket, or add to the client's open one on the same topic (True if added)."""
        existing = await self.open_on_topic(client_id, draft.topic)
        if existing is not None:
            self._store(existing, "client", client_id, "text", draft.description, None)
            for kind, file_id in draft.files:
                self._store(existing, "client", client_id, kind, None, file_id)
            await self._set_active(client_id, existing.id)
            await self.session.commit()
            return existing, True
        return await self._open(client_id, draft), False

    async def _open(self, client_id: int, draft: Draft) -> Ticket:
        now = self.clock()
        level = priority(draft.topic, draft.urgency, draft.deadline, now.date())
        for _ in range(8):
            ref = new_ref()
            if await self.session.scalar(select(Ticket.id).where(Ticket.ref == ref)):
                continue
            ticket = Ticket(
                ref=ref,
                client_id=client_id,
                topic=draft.topic,
                locale=draft.locale,
                priority=level,
                urgency=draft.urgency,
                deadline=draft.deadline,
                region=draft.region,
                citizenship=draft.citizenship,
                contact_phone=self.cipher.encrypt(draft.phone) if draft.phone else None,
                status="new",
                description=self.cipher.encrypt(draft.description),
                created_at=now,
                next_announce_at=now + self.sla.of(level),
            )
            self.session.add(ticket)
            try:
                await self.session.flush()
                for kind, file_id in draft.files:
                    self._store(ticket, "client", client_id, kind, None, file_id)
                self._audit(None, "open", ticket.id)
                await self._set_active(client_id, ticket.id)
                await self.session.commit()
            except IntegrityError:  # another ticket took the same reference meanwhile
                await self.session.rollback()
                continue
            return ticket
        raise RuntimeError("could not allocate a ticket reference")

    async def open_on_topic(self, client_id: int, topic: str) -> Ticket | None:
        return await self.session.scalar(
            select(Ticket).where(
                Ticket.client_id == client_id,
                Ticket.topic == topic,
                Ticket.status.in_(OPEN_STATUSES),
            )
        )

    async def client_tickets(self, client_id: int) -> list[Ticket]:
        return list(
            await self.session.scalars(
                select(Ticket)
                .where(Ticket.client_id == client_id)
                .order_by(Ticket.status == "closed", Ticket.created_at.desc())
                .limit(10)
            )
        )

    async def active_of_client(self, client: Account) -> Ticket | None:
        if client.active_ticket_id is None:
            return None
        ticket = await self.session.get(Ticket, client.active_ticket_id)
        if ticket is None or ticket.client_id != client.id or ticket.status == "closed":
            return None
        return ticket

    async def choose(self, client_id: int, ticket_id: int) -> Ticket:
        """The client picks the case their messages go to."""
        ticket = await self.owned(client_id, ticket_id)
        await self._set_active(client_id, ticket.id)
        await self.session.commit()
        return ticket

    async def leave(self, client_id: int) -> None:
        await self._set_active(client_id, None)
        await self.session.commit()

    async def mine(self, client_id: int, ticket_id: int) -> Ticket:
        """A client's own case, open or closed (anyone else's is refused)."""
        ticket = await self.session.get(Ticket, ticket_id)
        if ticket is None or ticket.client_id != client_id:
            raise StaleButton
        return ticket

    async def owned(self, client_id: int, ticket_id: int) -> Ticket:
        """A client's own open case."""
        ticket = await self.mine(client_id, ticket_id)
        if ticket.status == "closed":
            raise TicketGone
        return ticket

    async def add_client_message(
        self, ticket: Ticket, client_id: int, kind: str, text: str | None, file_id: str | None
    ) -> Relay:
        message = self._store(ticket, "client", client_id, kind, text, file_id)
        if ticket.status != "claimed":
            message.delivered = True  # no lawyer yet: whoever claims reads it in the case
        await self.session.commit()
        return Relay(ticket, ticket.assignee_id if ticket.status == "claimed" else None, message)

    async def withdraw(self, client_id: int, ticket_id: int) -> Ticket:
        ticket = await self.owned(client_id, ticket_id)
        ticket.status, ticket.outcome, ticket.closed_at = "closed", "withdrawn", self.clock()
        self._audit(client_id, "withdraw", ticket.id)
        await self._release_actives(ticket)
        await self.session.commit()
        return ticket

    async def reopen(self, client_id: int, ticket_id: int) -> Ticket:
        """A closed case the client says is not solved goes back to the queue, as it was (while
        its texts are still kept, and no other request on its topic is open)."""
        ticket = await self.session.get(Ticket, ticket_id)
        if ticket is None or ticket.client_id != client_id or ticket.status != "closed":
            raise StaleButton
        if ticket.wiped_at is not None or await self.open_on_topic(client_id, ticket.topic):
            raise StaleButton
        now = self.clock()
        ticket.status, ticket.assignee_id, ticket.outcome = "new", None, None
        ticket.closed_at, ticket.solved, ticket.rating = None, None, None
        ticket.next_announce_at = now + self.sla.of(ticket.priority)
        self._audit(client_id, "reopen", ticket.id)
        await self._set_active(client_id, ticket.id)
        return ticket

    async def rate(
        self,
        client_id: int,
        ticket_id: int,
        *,
        solved: bool | None = None,
        rating: int | None = None,
    ) -> Ticket:
        ticket = await self.session.get(Ticket, ticket_id)
        if ticket is None or ticket.client_id != client_id or ticket.status != "closed":
            raise StaleButton
        if solved is not None:
            ticket.solved = solved
        if rating is not None:
            if not 1 <= rating <= 5:
                raise StaleButton
            ticket.rating = rating
        await self.session.commit()
        return ticket

    # --- lawyer side -------------------------------------------------------------------------

    async def get(self, ticket_id: int) -> Ticket:
        ticket = await self.session.get(Ticket, ticket_id)
        if ticket is None:
            raise TicketGone
        return ticket

    async def claim(self, actor: Actor, ticket_id: int) -> Ticket:
        """One conditional UPDATE: of any number of simultaneous claims exactly one wins."""
        _staff(actor)
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

    async def assigned(self, actor: Actor, ticket_id: int) -> Ticket:
        """The open ticket, if this lawyer holds it or is a coordinator (checked server side)."""
        _staff(actor)
        ticket = await self.get(ticket_id)
        if ticket.status == "closed":
            raise TicketGone
        if ticket.assignee_id != actor.id and actor.role not in COORDINATORS:
            raise NotYourTicket
        return ticket

    async def view(self, actor: Actor, ticket_id: int) -> tuple[Ticket, bool]:
        """Open a case. Its full text (True) is for the lawyer who holds it and coordinators,
        and every such opening is an audit event; an unclaimed case shows other lawyers only
        its card (False) until one of them takes it; anything else is refused."""
        _staff(actor)
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

    async def add_lawyer_message(
        self, actor: Actor, ticket: Ticket, kind: str, text: str | None, file_id: str | None
    ) -> TicketMessage:
        message = self._store(ticket, "lawyer", actor.id, kind, text, file_id)
        if ticket.first_reply_at is None:
            ticket.first_reply_at = message.created_at
        await self.session.commit()
        return message

    async def add_note(self, actor: Actor, ticket_id: int, text: str) -> TicketMessage:
        ticket = await self.assigned(actor, ticket_id)
        note = self._store(ticket, "lawyer", actor.id, "text", text, None)
        note.internal = True
        await self.session.commit()
        return note

    async def mark_delivered(self, message: TicketMessage) -> None:
        message.delivered = True
        await self.session.commit()

    async def take_undelivered(self, older_than: dt.timedelta, limit: int = 20) -> list[int]:
        """Claim lawyers' messages that did not reach a reachable client, for one more try.
        Each is claimed by a conditional UPDATE, so two bots never send one twice."""
        cutoff = self.clock() - older_than
        candidates = list(
            await self.session.scalars(
                select(TicketMessage.id)
                .join(Ticket, Ticket.id == TicketMessage.ticket_id)
                .where(
                    TicketMessage.internal.is_(False),
                    TicketMessage.delivered.is_(False),
                    TicketMessage.created_at <= cutoff,
                    Ticket.status == "claimed",
                    (TicketMessage.author == "client") | Ticket.client_unreachable_at.is_(None),
                )
                .order_by(TicketMessage.id)
                .limit(limit)
            )
        )
        taken = []
        for message_id in candidates:
            won = await self.session.scalar(
                update(TicketMessage)
                .where(TicketMessage.id == message_id, TicketMessage.delivered.is_(False))
                .values(delivered=True)
                .returning(TicketMessage.id)
            )
            if won is not None:
                taken.append(won)
        await self.session.commit()
        return taken

    async def undo_delivery(self, message_id: int) -> None:
        await self.session.execute(
            update(TicketMessage).where(TicketMessage.id == message_id).values(delivered=False)
        )
        await self.session.commit()

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
        _staff(actor)
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

    # --- cards and timers --------------------------------------------------------------------

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

    # --- helpers -----------------------------------------------------------------------------

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


def _staff(actor: Actor) -> None:
    if actor.role not in STAFF_ROLES:
        raise NotALawyer
