"""Command menus per role and language, /help by role, unknown commands, and an admin's free
text outside a case being a search like anyone's."""

from __future__ import annotations

from aiogram.methods import SetMyCommands

from bot.outbox.menus import BY_ROLE
from tests.flows.admin_people import ADMIN, COORDINATOR, LAWYER, cast
from tests.flows.people import strip, t


def _help(bot, lang: str, *parts: str) -> str:
    return strip("\n\n".join(t(bot, part, lang) for part in parts))


async def test_help_lists_what_each_role_can_do(make_bot, sqlite_url) -> None:
    bot = await make_bot(sqlite_url, ADMIN_IDS=str(ADMIN))
    people = await cast(bot)
    admin = strip((await people.admin.send("/help"))[-1].text)
    assert admin == strip(
        "\n\n".join(
            [
                t(bot, "help-text", "en"),
                t(bot, "help-lawyer", "en"),
                t(bot, "help-coordinator", "en"),
                t(bot, "help-admin", "en"),
            ]
        )
    )
    coordinator = strip((await people.coordinator.send("/help"))[-1].text)
    assert "/stats" in coordinator and "/export" not in coordinator and "/staff" in coordinator
    lawyer = strip((await people.lawyer.send("/help"))[-1].text)
    assert lawyer == _help(bot, "en", "help-text", "help-lawyer")
    client = strip((await people.stranger.send("/help"))[-1].text)
    assert client == _help(bot, "ru", "help-text")
    assert "/reminders" in client and "/leave" not in client and "/leave" in lawyer
    assert "/export" in admin and "/stats" in admin and "/announce" not in coordinator


async def test_unknown_commands_say_so_with_help(make_bot, sqlite_url) -> None:
    bot = await make_bot(sqlite_url, ADMIN_IDS=str(ADMIN))
    people = await cast(bot)
    for person, lang, role_help in (
        (people.admin, "en", "help-admin"),
        (people.lawyer, "en", "help-lawyer"),
        (people.stranger, "ru", "help-text"),
    ):
        replies = await person.send("/ban")
        assert len(replies) == 1
        text = strip(replies[0].text)
        assert text.startswith(strip(t(bot, "fallback-unknown-command", lang)))
        assert strip(t(bot, role_help, lang)) in text
        assert strip(t(bot, "lawyer-no-active-case", lang)) not in text


async def test_an_admins_free_text_is_a_search(make_bot, sqlite_url) -> None:
    bot = await make_bot(sqlite_url, ADMIN_IDS=str(ADMIN))
    people = await cast(bot)
    for person in (people.admin, people.coordinator):
        replies = await person.send("my employer does not pay my salary")
        assert len(replies) == 1
        assert strip(replies[0].text).startswith(strip(t(bot, "search-found", "en")))
    replies = await people.lawyer.send("my employer does not pay my salary")
    assert [strip(r.text) for r in replies] == [strip(t(bot, "lawyer-no-active-case", "en"))]


async def test_menus_per_role_and_language(make_bot, sqlite_url) -> None:
    bot = await make_bot(sqlite_url, ADMIN_IDS=str(ADMIN))
    await cast(bot)
    restarted = await make_bot(sqlite_url, ADMIN_IDS=f"{ADMIN},4242")
    dispatcher = restarted.app.dispatcher  # as start_polling does it
    await dispatcher.emit_startup(
        bot=restarted.app.bot, dispatcher=dispatcher, **dispatcher.workflow_data
    )
    await dispatcher["commands_task"]
    calls = restarted.session.calls(SetMyCommands)
    by_chat = {call.scope.chat_id: call for call in calls if call.scope is not None}
    default = {call.language_code: call for call in calls if call.scope is None}
    assert {code for code in default if code} == {"ru", "en", "kk", "ky", "uz", "tg", "fa", "ar"}
    assert [c.command for c in default["kk"].commands] == list(BY_ROLE["client"])
    assert default["kk"].commands[0].description == t(bot, "cmd-start", "kk")
    assert [c.command for c in by_chat[ADMIN].commands] == list(BY_ROLE["admin"])
    assert [c.command for c in by_chat[4242].commands] == list(BY_ROLE["admin"])
    assert [c.command for c in by_chat[COORDINATOR].commands] == list(BY_ROLE["coordinator"])
    assert [c.command for c in by_chat[LAWYER].commands] == list(BY_ROLE["lawyer"])
    assert by_chat[LAWYER].commands[0].description == t(bot, "cmd-duty", "en")
