"""The screens of /announce: the source (a text per language, or an article), the audience
(language, region, open case), the draft as a reader sees it, and the confirmation."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any, NamedTuple

from aiogram.fsm.context import FSMContext
from aiogram.types import CallbackQuery, InlineKeyboardMarkup, Message
from aiogram_i18n import I18nContext

from bot.callbacks import AnnounceAction, AnnounceCD
from bot.flows.keyboards import button, grid
from bot.kb.model import LANGUAGES
from bot.kb.reload import KbHolder
from bot.outbox.announcements import Announcer
from bot.outbox.notifier import Notifier
from bot.services.announce import AnnouncementService, Audience
from bot.services.errors import StaleButton
from bot.services.triage import REGIONS
from bot.telegram import show


class Step(NamedTuple):
    """One press on a screen of the draft."""

    cb: CallbackQuery
    value: str
    state: FSMContext
    data: dict[str, Any]
    i18n: I18nContext
    kb: KbHolder


class Writing:
    """Where the admin writes the text in one language (set by the flow module)."""

    state: Any = None


async def _write(step: Step) -> None:
    cb, _value, _state, _data, i18n, _kb = step
    rows = grid(
        [
            button(
                i18n.get("lang-name", c), AnnounceCD(action=AnnounceAction.LANG, value=c).pack()
            )
            for c in LANGUAGES
        ]
    )
    await show(cb, i18n.get("announce-pick-language"), InlineKeyboardMarkup(inline_keyboard=rows))


async def _lang(step: Step) -> None:
    cb, value, state, _data, i18n, _kb = step
    if value not in LANGUAGES:
        raise StaleButton
    await state.set_state(Writing.state)
    await state.update_data(writing=value)
    await show(cb, i18n.get("announce-write-prompt", language=i18n.get("lang-name", value)))


async def _article(step: Step) -> None:
    cb, _value, _state, _data, i18n, kb = step
    topics = kb.kb.ordered_topics()
    rows = grid(
        [
            button(
                f"{t.icon} {t.title(i18n.locale)}",
                AnnounceCD(action=AnnounceAction.TOPIC, value=t.id).pack(),
            )
            for t in topics
        ]
    )
    await show(cb, i18n.get("announce-pick-article"), InlineKeyboardMarkup(inline_keyboard=rows))


async def _topic(step: Step) -> None:
    cb, value, _state, _data, i18n, kb = step
    found = kb.kb.in_topic(value, i18n.locale) if value in kb.kb.topics else []
    if not found:
        raise StaleButton
    rows = [
        [
            button(
                f.article.title, AnnounceCD(action=AnnounceAction.PICK, value=f.article.id).pack()
            )
        ]
        for f in found
    ]
    await show(cb, i18n.get("announce-pick-article"), InlineKeyboardMarkup(inline_keyboard=rows))


async def _pick(step: Step) -> None:
    _cb, value, state, _data, _i18n, kb = step
    if value not in kb.kb.articles:
        raise StaleButton
    await state.update_data(article=value, texts={})


async def _aud_lang(step: Step) -> None:
    cb, _value, _state, _data, i18n, _kb = step
    options = [("", i18n.get("announce-everyone"))] + [
        (c, i18n.get("lang-name", c)) for c in LANGUAGES
    ]
    rows = grid(
        [
            button(label, AnnounceCD(action=AnnounceAction.SET_LANG, value=c).pack())
            for c, label in options
        ]
    )
    await show(cb, i18n.get("announce-pick-audience"), InlineKeyboardMarkup(inline_keyboard=rows))


async def _aud_region(step: Step) -> None:
    cb, _value, _state, _data, i18n, _kb = step
    options = [("", i18n.get("announce-everywhere"))] + [
        (r, i18n.get(f"region-{r}")) for r in REGIONS
    ]
    rows = grid(
        [
            button(label, AnnounceCD(action=AnnounceAction.SET_REGION, value=r).pack())
            for r, label in options
        ]
    )
    await show(cb, i18n.get("announce-pick-audience"), InlineKeyboardMarkup(inline_keyboard=rows))


async def _set(step: Step) -> None:
    cb, value, state, data, _i18n, _kb = step
    action = AnnounceCD.unpack(cb.data or "").action
    if action == AnnounceAction.SET_LANG and value in ("", *LANGUAGES):
        await state.update_data(lang=value)
    elif action == AnnounceAction.SET_REGION and value in ("", *REGIONS):
        await state.update_data(region=value)
    elif action == AnnounceAction.OPEN:
        await state.update_data(open=not data.get("open"))
    elif action != AnnounceAction.BACK:
        raise StaleButton


async def _ready(step: Step) -> None:
    _cb, _value, _state, data, _i18n, _kb = step
    if not data.get("texts") and not data.get("article"):
        raise StaleButton


SCREENS: dict[AnnounceAction, Callable[[Step], Awaitable[None]]] = {
    AnnounceAction.WRITE: _write,
    AnnounceAction.LANG: _lang,
    AnnounceAction.ARTICLE: _article,
    AnnounceAction.TOPIC: _topic,
    AnnounceAction.PICK: _pick,
    AnnounceAction.AUD_LANG: _aud_lang,
    AnnounceAction.AUD_REGION: _aud_region,
    AnnounceAction.SET_LANG: _set,
    AnnounceAction.SET_REGION: _set,
    AnnounceAction.OPEN: _set,
    AnnounceAction.BACK: _set,
    AnnounceAction.SEND: _ready,
}
# the screens after which the admin is asked something more, not shown the draft again
ASKS_MORE = frozenset(
    (
        AnnounceAction.WRITE, AnnounceAction.LANG, AnnounceAction.ARTICLE, AnnounceAction.TOPIC,
        AnnounceAction.AUD_LANG, AnnounceAction.AUD_REGION, AnnounceAction.SEND,
    )
)  # fmt: skip


def audience_of(data: dict[str, Any]) -> Audience:
    return Audience(
        str(data.get("lang") or ""), str(data.get("region") or ""), bool(data.get("open"))
    )


async def draft(
    event: Message | CallbackQuery,
    state: FSMContext,
    announcements: AnnouncementService,
    notifier: Notifier,
    kb_holder: KbHolder,
    i18n: I18nContext,
) -> None:
    """The announcement as a reader in the admin's language sees it, and who would get it."""
    data = await state.get_data()
    texts, article, audience = (
        dict(data.get("texts") or {}),
        data.get("article"),
        audience_of(data),
    )
    post = Announcer(notifier.outbox, notifier.core, lambda: kb_holder.kb, notifier.default_locale)
    letter = post.letter(0, i18n.locale, texts, article) if texts or article else None
    count = await announcements.count(audience)
    everyone = i18n.get("announce-everyone")
    summary = i18n.get(
        "announce-draft",
        preview=letter.text if letter else i18n.get("announce-empty"),
        languages=", ".join(i18n.get("lang-name", code) for code in texts) or "—",
        language=i18n.get("lang-name", audience.locale) if audience.locale else everyone,
        region=i18n.get(f"region-{audience.region}")
        if audience.region
        else i18n.get("announce-everywhere"),
        open=i18n.get("announce-open-yes" if audience.open_case else "announce-open-no"),
        count=count,
    )
    markup = _draft_markup(i18n)
    if isinstance(event, Message):
        await event.answer(summary, reply_markup=markup)
    else:
        await show(event, summary, markup)


