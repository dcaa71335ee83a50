"""Ask a lawyer: topic (prefilled from where the user came) → what happened → consent → ticket."""

from __future__ import annotations

from aiogram import F, Router
from aiogram.fsm.context import FSMContext
from aiogram.fsm.state import State, StatesGroup
from aiogram.types import CallbackQuery, InlineKeyboardMarkup, Message
from aiogram.utils.keyboard import InlineKeyboardBuilder
from aiogram_i18n import I18nContext

from bot.flows import keyboards
from bot.flows.callbacks import AskCD, IntakeCD, MenuCD
from bot.flows.filters import Consented
from bot.kb.reload import KbHolder
from bot.notifier import Notifier
from bot.services.errors import StaleButton
from bot.services.tickets import TicketService
from bot.services.users import Actor
from bot.telegram import show

router = Router(name=__name__)
router.message.filter(Consented())
router.callback_query.filter(Consented())

MIN_DESCRIPTION = 10
MAX_DESCRIPTION = 3500


class Intake(StatesGroup):
    description = State()
    share = State()


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
    existing = await tickets.open_ticket_of(actor.id)
    if existing is not None:
        await show(callback, i18n.get("intake-already-open", ref=existing.ref))
        return
    kb = kb_holder.kb
    if callback_data.topic not in kb.topics:
        await show(callback, i18n.get("intake-choose-topic"), _topics(i18n, kb_holder))
        return
    await state.set_state(Intake.description)
    await state.set_data({"topic": callback_data.topic})
    topic = kb.topics[callback_data.topic].title(i18n.locale)
    await show(callback, i18n.get("intake-describe", topic=topic), keyboards.intake_cancel(i18n))


@router.message(Intake.description, F.text)
async def got_description(message: Message, state: FSMContext, i18n: I18nContext) -> None:
    text = (message.text or "").strip()
    if len(text) < MIN_DESCRIPTION:
        await message.answer(
            i18n.get("intake-too-short"), reply_markup=keyboards.intake_cancel(i18n)
        )
        return
    if len(text) > MAX_DESCRIPTION:
        await message.answer(
            i18n.get("intake-too-long", limit=MAX_DESCRIPTION, length=len(text)),
            reply_markup=keyboards.intake_cancel(i18n),
        )
        return
    await state.update_data(description=text)
    await state.set_state(Intake.share)
    await message.answer(i18n.get("intake-share"), reply_markup=keyboards.intake_share(i18n))


@router.message(Intake.description)
async def description_not_text(message: Message, i18n: I18nContext) -> None:
    await message.answer(
        i18n.get("intake-text-please"), reply_markup=keyboards.intake_cancel(i18n)
    )


@router.message(Intake.share)
async def share_needs_button(message: Message, i18n: I18nContext) -> None:
    await message.answer(
        i18n.get("intake-press-button"), reply_markup=keyboards.intake_share(i18n)
    )


@router.callback_query(IntakeCD.filter(F.action == "share"), Intake.share)
async def share_confirmed(
    callback: CallbackQuery,
    state: FSMContext,
    actor: Actor,
    tickets: TicketService,
    notifier: Notifier,
    i18n: I18nContext,
) -> None:
    data = await state.get_data()
    description, topic = data.get("description"), data.get("topic")
    if not description or not topic:
        await state.clear()
        raise StaleButton
        return
    ticket = await tickets.open(actor.id, topic, i18n.locale, description)
    await state.clear()
    await show(callback, i18n.get("intake-done", ref=ticket.ref), keyboards.home_only(i18n))
    await notifier.announce(tickets, ticket, reminder=False)


@router.callback_query(IntakeCD.filter(F.action == "cancel"))
async def intake_cancelled(
    callback: CallbackQuery, state: FSMContext, i18n: I18nContext, kb_holder: KbHolder
) -> None:
    await state.clear()
    text = i18n.get("intake-cancelled") + "\n\n" + i18n.get("menu-title")
    await show(callback, text, keyboards.main_menu(i18n, kb_holder.kb))


def _topics(i18n: I18nContext, kb_holder: KbHolder) -> InlineKeyboardMarkup:
    builder = InlineKeyboardBuilder()
    for topic in kb_holder.kb.ordered_topics():
        text = f"{topic.icon} {topic.title(i18n.locale)}".strip()
        builder.add(keyboards.button(text, AskCD(topic=topic.id).pack()))
    builder.adjust(2)
    builder.row(keyboards.button(i18n.get("btn-menu"), MenuCD(action="home").pack()))
    return builder.as_markup()
