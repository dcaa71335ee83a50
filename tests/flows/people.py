"""Journeys and helpers reused by several flow tests."""

from __future__ import annotations

import datetime as dt
from typing import Any

from bot.services.invites import InviteService


def t(bot: Any, key: str, locale: str = "ru", **kwargs: Any) -> str:
    """The text a user sees for a Fluent key (tests never hard-code translations)."""
    return str(bot.app.core.get(key, locale, **kwargs))


def strip(html: str) -> str:
    """The text as read: no tags, no entities, no direction isolates."""
    import re
    from html import unescape

    return unescape(re.sub(r"<[^>]+>", "", html)).replace("\u2066", "").replace("\u2069", "")


async def onboard(bot: Any, person: Any, locale: str = "ru") -> None:
    await person.send("/start")
    await person.click(t(bot, "lang-name", locale))
    await person.click(t(bot, "btn-consent-yes", locale))


async def make_lawyer(bot: Any, user_id: int, *, on_duty: bool = True, lang: str = "en") -> Any:
    lawyer = bot.person(user_id, "Lawyer", lang)
    async with bot.app.sessions() as session:
        token = await InviteService(session, bot.app.jobs.clock).create(
            "lawyer", dt.timedelta(hours=1)
        )
    await lawyer.send(f"/start {token}")
    if on_duty:
        await lawyer.send("/duty")
    return lawyer


async def fill_form(
    bot: Any,
    migrant: Any,
    words: str,
    *,
    urgency: str = "none",
    region: str = "almaty_city",
    citizenship: str = "uz",
    locale: str = "ru",
) -> None:
    """From the urgency question to the summary, answering every step."""
    await migrant.click(t(bot, f"urgency-{urgency}", locale))
    await migrant.click(t(bot, f"region-{region}", locale))
    await migrant.click(t(bot, f"cit-{citizenship}", locale))
    await migrant.send(words)
    await migrant.click(t(bot, "btn-continue", locale))
    await migrant.send(t(bot, "btn-contact-bot", locale))  # a reply-keyboard button sends its text
    await migrant.click(t(bot, "btn-share-yes", locale))


async def open_ticket(
    bot: Any, migrant: Any, topic_title: str, words: str, *, locale: str = "ru", **answers: str
) -> str:
    """From the main menu: topic → ask a lawyer → the whole form → send. Returns the reference."""
    await migrant.click(topic_title)
    await migrant.click(t(bot, "btn-ask-lawyer", locale))
    await fill_form(bot, migrant, words, locale=locale, **answers)
    await migrant.click(t(bot, "btn-send-request", locale))
    async with bot.app.sessions() as session:
        from sqlalchemy import select

        from bot.db.models import Ticket

        ref = await session.scalar(
            select(Ticket.ref)
            .where(Ticket.client_id == migrant.user.id)
            .order_by(Ticket.id.desc())
        )
    assert ref is not None
    return str(ref)


def refuse(bot: Any, chat_id: int, error: type[Exception], description: str) -> None:
    """From now on, Telegram answers every message to this chat with `error`."""
    from aiogram.methods import SendMessage

    def fault(method: Any) -> Exception | None:
        if isinstance(method, SendMessage) and method.chat_id == chat_id:
            return error(method, description)
        return None

    bot.session.faults.append(fault)


def told(bots: Any, chat_id: int, key: str, locale: str, **kwargs: Any) -> int:
    """How many times any of these bots sent this chat the text of `key`."""
    from aiogram.methods import SendMessage

    expected = strip(t(bots[0], key, locale, **kwargs))
    return sum(
        1
        for bot in bots
        for call in bot.session.calls(SendMessage)
        if call.chat_id == chat_id and strip(call.text) == expected
    )
