"""Any free text outside a form is a question: answer with the best articles, or say honestly
that nothing fits and offer a lawyer (the question is kept, scrubbed, for editors)."""

from __future__ import annotations

from html import escape

from aiogram import F, Router
from aiogram.filters import StateFilter
from aiogram.types import Message
from aiogram_i18n import I18nContext

from bot.flows import keyboards
from bot.flows.filters import Consented
from bot.kb.model import Found
from bot.kb.reload import KbHolder
from bot.services.feedback import FeedbackService

MAX_QUERY = 500
SHOWN = 3
MAYBE = 2


async def question(
    message: Message, i18n: I18nContext, kb_holder: KbHolder, feedback: FeedbackService
) -> None:
    kb = kb_holder.kb
    query = (message.text or "")[:MAX_QUERY]
    result = kb.search(query, limit=SHOWN)
    found = [f for hit in result.hits if (f := kb.get(hit.id, i18n.locale)) is not None]
    if result.good:
        text = i18n.get("search-found") + "\n\n" + _listing(found)
    else:
        await feedback.record_gap(query, i18n.locale)
        found = found[:MAYBE]
        text = i18n.get("search-nothing")
        if found:
            text += "\n\n" + i18n.get("search-maybe") + "\n\n" + _listing(found)
    await message.answer(text, reply_markup=keyboards.search_results(i18n, found))


def _listing(found: list[Found]) -> str:
    return "\n\n".join(
        f"{number}. <b>{escape(item.article.title)}</b>\n{escape(item.article.summary)}"
        for number, item in enumerate(found, start=1)
    )


def build_router() -> Router:
    router = Router(name=__name__)
    router.message.filter(Consented(), F.chat.type == "private", StateFilter(None))
    router.message.register(question, F.text, ~F.text.startswith("/"))
    return router
