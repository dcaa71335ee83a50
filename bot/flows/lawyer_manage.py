"""Duty lawyers and coordinators: transfer, release, close with an outcome, and the lawyer's
profile (name, languages, regions, topics)."""

from __future__ import annotations

from html import escape

from aiogram import F, Router
from aiogram.filters import Command
from aiogram.fsm.context import FSMContext
from aiogram.fsm.state import State, StatesGroup
from aiogram.types import CallbackQuery, InlineKeyboardMarkup, Message
from aiogram_i18n import I18nContext

from bot.callbacks import CaseAction, CaseCD, ProfileCD, ProfileField
from bot.flows.keyboards import button, grid
from bot.flows.queue import label
from bot.kb.model import LANGUAGES
from bot.kb.reload import KbHolder
from bot.outbox.notifier import Notifier
from bot.services.errors import StaleButton
from bot.services.lawyers import LawyerService, split
from bot.services.tickets import TicketService
from bot.services.triage import OUTCOME_GROUPS, PICKER, REGIONS
from bot.services.users import Actor
from bot.telegram import show


class ProfileStates(StatesGroup):
    name = State()


async def transfer_pick(
    callback: CallbackQuery, callback_data: CaseCD, actor: Actor, tickets: TicketService,
    lawyers: LawyerService, i18n: I18nContext,
) -> None:  # fmt: skip
    ticket = await tickets.assigned(actor, callback_data.ticket)
    choices = [
        button(
            ("🟢 " if profile.on_duty else "⚪️ ") + escape(profile.display_name or f"#{user.id}"),
            CaseCD(action=CaseAction.TRANSFER_TO, ticket=ticket.id, value=str(user.id)).pack(),
        )
        for user, profile in await lawyers.staff()
        if user.id != ticket.assignee_id
    ]
    if not choices:
        await show(callback, i18n.get("case-transfer-nobody"))
        return
    await show(
        callback,
        i18n.get("case-transfer-pick", ref=ticket.ref),
        InlineKeyboardMarkup(inline_keyboard=grid(choices)),
    )


async def transfer(
    callback: CallbackQuery, callback_data: CaseCD, actor: Actor, tickets: TicketService,
    notifier: Notifier, i18n: I18nContext,
) -> None:  # fmt: skip
    if not callback_data.value.isdigit():
        raise StaleButton
    ticket, previous = await tickets.transfer(
        actor, callback_data.ticket, int(callback_data.value)
    )
    await show(callback, i18n.get("case-transferred", ref=ticket.ref))
    await notifier.tell_lawyer(int(callback_data.value), "case-transferred-to-you", ref=ticket.ref)
    if previous != actor.id:
        await notifier.tell_lawyer(previous, "case-taken-away", ref=ticket.ref)
    await notifier.tell_client(ticket, "client-transferred")


async def release(
    callback: CallbackQuery, callback_data: CaseCD, actor: Actor, tickets: TicketService,
    lawyers: LawyerService, notifier: Notifier, i18n: I18nContext,
) -> None:  # fmt: skip
    ticket = await tickets.release(actor, callback_data.ticket)
    await show(callback, i18n.get("case-released", ref=ticket.ref))
    await notifier.tell_client(ticket, "client-released")
    people = [(lawyer.id, lawyer.locale) for lawyer in await lawyers.on_duty_for(ticket)]
    posted = await notifier.cards.announce(ticket, people, reminder=False)
    tickets.remember_cards(ticket, posted)


async def close_pick(
    callback: CallbackQuery,
    callback_data: CaseCD,
    actor: Actor,
    tickets: TicketService,
    i18n: I18nContext,
) -> None:
    """The outcome picker: a group (referred, declined) opens its details, Back goes up."""
    ticket = await tickets.assigned(actor, callback_data.ticket)
    group = callback_data.value
    if group and group not in OUTCOME_GROUPS:
        raise StaleButton
    outcomes = [
        button(
            i18n.get(f"outcome-group-{code}" if code in OUTCOME_GROUPS else f"outcome-{code}"),
            CaseCD(
                action="close" if code in OUTCOME_GROUPS else "close_as",
                ticket=ticket.id,
                value=code,
            ).pack(),
        )
        for code in (OUTCOME_GROUPS[group] if group else PICKER)
    ]
    up = (
        CaseCD(action=CaseAction.CLOSE, ticket=ticket.id)
        if group
        else CaseCD(action=CaseAction.BACK, ticket=ticket.id)
    )
    prompt = f"case-close-{group}" if group else "case-close-confirm"
    await show(
        callback,
        i18n.get(prompt, ref=ticket.ref),
        InlineKeyboardMarkup(
            inline_keyboard=[*grid(outcomes), [button(i18n.get("btn-back"), up.pack())]]
        ),
    )


async def case_actions(
    callback: CallbackQuery, callback_data: CaseCD, actor: Actor, tickets: TicketService,
    notifier: Notifier, i18n: I18nContext,
) -> None:  # fmt: skip
    """Back from choosing an outcome: the case's facts and its actions again, nothing closed."""
    ticket = await tickets.assigned(actor, callback_data.ticket)
    cards = notifier.cards
    text = i18n.get("case-header", **cards.facts(ticket, i18n.locale))
    await show(callback, text, cards.case_markup(ticket, i18n.locale))


