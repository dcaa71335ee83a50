"""What each step of the questionnaire shows: text and buttons, from Fluent and the topics."""

from __future__ import annotations

import datetime as dt
from html import escape

from aiogram.types import (
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    KeyboardButton,
    ReplyKeyboardMarkup,
)
from aiogram_i18n import I18nContext

from bot.callbacks import ArticleCD, AskCD, IntakeAction, IntakeCD, MenuAction, MenuCD
from bot.dates import short_day
from bot.flows.intake_state import Answers
from bot.flows.keyboards import button, grid
from bot.kb.model import KnowledgeBase
from bot.outbox.labels import case_labels
from bot.services.triage import (
    ANYWHERE,
    CITIZENSHIPS,
    DEADLINE_DAYS,
    NOT_A_CASE_TOPIC,
    OTHER_TOPIC,
    REGIONS,
    URGENCIES,
)

STEPS = (
    "topic",
    "urgency",
    "deadline",
    "region",
    "citizenship",
    "description",
    "contact",
    "share",
)
EDITABLE = ("topic", "urgency", "region", "citizenship", "description", "contact")
RED_FLAG_ARTICLES = {
    "detained": ("expulsion-detained-rights", "contacts-emergency-numbers"),
    "danger": ("contacts-emergency-numbers", "contacts-trafficking-help"),
}


def _nav(i18n: I18nContext, back: bool = True) -> list[InlineKeyboardButton]:
    row = [button(i18n.get("btn-cancel"), IntakeCD(action=IntakeAction.CANCEL).pack())]
    if back:
        row.insert(0, button(i18n.get("btn-back"), IntakeCD(action=IntakeAction.BACK).pack()))
    return row


def topics(i18n: I18nContext, kb: KnowledgeBase) -> tuple[str, InlineKeyboardMarkup]:
    buttons = [
        button(f"{t.icon} {t.title(i18n.locale)}".strip(), AskCD(topic=t.id).pack())
        for t in kb.ordered_topics()
        if t.id not in NOT_A_CASE_TOPIC
    ]
    buttons.append(button(i18n.get("topic-other"), AskCD(topic=OTHER_TOPIC).pack()))
    rows = [
        *grid(buttons, 2),
        [button(i18n.get("btn-menu"), MenuCD(action=MenuAction.HOME).pack())],
    ]
    return i18n.get("intake-choose-topic"), InlineKeyboardMarkup(inline_keyboard=rows)


def urgency(i18n: I18nContext) -> tuple[str, InlineKeyboardMarkup]:
    rows = [
        [button(i18n.get(f"urgency-{code}"), IntakeCD(action=IntakeAction.URG, value=code).pack())]
        for code in URGENCIES
    ]
    return i18n.get("intake-urgency"), InlineKeyboardMarkup(inline_keyboard=[*rows, _nav(i18n)])


def deadline(i18n: I18nContext, today: dt.date) -> tuple[str, InlineKeyboardMarkup]:
    """A button for each day of the next week (a phone needs no typing), or a typed date."""
    days = [today + dt.timedelta(days=n) for n in range(DEADLINE_DAYS + 1)]
    buttons = [
        button(
            short_day(day, i18n.locale),
            IntakeCD(action=IntakeAction.DAY, value=day.isoformat()).pack(),
        )
        for day in days
    ]
    rows = [*grid(buttons, 2), _nav(i18n)]
    text = i18n.get("intake-deadline", example=date_example(today))
    return text, InlineKeyboardMarkup(inline_keyboard=rows)


def date_example(today: dt.date) -> str:
    """An example that is itself a valid answer: three days from today."""
    return (today + dt.timedelta(days=3)).strftime("%d.%m.%Y")


def region(i18n: I18nContext) -> tuple[str, InlineKeyboardMarkup]:
    buttons = [
        button(i18n.get(f"region-{code}"), IntakeCD(action=IntakeAction.REG, value=code).pack())
        for code in (*REGIONS, *ANYWHERE)
    ]
    rows = [*grid(buttons, 2), _nav(i18n)]
    return i18n.get("intake-region"), InlineKeyboardMarkup(inline_keyboard=rows)


def citizenship(i18n: I18nContext) -> tuple[str, InlineKeyboardMarkup]:
    buttons = [
        button(i18n.get(f"cit-{code}"), IntakeCD(action=IntakeAction.CIT, value=code).pack())
        for code in CITIZENSHIPS
    ]
    rows = [*grid(buttons, 3), _nav(i18n)]
    return i18n.get("intake-citizenship"), InlineKeyboardMarkup(inline_keyboard=rows)


def description(i18n: I18nContext, given: Answers) -> tuple[str, InlineKeyboardMarkup]:
    rows = []
    if given.description:
        rows.append([button(i18n.get("btn-continue"), IntakeCD(action=IntakeAction.MORE).pack())])
    rows.append(_nav(i18n))
    text = i18n.get("intake-describe", topic=given.topic_title)
    return text, InlineKeyboardMarkup(inline_keyboard=rows)


def contact(i18n: I18nContext) -> tuple[str, ReplyKeyboardMarkup]:
    markup = ReplyKeyboardMarkup(
        keyboard=[
            [KeyboardButton(text=i18n.get("btn-contact-bot"))],
            [KeyboardButton(text=i18n.get("btn-contact-phone"), request_contact=True)],
            [
                KeyboardButton(text=i18n.get("btn-back")),
                KeyboardButton(text=i18n.get("btn-cancel")),
            ],
        ],
        resize_keyboard=True,
        one_time_keyboard=True,
    )
    return i18n.get("intake-contact"), markup


def share(i18n: I18nContext) -> tuple[str, InlineKeyboardMarkup]:
    rows = [
        [button(i18n.get("btn-share-yes"), IntakeCD(action=IntakeAction.SHARE).pack())],
        _nav(i18n),
    ]
    return i18n.get("intake-share"), InlineKeyboardMarkup(inline_keyboard=rows)


def summary(
    i18n: I18nContext, kb: KnowledgeBase, given: Answers
) -> tuple[str, InlineKeyboardMarkup]:
    labels = case_labels(
        i18n.get,
        i18n.locale,
        topic=kb.topics.get(given.topic),
        urgency=given.urgency,
        deadline=given.deadline,
        region=given.region,
        citizenship=given.citizenship,
    )
    text = i18n.get(
        "intake-summary",
        **labels,
        contact=i18n.get("contact-phone" if given.phone else "contact-bot"),
        files=len(given.files),
        description=escape(given.description),
    )
    edits = [
        button(i18n.get(f"btn-edit-{step}"), IntakeCD(action=IntakeAction.EDIT, value=step).pack())
        for step in EDITABLE
    ]
    rows = [
        [button(i18n.get("btn-send-request"), IntakeCD(action=IntakeAction.SEND).pack())],
        *grid(edits, 2),
        [button(i18n.get("btn-cancel"), IntakeCD(action=IntakeAction.CANCEL).pack())],
    ]
    return text, InlineKeyboardMarkup(inline_keyboard=rows)


def red_flag(i18n: I18nContext, kb: KnowledgeBase, code: str) -> tuple[str, InlineKeyboardMarkup]:
    rows = []
    for article_id in RED_FLAG_ARTICLES.get(code, ()):
        found = kb.get(article_id, i18n.locale)
        if found is not None:
            rows.append([button(f"📖 {found.article.title}", ArticleCD(id=article_id).pack())])
    return i18n.get(f"redflag-{code}"), InlineKeyboardMarkup(inline_keyboard=rows)
