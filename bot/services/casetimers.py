"""Timers that keep a case from going silent (issue #11): a claimed case its lawyer has not
answered is reminded, then returned to the queue; a case closed with advice is followed up; the
editors' weekly digest. Each is planned from the tickets themselves (so nothing has to remember
to schedule it), claimed once (bot.jobs.claim), and checked again before anything is done."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from sqlalchemy import exists, select, update
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.sql.expression import Exists

from bot.dates import today_in_kazakhstan
from bot.db.models import AuditEvent, LawyerProfile, Ticket, TicketMessage
from bot.hours import Sla
from bot.kb.model import Article
from bot.services.clock import Clock, aware
from bot.services.errors import StaleButton
from bot.services.reminders import at_local
from bot.services.timers import TimerService

SILENT, FOLLOWUP, EDITORS = "silent", "followup", "editors"  # the timers' kinds
FOLLOWUP_WINDOW = dt.timedelta(days=7)  # cases closed before that are not asked any more
FOLLOWUP_ANSWERS = {"yes": "followup_yes", "no": "followup_no"}  # audit actions (statistics)
MONDAY = 0


def review_due(article: Article) -> dt.date | None:
    if article.reviewed is None:
        return None
    month = article.reviewed.month - 1 + article.review_every
    year, month = article.reviewed.year + month // 12, month % 12 + 1
    return dt.date(year, month, min(article.reviewed.day, 28))


def overdue_reviews(articles: Iterable[Article], today: dt.date) -> list[str]:
    """Article ids past their review date (any language version), sorted."""
    return sorted({a.id for a in articles if (due := review_due(a)) is not None and due < today})


def next_monday(now: dt.datetime) -> dt.datetime:
    """The editors' digest: Monday, 09:00 in Kazakhstan, after `now`."""
    today = today_in_kazakhstan(now)
    day = today + dt.timedelta(days=(MONDAY - today.weekday()) % 7)
    if at_local(day) <= now:
        day += dt.timedelta(days=7)
    return at_local(day)


class CaseTimers:
    def __init__(self, session: AsyncSession, clock: Clock) -> None:
        self.session = session
        self.clock = clock
        self.timers = TimerService(session, clock)

    @staticmethod
    def _lawyer_replied() -> Exists:
        """Its lawyer has written to the client since the case was claimed."""
        return exists().where(
            TicketMessage.ticket_id == Ticket.id,
            TicketMessage.author == "lawyer",
            TicketMessage.internal.is_(False),
            TicketMessage.created_at >= Ticket.claimed_at,
        )

    # --- silent claims -----------------------------------------------------------------------

    async def plan_silent(self, silent: Sla) -> None:
        now = self.clock()
        shortest = min(silent.p1, silent.p2, silent.p3)
        rows = await self.session.execute(
            select(Ticket.id, Ticket.priority, Ticket.claimed_at).where(
                Ticket.status == "claimed",
                Ticket.claimed_at <= now - shortest,
                ~self._lawyer_replied(),
            )
        )
        for ticket_id, level, claimed_at in rows.all():
            if claimed_at is None:
                continue
            span, claimed = silent.of(level), aware(claimed_at)
            for stage in (1, 2):  # remind the lawyer, then return the case
                if claimed + stage * span <= now:
                    await self.timers.schedule(SILENT, ticket_id, claimed + stage * span)

    async def silent_stage(self, ticket_id: int, due: dt.datetime, silent: Sla) -> int:
        """1 (remind), 2 (return) or 0 (nothing: claimed again, answered, closed)."""
        ticket = await self.session.get(Ticket, ticket_id)
        if ticket is None or ticket.status != "claimed" or ticket.claimed_at is None:
            return 0
        span, claimed = silent.of(ticket.priority), aware(ticket.claimed_at)
        stage = {claimed + span: 1, claimed + 2 * span: 2}.get(due, 0)
        replied = await self.session.scalar(
            select(Ticket.id).where(Ticket.id == ticket_id, self._lawyer_replied())
        )
        return 0 if replied else stage

    async def return_to_queue(self, ticket: Ticket, sla: Sla) -> int | None:
        """Back to the queue (most urgent and oldest first, as ever), announced again at once.
        Returns the lawyer who had it, or None if the case moved meanwhile."""
        now, lawyer = self.clock(), ticket.assignee_id
        moved = await self.session.scalar(
            update(Ticket)
            .where(
                Ticket.id == ticket.id,
                Ticket.status == "claimed",
                Ticket.claimed_at == ticket.claimed_at,
            )
            .values(
                status="new",
                assignee_id=None,
                claimed_at=None,
                next_announce_at=now + sla.of(ticket.priority),
            )
            .returning(Ticket.id)  # RETURNING gives the new values: the lawyer is read before
            .execution_options(synchronize_session=False)
        )
        if moved is None or lawyer is None:
            return None
        await self.session.execute(
            update(LawyerProfile)
            .where(LawyerProfile.active_ticket_id == ticket.id)
            .values(active_ticket_id=None)
        )
        self.session.add(
            AuditEvent(at=now, actor_id=None, action="silent_return", ticket_id=ticket.id)
        )
        await self.session.refresh(ticket)
        return lawyer

    # --- follow-up after closing -------------------------------------------------------------

    async def plan_followups(self, after: dt.timedelta) -> None:
        now = self.clock()
        rows = await self.session.execute(
            select(Ticket.id, Ticket.closed_at).where(
                Ticket.status == "closed",
                Ticket.outcome == "advice",
                Ticket.client_id.is_not(None),
                Ticket.closed_at <= now - after,
                Ticket.closed_at > now - after - FOLLOWUP_WINDOW,
            )
        )
        for ticket_id, closed_at in rows.all():
            if closed_at is not None:
                await self.timers.schedule(FOLLOWUP, ticket_id, aware(closed_at) + after)

    async def followup_due(
        self, ticket_id: int, due: dt.datetime, after: dt.timedelta
    ) -> Ticket | None:
        ticket = await self.session.get(Ticket, ticket_id)
        if ticket is None or ticket.status != "closed" or ticket.closed_at is None:
            return None
        if ticket.client_id is None or aware(ticket.closed_at) + after != due:
            return None  # reopened and closed again, or erased: not this follow-up
        return ticket

    async def answer_followup(self, client_id: int, ticket_id: int, answer: str) -> Ticket:
        """The client's answer, once per case (an audit event: counted in statistics)."""
        ticket = await self.session.get(Ticket, ticket_id)
        action = FOLLOWUP_ANSWERS.get(answer)
        if ticket is None or ticket.client_id != client_id or action is None:
            raise StaleButton
        answered = await self.session.scalar(
            select(AuditEvent.id).where(
                AuditEvent.ticket_id == ticket_id,
                AuditEvent.action.in_(tuple(FOLLOWUP_ANSWERS.values())),
            )
        )
        if answered is not None:
            raise StaleButton  # answered already: the first answer counts
        self.session.add(
            AuditEvent(at=self.clock(), actor_id=None, action=action, ticket_id=ticket_id)
        )
        return ticket

    # --- editors -----------------------------------------------------------------------------

    async def plan_editors(self) -> None:
        await self.timers.schedule(EDITORS, 0, next_monday(self.clock()))
