"""Scheduled jobs: registered by "module:function" with fixed ids; retention wipes old texts."""

from __future__ import annotations

from sqlalchemy import select

from bot.db.models import Ticket, TicketMessage, User
from bot.jobs.retention import purge
from bot.services.tickets import Draft, TicketService
from bot.services.users import Actor


async def test_scheduler_has_the_jobs(bot) -> None:
    scheduler = bot.app.scheduler()
    jobs = {job.id: job for job in scheduler.get_jobs()}
    assert set(jobs) == {
        "timers",
        "retention-purge",
        "knowledge-watch",
        "redeliver",
        "heartbeat",
        "announce",
    }
    assert jobs["timers"].func_ref == "bot.jobs.timers:run"  # SLA announcements, reminders
    assert jobs["retention-purge"].func_ref == "bot.jobs.retention:purge"
    assert jobs["announce"].func_ref == "bot.jobs.announce:run"
    assert all(job.kwargs == {"ctx": bot.app.jobs} for job in jobs.values())


async def test_retention_wipes_closed_cases_after_the_period(bot, clock) -> None:
    app = bot.app
    async with app.sessions() as session:
        session.add_all(
            [
                User(id=1, role="client", created_at=clock()),
                User(id=2, role="lawyer", created_at=clock()),
            ]
        )
        await session.commit()
        tickets = TicketService(session, clock, app.cipher, app.settings.sla())
        old, _ = await tickets.submit(1, Draft("employment", "ru", "старое дело"))
        fresh, _ = await tickets.submit(1, Draft("health", "ru", "новое дело"))
        lawyer = Actor(2, "lawyer", "ru", True)
        for ticket in (old, fresh):
            await tickets.claim(lawyer, ticket.id)
            await tickets.add_client_message(ticket, 1, "photo", "подпись", "file-id")
        await tickets.close(lawyer, old.id, "advice")
    clock.advance(days=179)
    assert await purge(app.jobs) == 0
    clock.advance(days=2)
    assert await purge(app.jobs) == 1
    async with app.sessions() as session:
        rows = {t.id: t for t in await session.scalars(select(Ticket))}
        assert rows[old.id].description is None and rows[old.id].status == "closed"
        assert rows[fresh.id].description is not None
        messages = list(await session.scalars(select(TicketMessage).order_by(TicketMessage.id)))
        assert (messages[0].body, messages[0].file_id) == (None, None)
        assert messages[1].body is not None and messages[1].file_id == "file-id"
