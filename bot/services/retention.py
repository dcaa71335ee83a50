"""Closed tickets lose their personal content after RETENTION_DAYS; counts stay.

Each ticket is wiped once and then marked (`wiped_at`), so the hourly purge reads only closed
tickets not yet marked (a partial index holds just those): with nothing new to wipe it is one
cheap indexed query, however many tickets the database holds."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Select, or_, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from bot.db.models import UNWIPED, Ticket, TicketMessage
from bot.services.clock import Clock

BATCH = 500  # tickets per round: short transactions, bounded IN lists


def candidates(cutoff: dt.datetime, batch: int) -> Select[int, bool]:
    """The next closed tickets to wipe, found by ix_tickets_unwiped (its very predicate), and
    whether the ticket row itself still holds text."""
    return (
        select(Ticket.id, Ticket.description.is_not(None) | Ticket.contact_phone.is_not(None))
        .where(UNWIPED, Ticket.closed_at < cutoff)
        .order_by(Ticket.closed_at)
        .limit(batch)
    )


async def purge_closed(
    session: AsyncSession, clock: Clock, keep: dt.timedelta, *, batch: int = BATCH
) -> int:
    """Wipe texts and files of tickets closed before now - keep, `batch` tickets per
    transaction. Returns the tickets that still held something (a ticket erased by /forget
    is only marked)."""
    now = clock()
    cutoff = now - keep
    wiped = 0
    while True:
        rows = (await session.execute(candidates(cutoff, batch))).all()
        if not rows:
            break
        ids = [ticket_id for ticket_id, _ in rows]
        held = {ticket_id for ticket_id, has_text in rows if has_text}
        held |= set(
            await session.scalars(
                update(TicketMessage)
                .where(
                    TicketMessage.ticket_id.in_(ids),
                    or_(TicketMessage.body.is_not(None), TicketMessage.file_id.is_not(None)),
                )
                .values(body=None, file_id=None)
                .returning(TicketMessage.ticket_id)
            )
        )
        await session.execute(
            update(Ticket)
            .where(Ticket.id.in_(ids))
            .values(description=None, contact_phone=None, wiped_at=now)
        )
        await session.commit()
        wiped += len(held)
        if len(rows) < batch:
            break
    await session.commit()  # end the read transaction when there was nothing to do
    return wiped
