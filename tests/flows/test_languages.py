"""Every language: the whole migrant path with no fallback text, right-to-left display, and
the command list per language."""

from __future__ import annotations

from typing import Any

import pytest

from bot.bidi import LRI, PDI
from bot.kb.model import LANGUAGES
from tests.flows.people import fill_form, make_lawyer, strip, t


class FallbackSpy:
    """Records every Fluent key asked in a language that does not have it."""

    def __init__(self, core: Any) -> None:
        self.core = core
        self.original = core.get
        self.missing: list[tuple[str, str]] = []

    def __call__(self, key: str, locale: str | None = None, /, **kwargs: Any) -> str:
        bundle = self.core.locales.get(locale or "")
        if bundle is None or not bundle.has_message(key):
            self.missing.append((key, locale or "?"))
        return str(self.original(key, locale, **kwargs))


@pytest.mark.parametrize("lang", LANGUAGES)
async def test_whole_migrant_path_without_fallback(bot, lang: str) -> None:
    spy = FallbackSpy(bot.app.core)
    bot.app.core.get = spy  # type: ignore[method-assign]
    lawyer = await make_lawyer(bot, 900, lang="en")
    migrant = bot.person(100, "M", None)
    await migrant.send("/start")
    await migrant.click(t(bot, "lang-name", lang))
    await migrant.click(t(bot, "btn-privacy-full", lang))
    await migrant.click(t(bot, "btn-consent-yes", lang))
    kb = bot.app.kb.kb
    topic = kb.topics["employment"]
    await migrant.click(f"{topic.icon} {topic.title(lang)}")
    article = kb.get("employment-unpaid-wages", lang)
    assert article is not None and not article.fallback and article.article.lang == lang
    await migrant.click(article.article.title)
    assert strip(t(bot, "kb-fallback-notice", lang)) not in strip(migrant.last.text)
    await migrant.click(t(bot, "btn-ask-lawyer-about", lang))
    await fill_form(bot, migrant, "Work 3 months, no pay. Ish haqi yo'q. 3 ай.", locale=lang)
    await migrant.click(t(bot, "btn-send-request", lang))
    await lawyer.click(t(bot, "btn-claim", "en"))
    await lawyer.send("Please send the contract.")
    await migrant.send("OK 👍")
    await migrant.send("/mycases")
    await migrant.send("/help")
    ours = [(key, locale) for key, locale in spy.missing if locale == lang]
    assert ours == [], f"{lang}: fallback text for {sorted(set(ours))}"


async def test_right_to_left_text_is_isolated(bot) -> None:
    migrant = bot.person(100, "M", "fa")  # Telegram's fa preselects Dari
    await migrant.send("/start")
    await migrant.click(t(bot, "lang-name", "prs"))
    await migrant.click(t(bot, "btn-consent-yes", "prs"))
    kb = bot.app.kb.kb
    found = kb.get("documents-residence-permit", "prs")
    assert found is not None and found.article.lang == "prs"
    topic = kb.topics["documents"]
    await migrant.click(f"{topic.icon} {topic.title('prs')}")
    await migrant.click(found.article.title)
    page = migrant.last.text
    assert f"{LRI}РВП{PDI}" in page  # the Russian term inside Dari text
    assert PDI in page and page.count(LRI) == page.count(PDI)
    for label in migrant.last.buttons:
        assert label.count(LRI) == label.count(PDI)


async def test_commands_and_emoji_stay_whole_in_dari(bot) -> None:
    migrant = bot.person(100, "M", "fa")
    await migrant.send("/start")
    await migrant.click(t(bot, "lang-name", "prs"))
    await migrant.click(t(bot, "btn-consent-yes", "prs"))
    await migrant.send("/help")
    text = migrant.last.text
    assert f"{LRI}/forget{PDI}" in text and f"/{LRI}forget" not in text
    assert f"ℹ{PDI}\ufe0f" not in text  # an emoji is never cut from its variation selector