# the draft's buttons, row by row: (Fluent key, action)
DRAFT_BUTTONS = (
    (
        ("announce-btn-add-language", AnnounceAction.WRITE),
        ("announce-btn-article", AnnounceAction.ARTICLE),
    ),
    (
        ("announce-btn-language", AnnounceAction.AUD_LANG),
        ("announce-btn-region", AnnounceAction.AUD_REGION),
    ),
    (("announce-btn-open", AnnounceAction.OPEN),),
    (("announce-btn-send", AnnounceAction.SEND), ("btn-cancel", AnnounceAction.CANCEL)),
)


def _draft_markup(i18n: I18nContext) -> InlineKeyboardMarkup:
    rows = [
        [button(i18n.get(key), AnnounceCD(action=action).pack()) for key, action in row]
        for row in DRAFT_BUTTONS
    ]
    return InlineKeyboardMarkup(inline_keyboard=rows)


async def confirm(callback: CallbackQuery, count: int, i18n: I18nContext) -> None:
    rows = [
        [
            button(
                i18n.get("announce-btn-confirm", count=count),
                AnnounceCD(action=AnnounceAction.GO).pack(),
            )
        ],
        [button(i18n.get("btn-back"), AnnounceCD(action=AnnounceAction.BACK).pack())],
    ]
    await show(
        callback,
        i18n.get("announce-confirm", count=count),
        InlineKeyboardMarkup(inline_keyboard=rows),
    )
