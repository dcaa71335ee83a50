"""Lawyers' profiles, duty and routing: who gets a new case's card."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from bot.db.models import LawyerProfile, Ticket, User
from bot.services.errors import NotALawyer
from bot.services.triage import ANYWHERE
from bot.services.users import STAFF_ROLES, Actor

MAX_NAME = 32
COORDINATOR_ROLES = ("coordinator", "admin")


def split(values: str) -> set[str]:
    return {value for value in values.split(",") if value}


def matches(profile: LawyerProfile, locale: str, region: str | None, topic: str) -> bool:
    """An empty choice means "any"."""
    languages, regions, topics = (
        split(profile.languages),
        split(profile.regions),
        split(profile.topics),
    )
    return (
        (not languages or locale in languages)
        and (not regions or region is None or region in ANYWHERE or region in regions)
        and (not topics or topic in topics)
    )


class LawyerService:
    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    async def profile(self, actor: Actor) -> LawyerProfile:
        if actor.role not in STAFF_ROLES:
            raise NotALawyer
        profile = await self.session.get(LawyerProfile, actor.id)
        if profile is None:
            profile = LawyerProfile(user_id=actor.id, on_duty=False)
            self.session.add(profile)
            await self.session.flush()
        return profile

    async def toggle_duty(self, actor: Actor) -> bool:
        profile = await self.profile(actor)
        profile.on_duty = not profile.on_duty
        if profile.on_duty:
            profile.leave_until = None  # back early from leave (bot.services.leave)
        await self.session.commit()
        return profile.on_duty

    async def set_name(self, actor: Actor, name: str | None) -> LawyerProfile:
        profile = await self.profile(actor)
        cleaned = " ".join((name or "").split())[:MAX_NAME]
        profile.display_name = cleaned or None
        await self.session.commit()
        return profile

    async def toggle(self, actor: Actor, field: str, value: str) -> LawyerProfile:
        """Add or remove one language, region or topic from the lawyer's choice."""
        if field not in ("languages", "regions", "topics"):
            raise ValueError(field)
        profile = await self.profile(actor)
        chosen = split(getattr(profile, field))
        chosen ^= {value}
        setattr(profile, field, ",".join(sorted(chosen)))
        await self.session.commit()
        return profile

    async def on_duty_for(self, ticket: Ticket) -> list[User]:
        """On-duty staff whose languages, regions and topics fit the case."""
        return [user for user, _ in await self._on_duty_matching(ticket)]

    async def roster_for(self, ticket: Ticket) -> tuple[list[User], int]:
        """The matching on-duty staff, and how many of them list the case's language (the
        others take "any" language)."""
        matching = await self._on_duty_matching(ticket)
        speaking = sum(1 for _, profile in matching if ticket.locale in split(profile.languages))
        return [user for user, _ in matching], speaking

    async def _on_duty_matching(self, ticket: Ticket) -> list[tuple[User, LawyerProfile]]:
        rows = await self.session.execute(
            select(User, LawyerProfile)
            .join(LawyerProfile, LawyerProfile.user_id == User.id)
            .where(LawyerProfile.on_duty.is_(True), User.role.in_(STAFF_ROLES))
            .order_by(User.id)
        )
        return [
            (user, profile)
            for user, profile in rows.all()
            if matches(profile, ticket.locale, ticket.region, ticket.topic)
        ]

    async def staff(self) -> list[tuple[User, LawyerProfile]]:
        rows = await self.session.execute(
            select(User, LawyerProfile)
            .join(LawyerProfile, LawyerProfile.user_id == User.id)
            .where(User.role.in_(STAFF_ROLES))
            .order_by(LawyerProfile.on_duty.desc(), User.id)
        )
        return [(user, profile) for user, profile in rows.all()]

    async def coordinators(self) -> list[User]:
        return list(
            await self.session.scalars(
                select(User).where(User.role.in_(COORDINATOR_ROLES)).order_by(User.id)
            )
        )
