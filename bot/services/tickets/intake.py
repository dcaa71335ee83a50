"""Opening a case: the questionnaire's answers become a ticket (one open case per client and
topic), or a case on a topic is opened for writing straight away."""

from __future__ import annotations

import datetime as dt
import secrets
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from bot.db.models import Ticket
from bot.services.tickets.store import (
    REF_ALPHABET,
    TicketStore,
)
from bot.services.triage import priority


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


class IntakeCases(TicketStore):
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
