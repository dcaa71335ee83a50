"""Messages of a case: the lawyer's replies and notes, delivery marks, and the claim of
undelivered messages for redelivery."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select, update

from bot.db.models import Ticket, TicketMessage
from bot.services.tickets.store import (
    TicketStore,
)
from bot.services.users import Actor


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
