"""Messages of a case: the lawyer's replies and notes, delivery marks, and the claim of
undelivered messages for redelivery."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import or_, select, update

from bot.db.models import Ticket, TicketMessage
from bot.services.tickets.store import (
    TicketStore,
)
from bot.services.users import Actor

RETRY_FIRST = dt.timedelta(minutes=2)
RETRY_LONGEST = dt.timedelta(hours=1)


class RelayCases(TicketStore):
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
        now = self.clock()
        cutoff = now - older_than
        candidates = list(
            await self.session.scalars(
                select(TicketMessage.id)
                .join(Ticket, Ticket.id == TicketMessage.ticket_id)
                .where(
                    TicketMessage.internal.is_(False),
                    TicketMessage.delivered.is_(False),
                    TicketMessage.created_at <= cutoff,
                    TicketMessage.given_up_at.is_(None),
                    or_(TicketMessage.next_try_at.is_(None), TicketMessage.next_try_at <= now),
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

    async def retry_later(self, message_id: int, max_attempts: int) -> bool:
        """Telegram failed again (5xx, network, 429 past its retries): the next try waits
        twice as long as the last (2 minutes, then 4, 8 … at most an hour); after
        `max_attempts` tries the message is given up (True: its sender must be told)."""
        message = await self.session.get(TicketMessage, message_id)
        if message is None:
            return False
        now = self.clock()
        message.delivered = False
        message.attempts += 1
        wait = min(RETRY_FIRST * 2 ** (message.attempts - 1), RETRY_LONGEST)
        message.next_try_at = now + wait
        given_up = message.attempts >= max_attempts
        if given_up:
            message.given_up_at = now
        await self.session.commit()
        return given_up
