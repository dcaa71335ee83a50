"""429 waits retry_after and tries again; 5xx backs off; other errors pass through."""

from __future__ import annotations

import pytest
from aiogram.exceptions import TelegramForbiddenError, TelegramRetryAfter, TelegramServerError
from aiogram.methods import GetUpdates, SendMessage

from bot.app import create_app
from bot.console.session import LocalSession
from bot.telegram import RetryMiddleware
from tests.conftest import make_settings


def _failing(errors):
    def fault(method):
        if isinstance(method, SendMessage) and errors:
            return errors.pop(0)
        return None

    return fault


@pytest.fixture
async def app(sqlite_url, tmp_path):
    session = LocalSession()
    app = create_app(make_settings(sqlite_url, tmp_path), session=session, token="42:T")
    waits: list[float] = []

    async def sleep(seconds: float) -> None:
        waits.append(seconds)

    # the app installed a RetryMiddleware; swap in one with a recording sleep
    session.middleware._middlewares[:] = [RetryMiddleware(attempts=4, sleep=sleep)]
    yield app, session, waits
    await app.close()


async def test_429_waits_retry_after_then_delivers(app) -> None:
    app, session, waits = app
    method = SendMessage(chat_id=5, text="hi")
    session.faults.append(
        _failing(
            [
                TelegramRetryAfter(method, "Too Many Requests", 7),
                TelegramServerError(method, "Bad Gateway"),
            ]
        )
    )
    message = await app.bot.send_message(5, "hi")
    assert message.text == "hi"
    assert waits == [7, 4.0]
    assert len(session.calls(SendMessage)) == 1


async def test_gives_up_after_attempts_and_forbidden_is_not_retried(app) -> None:
    app, session, waits = app
    method = SendMessage(chat_id=5, text="hi")
    session.faults.append(_failing([TelegramServerError(method, "Bad Gateway")] * 10))
    with pytest.raises(TelegramServerError):
        await app.bot.send_message(5, "hi")
    assert len(waits) == 3
    session.faults[:] = [_failing([TelegramForbiddenError(method, "Forbidden: bot was blocked")])]
    with pytest.raises(TelegramForbiddenError):
        await app.bot.send_message(5, "hi")
    assert len(waits) == 3


async def test_polling_is_not_retried_here(app) -> None:
    app, session, waits = app

    def fault(method):
        return (
            TelegramServerError(method, "Bad Gateway") if isinstance(method, GetUpdates) else None
        )

    session.faults.append(fault)
    with pytest.raises(TelegramServerError):
        await app.bot.get_updates()
    assert waits == []
