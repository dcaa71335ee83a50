"""Closed tickets lose their personal content after RETENTION_DAYS; counts stay."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select, update
from sqlalchemy.ext.asyncio import AsyncSession

from bot.db.models import Ticket, TicketMessage
from bot.services.clock import Clock


async def purge_closed(session: AsyncSession, clock: Clock, keep: dt.timedelta) -> int:
    """Wipe texts and files of tickets closed before now - keep. Returns tickets wiped."""
    cutoff = clock() - keep
    ids = list(
        await session.scalars(
            update(Ticket)
            .where(
                Ticket.status == "closed",
                Ticket.closed_at < cutoff,
                Ticket.description.is_not(None),
            )
            .values(description=None, contact_phone=None)
            .returning(Ticket.id)
        )
    )
    stale = select(Ticket.id).where(Ticket.status == "closed", Ticket.closed_at < cutoff)
    await session.execute(
        update(TicketMessage)
        .where(TicketMessage.ticket_id.in_(stale))
        .values(body=None, file_id=None)
    )
    await session.commit()
    return len(ids)
