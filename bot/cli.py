"""The `qorgau` command (also `python -m bot`)."""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import sys

from bot.config import Settings
from bot.logs import setup_logging

NO_TOKEN = (
    "BOT_TOKEN is not set: put the token from @BotFather in BOT_TOKEN (environment or .env), "
    "or try the bot without Telegram with: qorgau chat"
)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="qorgau", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)
    commands.add_parser("run", help="run the bot (polling, or webhook when WEBHOOK_URL is set)")
    chat = commands.add_parser("chat", help="talk to the bot in this terminal, no Telegram")
    chat.add_argument("--database", help="database URL (default: data/chat.db)")
    db = commands.add_parser("db", help="database").add_subparsers(
        dest="db_command", required=True
    )
    db.add_parser("upgrade", help="apply all migrations")
    invite = commands.add_parser("invite", help="print a single-use invite link")
    invite.add_argument("role", choices=["lawyer", "coordinator"])
    kb = commands.add_parser("kb", help="knowledge base").add_subparsers(
        dest="kb_command", required=True
    )
    kb.add_parser("check", help="validate every file in KNOWLEDGE_DIR")
    args = parser.parse_args(argv)

    settings = Settings()
    setup_logging(settings.log_level)
    if args.command == "run":
        if settings.bot_token is None:
            print(NO_TOKEN, file=sys.stderr)
            raise SystemExit(2)
        from bot.runner import run

        asyncio.run(run(settings))
    elif args.command == "chat":
        from bot.console.chat import chat as run_chat

        asyncio.run(run_chat(settings, args.database))
    elif args.command == "db":
        from bot.db.migrate import upgrade_sync

        upgrade_sync(settings.database_url)
        print("Database is up to date.")
    elif args.command == "invite":
        asyncio.run(_invite(settings, args.role))
    elif args.command == "kb":
        raise SystemExit(_kb_check(settings))


async def _invite(settings: Settings, role: str) -> None:
    from bot.db.engine import build_engine, build_session_factory
    from bot.db.migrate import upgrade
    from bot.services.clock import utcnow
    from bot.services.invites import InviteService

    if settings.is_sqlite:
        await upgrade(settings.database_url)
    engine = build_engine(settings.database_url)
    ttl = dt.timedelta(hours=settings.invite_ttl_hours)
    async with build_session_factory(engine)() as session:
        token = await InviteService(session, utcnow).create(role, ttl)
    await engine.dispose()
    username = await _bot_username(settings)
    print(f"Invite for a {role} (single use, valid {settings.invite_ttl_hours} h):")
    if username:
        print(f"  https://t.me/{username}?start={token}")
    else:
        print(f"  https://t.me/<your bot>?start={token}")
        print(f"  or send the bot: /start {token}")


async def _bot_username(settings: Settings) -> str | None:
    if settings.bot_token is None:
        return None
    from aiogram import Bot
    from aiogram.client.session.aiohttp import AiohttpSession
    from aiogram.client.telegram import TelegramAPIServer

    session = AiohttpSession(api=TelegramAPIServer.from_base(settings.telegram_api_url))
    bot = Bot(settings.bot_token.get_secret_value(), session=session)
    try:
        me = await asyncio.wait_for(bot.get_me(), timeout=10)
    except Exception:
        return None
    finally:
        await session.close()
    return me.username


def _kb_check(settings: Settings) -> int:
    from bot.kb.loader import load

    kb, problems = load(settings.knowledge_dir, settings.default_locale)
    for problem in problems:
        print(problem)
    count = sum(len(versions) for versions in kb.articles.values())
    print(f"{len(kb.articles)} articles, {count} files, {len(problems)} problem(s)")
    return 1 if problems else 0
