"""Ticket service on SQLite and PostgreSQL: opening, the claim race, relay, SLA, erasure."""

from __future__ import annotations

import asyncio
import datetime as dt

import pytest
from cryptography.fernet import Fernet
from sqlalchemy import select, text

from bot.crypto import Cipher
from bot.db.engine import build_engine, build_session_factory
from bot.db.models import AuditEvent, LawyerProfile, Ticket, User
from bot.hours import Sla
from bot.services.errors import AlreadyClaimed, NotALawyer, NotYourTicket, TicketGone
from bot.services.tickets import REF_ALPHABET, Draft, TicketService
from bot.services.users import Actor, UserService

SLA = Sla(dt.timedelta(minutes=10), dt.timedelta(minutes=20), dt.timedelta(minutes=30))
CIPHER = Cipher([Fernet.generate_key().decode()])
SECRET_WORDS = "мой начальник Ерлан забрал паспорт"


@pytest.fixture
async def sessions(db_url: str):
    engine = build_engine(db_url)
    yield build_session_factory(engine)
    await engine.dispose()


async def _people(sessions, clock) -> None:
    async with sessions() as session:
        session.add_all(
            [
                User(id=1, role="client", locale="uz", consent_at=clock(), created_at=clock()),
                User(id=2, role="lawyer", locale="ru", created_at=clock()),
                User(id=3, role="lawyer", locale="en", created_at=clock()),
            ]
        )
        await session.flush()
        session.add_all([LawyerProfile(user_id=2, on_duty=True), LawyerProfile(user_id=3)])
        await session.commit()


LAWYER_A = Actor(2, "lawyer", "ru", True)
LAWYER_B = Actor(3, "lawyer", "en", True)
CLIENT = Actor(1, "client", "uz", True)


async def _open(sessions, clock) -> int:
    async with sessions() as session:
        ticket, added = await TicketService(session, clock, CIPHER, SLA).submit(
            1, Draft(topic="employment", locale="uz", description=SECRET_WORDS)
        )
        assert not added
        return int(ticket.id)


async def test_open_gives_short_reference_and_encrypts(sessions, clock) -> None:
    await _people(sessions, clock)
    ticket_id = await _open(sessions, clock)
    async with sessions() as session:
        ticket = await session.get(Ticket, ticket_id)
        assert ticket is not None
        assert ticket.ref.startswith("Q-") and len(ticket.ref) == 6
        assert set(ticket.ref[2:]) <= set(REF_ALPHABET)
        assert ticket.status == "new" and ticket.priority == "P3"
        raw = (await session.execute(text("SELECT description FROM tickets"))).scalar_one()
        assert SECRET_WORDS not in raw and "Ерлан" not in raw
        assert TicketService(session, clock, CIPHER, SLA).description(ticket) == SECRET_WORDS
        actions = list(await session.scalars(select(AuditEvent.action)))
        assert actions == ["open"]


async def test_claim_race_has_exactly_one_winner(sessions, clock) -> None:
    await _people(sessions, clock)
    ticket_id = await _open(sessions, clock)

    async def claim(actor: Actor) -> str:
        async with sessions() as session:
            try:
                await TicketService(session, clock, CIPHER, SLA).claim(actor, ticket_id)
            except AlreadyClaimed:
                return "lost"
            return "won"

    results = await asyncio.gather(*(claim(a) for a in [LAWYER_A, LAWYER_B] * 25))
    assert sorted(results) == ["lost"] * 49 + ["won"]
    async with sessions() as session:
        ticket = await session.get(Ticket, ticket_id)
        assert ticket is not None and ticket.status == "claimed"
        claims = list(
            await session.scalars(select(AuditEvent).where(AuditEvent.action == "claim"))
        )
        assert len(claims) == 1 and claims[0].actor_id == ticket.assignee_id


async def test_only_staff_claims_and_only_the_assignee_acts(sessions, clock) -> None:
    await _people(sessions, clock)
    ticket_id = await _open(sessions, clock)
    async with sessions() as session:
        service = TicketService(session, clock, CIPHER, SLA)
        with pytest.raises(NotALawyer):
            await service.claim(CLIENT, ticket_id)
        await service.claim(LAWYER_A, ticket_id)
        with pytest.raises(NotYourTicket):
            await service.close(LAWYER_B, ticket_id, "advice")
        with pytest.raises(AlreadyClaimed):
            await service.claim(LAWYER_B, ticket_id)
        await service.close(LAWYER_A, ticket_id, "advice")
        with pytest.raises(TicketGone):
            await service.claim(LAWYER_B, ticket_id)
        with pytest.raises(TicketGone):
            await service.close(LAWYER_A, ticket_id, "advice")


async def test_messages_are_encrypted_and_relay_targets(sessions, clock) -> None:
    await _people(sessions, clock)
    ticket_id = await _open(sessions, clock)
    async with sessions() as session:
        service = TicketService(session, clock, CIPHER, SLA)
        ticket = await service.get(ticket_id)
        relay = await service.add_client_message(ticket, 1, "text", "ещё деталь: Ерлан", None)
        assert relay.recipient_id is None  # nobody has the case yet
        ticket = await service.claim(LAWYER_A, ticket_id)
        relay = await service.add_client_message(ticket, 1, "text", "и ещё", None)
        assert relay.recipient_id == 2
        await service.add_lawyer_message(LAWYER_A, ticket, "text", "Сохраните договор", None)
        raw = [row[0] for row in await session.execute(text("SELECT body FROM ticket_messages"))]
        assert len(raw) == 3 and not any("Ерлан" in b or "договор" in b for b in raw)
        texts = [service.text_of(m) for m in await service.history(ticket)]
        assert texts == ["ещё деталь: Ерлан", "и ещё", "Сохраните договор"]


async def test_forget_erases_personal_content(sessions, clock) -> None:
    await _people(sessions, clock)
    ticket_id = await _open(sessions, clock)
    async with sessions() as session:
        service = TicketService(session, clock, CIPHER, SLA)
        ticket = await service.claim(LAWYER_A, ticket_id)
        await service.add_client_message(ticket, 1, "text", "секрет", None)
        users = UserService(session, clock, frozenset())
        client = await session.get(User, 1)
        assert client is not None
        closed = await users.forget(client)
        assert [t.id for t in closed] == [ticket_id]
    async with sessions() as session:
        assert await session.get(User, 1) is None
        ticket = await session.get(Ticket, ticket_id)
        assert ticket is not None
        assert (ticket.status, ticket.outcome, ticket.description, ticket.client_id) == (
            "closed",
            "erased",
            None,
            None,
        )
        bodies = list(await session.execute(text("SELECT body, file_id FROM ticket_messages")))
        assert all(row == (None, None) for row in bodies)
