"""Every button press is answered exactly once; a refused one gets a polite alert."""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from typing import Any

from aiogram import BaseMiddleware
from aiogram.types import CallbackQuery, TelegramObject
from aiogram.utils.callback_answer import CallbackAnswer
from sqlalchemy.ext.asyncio import AsyncSession

from bot.services.errors import QorgauError

log = logging.getLogger(__name__)


class AnswerCallbacks(BaseMiddleware):
    """Handlers set `callback_answer.text`; domain errors become alerts in the user's language."""

    async def __call__(
        self,
        handler: Callable[[TelegramObject, dict[str, Any]], Awaitable[Any]],
        event: TelegramObject,
        data: dict[str, Any],
    ) -> Any:
        if not isinstance(event, CallbackQuery):
            return await handler(event, data)
        answer = data["callback_answer"] = CallbackAnswer(answered=False)
        i18n = data.get("i18n")
        try:
            return await handler(event, data)
        except QorgauError as error:
            log.info("Button refused: %s", type(error).__name__)
            await _undo(data)
            if i18n is not None:
                answer.text, answer.show_alert = i18n.get(error.key, **error.kwargs), True
            return None
        except Exception:
            await _undo(data)
            if i18n is not None:
                answer.text, answer.show_alert = i18n.get("error-generic"), True
            raise
        finally:
            await event.answer(text=answer.text, show_alert=answer.show_alert)


async def _undo(data: dict[str, Any]) -> None:
    """A refused or failed press leaves nothing half-written (the alert must not commit it)."""
    session = data.get("session")
    if isinstance(session, AsyncSession):
        await session.rollback()
