"""A client's use of their cases: listing, choosing the one they write in, writing, withdrawing,
reopening and rating."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select

from bot.db.models import Ticket
from bot.services.errors import (
    StaleButton,
    TicketGone,
)
from bot.services.tickets.store import (
    Relay,
    TicketStore,
)
from bot.services.users import Account
from bot.services.waits import reopenable


class ClientCases(TicketStore):
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

    async def is_closed_case_of(self, client_id: int, ticket_id: int) -> bool:
        ticket = await self.session.get(Ticket, ticket_id) if ticket_id else None
        return ticket is not None and ticket.client_id == client_id and ticket.status == "closed"

    async def reopenable(self, client: Account, within: dt.timedelta) -> Ticket | None:
        """The case the client writes in, if it was closed for no response within `within`
        and nothing else on its topic is open: a message from them reopens it."""
        ticket = await self.session.get(Ticket, client.active_ticket_id or 0)
        if ticket is None or not reopenable(ticket, client.id, self.clock(), within):
            return None
        if await self.open_on_topic(client.id, ticket.topic):
            return None
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
