"""/reminders: what a person asked to be reminded of, a way to cancel each, and new ones: the
permit tax on a day of each month (buttons 1–28), a stay or a court deadline (a typed date)."""

from __future__ import annotations

import datetime as dt

from aiogram import F, Router
from aiogram.filters import Command
from aiogram.fsm.context import FSMContext
from aiogram.fsm.state import State, StatesGroup
from aiogram.types import CallbackQuery, InlineKeyboardMarkup, Message
from aiogram_i18n import I18nContext

from bot.callbacks import MenuAction, MenuCD, RemindAction, RemindCD
from bot.dates import local_date, parse_day, today_in_kazakhstan
from bot.db.models import Reminder
from bot.flows import keyboards
from bot.flows.filters import Consented
from bot.services.clock import Clock
from bot.services.errors import StaleButton
from bot.services.reminders import CHOSEN, LAST_DAY, ON_DATE, ReminderService
from bot.services.users import Actor
from bot.telegram import show


class Reminding(StatesGroup):
    date = State()


def _cd(action: RemindAction, id_: int = 0, value: str = "") -> str:
    return RemindCD(action=action, id=id_, value=value).pack()


def label(i18n: I18nContext, reminder: Reminder) -> str:
    if reminder.on_date is None:
        return i18n.get("timers-item-tax", day=reminder.day or 1)
    return i18n.get(f"timers-item-{reminder.kind}", date=local_date(reminder.on_date, i18n.locale))


def _done_markup(i18n: I18nContext) -> InlineKeyboardMarkup:
    rows = [
        [keyboards.button(i18n.get("timers-btn-list"), _cd(RemindAction.LIST))],
        [keyboards.button(i18n.get("btn-menu"), MenuCD(action=MenuAction.HOME).pack())],
    ]
    return InlineKeyboardMarkup(inline_keyboard=rows)


async def _listing(
    actor: Actor, reminders: ReminderService, i18n: I18nContext, note: str = ""
) -> tuple[str, InlineKeyboardMarkup]:
    active = await reminders.active(actor.id)
    rows = [
        [keyboards.button("❌ " + label(i18n, reminder), _cd(RemindAction.CANCEL, reminder.id))]
        for reminder in active
    ]
    rows.append([keyboards.button(i18n.get("timers-btn-new"), _cd(RemindAction.NEW))])
    rows.append([keyboards.button(i18n.get("btn-menu"), MenuCD(action=MenuAction.HOME).pack())])
    text = i18n.get("timers-list-title" if active else "timers-list-empty")
    return (f"{note}\n\n{text}" if note else text), InlineKeyboardMarkup(inline_keyboard=rows)


async def reminders_command(
    message: Message,
    state: FSMContext,
    actor: Actor,
    reminders: ReminderService,
    i18n: I18nContext,
) -> None:
    await state.clear()
    text, markup = await _listing(actor, reminders, i18n)
    await message.answer(text, reply_markup=markup)


async def reminders_button(
    callback: CallbackQuery, actor: Actor, reminders: ReminderService, i18n: I18nContext
) -> None:
    await show(callback, *await _listing(actor, reminders, i18n))


async def choose_kind(callback: CallbackQuery, i18n: I18nContext) -> None:
    rows = [
        [keyboards.button(i18n.get(f"timers-btn-{kind}"), _cd(RemindAction.KIND, 0, kind))]
        for kind in CHOSEN
    ]
    rows.append([keyboards.button(i18n.get("btn-back"), _cd(RemindAction.LIST))])
    await show(callback, i18n.get("timers-choose"), InlineKeyboardMarkup(inline_keyboard=rows))


async def kind_chosen(
    callback: CallbackQuery,
    callback_data: RemindCD,
    state: FSMContext,
    clock: Clock,
    i18n: I18nContext,
) -> None:
    kind = callback_data.value
    if kind not in CHOSEN:
        raise StaleButton
    if kind == "tax":
        days = [
            keyboards.button(str(day), _cd(RemindAction.DAY, 0, str(day)))
            for day in range(1, LAST_DAY + 1)
        ]
        rows = [
            *keyboards.grid(days, width=7),
            [keyboards.button(i18n.get("btn-back"), _cd(RemindAction.NEW))],
        ]
        text = i18n.get("timers-tax-about") + "\n\n" + i18n.get("timers-ask-day")
        await show(callback, text, InlineKeyboardMarkup(inline_keyboard=rows))
        return
    await state.set_state(Reminding.date)
    await state.update_data(reminder_kind=kind)
    await show(callback, i18n.get(f"timers-ask-date-{kind}", example=_typed(clock)))


def _typed(clock: Clock) -> str:
    """An example of a date as people type it: a month from today."""
    return (today_in_kazakhstan(clock()) + dt.timedelta(days=30)).strftime("%d.%m.%Y")


async def day_chosen(
    callback: CallbackQuery,
    callback_data: RemindCD,
    actor: Actor,
    reminders: ReminderService,
    i18n: I18nContext,
) -> None:
    if not callback_data.value.isdigit():
        raise StaleButton
    reminder = await reminders.monthly(actor.id, int(callback_data.value))
    await show(callback, i18n.get("timers-set-tax", day=reminder.day or 1), _done_markup(i18n))


async def date_typed(
    message: Message,
    state: FSMContext,
    actor: Actor,
    reminders: ReminderService,
    clock: Clock,
    i18n: I18nContext,
) -> None:
    kind = (await state.get_data()).get("reminder_kind", "")
    if kind not in ON_DATE:
        await state.clear()
        raise StaleButton
    day = parse_day(message.text or "", today_in_kazakhstan(clock()))
    reminder = await reminders.on_date(actor.id, kind, day) if day is not None else None
    if reminder is None or reminder.on_date is None:
        await message.answer(i18n.get("timers-date-invalid", example=_typed(clock)))
        return
    await state.clear()
    date = local_date(reminder.on_date, i18n.locale)
    await message.answer(i18n.get("timers-set-date", date=date), reply_markup=_done_markup(i18n))


async def date_not_text(message: Message, clock: Clock, i18n: I18nContext) -> None:
    await message.answer(i18n.get("timers-date-invalid", example=_typed(clock)))


async def cancel(
    callback: CallbackQuery,
    callback_data: RemindCD,
    actor: Actor,
    reminders: ReminderService,
    i18n: I18nContext,
) -> None:
    reminder = await reminders.cancel(actor.id, callback_data.id)
    note = i18n.get("timers-cancelled", what=label(i18n, reminder))
    await show(callback, *await _listing(actor, reminders, i18n, note))


def build_router() -> Router:
    router = Router(name=__name__)
    router.message.filter(Consented())
    router.callback_query.filter(Consented())
    router.message.register(reminders_command, Command("reminders"))
    router.callback_query.register(
        reminders_button, RemindCD.filter(F.action == RemindAction.LIST)
    )
    router.callback_query.register(choose_kind, RemindCD.filter(F.action == RemindAction.NEW))
    router.callback_query.register(kind_chosen, RemindCD.filter(F.action == RemindAction.KIND))
    router.callback_query.register(day_chosen, RemindCD.filter(F.action == RemindAction.DAY))
    router.message.register(date_typed, Reminding.date, F.text)
    router.message.register(date_not_text, Reminding.date)
    router.callback_query.register(cancel, RemindCD.filter(F.action == RemindAction.CANCEL))
    return router
