"""The end of the questionnaire: contact, consent, summary (fix any answer), send; back,
cancel and anything typed where a button is expected."""

from __future__ import annotations

import datetime as dt

from aiogram import F, Router
from aiogram.filters import StateFilter
from aiogram.fsm.context import FSMContext
from aiogram.types import CallbackQuery, Message, ReplyKeyboardRemove
from aiogram.utils.callback_answer import CallbackAnswer
from aiogram_i18n import I18nContext

from bot.callbacks import IntakeAction, IntakeCD
from bot.config import Settings
from bot.dates import local_date, today_in_kazakhstan
from bot.flows import intake_views as views
from bot.flows import keyboards, typed
from bot.flows.filters import Consented
from bot.flows.intake_state import Intake, Step, answers, remember, step_of
from bot.flows.intake_steps import (
    advance,
    contact_other,
    deadline_not_text,
    goto,
    needs_button,
)
from bot.kb.reload import KbHolder
from bot.outbox.notifier import Notifier
from bot.services.clock import Clock, aware
from bot.services.errors import StaleButton
from bot.services.lawyers import LawyerService
from bot.services.reminders import ReminderService
from bot.services.tickets import TicketService
from bot.services.triage import expect
from bot.services.users import Actor
from bot.telegram import show

RESENT_WITHIN = dt.timedelta(minutes=30)  # Send pressed again: the request made this recently


async def contact_shared(
    message: Message, state: FSMContext, i18n: I18nContext, kb_holder: KbHolder
) -> None:
    contact = message.contact
    if contact is None or message.from_user is None or contact.user_id != message.from_user.id:
        await message.answer(i18n.get("intake-contact-own"))
        return
    await remember(state, phone=contact.phone_number)
    await message.answer(i18n.get("contact-saved-phone"), reply_markup=ReplyKeyboardRemove())
    await advance(Step.CONTACT, message, state, i18n, kb_holder)


async def contact_text(
    message: Message, state: FSMContext, i18n: I18nContext, kb_holder: KbHolder
) -> None:
    text = message.text or ""
    if text == i18n.get("btn-contact-bot") or typed.choose(
        i18n, text, [("bot", "btn-contact-bot")]
    ):
        await remember(state, phone=None)
        await message.answer(i18n.get("contact-saved-bot"), reply_markup=ReplyKeyboardRemove())
        await advance(Step.CONTACT, message, state, i18n, kb_holder)
    elif text == i18n.get("btn-back"):
        await message.answer(i18n.get("btn-back"), reply_markup=ReplyKeyboardRemove())
        await goto(Step.DESCRIPTION, message, state, i18n, kb_holder)
    elif text == i18n.get("btn-cancel"):
        await state.clear()
        await message.answer(i18n.get("intake-cancelled"), reply_markup=ReplyKeyboardRemove())
        await message.answer(
            i18n.get("menu-title"), reply_markup=keyboards.main_menu(i18n, kb_holder.kb)
        )
    else:
        await goto(Step.CONTACT, message, state, i18n, kb_holder)


async def shared(
    callback: CallbackQuery, state: FSMContext, i18n: I18nContext, kb_holder: KbHolder
) -> None:
    await remember(state, consent=True)
    await goto(Step.SUMMARY, callback, state, i18n, kb_holder)


async def edit(
    callback: CallbackQuery,
    callback_data: IntakeCD,
    state: FSMContext,
    i18n: I18nContext,
    kb_holder: KbHolder,
) -> None:
    if callback_data.value not in views.EDITABLE:
        raise StaleButton
    await remember(state, editing=True)
    if callback_data.value == "topic":
        text, markup = views.topics(i18n, kb_holder.kb)
        await show(callback, text, markup)  # AskCD comes back to the summary
        return
    await goto(Step(callback_data.value), callback, state, i18n, kb_holder)


async def back(
    callback: CallbackQuery,
    state: FSMContext,
    clock: Clock,
    i18n: I18nContext,
    kb_holder: KbHolder,
) -> None:
    current = step_of(await state.get_state())
    if current is None:
        raise StaleButton
    previous = (await answers(state)).back_from(current)
    if previous is None:
        await state.clear()
        await show(callback, *views.topics(i18n, kb_holder.kb))
        return
    await goto(previous, callback, state, i18n, kb_holder, today_in_kazakhstan(clock()))


async def cancel(
    callback: CallbackQuery, state: FSMContext, i18n: I18nContext, kb_holder: KbHolder
) -> None:
    if await state.get_state() == Intake.contact.state and isinstance(callback.message, Message):
        await callback.message.answer(
            i18n.get("intake-cancelled"), reply_markup=ReplyKeyboardRemove()
        )
    await state.clear()
    text = i18n.get("intake-cancelled") + "\n\n" + i18n.get("menu-title")
    await show(callback, text, keyboards.main_menu(i18n, kb_holder.kb))


