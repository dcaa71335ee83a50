"""Ask a lawyer: the triage questionnaire. Topic → urgent situation (→ its date) → region →
citizenship → what happened (+ photos, documents) → how to reach you → consent → summary with
a way to fix any answer → send. Back and cancel at every step; red flags get guidance at once."""

from __future__ import annotations

import datetime as dt

from aiogram import F, Router
from aiogram.dispatcher.event.bases import SkipHandler
from aiogram.fsm.context import FSMContext
from aiogram.types import CallbackQuery, Message
from aiogram_i18n import I18nContext

from bot.callbacks import AskCD, IntakeAction, IntakeCD
from bot.dates import parse_day, today_in_kazakhstan
from bot.flows import intake_views as views
from bot.flows.filters import Consented
from bot.flows.intake_state import Answers, Intake, Step, answers, remember, step_of
from bot.flows.intake_steps import advance, advance_new, ask_deadline_again, goto
from bot.kb.reload import KbHolder
from bot.services.clock import Clock
from bot.services.errors import StaleButton
from bot.services.tickets import TicketService
from bot.services.triage import (
    ANYWHERE,
    CITIZENSHIPS,
    NOT_A_CASE_TOPIC,
    OTHER_TOPIC,
    RED_FLAGS,
    REGIONS,
    URGENCIES,
    deadline_is_valid,
)
from bot.services.users import Actor
from bot.telegram import show

MIN_DESCRIPTION, MAX_DESCRIPTION, MAX_FILES = 10, 3500, 10


async def ask_lawyer(
    callback: CallbackQuery,
    callback_data: AskCD,
    state: FSMContext,
    actor: Actor,
    tickets: TicketService,
    i18n: I18nContext,
    kb_holder: KbHolder,
) -> None:
    topic = kb_holder.kb.topics.get(callback_data.topic)
    if callback_data.topic == OTHER_TOPIC:
        topic_id, title = OTHER_TOPIC, i18n.get("topic-other")
    elif topic is None or topic.id in NOT_A_CASE_TOPIC:
        await state.clear()
        await show(callback, *views.topics(i18n, kb_holder.kb))
        return
    else:
        topic_id, title = topic.id, topic.title(i18n.locale)
    existing = await tickets.open_on_topic(actor.id, topic_id)
    if existing is not None:  # one open case per topic: what they write is added to it
        await state.clear()
        await tickets.choose(actor.id, existing.id)
        await show(callback, i18n.get("intake-already-open", ref=existing.ref))
        return
    fixing = await state.get_state() == Intake.summary.state
    given = await remember(
        state, await answers(state) if fixing else Answers(), topic=topic_id, topic_title=title
    )
    await goto(Step.SUMMARY if given.editing else Step.URGENCY, callback, state, i18n, kb_holder)


async def urgency_chosen(
    callback: CallbackQuery,
    callback_data: IntakeCD,
    state: FSMContext,
    clock: Clock,
    i18n: I18nContext,
    kb_holder: KbHolder,
) -> None:
    if callback_data.value not in URGENCIES:
        raise StaleButton
    await remember(state, urgency=callback_data.value, deadline=None)
    if callback_data.value in RED_FLAGS and isinstance(callback.message, Message):
        text, markup = views.red_flag(i18n, kb_holder.kb, callback_data.value)
        await callback.message.answer(text, reply_markup=markup)  # guidance first, at once
        await state.set_state(Intake.urgency)
        await advance_new(callback.message, state, i18n, kb_holder)
        return
    if callback_data.value == "deadline":
        today = today_in_kazakhstan(clock())
        await goto(Step.DEADLINE, callback, state, i18n, kb_holder, today)
        return
    await advance(Step.URGENCY, callback, state, i18n, kb_holder)


async def deadline_given(
    message: Message, state: FSMContext, clock: Clock, i18n: I18nContext, kb_holder: KbHolder
) -> None:
    today = today_in_kazakhstan(clock())
    day = parse_day(message.text or "", today)
    if day is None or not deadline_is_valid(day, today):
        await ask_deadline_again(message, today, i18n)
        return
    await remember(state, deadline=day)
    await advance(Step.DEADLINE, message, state, i18n, kb_holder)


