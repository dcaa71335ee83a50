"""The `qorgau` command (also `python -m bot`)."""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import sys
from pathlib import Path
from typing import NoReturn

from bot.config import CHAT_DATABASE_URL, Settings
from bot.crypto import MissingKeyError, new_key
from bot.logs import CHAT_LOG, setup_logging

NO_TOKEN = (
    "BOT_TOKEN is not set: put the token from @BotFather in BOT_TOKEN (environment or .env), "
    "or try the bot without Telegram with: qorgau chat"
)


def main(argv: list[str] | None = None) -> None:
    args = _parser().parse_args(argv)
    settings = Settings()
    # the chat's screen is the conversation: its log goes to a file, never between messages
    chat_log = settings.data_dir / CHAT_LOG if args.command == "chat" else None
    setup_logging(settings.log_level, chat_log)
    try:
        _dispatch(args, settings)
    except MissingKeyError as problem:
        _stop(str(problem))
    except SystemExit as stop:
        if isinstance(stop.code, str):  # a setting to fix, told in one line
            _stop(stop.code)
        raise


def _stop(problem: str) -> NoReturn:
    """One line saying what to fix, exit status 2, no traceback (`make run` stays quiet)."""
    print(problem, file=sys.stderr)
    raise SystemExit(2) from None


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="qorgau", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)
    commands.add_parser("run", help="run the bot (polling, or webhook when WEBHOOK_URL is set)")
    chat = commands.add_parser("chat", help="talk to the bot in this terminal, no Telegram")
    chat.add_argument("--database", help="database URL (default: data/chat.db)")
    db = commands.add_parser("db", help="database").add_subparsers(
        dest="db_command", required=True
    )
    db.add_parser("upgrade", help="apply all migrations")
    key = commands.add_parser("key", help="encryption key").add_subparsers(
        dest="key_command", required=True
    )
    key.add_parser("new", help="print a fresh key for DATA_KEY")
    invite = commands.add_parser("invite", help="print a single-use invite link")
    invite.add_argument("role", choices=["lawyer", "coordinator"])
    kb = commands.add_parser("kb", help="knowledge base").add_subparsers(
        dest="kb_command", required=True
    )
    kb.add_parser("check", help="validate every file in KNOWLEDGE_DIR")
    search = kb.add_parser("search", help="what a user asking this would get")
    search.add_argument("text")
    search.add_argument("--lang", default=None, help="interface language (default DEFAULT_LOCALE)")
    search.add_argument("--json", action="store_true", help="print a JSON array, best first")
    search.add_argument("--limit", type=int, default=5)
    gaps = kb.add_parser("gaps", help="questions search could not answer, most frequent first")
    gaps.add_argument("--limit", type=int, default=30)
    gaps.add_argument(
        "--database",
        help=f"database URL (default: DATABASE_URL; qorgau chat's is {CHAT_DATABASE_URL})",
    )
    jobs = commands.add_parser("jobs", help="scheduled work per kind: later, due, overdue, done")
    jobs.add_argument("--database", help="database URL (default: DATABASE_URL)")
    stats = commands.add_parser("stats", help="figures of the service (cases, times, SLA, ...)")
    stats.add_argument("--json", action="store_true", help="print them as JSON")
    stats.add_argument("--since", help="cases opened from this day (2026-11-01)")
    export = commands.add_parser("export", help="anonymised, k-anonymous CSV of all cases")
    export.add_argument("--out", type=Path, help="write it to this file (default: stdout)")
    for sub in (stats, export):
        sub.add_argument("--database", help="database URL (default: DATABASE_URL)")
    return parser


