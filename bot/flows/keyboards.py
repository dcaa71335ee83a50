"""Keyboards built from Fluent strings and the knowledge base."""

from __future__ import annotations

from collections.abc import Callable, Hashable

from aiogram.types import InlineKeyboardButton, InlineKeyboardMarkup
from aiogram_i18n import I18nContext

from bot.callbacks import (
    ArticleCD,
    AskCD,
    ConsentAction,
    ConsentCD,
    LangCD,
    MenuAction,
    MenuCD,
    NewsAction,
    NewsCD,
    RemindAction,
    RemindCD,
    TopicCD,
    VoteCD,
)
from bot.kb.model import LANGUAGES, Found, KnowledgeBase
from bot.lru import Lru
from bot.services.reminders import ARTICLE_KINDS

# Keyboards that depend only on the language, the knowledge base and ids are built once and
# shared (nobody mutates a sent markup: the bidi middleware makes a new one). Locales are loaded
# once per process; a knowledge reload makes a new KnowledgeBase, which is part of the key.
_BUILT: Lru[tuple[Hashable, ...], InlineKeyboardMarkup] = Lru(4096)


def _once(
    key: tuple[Hashable, ...], build: Callable[[], InlineKeyboardMarkup]
) -> InlineKeyboardMarkup:
    markup = _BUILT.get(key)
    if markup is None:
        markup = build()
        _BUILT.put(key, markup)
    return markup


def button(text: str, callback_data: str) -> InlineKeyboardButton:
    return InlineKeyboardButton(text=text, callback_data=callback_data)


def grid(buttons: list[InlineKeyboardButton], width: int = 2) -> list[list[InlineKeyboardButton]]:
    """`width` buttons a row (aiogram's keyboard builder deep-copies every button it exports)."""
    return [buttons[index : index + width] for index in range(0, len(buttons), width)]


def languages(i18n: I18nContext, suggested: str | None = None) -> InlineKeyboardMarkup:
    """Every language in its own script; Telegram's language, when we have it, one tap away."""
    return _once(("lang", i18n.locale, suggested), lambda: _languages(i18n, suggested))


def _languages(i18n: I18nContext, suggested: str | None) -> InlineKeyboardMarkup:
    rows = grid(
        [button(i18n.get("lang-name", code), LangCD(code=code).pack()) for code in LANGUAGES]
    )
    if suggested in LANGUAGES:
        top = button(i18n.get("btn-continue-in", suggested), LangCD(code=suggested).pack())
        rows.insert(0, [top])
    return InlineKeyboardMarkup(inline_keyboard=rows)


def consent(i18n: I18nContext, *, full: bool) -> InlineKeyboardMarkup:
    return _once(("consent", i18n.locale, full), lambda: _consent(i18n, full))


def _consent(i18n: I18nContext, full: bool) -> InlineKeyboardMarkup:
    rows = [[button(i18n.get("btn-consent-yes"), ConsentCD(action=ConsentAction.YES).pack())]]
    if not full:
        rows.append(
            [button(i18n.get("btn-privacy-full"), ConsentCD(action=ConsentAction.FULL).pack())]
        )
    rows.append([button(i18n.get("btn-consent-no"), ConsentCD(action=ConsentAction.NO).pack())])
    return InlineKeyboardMarkup(inline_keyboard=rows)


_MENUS: dict[str, tuple[KnowledgeBase, InlineKeyboardMarkup]] = {}


def main_menu(i18n: I18nContext, kb: KnowledgeBase) -> InlineKeyboardMarkup:
    """The same for everyone in a language until the knowledge base reloads: built once. The
    knowledge base itself is kept beside it and compared by identity (an `id()` in a key could
    be reused by the next knowledge base once the old one is freed)."""
    cached = _MENUS.get(i18n.locale)
    if cached is not None and cached[0] is kb:
        return cached[1]
    markup = _main_menu(i18n, kb)
    _MENUS[i18n.locale] = (kb, markup)
    return markup