async def send(
    callback: CallbackQuery,
    state: FSMContext,
    actor: Actor,
    tickets: TicketService,
    lawyers: LawyerService,
    notifier: Notifier,
    reminders: ReminderService,
    settings: Settings,
    clock: Clock,
    i18n: I18nContext,
) -> None:
    given = await answers(state)
    if not given.complete:
        raise StaleButton
    ticket, added = await tickets.submit(actor.id, given.draft(i18n.locale))
    await state.clear()
    if added:
        await show(callback, i18n.get("intake-added", ref=ticket.ref), keyboards.home_only(i18n))
        if ticket.assignee_id is not None:
            await notifier.tell_lawyer(ticket.assignee_id, "case-client-added", ref=ticket.ref)
        return
    matching, speaking = await lawyers.roster_for(ticket)
    sla, hours = settings.sla(), settings.hours()
    hope = expect(ticket.priority, sla, len(matching), hours, clock(), speaking=speaking)
    text = (
        i18n.get("intake-done", ref=ticket.ref)
        + "\n\n"
        + i18n.get(hope.key, hours=hope.hours, minutes=hope.minutes, opens=hope.opens)
    )
    if ticket.deadline is not None and await reminders.on_date(
        actor.id, "case", ticket.deadline, ticket.id
    ):  # the deadline named in the form: reminded 3 days and 1 day before
        date = local_date(ticket.deadline, i18n.locale)
        text += "\n\n" + i18n.get("timers-case-set", date=date)
    await show(callback, text, keyboards.home_only(i18n))
    people = [(lawyer.id, lawyer.locale) for lawyer in matching]
    posted = await notifier.cards.announce(ticket, people, reminder=False)
    tickets.remember_cards(ticket, posted)


async def sent_already(
    callback: CallbackQuery, actor: Actor, tickets: TicketService, clock: Clock, i18n: I18nContext
) -> None:
    """Send pressed again after the request was made (its answer was lost on the way, say the
    bot restarted): the same confirmation, not a dead button."""
    recent = await tickets.client_tickets(actor.id)
    since = clock() - RESENT_WITHIN
    ticket = next(
        (t for t in recent if t.status != "closed" and aware(t.created_at) > since), None
    )
    if ticket is None:
        raise StaleButton
    await show(callback, i18n.get("intake-done", ref=ticket.ref), keyboards.home_only(i18n))


async def earlier_button(
    callback: CallbackQuery,
    state: FSMContext,
    clock: Clock,
    i18n: I18nContext,
    kb_holder: KbHolder,
    callback_answer: CallbackAnswer,
) -> None:
    """A button of a step already answered (pressed again when no answer came, or scrolled
    back to): nothing changes, and the step the person is at is shown again."""
    step = step_of(await state.get_state())
    if step is None:
        raise StaleButton
    callback_answer.text = i18n.get("intake-step-again")
    today = today_in_kazakhstan(clock())
    await goto(step, callback, state, i18n, kb_holder, today)


def build_router() -> Router:
    router = Router(name=__name__)
    router.message.filter(Consented())
    router.callback_query.filter(Consented())
    router.message.register(contact_shared, Intake.contact, F.contact)
    router.message.register(contact_text, Intake.contact, F.text)
    router.callback_query.register(
        shared, IntakeCD.filter(F.action == IntakeAction.SHARE), Intake.share
    )
    router.callback_query.register(
        edit, IntakeCD.filter(F.action == IntakeAction.EDIT), Intake.summary
    )
    router.callback_query.register(back, IntakeCD.filter(F.action == IntakeAction.BACK))
    router.callback_query.register(cancel, IntakeCD.filter(F.action == IntakeAction.CANCEL))
    router.callback_query.register(
        send, IntakeCD.filter(F.action == IntakeAction.SEND), Intake.summary
    )
    router.callback_query.register(
        sent_already, IntakeCD.filter(F.action == IntakeAction.SEND), StateFilter(None)
    )
    router.callback_query.register(earlier_button, IntakeCD.filter(), StateFilter(Intake))
    steps_with_buttons = (Intake.urgency, Intake.region, Intake.citizenship, Intake.share)
    router.message.register(needs_button, StateFilter(*steps_with_buttons, Intake.summary))
    router.message.register(deadline_not_text, Intake.deadline)
    router.message.register(contact_other, Intake.contact)
    return router