async def close(
    callback: CallbackQuery, callback_data: CaseCD, actor: Actor, tickets: TicketService,
    notifier: Notifier, i18n: I18nContext,
) -> None:  # fmt: skip
    ticket = await tickets.close(actor, callback_data.ticket, callback_data.value)
    await notifier.cards.mark_closed(await tickets.cards(ticket), ticket)
    await show(
        callback,
        i18n.get("case-closed", ref=ticket.ref, outcome=i18n.get(f"outcome-{ticket.outcome}")),
    )
    if not await notifier.ask_rating(ticket):
        await tickets.client_unreachable(ticket)


async def profile(
    message: Message, actor: Actor, lawyers: LawyerService, i18n: I18nContext, kb_holder: KbHolder
) -> None:
    text, markup = await _profile(actor, lawyers, i18n, kb_holder)
    await message.answer(text, reply_markup=markup)


async def _profile(
    actor: Actor, lawyers: LawyerService, i18n: I18nContext, kb: KbHolder
) -> tuple[str, InlineKeyboardMarkup]:
    p = await lawyers.profile(actor)
    any_ = i18n.get("queue-any")
    text = i18n.get(
        "profile-show",
        name=escape(p.display_name) if p.display_name else i18n.get("lawyer-signature"),
        languages=", ".join(i18n.get("lang-name", c) for c in sorted(split(p.languages))) or any_,
        regions=", ".join(i18n.get(f"region-{c}") for c in sorted(split(p.regions))) or any_,
        topics=", ".join(label("topic", c, i18n, kb) for c in sorted(split(p.topics))) or any_,
        duty=i18n.get("duty-state-on" if p.on_duty else "duty-state-off"),
    )
    rows = [
        [button(i18n.get(f"btn-profile-{f}"), ProfileCD(field=f).pack())]
        for f in (
            ProfileField.NAME,
            ProfileField.LANGUAGES,
            ProfileField.REGIONS,
            ProfileField.TOPICS,
        )
    ]
    return text, InlineKeyboardMarkup(inline_keyboard=rows)


async def profile_edit(
    callback: CallbackQuery, callback_data: ProfileCD, state: FSMContext, actor: Actor,
    lawyers: LawyerService, i18n: I18nContext, kb_holder: KbHolder,
) -> None:  # fmt: skip
    field, value = callback_data.field, callback_data.value
    if field == "name":
        await lawyers.profile(actor)  # staff only
        await state.set_state(ProfileStates.name)
        await show(callback, i18n.get("profile-name-prompt"))
        return
    choices = {"languages": LANGUAGES, "regions": REGIONS, "topics": tuple(kb_holder.kb.topics)}
    if field == "show":
        await show(callback, *await _profile(actor, lawyers, i18n, kb_holder))
        return
    if field not in choices or (value and value not in choices[field]):
        raise StaleButton
    p = await lawyers.toggle(actor, field, value) if value else await lawyers.profile(actor)
    chosen = split(getattr(p, field))
    kind = {"languages": "lang", "regions": "region", "topics": "topic"}[field]
    buttons = [
        button(
            ("✅ " if v in chosen else "") + label(kind, v, i18n, kb_holder),
            ProfileCD(field=field, value=v).pack(),
        )
        for v in choices[field]
    ]
    rows = [
        *grid(buttons, 2),
        [button(i18n.get("btn-done"), ProfileCD(field=ProfileField.SHOW).pack())],
    ]
    await show(
        callback,
        i18n.get("profile-choose", what=i18n.get(f"btn-profile-{field}")),
        InlineKeyboardMarkup(inline_keyboard=rows),
    )


async def profile_name(
    message: Message,
    state: FSMContext,
    actor: Actor,
    lawyers: LawyerService,
    i18n: I18nContext,
    kb_holder: KbHolder,
) -> None:
    await state.clear()
    await lawyers.set_name(actor, None if message.text == "-" else message.text)
    text, markup = await _profile(actor, lawyers, i18n, kb_holder)
    await message.answer(text, reply_markup=markup)


def build_router() -> Router:
    router = Router(name=__name__)
    router.callback_query.register(transfer_pick, CaseCD.filter(F.action == CaseAction.TRANSFER))
    router.callback_query.register(transfer, CaseCD.filter(F.action == CaseAction.TRANSFER_TO))
    router.callback_query.register(release, CaseCD.filter(F.action == CaseAction.RELEASE))
    router.callback_query.register(close_pick, CaseCD.filter(F.action == CaseAction.CLOSE))
    router.callback_query.register(case_actions, CaseCD.filter(F.action == CaseAction.BACK))
    router.callback_query.register(close, CaseCD.filter(F.action == CaseAction.CLOSE_AS))
    router.message.register(profile, Command("profile"))
    router.callback_query.register(profile_edit, ProfileCD.filter())
    router.message.register(profile_name, ProfileStates.name, F.text, ~F.text.startswith("/"))
    return router
