"""Domain errors become a polite answer; anything else is logged without the user's words."""

from __future__ import annotations

import logging
import traceback

from aiogram import Router
from aiogram.filters import ExceptionTypeFilter
from aiogram.types import ErrorEvent, Message
from aiogram_i18n import I18nContext

from bot.services.errors import QorgauError

log = logging.getLogger(__name__)


async def domain_error(event: ErrorEvent, i18n: I18nContext) -> None:
    error = event.exception
    assert isinstance(error, QorgauError)
    log.info("Update %s refused: %s", event.update.update_id, type(error).__name__)
    await _answer(event, i18n.get(error.key, **error.kwargs))


async def unexpected_error(event: ErrorEvent, i18n: I18nContext | None = None) -> None:
    """Log where it failed, never the update nor the exception's text (either may hold words)."""
    error = event.exception
    where = "".join(traceback.format_tb(error.__traceback__))
    log.error(
        "Update %s (%s) failed with %s\n%s",
        event.update.update_id,
        event.update.event_type,
        type(error).__name__,
        where,
    )
    if i18n is not None:
        await _answer(event, i18n.get("error-generic"))


async def _answer(event: ErrorEvent, text: str) -> None:
    """Messages get a reply; button presses were already answered by AnswerCallbacks."""
    if isinstance(message := event.update.message, Message):
        await message.answer(text)


def build_router() -> Router:
    router = Router(name=__name__)
    router.error.register(domain_error, ExceptionTypeFilter(QorgauError))
    router.error.register(unexpected_error)
    return router
