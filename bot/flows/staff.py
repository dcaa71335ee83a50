"""People, for admins and coordinators: invite lawyers and coordinators (/invite), the staff
list with duty, languages and open cases (/staff), a role change, removing a lawyer (their cases
go back to the queue and coordinators are told), and the audit log of a case (/audit)."""

from __future__ import annotations

import datetime as dt
from html import escape

from aiogram import Bot, F, Router
from aiogram.filters import Command, CommandObject
from aiogram.types import CallbackQuery, InlineKeyboardMarkup, Message
from aiogram_i18n import I18nContext

from bot.callbacks import CaseAction, CaseCD, StaffAction, StaffCD
from bot.config import Settings
from bot.db.models import Ticket
from bot.flows.keyboards import button
from bot.outbox.menus import Menus
from bot.outbox.notifier import Notifier
from bot.services.invites import INVITE_ROLES, InviteService
from bot.services.lawyers import LawyerService
from bot.services.people import CHANGEABLE, Member, PeopleService, admin, manager
from bot.services.users import Actor
from bot.telegram import show


async def invite(
    message: Message, command: CommandObject, actor: Actor, invites: InviteService,
    settings: Settings, bot: Bot, i18n: I18nContext,
) -> None:  # fmt: skip
    manager(actor)
    role = (command.args or "").strip().lower()
    if role not in INVITE_ROLES:
        await message.answer(i18n.get("staff-invite-usage"))
        return
    if role == "coordinator":
        admin(actor)  # coordinators invite lawyers; only admins make coordinators
    token = await invites.create(role, dt.timedelta(hours=settings.invite_ttl_hours))
    me = await bot.me()
    link = f"https://t.me/{me.username}?start={token}"
    text = i18n.get(
        "staff-invite-link",
        role=i18n.get(f"staff-role-{role}"),
        link=link,
        hours=settings.invite_ttl_hours,
    )
    await message.answer(text)


async def staff_command(
    message: Message, actor: Actor, people: PeopleService, i18n: I18nContext
) -> None:
    text, markup = await _listing(actor, people, i18n)
    await message.answer(text, reply_markup=markup)


async def staff_list(
    callback: CallbackQuery, actor: Actor, people: PeopleService, i18n: I18nContext
) -> None:
    text, markup = await _listing(actor, people, i18n)
    await show(callback, text, markup)


async def member(
    callback: CallbackQuery, callback_data: StaffCD, actor: Actor, people: PeopleService,
    i18n: I18nContext,
) -> None:  # fmt: skip
    found = await people.member(actor, callback_data.user)
    await show(callback, _line(found, i18n, full=True), _member_markup(actor, found, i18n))


async def change_role(
    callback: CallbackQuery, callback_data: StaffCD, actor: Actor, people: PeopleService,
    menus: Menus, notifier: Notifier, i18n: I18nContext,
) -> None:  # fmt: skip
    changed = await people.set_role(actor, callback_data.user, callback_data.value)
    await menus.person(changed.id, changed.role, await notifier.locale_of(changed.id))
    role = notifier.core.get(f"staff-role-{changed.role}", await notifier.locale_of(changed.id))
    await notifier.tell_lawyer(changed.id, "staff-role-changed-you", role=role)
    await show(callback, _line(changed, i18n, full=True), _member_markup(actor, changed, i18n))


async def remove_ask(
    callback: CallbackQuery, callback_data: StaffCD, actor: Actor, people: PeopleService,
    i18n: I18nContext,
) -> None:  # fmt: skip
    admin(actor)
    found = await people.member(actor, callback_data.user)
    yes = StaffCD(action=StaffAction.REMOVE_YES, user=found.id).pack()
    no = StaffCD(action=StaffAction.SHOW, user=found.id).pack()
    markup = InlineKeyboardMarkup(
        inline_keyboard=[
            [button(i18n.get("staff-btn-remove-yes"), yes)],
            [button(i18n.get("btn-back"), no)],
        ]
    )
    text = i18n.get("staff-remove-confirm", name=_name(found), cases=found.open_cases)
    await show(callback, text, markup)


async def remove(
    callback: CallbackQuery, callback_data: StaffCD, actor: Actor, people: PeopleService,
    lawyers: LawyerService, menus: Menus, notifier: Notifier, i18n: I18nContext,
) -> None:  # fmt: skip
    found = await people.member(actor, callback_data.user)
    released = await people.remove(actor, found.id)
    await menus.person(found.id, "client", await notifier.locale_of(found.id))
    await notifier.tell_lawyer(found.id, "staff-removed-you")
    for ticket in released:  # back to the queue: announced again, the client is told
        await notifier.tell_client(ticket, "client-released")
        duty = [(lawyer.id, lawyer.locale) for lawyer in await lawyers.on_duty_for(ticket)]
        people.tickets.remember_cards(
            ticket, await notifier.cards.announce(ticket, duty, reminder=False)
        )
    refs = ", ".join(ticket.ref for ticket in released) or "—"
    for coordinator in await lawyers.coordinators():
        if coordinator.id != actor.id:
            await notifier.tell_lawyer(
                coordinator.id, "staff-removed-coordinators", name=_name(found), refs=refs
            )
    await show(callback, i18n.get("staff-removed", name=_name(found), refs=refs))


