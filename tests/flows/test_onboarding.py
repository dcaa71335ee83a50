"""First contact: language, privacy, consent; commands that work in every state."""

from __future__ import annotations

from aiogram.methods import SetMyCommands
from sqlalchemy import select

from bot.db.models import User
from bot.kb.model import LANGUAGES
from tests.flows.people import onboard, strip, t


async def test_start_language_privacy_consent_menu(bot) -> None:
    migrant = bot.person(100, "A", "uz")
    await migrant.send("/start")
    picker = migrant.last
    assert strip(picker.text) == strip(t(bot, "start-choose-language", "uz"))  # in Uzbek
    assert picker.buttons[0] == t(bot, "btn-continue-in", "uz")  # Telegram's language, one tap
    assert picker.buttons[1:] == [t(bot, "lang-name", code) for code in LANGUAGES]
    assert picker.buttons[1:3] == ["Русский", "Қазақша"]
    async with bot.app.sessions() as session:
        user = await session.get(User, 100)
        assert user is not None and user.consent_at is None and user.locale is None

    await migrant.click("English")
    assert strip(t(bot, "privacy-short", "en", days=180)) in strip(migrant.last.text)
    await migrant.click(t(bot, "btn-privacy-full", "en"))
    assert strip(t(bot, "privacy-full", "en", days=180)) == strip(migrant.last.text)
    await migrant.click(t(bot, "btn-consent-yes", "en"))
    assert strip(t(bot, "menu-title", "en")) in strip(migrant.last.text)
    assert "💼 Work" in migrant.last.buttons
    async with bot.app.sessions() as session:
        user = await session.get(User, 100)
        assert user is not None and user.locale == "en" and user.consent_at is not None


async def test_incomplete_language_says_so_and_falls_back(make_bot, sqlite_url, tmp_path) -> None:
    import shutil

    from tests.conftest import ROOT

    locales = tmp_path / "locales"
    shutil.copytree(ROOT / "locales", locales)
    for path in (locales / "tg").glob("*.ftl"):
        path.unlink()
    (locales / "tg" / "common.ftl").write_text(
        "lang-name = Тоҷикӣ\n"
        "lang-chosen = Забон: тоҷикӣ.\n"
        "lang-incomplete = Баъзе матнҳо ҳанӯз тарҷума нашудаанд.\n"
        "kb-fallback-notice = Ин мақола ҳанӯз тарҷума нашудааст.\n",
        encoding="utf-8",
    )
    bot = await make_bot(sqlite_url, LOCALES_DIR=locales)
    migrant = bot.person(100, "A", "ru")
    await migrant.send("/start")
    await migrant.click("Тоҷикӣ")
    text = strip(migrant.last.text)
    assert text.startswith(t(bot, "lang-incomplete", "tg"))
    assert strip(t(bot, "privacy-short", "ru", days=180)) in text  # Russian fallback


async def test_telegram_language_preselects(bot) -> None:
    for user_id, code, ours in ((201, "fa", "prs"), (202, "ky", "ky"), (203, "de", None)):
        person = bot.person(user_id, "A", code)
        await person.send("/start")
        labels = person.last.buttons
        if ours is None:  # not one of ours: no suggestion, the list in the default language
            assert labels == [t(bot, "lang-name", c) for c in LANGUAGES]
            continue
        assert labels[0] == t(bot, "btn-continue-in", ours)
        await person.click(labels[0])
        async with bot.app.sessions() as session:
            user = await session.get(User, user_id)
        assert user is not None and user.locale == ours


async def test_declining_keeps_nothing(bot) -> None:
    migrant = bot.person(100, "A", "ru")
    await migrant.send("/start")
    await migrant.click("Русский")
    await migrant.click(t(bot, "btn-consent-no"))
    assert strip(migrant.last.text) == strip(t(bot, "consent-declined"))
    async with bot.app.sessions() as session:
        assert list(await session.scalars(select(User))) == []
    await migrant.send("Где мне работать?")
    assert strip(migrant.last.text) == strip(t(bot, "error-consent-needed"))


async def test_commands_work_in_every_state(bot) -> None:
    migrant = bot.person(100, "A", "ru")
    await onboard(bot, migrant)
    await migrant.click(t(bot, "btn-ask-lawyer"))
    await migrant.click("📄 Документы")
    assert strip(t(bot, "intake-urgency")) == strip(migrant.last.text)

    await migrant.send("/help")
    help_text = t(bot, "help-text")
    assert strip(help_text) == strip(migrant.last.text)
    await migrant.send("/privacy")
    assert strip(t(bot, "privacy-full", days=180)) == strip(migrant.last.text)
    await migrant.send("/language")
    assert migrant.last.buttons[0] == "Русский"
    await migrant.send("/menu")
    assert strip(migrant.messages()[-2].text) == t(bot, "form-left")
    assert strip(migrant.last.text) == strip(t(bot, "menu-title"))
    await migrant.send("Это уже не описание, форма закрыта")  # now a question for search
    assert strip(migrant.last.text).startswith((t(bot, "search-found"), "🤔"))

    await migrant.click(t(bot, "btn-ask-lawyer"))
    await migrant.click("📄 Документы")
    await migrant.send("/cancel")
    assert strip(migrant.messages()[-2].text) == t(bot, "form-left")


async def test_forget_erases_after_confirmation(bot) -> None:
    migrant = bot.person(100, "A", "ru")
    await onboard(bot, migrant)
    await migrant.send("/forget")
    await migrant.click(t(bot, "btn-forget-no"))
    async with bot.app.sessions() as session:
        assert await session.get(User, 100) is not None
    await migrant.send("/forget")
    await migrant.click(t(bot, "btn-forget-yes"))
    assert strip(migrant.last.text) == strip(t(bot, "forget-done"))
    async with bot.app.sessions() as session:
        assert await session.get(User, 100) is None


async def test_commands_are_set_per_language(bot) -> None:
    dispatcher = bot.app.dispatcher  # as start_polling does it
    await dispatcher.emit_startup(
        bot=bot.app.bot, dispatcher=dispatcher, **dispatcher.workflow_data
    )
    await dispatcher["commands_task"]  # sent beside polling, not before it
    calls = bot.session.calls(SetMyCommands)
    by_language = {call.language_code: call.commands for call in calls}
    assert set(by_language) == {None, "ru", "en", "kk", "uz", "tg", "ky", "fa", "ar"}
    assert by_language["en"][1].description == t(bot, "cmd-menu", "en")
    assert by_language[None][1].description == t(bot, "cmd-menu", "ru")
