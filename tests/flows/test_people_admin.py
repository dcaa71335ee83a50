"""People, from Telegram: /invite, /staff (duty, languages, open cases), a role change, removing
a lawyer (cases back to the queue, coordinators told), /audit — for admins, coordinators,
lawyers and strangers (who get a polite refusal and nothing else)."""

from __future__ import annotations

import pytest
from aiogram.methods import SetMyCommands
from sqlalchemy import select

from bot.callbacks import StaffCD
from bot.db.models import AuditEvent, Ticket, User
from tests.flows.admin_people import ADMIN, LAWYER, cast
from tests.flows.people import onboard, open_ticket, strip, t

WORK = "💼 Работа"
WORDS = "Мне не платят зарплату два месяца на стройке"


def refused(bot, replies, lang: str = "en") -> bool:
    return [strip(r.text) for r in replies] == [strip(t(bot, "error-not-allowed", lang))]


async def test_invite_links_by_role(make_bot, sqlite_url) -> None:
    bot = await make_bot(sqlite_url, ADMIN_IDS=str(ADMIN))
    people = await cast(bot)
    replies = await people.admin.send("/invite coordinator")
    assert "https://t.me/qorgau_bot?start=inv_" in replies[-1].text
    token = replies[-1].text.split("?start=")[1].split()[0]
    newcomer = bot.person(901, "New", "en")
    welcome = await newcomer.send(f"/start {token}")
    assert strip(welcome[0].text) == strip(t(bot, "invite-welcome", "en", role="coordinator"))
    menus = [c for c in bot.session.calls(SetMyCommands) if c.scope and c.scope.chat_id == 901]
    assert "staff" in {command.command for command in menus[-1].commands}

    replies = await people.coordinator.send("/invite lawyer")
    assert "?start=inv_" in replies[-1].text
    assert refused(bot, await people.coordinator.send("/invite coordinator"))
    assert refused(bot, await people.lawyer.send("/invite lawyer"))
    assert refused(bot, await people.stranger.send("/invite lawyer"), "ru")
    usage = await people.admin.send("/invite")
    assert strip(usage[-1].text) == strip(t(bot, "staff-invite-usage", "en"))


async def test_staff_list_role_change_and_removal(make_bot, db_url) -> None:
    bot = await make_bot(db_url, ADMIN_IDS=str(ADMIN))
    people = await cast(bot)
    migrant = bot.person(101, "M", "ru")
    await onboard(bot, migrant)
    ref = await open_ticket(bot, migrant, WORK, WORDS)
    await people.lawyer.click(t(bot, "btn-claim", "en"))

    listing = (await people.admin.send("/staff"))[-1]
    assert strip(t(bot, "staff-title", "en", n=3)) in strip(listing.text)
    assert "open cases: 1" in strip(listing.text) and "🟢" in listing.text
    await people.admin.click(f"#{LAWYER}")
    assert people.admin.last.buttons[:2] == [
        t(bot, "staff-btn-make-coordinator", "en"),
        t(bot, "staff-btn-remove", "en"),
    ]
    await people.admin.click(t(bot, "staff-btn-make-coordinator", "en"))
    assert "Role: coordinator" in strip(people.admin.last.text)
    role = t(bot, "staff-role-coordinator", "en")
    assert strip(people.lawyer.last.text) == strip(
        t(bot, "staff-role-changed-you", "en", role=role)
    )
    menus = [c for c in bot.session.calls(SetMyCommands) if c.scope and c.scope.chat_id == LAWYER]
    assert "block" in {command.command for command in menus[-1].commands}

    await people.admin.click(t(bot, "staff-btn-remove", "en"))
    await people.admin.click(t(bot, "staff-btn-remove-yes", "en"))
    assert strip(people.admin.last.text) == strip(
        t(bot, "staff-removed", "en", name=f"#{LAWYER}", refs=ref)
    )
    told = strip(t(bot, "staff-removed-coordinators", "en", name=f"#{LAWYER}", refs=ref))
    assert strip(people.coordinator.last.text) == told
    assert strip(migrant.last.text) == strip(t(bot, "client-released", ref=ref))
    async with bot.app.sessions() as session:
        ticket = await session.scalar(select(Ticket).where(Ticket.ref == ref))
        user = await session.get(User, LAWYER)
        actions = list(await session.scalars(select(AuditEvent.action).order_by(AuditEvent.id)))
    assert ticket is not None and ticket.status == "new" and ticket.assignee_id is None
    assert user is not None and user.role == "client"
    assert actions[-2:] == ["release", "staff_removed"] and "role_coordinator" in actions


async def test_coordinators_see_staff_but_change_nothing(make_bot, sqlite_url) -> None:
    bot = await make_bot(sqlite_url, ADMIN_IDS=str(ADMIN))
    people = await cast(bot)
    await people.coordinator.send("/staff")
    await people.coordinator.click(f"#{LAWYER}")
    assert people.coordinator.last.buttons == [t(bot, "btn-back", "en")]
    forged = StaffCD(action="remove_yes", user=LAWYER).pack()
    await people.coordinator.press(people.coordinator.last, forged)
    assert people.coordinator.alerts()[-1] == t(bot, "error-not-allowed", "en")
    async with bot.app.sessions() as session:
        assert (await session.get(User, LAWYER)).role == "lawyer"  # type: ignore[union-attr]
    # an admin cannot be demoted, nor themselves
    await people.admin.send("/staff")
    await people.admin.press(
        people.admin.last, StaffCD(action="role", user=ADMIN, value="lawyer").pack()
    )
    assert people.admin.alerts()[-1] == t(bot, "error-not-allowed", "en")


@pytest.mark.parametrize("command", ["/staff", "/audit Q-2345"])
async def test_lawyers_and_strangers_are_refused(make_bot, sqlite_url, command) -> None:
    bot = await make_bot(sqlite_url, ADMIN_IDS=str(ADMIN))
    people = await cast(bot)
    assert refused(bot, await people.lawyer.send(command))
    assert refused(bot, await people.stranger.send(command), "ru")
    await people.stranger.press(people.stranger.last, StaffCD(action="list").pack())
    assert people.stranger.alerts()[-1] == t(bot, "error-not-allowed")


async def test_audit_log_of_a_case(make_bot, sqlite_url) -> None:
    bot = await make_bot(sqlite_url, ADMIN_IDS=str(ADMIN))
    people = await cast(bot)
    migrant = bot.person(101, "M", "ru")
    await onboard(bot, migrant)
    ref = await open_ticket(bot, migrant, WORK, WORDS)
    await people.lawyer.click(t(bot, "btn-claim", "en"))
    log = strip((await people.coordinator.send(f"/audit {ref.lower()}"))[-1].text)
    assert log.startswith(strip(t(bot, "staff-audit-title", "en", ref=ref)))
    assert "claim · lawyer" in log and "Мне" not in log
    gone = await people.coordinator.send("/audit Q-ZZZZ")
    assert strip(gone[-1].text) == strip(t(bot, "error-ticket-gone", "en"))
    usage = await people.admin.send("/audit")
    assert strip(usage[-1].text) == strip(t(bot, "staff-audit-usage", "en"))