def _dispatch(args: argparse.Namespace, settings: Settings) -> None:
    if args.command == "run":
        if settings.bot_token is None:
            _stop(NO_TOKEN)
        from bot.runner import main as run

        run(settings)
    elif args.command == "chat":
        from bot.console.chat import chat as run_chat

        asyncio.run(run_chat(settings, args.database))
    elif args.command == "db":
        from bot.db.migrate import upgrade_sync

        upgrade_sync(settings.database_url)
        print("Database is up to date.")
    elif args.command == "key":
        print(new_key())
    elif args.command == "invite":
        asyncio.run(_invite(settings, args.role))
    elif args.command == "kb" and args.kb_command == "check":
        raise SystemExit(_kb_check(settings))
    elif args.command == "kb" and args.kb_command == "search":
        raise SystemExit(_kb_search(settings, args.text, args.lang, args.json, args.limit))
    elif args.command == "kb" and args.kb_command == "gaps":
        if args.database:
            settings = settings.model_copy(update={"database_url": args.database})
        asyncio.run(_kb_gaps(settings, args.limit))
    elif args.command == "jobs":
        if args.database:
            settings = settings.model_copy(update={"database_url": args.database})
        from bot.jobs.report import counts, table

        print(table(asyncio.run(counts(settings))))
    elif args.command in ("stats", "export"):
        _operator_report(args, settings)


def _operator_report(args: argparse.Namespace, settings: Settings) -> None:
    from bot import cli_stats
    from bot.services.errors import QorgauError

    if args.database:
        settings = settings.model_copy(update={"database_url": args.database})
    try:
        if args.command == "stats":
            asyncio.run(cli_stats.stats(settings, args.since, args.json))
        else:
            done = asyncio.run(cli_stats.export(settings))
            cli_stats.write_export(done, args.out, settings.export_k)
    except QorgauError:
        _stop(f"--since {args.since!r}: write the day as 2026-11-01")


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
    """Exit 1 on any error, a readability problem or an overdue review: CI catches them all."""
    from bot.kb.check import check, coverage

    report = check(settings.knowledge_dir, dt.date.today(), settings.default_locale)
    for problem in [*report.errors, *report.readability, *report.warnings]:
        print(problem)
    print()
    print("\n".join(coverage(report.kb)))
    files = sum(len(versions) for versions in report.kb.articles.values())
    print(
        f"\n{len(report.kb.articles)} articles, {files} files: "
        f"{len(report.errors)} error(s), {len(report.readability)} readability error(s), "
        f"{len(report.warnings)} overdue review(s)"
    )
    return 1 if report.errors or report.readability or report.warnings else 0


def _kb_search(settings: Settings, text: str, lang: str | None, as_json: bool, limit: int) -> int:
    import json

    from bot.kb.loader import load

    kb, _ = load(settings.knowledge_dir, settings.default_locale)
    lang = lang or settings.default_locale
    result = kb.search(text, limit=limit)
    rows = []
    for hit in result.hits:
        found = kb.get(hit.id, lang)
        title = found.article.title if found else hit.id
        summary = found.article.summary if found else ""
        rows.append(
            {
                "id": hit.id,
                "topic": hit.topic,
                "title": title,
                "summary": summary,
                "score": hit.score,
            }
        )
    if as_json:
        print(json.dumps(rows, ensure_ascii=False, indent=2))
        return 0
    if not result.good:
        print("No clear answer: the bot would say so, offer a lawyer and note a content gap.")
    for number, row in enumerate(rows, start=1):
        print(f"{number}. [{row['score']:.2f}] {row['id']} ({row['topic']}): {row['title']}")
    return 0


async def _kb_gaps(settings: Settings, limit: int) -> None:
    from bot.crypto import load_cipher
    from bot.db.engine import build_engine, build_session_factory
    from bot.db.migrate import upgrade
    from bot.services.clock import utcnow
    from bot.services.feedback import FeedbackService

    if settings.is_sqlite:
        await upgrade(settings.database_url)
    key = settings.data_key.get_secret_value() if settings.data_key else None
    cipher = load_cipher(key, settings.data_dir, generate=settings.is_sqlite)
    engine = build_engine(settings.database_url)
    async with build_session_factory(engine)() as session:
        gaps = await FeedbackService(session, utcnow, cipher).top_gaps(limit)
    await engine.dispose()
    if not gaps:
        print("No content gaps in the last 90 days.")
    for gap in gaps:
        print(f"{gap.count:>5}  [{gap.locale}]  {gap.query}")