def _main_menu(i18n: I18nContext, kb: KnowledgeBase) -> InlineKeyboardMarkup:
    rows = grid(
        [
            button(
                f"{topic.icon} {topic.title(i18n.locale)}".strip(), TopicCD(topic=topic.id).pack()
            )
            for topic in kb.ordered_topics()
        ]
    )
    rows.append(
        [
            button(i18n.get("btn-ask-lawyer"), AskCD(topic="none").pack()),
            button(i18n.get("btn-help"), MenuCD(action=MenuAction.HELP).pack()),
        ]
    )
    rows.append([button(i18n.get("news-btn-settings"), NewsCD(action=NewsAction.SHOW).pack())])
    return InlineKeyboardMarkup(inline_keyboard=rows)


def home_only(i18n: I18nContext) -> InlineKeyboardMarkup:
    return _once(
        ("home", i18n.locale),
        lambda: InlineKeyboardMarkup(
            inline_keyboard=[[button(i18n.get("btn-menu"), MenuCD(action=MenuAction.HOME).pack())]]
        ),
    )


def topic(i18n: I18nContext, topic_id: str, found: list[Found]) -> InlineKeyboardMarkup:
    key = ("topic", i18n.locale, topic_id, *(item.article.id for item in found))
    titles = tuple(item.article.title for item in found)
    return _once((*key, titles), lambda: _topic(i18n, topic_id, found))


def _topic(i18n: I18nContext, topic_id: str, found: list[Found]) -> InlineKeyboardMarkup:
    rows = [[button(item.article.title, ArticleCD(id=item.article.id).pack())] for item in found]
    rows.append([button(i18n.get("btn-ask-lawyer"), AskCD(topic=topic_id).pack())])
    rows.append([button(i18n.get("btn-menu"), MenuCD(action=MenuAction.HOME).pack())])
    return InlineKeyboardMarkup(inline_keyboard=rows)


def article(
    i18n: I18nContext, article_id: str, topic_id: str, page: int, pages: int
) -> InlineKeyboardMarkup:
    key = ("article", i18n.locale, article_id, topic_id, page, pages)
    return _once(key, lambda: _article(i18n, article_id, topic_id, page, pages))


def _article(
    i18n: I18nContext, article_id: str, topic_id: str, page: int, pages: int
) -> InlineKeyboardMarkup:
    rows: list[list[InlineKeyboardButton]] = []
    if pages > 1:
        nav: list[InlineKeyboardButton] = []
        if page > 0:
            nav.append(button("◀", ArticleCD(id=article_id, page=page - 1).pack()))
        nav.append(button(f"{page + 1}/{pages}", ArticleCD(id=article_id, page=page).pack()))
        if page < pages - 1:
            nav.append(button("▶", ArticleCD(id=article_id, page=page + 1).pack()))
        rows.append(nav)
    rows.append([button(i18n.get("btn-ask-lawyer-about"), AskCD(topic=topic_id).pack())])
    if article_id in ARTICLE_KINDS:  # e.g. the permit tax: a reminder of it, set from here
        kind = ARTICLE_KINDS[article_id]
        rows.append(
            [
                button(
                    i18n.get("timers-btn-set"),
                    RemindCD(action=RemindAction.KIND, value=kind).pack(),
                )
            ]
        )
    rows.append(
        [
            button(i18n.get("btn-helpful-yes"), VoteCD(id=article_id, up=True).pack()),
            button(i18n.get("btn-helpful-no"), VoteCD(id=article_id, up=False).pack()),
        ]
    )
    rows.append(
        [
            button(i18n.get("btn-back"), TopicCD(topic=topic_id).pack()),
            button(i18n.get("btn-menu"), MenuCD(action=MenuAction.HOME).pack()),
        ]
    )
    return InlineKeyboardMarkup(inline_keyboard=rows)


def search_results(i18n: I18nContext, found: list[Found]) -> InlineKeyboardMarkup:
    rows = [
        [button(f"{number}. {item.article.title}", ArticleCD(id=item.article.id).pack())]
        for number, item in enumerate(found, start=1)
    ]
    # the question's topic is the best answer's: Ask a lawyer does not ask for it again
    topic = found[0].article.topic if found else "none"
    rows.append(
        [
            button(i18n.get("btn-ask-lawyer"), AskCD(topic=topic).pack()),
            button(i18n.get("btn-menu"), MenuCD(action=MenuAction.HOME).pack()),
        ]
    )
    return InlineKeyboardMarkup(inline_keyboard=rows)
