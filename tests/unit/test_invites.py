from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from bot.db.engine import build_engine, build_session_factory
from bot.db.models import Invite, LawyerProfile, User
from bot.services.errors import InviteInvalid
from bot.services.invites import InviteService
from bot.services.users import UserService


@pytest.fixture
async def sessions(db_url: str):
    engine = build_engine(db_url)
    yield build_session_factory(engine)
    await engine.dispose()


async def test_invite_is_single_use_hashed_and_expiring(sessions, clock) -> None:
    async with sessions() as session:
        service = InviteService(session, clock)
        token = await service.create("lawyer", dt.timedelta(hours=1))
        stale = await service.create("coordinator", dt.timedelta(hours=1))
        stored = list(await session.scalars(select(Invite.token_hash)))
        assert token.removeprefix("inv_") not in stored and len(stored[0]) == 64

        users = UserService(session, clock, frozenset())
        first, second = await users.account(10), await users.account(11)
        await session.commit()

        assert await service.redeem(token, first) == "lawyer"
        assert (await users.account(10)).role == "lawyer"
        assert await session.get(LawyerProfile, 10) is not None
        with pytest.raises(InviteInvalid):
            await service.redeem(token, second)
        with pytest.raises(InviteInvalid):
            await service.redeem("inv_forged-token", second)
        clock.advance(hours=2)
        with pytest.raises(InviteInvalid):
            await service.redeem(stale, second)
        assert (await session.get(User, 11)).role == "client"  # type: ignore[union-attr]


async def test_unknown_role_is_refused(sessions, clock) -> None:
    async with sessions() as session:
        with pytest.raises(ValueError, match="role"):
            await InviteService(session, clock).create("admin", dt.timedelta(hours=1))
