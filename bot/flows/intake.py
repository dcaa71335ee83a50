"""Ask a lawyer: the triage questionnaire. Topic → urgent situation (→ its date) → region →
citizenship → what happened (+ photos, documents) → how to reach you → consent → summary with
a way to fix any answer → send. Back and cancel at every step; red flags get guidance at once."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from aiogram import F, Router
from aiogram.fsm.context import FSMContext
from aiogram.fsm.state import State, StatesGroup
from aiogram.types import CallbackQuery, InlineKeyboardMarkup, Message
from aiogram_i18n import I18nContext

from bot.callbacks import AskCD, IntakeCD
from bot.dates import parse_day, today_in_kazakhstan
from bot.flows import intake_views as views
from bot.flows.filters import Consented
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

router = Router(name=__name__)
router.message.filter(Consented())
router.callback_query.filter(Consented())

MIN_DESCRIPTION, MAX_DESCRIPTION, MAX_FILES = 10, 3500, 10


class Intake(StatesGroup):
    urgency = State()
    deadline = State()
    region = State()
    citizenship = State()
    description = State()
    contact = State()
    share = State()
    summary = State()


BACK = {
    "urgency": None,
    "deadline": "urgency",
    "region": "urgency",
    "citizenship": "region",
    "description": "citizenship",
    "contact": "description",
    "share": "contact",
    "summary": "share",
}
NEXT = {
    "urgency": "region",
    "deadline": "region",
    "region": "citizenship",
    "citizenship": "description",
    "description": "contact",
    "contact": "share",
    "share": "summary",
}


async def goto(
    step: str,
    event: Message | CallbackQuery,
    state: FSMContext,
    i18n: I18nContext,
    kb: KbHolder,
    today: dt.date | None = None,
) -> None:
    """Show a step and wait for its answer (`today` for the deadline step's day buttons)."""
    data = await state.get_data()
    await state.set_state(getattr(Intake, step))
    if step == "contact":
        text, reply = views.contact(i18n)
        target = event.message if isinstance(event, CallbackQuery) else event
        if target is not None and isinstance(target, Message):
            await target.answer(text, reply_markup=reply)
        return
    views_by_step: dict[str, Callable[[], tuple[str, InlineKeyboardMarkup]]] = {
        "urgency": lambda: views.urgency(i18n),
        "deadline": lambda: views.deadline(i18n, today or dt.date.today()),
        "region": lambda: views.region(i18n),
        "citizenship": lambda: views.citizenship(i18n),
        "description": lambda: views.description(i18n, data),
        "share": lambda: views.share(i18n),
        "summary": lambda: views.summary(i18n, kb.kb, data),
    }
    render = views_by_step[step]
    text, markup = render()
    await show(event, text, markup)


async def advance(
    done: str, event: Message | CallbackQuery, state: FSMContext, i18n: I18nContext, kb: KbHolder
) -> None:
    """After an answer: back to the summary when fixing one answer, else the next step."""
    data = await state.get_data()
    step = "summary" if data.get("editing") else NEXT[done]
    await goto(step, event, state, i18n, kb)


@router.callback_query(AskCD.filter())
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
    data = await state.get_data() if await state.get_state() == Intake.summary.state else {}
    data |= {"topic": topic_id, "topic_title": title}
    await state.set_data(data)
    step = "summary" if data.get("editing") else "urgency"
    await goto(step, callback, state, i18n, kb_holder)


@router.callback_query(IntakeCD.filter(F.action == "urg"), Intake.urgency)
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
    await state.update_data(urgency=callback_data.value, deadline=None)
    if callback_data.value in RED_FLAGS and isinstance(callback.message, Message):
        text, markup = views.red_flag(i18n, kb_holder.kb, callback_data.value)
        await callback.message.answer(text, reply_markup=markup)  # guidance first, at once
        await state.set_state(Intake.urgency)
        await advance_new(callback.message, state, i18n, kb_holder)
        return
    if callback_data.value == "deadline":
        await goto("deadline", callback, state, i18n, kb_holder, today_in_kazakhstan(clock()))
        return
    await advance("urgency", callback, state, i18n, kb_holder)


async def advance_new(
    message: Message, state: FSMContext, i18n: I18nContext, kb: KbHolder
) -> None:
    """Continue below the guidance, as a new message."""
    data = await state.get_data()
    step = "summary" if data.get("editing") else "region"
    await goto(step, message, state, i18n, kb)


@router.message(Intake.deadline, F.text)
async def deadline_given(
    message: Message, state: FSMContext, clock: Clock, i18n: I18nContext, kb_holder: KbHolder
) -> None:
    today = today_in_kazakhstan(clock())
    day = parse_day(message.text or "", today)
    if day is None or not deadline_is_valid(day, today):
        await ask_deadline_again(message, today, i18n)
        return
    await state.update_data(deadline=day.isoformat())
    await advance("deadline", message, state, i18n, kb_holder)


async def ask_deadline_again(message: Message, today: dt.date, i18n: I18nContext) -> None:
    """Why the answer did not fit, then the question with its day buttons at the bottom (the
    first ones have scrolled away on a phone)."""
    text, markup = views.deadline(i18n, today)
    invalid = i18n.get("intake-deadline-invalid", example=views.date_example(today))
    await message.answer(f"{invalid}\n\n{text}", reply_markup=markup)


@router.callback_query(Intake.deadline, IntakeCD.filter(F.action == "day"))
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
    await state.update_data(deadline=day.isoformat())
    await advance("deadline", callback, state, i18n, kb_holder)


@router.callback_query(IntakeCD.filter(F.action.in_({"reg", "cit"})))
async def choice(
    callback: CallbackQuery,
    callback_data: IntakeCD,
    state: FSMContext,
    i18n: I18nContext,
    kb_holder: KbHolder,
) -> None:
    current = await state.get_state()
    step, field, allowed = (
        ("region", "region", (*REGIONS, *ANYWHERE))
        if callback_data.action == "reg"
        else ("citizenship", "citizenship", CITIZENSHIPS)
    )
    if current != getattr(Intake, step).state or callback_data.value not in allowed:
        raise StaleButton
    await state.update_data({field: callback_data.value})
    await advance(step, callback, state, i18n, kb_holder)


@router.message(Intake.description, F.text)
async def description_text(message: Message, state: FSMContext, i18n: I18nContext) -> None:
    text = (message.text or "").strip()
    if len(text) < MIN_DESCRIPTION:
        await message.answer(i18n.get("intake-too-short"))
        return
    if len(text) > MAX_DESCRIPTION:
        await message.answer(i18n.get("intake-too-long", limit=MAX_DESCRIPTION, length=len(text)))
        return
    data = await state.get_data()
    await state.update_data(description=text)
    await message.answer(
        i18n.get("intake-description-saved", files=len(data.get("files", []))),
        reply_markup=views.description(i18n, {**data, "description": text})[1],
    )


@router.message(Intake.description, F.photo | F.document)
async def description_file(message: Message, state: FSMContext, i18n: I18nContext) -> None:
    data = await state.get_data()
    files: list[list[str]] = data.get("files", [])
    if len(files) >= MAX_FILES:
        await message.answer(i18n.get("intake-files-full", limit=MAX_FILES))
        return
    if message.photo:
        files.append(["photo", message.photo[-1].file_id])
    elif message.document:
        files.append(["document", message.document.file_id])
    update: dict[str, Any] = {"files": files}
    if message.caption and not data.get("description") and len(message.caption) >= MIN_DESCRIPTION:
        update["description"] = message.caption[:MAX_DESCRIPTION]
    await state.update_data(**update)
    await message.answer(
        i18n.get("intake-file-added", files=len(files)),
        reply_markup=views.description(i18n, {**data, **update})[1],
    )


@router.message(Intake.description)
async def description_other(message: Message, i18n: I18nContext) -> None:
    await message.answer(i18n.get("intake-text-please"))


@router.callback_query(IntakeCD.filter(F.action == "more"), Intake.description)
async def description_done(
    callback: CallbackQuery, state: FSMContext, i18n: I18nContext, kb_holder: KbHolder
) -> None:
    if not (await state.get_data()).get("description"):
        raise StaleButton
    await advance("description", callback, state, i18n, kb_holder)