async def deadline_chosen(
    callback: CallbackQuery,
    callback_data: IntakeCD,
    state: FSMContext,
    clock: Clock,
    i18n: I18nContext,
    kb_holder: KbHolder,
) -> None:
    try:
        day = dt.date.fromisoformat(callback_data.value)
    except ValueError:
        raise StaleButton from None
    if not deadline_is_valid(day, today_in_kazakhstan(clock())):
        raise StaleButton  # a button from another day: the step is shown again below
    await remember(state, deadline=day)
    await advance(Step.DEADLINE, callback, state, i18n, kb_holder)


async def choice(
    callback: CallbackQuery,
    callback_data: IntakeCD,
    state: FSMContext,
    i18n: I18nContext,
    kb_holder: KbHolder,
) -> None:
    step, allowed = (
        (Step.REGION, (*REGIONS, *ANYWHERE))
        if callback_data.action == IntakeAction.REG
        else (Step.CITIZENSHIP, CITIZENSHIPS)
    )
    if callback_data.value not in allowed:
        raise StaleButton
    if step_of(await state.get_state()) is not step:
        raise SkipHandler  # a button of another step: intake_finish.earlier_button
    await remember(state, **{step.value: callback_data.value})
    await advance(step, callback, state, i18n, kb_holder)


async def description_text(message: Message, state: FSMContext, i18n: I18nContext) -> None:
    text = (message.text or "").strip()
    if len(text) < MIN_DESCRIPTION:
        await message.answer(i18n.get("intake-too-short"))
        return
    if len(text) > MAX_DESCRIPTION:
        await message.answer(i18n.get("intake-too-long", limit=MAX_DESCRIPTION, length=len(text)))
        return
    given = await remember(state, description=text)
    await message.answer(
        i18n.get("intake-description-saved", files=len(given.files)),
        reply_markup=views.description(i18n, given)[1],
    )


async def description_file(message: Message, state: FSMContext, i18n: I18nContext) -> None:
    given = await answers(state)
    if len(given.files) >= MAX_FILES:
        await message.answer(i18n.get("intake-files-full", limit=MAX_FILES))
        return
    files = list(given.files)
    if message.photo:
        files.append(("photo", message.photo[-1].file_id))
    elif message.document:
        files.append(("document", message.document.file_id))
    caption = message.caption or ""
    described = given.description or (
        caption[:MAX_DESCRIPTION] if len(caption) >= MIN_DESCRIPTION else ""
    )
    given = await remember(state, given, files=files, description=described)
    await message.answer(
        i18n.get("intake-file-added", files=len(files)),
        reply_markup=views.description(i18n, given)[1],
    )


async def description_other(message: Message, i18n: I18nContext) -> None:
    await message.answer(i18n.get("intake-text-please"))


async def description_done(
    callback: CallbackQuery, state: FSMContext, i18n: I18nContext, kb_holder: KbHolder
) -> None:
    if not (await answers(state)).description:
        raise StaleButton
    await advance(Step.DESCRIPTION, callback, state, i18n, kb_holder)


def build_router() -> Router:
    router = Router(name=__name__)
    router.message.filter(Consented())
    router.callback_query.filter(Consented())
    router.callback_query.register(ask_lawyer, AskCD.filter())
    router.callback_query.register(
        urgency_chosen, IntakeCD.filter(F.action == IntakeAction.URG), Intake.urgency
    )
    router.message.register(deadline_given, Intake.deadline, F.text)
    router.callback_query.register(
        deadline_chosen, Intake.deadline, IntakeCD.filter(F.action == IntakeAction.DAY)
    )
    router.callback_query.register(
        choice, IntakeCD.filter(F.action.in_({IntakeAction.REG, IntakeAction.CIT}))
    )
    router.message.register(description_text, Intake.description, F.text)
    router.message.register(description_file, Intake.description, F.photo | F.document)
    router.message.register(description_other, Intake.description)
    router.callback_query.register(
        description_done, IntakeCD.filter(F.action == IntakeAction.MORE), Intake.description
    )
    return router
