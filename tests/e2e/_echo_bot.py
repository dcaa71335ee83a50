"""Minimal aiogram 3 bot used by the emulator smoke test (not part of Qorgau).

Reads BOT_TOKEN and TELEGRAM_API_URL from the environment, answers /start with "hello" and an
inline button "Press", and edits that message to "pressed" when the button is clicked.
"""

from __future__ import annotations

import asyncio
import logging
import os

from aiogram import Bot, Dispatcher, F
from aiogram.client.default import DefaultBotProperties
from aiogram.client.session.aiohttp import AiohttpSession
from aiogram.client.telegram import TelegramAPIServer
from aiogram.enums import ParseMode
from aiogram.filters import CommandStart
from aiogram.types import (
    BotCommand,
    CallbackQuery,
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    Message,
)

PRESS_DATA = "press"

dispatcher = Dispatcher()


@dispatcher.message(CommandStart())
async def on_start(message: Message) -> None:
    keyboard = InlineKeyboardMarkup(
        inline_keyboard=[[InlineKeyboardButton(text="Press", callback_data=PRESS_DATA)]]
    )
    await message.answer("<b>hello</b>", reply_markup=keyboard)


@dispatcher.callback_query(F.data == PRESS_DATA)
async def on_press(query: CallbackQuery) -> None:
    if isinstance(query.message, Message):
        await query.message.edit_text("pressed")
    await query.answer("done")


async def main() -> None:
    logging.basicConfig(level=logging.INFO, format="%(levelname)s %(name)s: %(message)s")
    session = AiohttpSession(api=TelegramAPIServer.from_base(os.environ["TELEGRAM_API_URL"]))
    bot = Bot(
        token=os.environ["BOT_TOKEN"],
        session=session,
        default=DefaultBotProperties(parse_mode=ParseMode.HTML),
    )
    await bot.set_my_commands([BotCommand(command="start", description="Start")])
    await bot.delete_webhook(drop_pending_updates=True)
    await dispatcher.start_polling(bot, polling_timeout=10)


if __name__ == "__main__":
    asyncio.run(main())
