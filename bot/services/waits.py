"""Timers of a conversation in a claimed case (issue #11): a lawyer whose client wrote and is
waiting for an answer is reminded once per waiting period (P3 only in working time, and no one
while on leave); a client who has not answered the lawyer is nudged once, then the case is
closed politely as "no response", and writing in it again within a few days reopens it.

Every due moment is computed from the case's messages, so planning twice adds nothing and a
timer whose moment no longer matches the case (someone wrote meanwhile) does nothing."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select, update
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import aliased
from sqlalchemy.sql import ColumnElement
from sqlalchemy.sql.selectable import ScalarSelect

from bot.dates import KAZAKHSTAN
from bot.db.models import AuditEvent, LawyerProfile, Ticket, TicketMessage
from bot.services.clock import Clock, aware
from bot.services.timers import TimerService
from bot.timing import Timing

WAITING, NOREPLY = "waiting", "noreply"  # the timers' kinds
NO_RESPONSE = "no_response"  # the outcome of a case closed because its client went silent
DAYTIME = (dt.time(9, 0), dt.time(21, 0))  # a client is written to in these hours (Kazakhstan)


def daytime(moment: dt.datetime) -> dt.datetime:
    """`moment`, or the next 09:00 in Kazakhstan if it falls in the night there."""
    local = moment.astimezone(KAZAKHSTAN)
    start, end = DAYTIME
    if local.time() < start:
        return dt.datetime.combine(local.date(), start, KAZAKHSTAN).astimezone(dt.UTC)
    if local.time() >= end:
        day = local.date() + dt.timedelta(days=1)
        return dt.datetime.combine(day, start, KAZAKHSTAN).astimezone(dt.UTC)
    return moment


def _aware(moment: dt.datetime | None) -> dt.datetime | None:
    return aware(moment) if moment is not None else None


def _last(author: str) -> ScalarSelect[dt.datetime]:
    """When this side last wrote in the case since it was claimed."""
    written = aliased(TicketMessage)
    return (
        select(func.max(written.created_at))
        .where(
            written.ticket_id == Ticket.id,
            written.author == author,
            written.internal.is_(False),
            written.created_at >= Ticket.claimed_at,
        )
        .correlate(Ticket)
        .scalar_subquery()
    )


def _first_unanswered() -> ScalarSelect[dt.datetime]:
    """The client's first message after the lawyer's last: when their wait began."""
    written = aliased(TicketMessage)
    return (
        select(func.min(written.created_at))
        .where(
            written.ticket_id == Ticket.id,
            written.author == "client",
            written.internal.is_(False),
            written.created_at > _last("lawyer"),
        )
        .correlate(Ticket)
        .scalar_subquery()
    )


@dataclass(frozen=True, slots=True)
class Talk:
    """Where the conversation of a claimed case stands."""

    ticket_id: int
    priority: str
    lawyer_id: int | None
    lawyer_last: dt.datetime | None
    client_last: dt.datetime | None
    waiting_since: dt.datetime | None
    leave_until: dt.date | None

    def reminder_due(self, timing: Timing) -> dt.datetime | None:
        """When the lawyer is reminded of the client's wait: after the wait for its priority;
        a P3 one in working time (holidays included); nobody while on leave."""
        if self.waiting_since is None or self.lawyer_last is None:
            return None  # no answer from the lawyer yet: the silent-claim timer sees to that
        due = self.waiting_since + timing.waiting.of(self.priority)
        hours = timing.hours
        if self.leave_until is not None and hours is not None:
            back = dt.datetime.combine(self.leave_until, dt.time.max, hours.zone)
            due = max(due, hours.next_opening(back))
        if self.priority == "P3" and hours is not None and not hours.open_at(due):
            due = hours.next_opening(due)
        return due.astimezone(dt.UTC)  # stored and compared in UTC (SQLite keeps no offset)

    def nudge_dues(self, timing: Timing) -> tuple[dt.datetime, dt.datetime] | None:
        """When the client is nudged, then when the case closes: only while the lawyer wrote
        last and the client has not answered."""
        if self.lawyer_last is None:
            return None
        if self.client_last is not None and self.client_last > self.lawyer_last:
            return None
        nudge = daytime(self.lawyer_last + timing.nudge)
        return nudge, daytime(nudge + timing.no_response)


class CaseWaits:
    def __init__(self, session: AsyncSession, clock: Clock, timing: Timing) -> None:
        self.session = session
        self.clock = clock
        self.timing = timing
        self.timers = TimerService(session, clock)

    async def _talks(self, *where: ColumnElement[bool]) -> list[Talk]:
        lawyer_last, client_last = _last("lawyer"), _last("client")
        rows = await self.session.execute(
            select(
                Ticket.id,
                Ticket.priority,
                Ticket.assignee_id,
                lawyer_last,
                client_last,
                _first_unanswered(),
                LawyerProfile.leave_until,
            )
            .outerjoin(LawyerProfile, LawyerProfile.user_id == Ticket.assignee_id)
            .where(Ticket.status == "claimed", lawyer_last.is_not(None), *where)
        )
        return [
            Talk(id_, priority, lawyer, _aware(last), _aware(client), _aware(since), leave)
            for id_, priority, lawyer, last, client, since, leave in rows
        ]

    async def talk(self, ticket_id: int) -> Talk | None:
        found = await self._talks(Ticket.id == ticket_id)
        return found[0] if found else None

    async def plan(self) -> None:
        """Schedule every moment already reached; each (kind, case, moment) once."""
        now = self.clock()
        for talk in await self._talks():
            reminder = talk.reminder_due(self.timing)
            if reminder is not None and reminder <= now:
                await self.timers.schedule(WAITING, talk.ticket_id, reminder)
            for due in talk.nudge_dues(self.timing) or ():
                if due <= now:
                    await self.timers.schedule(NOREPLY, talk.ticket_id, due)

    async def close_no_response(self, ticket_id: int) -> Ticket | None:
        """Closed with outcome "no response", if still claimed. The client's case stays the one
        they write in, so a message from them reopens it (bot.flows.relay)."""
        now = self.clock()
        closed = await self.session.scalar(
            update(Ticket)
            .where(Ticket.id == ticket_id, Ticket.status == "claimed")
            .values(status="closed", outcome=NO_RESPONSE, closed_at=now)
            .returning(Ticket.id)
            .execution_options(synchronize_session=False)
        )
        if closed is None:
            return None
        await self.session.execute(
            update(LawyerProfile)
            .where(LawyerProfile.active_ticket_id == ticket_id)
            .values(active_ticket_id=None)
        )
        self.session.add(
            AuditEvent(at=now, actor_id=None, action="close_no_response", ticket_id=ticket_id)
        )
        return await self.session.get(Ticket, ticket_id, populate_existing=True)


def reopenable(ticket: Ticket, client_id: int, now: dt.datetime, within: dt.timedelta) -> bool:
    """A case closed for no response that its client may reopen by writing in it."""
    return (
        ticket.client_id == client_id
        and ticket.status == "closed"
        and ticket.outcome == NO_RESPONSE
        and ticket.wiped_at is None
        and ticket.closed_at is not None
        and aware(ticket.closed_at) > now - within
    )
