"""Single-use, expiring invite tokens for lawyers and coordinators; only hashes are stored."""

from __future__ import annotations

import datetime as dt
import hashlib
import secrets

from sqlalchemy import update
from sqlalchemy.ext.asyncio import AsyncSession

from bot.db.models import AuditEvent, Invite, LawyerProfile, User
from bot.services.clock import Clock
from bot.services.errors import InviteInvalid
from bot.services.users import Account

INVITE_PREFIX = "inv_"
INVITE_ROLES = frozenset({"lawyer", "coordinator"})


def _hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


class InviteService:
    def __init__(self, session: AsyncSession, clock: Clock) -> None:
        self.session = session
        self.clock = clock

    async def create(self, role: str, ttl: dt.timedelta) -> str:
        if role not in INVITE_ROLES:
            raise ValueError(f"role must be one of {sorted(INVITE_ROLES)}")
        token = secrets.token_urlsafe(18)
        now = self.clock()
        self.session.add(
            Invite(token_hash=_hash(token), role=role, created_at=now, expires_at=now + ttl)
        )
        await self.session.commit()
        return INVITE_PREFIX + token

    async def redeem(self, payload: str, account: Account) -> str:
        """Atomically use the invite; the user gets its role. Returns the role."""
        token = payload.removeprefix(INVITE_PREFIX)
        now = self.clock()
        role = await self.session.scalar(
            update(Invite)
            .where(
                Invite.token_hash == _hash(token),
                Invite.used_at.is_(None),
                Invite.expires_at > now,
            )
            .values(used_at=now, used_by=account.id)
            .returning(Invite.role)
        )
        if role is None:  # nothing changed; keep the session's objects loaded
            raise InviteInvalid
        user = await self.session.get(User, account.id)
        if user is None:
            raise InviteInvalid
        if user.role != "admin":
            user.role = role
        if await self.session.get(LawyerProfile, user.id) is None:
            self.session.add(LawyerProfile(user_id=user.id, on_duty=False))
        if user.consent_at is None:
            user.consent_at = now
        self.session.add(AuditEvent(at=now, actor_id=user.id, action=f"joined_as_{role}"))
        await self.session.commit()
        return str(role)
