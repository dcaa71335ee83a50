"""Rights information: topics, articles, pages."""

from __future__ import annotations

from html import escape

from aiogram import Router
from aiogram.types import CallbackQuery
from aiogram.utils.callback_answer import CallbackAnswer
from aiogram_i18n import I18nContext

from bot.callbacks import ArticleCD, TopicCD, VoteCD
from bot.flows import keyboards
from bot.flows.filters import Consented
from bot.kb.model import Article, Found
from bot.kb.reload import KbHolder
from bot.kb.render import paginate, to_blocks
from bot.lru import Lru
from bot.services.errors import StaleButton
from bot.services.feedback import FeedbackService
from bot.services.users import Actor
from bot.telegram import show


async def show_topic(
    callback: CallbackQuery, callback_data: TopicCD, i18n: I18nContext, kb_holder: KbHolder
) -> None:
    kb = kb_holder.kb
    topic = kb.topics.get(callback_data.topic)
    if topic is None:
        raise StaleButton
        return
    found = kb.in_topic(topic.id, i18n.locale)
    title = f"{topic.icon} <b>{topic.title(i18n.locale)}</b>"
    text = f"{title}\n\n" + (i18n.get("topic-pick") if found else i18n.get("topic-empty"))
    await show(callback, text, keyboards.topic(i18n, topic.id, found))


async def show_article(
    callback: CallbackQuery, callback_data: ArticleCD, i18n: I18nContext, kb_holder: KbHolder
) -> None:
    found = kb_holder.kb.get(callback_data.id, i18n.locale)
    if found is None:
        raise StaleButton
        return
    pages = article_pages(found, i18n)
    page = min(max(callback_data.page, 0), len(pages) - 1)
    markup = keyboards.article(i18n, found.article.id, found.article.topic, page, len(pages))
    await show(callback, pages[page], markup)


async def vote(
    callback: CallbackQuery,
    callback_data: VoteCD,
    actor: Actor,
    feedback: FeedbackService,
    i18n: I18nContext,
    kb_holder: KbHolder,
    callback_answer: CallbackAnswer,
) -> None:
    if callback_data.id not in kb_holder.kb.articles:
        raise StaleButton
    await feedback.vote(actor.id, callback_data.id, i18n.locale, 1 if callback_data.up else -1)
    callback_answer.text = i18n.get("vote-thanks" if callback_data.up else "vote-thanks-down")


CACHED_PAGES = 1000
_PAGES: Lru[tuple[str, str, bool], tuple[Article, list[str]]] = Lru(CACHED_PAGES)


def article_pages(found: Found, i18n: I18nContext) -> list[str]:
    """The article's pages in this language, rendered once (until the knowledge base reloads)."""
    key = (found.article.id, i18n.locale, found.fallback)
    cached = _PAGES.get(key)
    if cached is not None and cached[0] is found.article:
        return cached[1]
    pages = _render_pages(found, i18n)
    _PAGES.put(key, (found.article, pages))
    return pages


def _render_pages(found: Found, i18n: I18nContext) -> list[str]:
    article = found.article
    blocks: list[str] = []
    if found.fallback:
        blocks.append(i18n.get("kb-fallback-notice"))
    blocks.append(f"<b>{escape(article.title)}</b>")
    blocks.extend(to_blocks(article.body))
    if article.legal_basis:
        blocks.append(f"<b>{i18n.get('kb-legal-basis')}</b>")
        blocks.extend(f"• {escape(line)}" for line in article.legal_basis)
    if article.reviewed:
        blocks.append(i18n.get("kb-reviewed", date=article.reviewed.isoformat()))
    blocks.append(f"<i>{i18n.get('kb-disclaimer')}</i>")
    return paginate(blocks)


def build_router() -> Router:
    router = Router(name=__name__)
    router.callback_query.filter(Consented())
    router.callback_query.register(show_topic, TopicCD.filter())
    router.callback_query.register(show_article, ArticleCD.filter())
    router.callback_query.register(vote, VoteCD.filter())
    return router
