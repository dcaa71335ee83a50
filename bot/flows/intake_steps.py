"""Showing a step of the questionnaire, moving on from an answer, and answering what does not
fit a step; both parts of the questionnaire (intake, intake_finish) go through here."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from aiogram.fsm.context import FSMContext
from aiogram.types import CallbackQuery, InlineKeyboardMarkup, Message
from aiogram_i18n import I18nContext

from bot.dates import today_in_kazakhstan
from bot.flows import intake_views as views
from bot.flows import typed
from bot.flows.intake_state import Step, answers, remember, state_of, step_of
from bot.kb.reload import KbHolder
from bot.services.clock import Clock
from bot.services.triage import ANYWHERE, CITIZENSHIPS, REGIONS
from bot.telegram import show


async def goto(
    step: Step,
    event: Message | CallbackQuery,
    state: FSMContext,
    i18n: I18nContext,
    kb: KbHolder,
    today: dt.date | None = None,
) -> None:
    """Show a step and wait for its answer (`today` for the deadline step's day buttons)."""
    given = await answers(state)
    await state.set_state(state_of(step))
    if step is Step.CONTACT:
        text, reply = views.contact(i18n)
        target = event.message if isinstance(event, CallbackQuery) else event
        if target is not None and isinstance(target, Message):
            await target.answer(text, reply_markup=reply)
        return
    views_by_step: dict[Step, Callable[[], tuple[str, InlineKeyboardMarkup]]] = {
        Step.URGENCY: lambda: views.urgency(i18n),
        Step.DEADLINE: lambda: views.deadline(i18n, today or dt.date.today()),
        Step.REGION: lambda: views.region(i18n),
        Step.CITIZENSHIP: lambda: views.citizenship(i18n),
        Step.DESCRIPTION: lambda: views.description(i18n, given),
        Step.SHARE: lambda: views.share(i18n),
        Step.SUMMARY: lambda: views.summary(i18n, kb.kb, given),
    }
    text, markup = views_by_step[step]()
    await show(event, text, markup)


async def advance(
    done: Step, event: Message | CallbackQuery, state: FSMContext, i18n: I18nContext, kb: KbHolder
) -> None:
    """After an answer: back to the summary when fixing one answer, else the next step."""
    await goto((await answers(state)).after(done), event, state, i18n, kb)


async def advance_new(
    message: Message, state: FSMContext, i18n: I18nContext, kb: KbHolder
) -> None:
    """Continue below the guidance, as a new message."""
    await goto((await answers(state)).after(Step.URGENCY), message, state, i18n, kb)


async def ask_deadline_again(message: Message, today: dt.date, i18n: I18nContext) -> None:
    """Why the answer did not fit, then the question with its day buttons at the bottom (the
    first ones have scrolled away on a phone)."""
    text, markup = views.deadline(i18n, today)
    invalid = i18n.get("intake-deadline-invalid", example=views.date_example(today))
    await message.answer(f"{invalid}\n\n{text}", reply_markup=markup)


TYPED = {  # steps whose options may be typed: step → options as (code, Fluent key)
    Step.REGION: [(code, f"region-{code}") for code in (*REGIONS, *ANYWHERE)],
    Step.CITIZENSHIP: [(code, f"cit-{code}") for code in CITIZENSHIPS],
}


async def needs_button(
    message: Message, state: FSMContext, i18n: I18nContext, kb_holder: KbHolder
) -> None:
    """A typed answer that names an option counts as pressing it; anything else gets the step
    again, its buttons at the bottom (those above have scrolled away on a phone)."""
    step = step_of(await state.get_state())
    if step is None:
        return
    options = TYPED.get(step, [])
    code = typed.choose(i18n, message.text, options) if message.text and options else None
    if code is not None:
        await remember(state, **{step.value: code})
        await advance(step, message, state, i18n, kb_holder)
        return
    await message.answer(i18n.get("intake-press-button"))
    await goto(step, message, state, i18n, kb_holder)


async def deadline_not_text(message: Message, clock: Clock, i18n: I18nContext) -> None:
    await ask_deadline_again(message, today_in_kazakhstan(clock()), i18n)


async def contact_other(
    message: Message, state: FSMContext, i18n: I18nContext, kb_holder: KbHolder
) -> None:
    await message.answer(i18n.get("intake-press-button"))
    await goto(Step.CONTACT, message, state, i18n, kb_holder)
