"""People for the administration tests: an admin (from ADMIN_IDS), a coordinator, a lawyer and a
stranger, each speaking to the same bot."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from bot.services.invites import InviteService
from tests.flows.people import make_lawyer, onboard

ADMIN, COORDINATOR, LAWYER, STRANGER = 7, 800, 900, 100


@dataclass
class Cast:
    admin: Any
    coordinator: Any
    lawyer: Any
    stranger: Any


async def make_staff(bot: Any, user_id: int, role: str, lang: str = "en") -> Any:
    person = bot.person(user_id, role.title(), lang)
    async with bot.app.sessions() as session:
        token = await InviteService(session, bot.app.jobs.clock).create(
            role, dt.timedelta(hours=1)
        )
    await person.send(f"/start {token}")
    return person


async def cast(bot: Any) -> Cast:
    """The bot must be made with ADMIN_IDS=ADMIN."""
    admin = bot.person(ADMIN, "Admin", "en")
    await admin.send("/help")
    coordinator = await make_staff(bot, COORDINATOR, "coordinator")
    lawyer = await make_lawyer(bot, LAWYER)
    stranger = bot.person(STRANGER, "Stranger", "ru")
    await onboard(bot, stranger)
    return Cast(admin, coordinator, lawyer, stranger)
