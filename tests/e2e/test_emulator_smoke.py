"""Proves the e2e harness: a real aiogram 3 bot talks to the local Bot API emulator.

The first test runs ``tests/e2e/_echo_bot.py`` as a subprocess (exactly how ``qorgau run`` will
be run); the others drive aiogram's own ``Bot`` in-process to pin the emulator's Bot API
shapes (getMe, long polling, offsets, edits, errors) that the fixes in ``server.js`` provide.
"""

from __future__ import annotations

import asyncio
import os
import sys
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

import pytest
from aiogram import Bot
from aiogram.client.session.aiohttp import AiohttpSession
from aiogram.client.telegram import TelegramAPIServer
from aiogram.exceptions import TelegramBadRequest
from aiogram.types import (
    BotCommand,
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    Message,
)

from tests.e2e.emulator_client import E2E_DIR, BotProcess, Emulator

# A syntactically valid, obviously fake token: the emulator accepts any "<digits>:<text>".
TOKEN = "123456789:emulator-smoke-test-token"
ECHO_BOT = E2E_DIR / "_echo_bot.py"


@asynccontextmanager
async def aiogram_bot(emulator: Emulator) -> AsyncIterator[Bot]:
    session = AiohttpSession(api=TelegramAPIServer.from_base(emulator.api_url))
    bot = Bot(token=TOKEN, session=session)
    try:
        yield bot
    finally:
        await bot.session.close()


def press_keyboard() -> InlineKeyboardMarkup:
    return InlineKeyboardMarkup(
        inline_keyboard=[[InlineKeyboardButton(text="Press", callback_data="press")]]
    )


@pytest.mark.asyncio
async def test_real_bot_process_start_click_edit() -> None:
    async with Emulator() as emulator:
        env = {**os.environ, "BOT_TOKEN": TOKEN, "TELEGRAM_API_URL": emulator.api_url}
        async with BotProcess([sys.executable, str(ECHO_BOT)], env=env) as bot_process:
            await bot_process.wait_ready(emulator, TOKEN)
            user = emulator.user(TOKEN)

            await user.send_text("/start")
            greeting = await user.wait_for("hello")
            assert greeting.text == "hello"
            assert greeting.raw_text == "<b>hello</b>"
            assert greeting.button_labels == ["Press"]

            await user.click("Press")
            edited = await user.wait_for("pressed")
            assert edited.message_id == greeting.message_id
            assert edited.edited
            assert edited.buttons == []  # editMessageText without markup drops the keyboard
            answer = await user.wait_callback_answer()
            assert answer.text == "done"

            status = await emulator.bot_status(TOKEN)
            assert status["unanswered_callbacks"] == []
            assert status["commands"][0]["commands"] == [
                {"command": "start", "description": "Start"}
            ]
            # a second user is isolated from the first one
            other = emulator.user(TOKEN)
            await other.send_text("/start")
            assert (await other.wait_for("hello")).chat_id == other.chat_id
            assert [m.text for m in await user.messages()] == ["pressed"]

            await bot_process.stop()
            assert bot_process.returncode is not None
        assert "Traceback" not in bot_process.output()


@pytest.mark.asyncio
async def test_get_me_and_long_polling_with_offset() -> None:
    async with Emulator() as emulator, aiogram_bot(emulator) as bot:
        me = await bot.get_me()
        assert me.is_bot
        assert me.id == 123456789
        assert me.username

        loop = asyncio.get_running_loop()
        started = loop.time()
        assert await bot.get_updates(timeout=1) == []
        assert loop.time() - started >= 0.9  # held, not answered at once

        user = emulator.user(TOKEN)
        poll = asyncio.create_task(bot.get_updates(timeout=10))
        await asyncio.sleep(0.2)
        started = loop.time()
        await user.send_text("/start")
        updates = await asyncio.wait_for(poll, 5)
        assert loop.time() - started < 2  # woken by the update, not by the timeout
        assert len(updates) == 1
        first = updates[0].message
        assert first is not None
        assert first.text == "/start"
        assert first.entities is not None
        assert first.entities[0].type == "bot_command"

        await user.send_text("second")
        # without offset unconfirmed updates are delivered again
        again = await bot.get_updates(timeout=0)
        assert len(again) == 2
        assert again[0].update_id == updates[0].update_id
        rest = await bot.get_updates(offset=updates[0].update_id + 1, timeout=0)
        assert [u.message.text for u in rest if u.message] == ["second"]
        assert await bot.get_updates(offset=rest[-1].update_id + 1, timeout=0) == []


@pytest.mark.asyncio
async def test_bot_api_shapes_for_messages_callbacks_and_commands() -> None:
    async with Emulator() as emulator, aiogram_bot(emulator) as bot:
        assert await bot.delete_webhook(drop_pending_updates=True) is True
        assert await bot.set_my_commands([BotCommand(command="start", description="Start")])
        assert [c.command for c in await bot.get_my_commands()] == ["start"]

        user = emulator.user(TOKEN, language_code="ru")
        await user.send_text("hi")
        (update,) = await bot.get_updates(timeout=1)
        assert update.message is not None
        assert update.message.from_user is not None
        assert update.message.from_user.language_code == "ru"

        sent = await bot.send_message(
            user.chat_id,
            "<b>menu</b> &amp; more",
            parse_mode="HTML",
            reply_markup=press_keyboard(),
        )
        assert sent.text == "menu & more"
        assert sent.reply_markup is not None
        assert sent.reply_markup.model_dump() == press_keyboard().model_dump()
        assert sent.from_user is not None
        assert sent.from_user.is_bot

        with pytest.raises(TelegramBadRequest, match="can't parse entities"):
            await bot.send_message(user.chat_id, "a<br>b", parse_mode="HTML")

        await user.click("Press")
        (click,) = await bot.get_updates(offset=update.update_id + 1, timeout=5)
        query = click.callback_query
        assert query is not None
        assert query.chat_instance
        assert query.data == "press"
        assert isinstance(query.message, Message)
        assert query.message.message_id == sent.message_id
        assert await bot.answer_callback_query(query.id, text="ok") is True
        with pytest.raises(TelegramBadRequest, match="query is too old"):
            await bot.answer_callback_query(query.id)

        edited = await bot.edit_message_text(
            "pressed", chat_id=user.chat_id, message_id=sent.message_id
        )
        assert isinstance(edited, Message)
        assert edited.text == "pressed"
        assert edited.reply_markup is None
        with pytest.raises(TelegramBadRequest, match="message is not modified"):
            await bot.edit_message_text(
                "pressed", chat_id=user.chat_id, message_id=sent.message_id
            )
        marked = await bot.edit_message_reply_markup(
            chat_id=user.chat_id, message_id=sent.message_id, reply_markup=press_keyboard()
        )
        assert isinstance(marked, Message)
        assert marked.reply_markup is not None
        assert marked.reply_markup.model_dump() == press_keyboard().model_dump()
        latest = await user.wait_for(lambda m: m.message_id == sent.message_id and bool(m.buttons))
        assert latest.text == "pressed"

        assert await bot.delete_message(user.chat_id, sent.message_id) is True
        await user.wait_for_deletion(sent.message_id)
        assert await user.messages() == []
        with pytest.raises(TelegramBadRequest, match="message to delete not found"):
            await bot.delete_message(user.chat_id, sent.message_id)