async def audit(
    message: Message, command: CommandObject, actor: Actor, people: PeopleService,
    i18n: I18nContext,
) -> None:  # fmt: skip
    manager(actor)
    ref = (command.args or "").strip()
    if not ref:
        await message.answer(i18n.get("staff-audit-usage"))
        return
    await message.answer(await _audit_text(actor, people, await people.case(ref), i18n))


async def audit_button(
    callback: CallbackQuery, callback_data: CaseCD, actor: Actor, people: PeopleService,
    i18n: I18nContext,
) -> None:  # fmt: skip
    manager(actor)
    ticket = await people.tickets.get(callback_data.ticket)
    if isinstance(callback.message, Message):
        await callback.message.answer(await _audit_text(actor, people, ticket, i18n))


async def _audit_text(
    actor: Actor, people: PeopleService, ticket: Ticket, i18n: I18nContext
) -> str:
    entries = await people.audit(actor, ticket.id)
    lines = [i18n.get("staff-audit-title", ref=ticket.ref)]
    for entry in entries:
        role = i18n.get(f"staff-role-{entry.actor_role or 'client'}")
        who = f"{escape(entry.actor_name)} ({role})" if entry.actor_name else role
        lines.append(
            f"{entry.at:%Y-%m-%d %H:%M} UTC · <code>{escape(entry.action)}</code> · {who}"
        )
    if not entries:
        lines.append(i18n.get("staff-audit-empty"))
    return "\n".join(lines)


async def _listing(
    actor: Actor, people: PeopleService, i18n: I18nContext
) -> tuple[str, InlineKeyboardMarkup]:
    members = await people.staff(actor)
    text = "\n".join([i18n.get("staff-title", n=len(members))] + [_line(m, i18n) for m in members])
    rows = [
        [button(_name(m), StaffCD(action=StaffAction.SHOW, user=m.id).pack())] for m in members
    ]
    return text, InlineKeyboardMarkup(inline_keyboard=rows)


def _name(found: Member) -> str:
    return escape(found.name) if found.name else f"#{found.id}"


def _line(found: Member, i18n: I18nContext, *, full: bool = False) -> str:
    duty = "🟢" if found.on_duty else "⚪️"
    key = "staff-member-full" if full else "staff-member"
    return i18n.get(
        key,
        duty=duty,
        name=_name(found),
        role=i18n.get(f"staff-role-{found.role}"),
        languages=", ".join(found.languages) or i18n.get("staff-any-language"),
        cases=found.open_cases,
        state=i18n.get("staff-on-duty" if found.on_duty else "staff-off-duty"),
    )


def _member_markup(actor: Actor, found: Member, i18n: I18nContext) -> InlineKeyboardMarkup:
    rows = []
    if actor.role == "admin" and found.role in CHANGEABLE and found.id != actor.id:
        other = "coordinator" if found.role == "lawyer" else "lawyer"
        data = StaffCD(action=StaffAction.ROLE, user=found.id, value=other).pack()
        rows.append([button(i18n.get(f"staff-btn-make-{other}"), data)])
        rows.append(
            [
                button(
                    i18n.get("staff-btn-remove"),
                    StaffCD(action=StaffAction.REMOVE, user=found.id).pack(),
                )
            ]
        )
    rows.append([button(i18n.get("btn-back"), StaffCD(action=StaffAction.LIST).pack())])
    return InlineKeyboardMarkup(inline_keyboard=rows)


def build_router() -> Router:
    router = Router(name=__name__)
    router.message.filter(F.chat.type == "private")
    router.message.register(invite, Command("invite"))
    router.message.register(staff_command, Command("staff"))
    router.callback_query.register(staff_list, StaffCD.filter(F.action == StaffAction.LIST))
    router.callback_query.register(member, StaffCD.filter(F.action == StaffAction.SHOW))
    router.callback_query.register(change_role, StaffCD.filter(F.action == StaffAction.ROLE))
    router.callback_query.register(remove_ask, StaffCD.filter(F.action == StaffAction.REMOVE))
    router.callback_query.register(remove, StaffCD.filter(F.action == StaffAction.REMOVE_YES))
    router.message.register(audit, Command("audit"))
    router.callback_query.register(audit_button, CaseCD.filter(F.action == CaseAction.AUDIT))
    return router
