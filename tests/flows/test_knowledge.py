"""Reading, searching, voting and reloading through the real Dispatcher."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
from sqlalchemy import select

from bot.db.models import ArticleVote, ContentGap
from bot.jobs.kb import watch
from bot.kb.render import TELEGRAM_LIMIT
from tests.conftest import ROOT
from tests.flows.people import onboard, strip, t

ADMIN = 1


@pytest.fixture
def knowledge(tmp_path: Path) -> Path:
    root = tmp_path / "knowledge"
    shutil.copytree(ROOT / "knowledge", root)
    return root


def _long_article(root: Path) -> None:
    steps = "\n".join(
        f"{n}. Шаг номер {n}: " + "подробное объяснение шага " * 12 for n in range(1, 41)
    )
    paragraph = "Длинный абзац о правах трудовых мигрантов. " * 25
    body = f"{paragraph}\n\n## Что делать сейчас\n\n{steps}\n\n## Куда обратиться\n\n{paragraph}\n"
    for lang in ("ru", "en"):
        (root / "health" / f"very-long.{lang}.md").write_text(
            '---\nid: health-very-long\ntopic: health\ntitle: "Очень длинная статья"\n'
            'summary: "Проверка страниц"\nquestions: ["длинная статья"]\n'
            "reviewed: 2026-11-01\nreview_every: 12\n---\n" + body,
            encoding="utf-8",
        )


async def test_long_article_pages_cleanly(make_bot, sqlite_url, knowledge) -> None:
    _long_article(knowledge)
    bot = await make_bot(sqlite_url, KNOWLEDGE_DIR=knowledge)
    migrant = bot.person(100, "A", "ru")
    await onboard(bot, migrant)
    await migrant.click("🏥 " + bot.app.kb.kb.topics["health"].title("ru"))
    await migrant.click("Очень длинная статья")
    page = migrant.last
    pages = int(page.buttons[0].split("/")[1]) if "/" in page.buttons[0] else 0
    assert pages >= 3
    seen = []
    for number in range(pages):
        assert f"{number + 1}/{pages}" in page.buttons
        assert len(page.text) <= TELEGRAM_LIMIT
        assert page.text.count("<b>") == page.text.count("</b>")
        seen.append(page.text)
        if number < pages - 1:
            await migrant.click("▶")
    joined = "\n".join(seen)
    for n in range(1, 41):
        assert joined.count(f"{n}. Шаг номер {n}:") == 1  # every step once, never cut
    assert t(bot, "kb-disclaimer") in strip(seen[-1])
    assert t(bot, "btn-helpful-yes") in page.buttons


async def test_votes_are_stored_once_per_person(bot) -> None:
    migrant = bot.person(100, "A", "ru")
    await onboard(bot, migrant)
    await migrant.click("💼 Работа")
    await migrant.click("Работодатель не платит зарплату")
    await migrant.click(t(bot, "btn-helpful-no"))
    assert migrant.alerts()[-1] == t(bot, "vote-thanks-down")
    await migrant.click(t(bot, "btn-helpful-yes"))
    assert migrant.alerts()[-1] == t(bot, "vote-thanks")
    async with bot.app.sessions() as session:
        votes = list(await session.scalars(select(ArticleVote)))
    assert [(v.article_id, v.user_id, v.vote) for v in votes] == [
        ("employment-unpaid-wages", 100, 1)
    ]
    await migrant.press(migrant.last, "vt:no-such-article:1")
    assert migrant.alerts()[-1] == t(bot, "error-stale-button")


async def test_free_text_is_a_question(bot) -> None:
    migrant = bot.person(100, "A", "ru")
    await onboard(bot, migrant)
    replies = await migrant.send("хозяин третий месяц не платит зарплату, что делать?")
    answer = replies[-1]
    assert strip(answer.text).startswith(t(bot, "search-found"))
    assert answer.buttons[0].endswith("Работодатель не платит зарплату")
    await migrant.click(answer.buttons[0])
    assert "Работодатель не платит зарплату" in strip(migrant.last.text)


async def test_no_answer_is_honest_and_kept_as_a_scrubbed_gap(bot) -> None:
    migrant = bot.person(100, "A", "ru")
    await onboard(bot, migrant)
    replies = await migrant.send("Кто выиграет чемпионат по футболу, Ерлан? Пиши +7 701 555 12 34")
    answer = replies[-1]
    assert strip(answer.text).startswith(strip(t(bot, "search-nothing")))
    assert t(bot, "btn-ask-lawyer") in answer.buttons
    async with bot.app.sessions() as session:
        gaps = list(await session.scalars(select(ContentGap)))
    assert len(gaps) == 1 and gaps[0].locale == "ru"
    assert "чемпионат" not in gaps[0].query  # encrypted at rest
    stored = bot.app.cipher.decrypt(gaps[0].query)
    assert "ерлан" not in stored and "701" not in stored and "чемпионат" in stored


async def test_reload_by_admin_keeps_old_on_error_and_takes_good_one(
    make_bot, sqlite_url, knowledge
) -> None:
    bot = await make_bot(sqlite_url, KNOWLEDGE_DIR=knowledge, ADMIN_IDS=str(ADMIN))
    admin = bot.person(ADMIN, "Admin", "en")
    await admin.send("/start")
    await admin.click("English")
    before = bot.app.kb.kb
    path = knowledge / "employment" / "unpaid-wages.en.md"
    good = path.read_text(encoding="utf-8")
    path.write_text(good.replace("topic: employment", "topic: [broken"), encoding="utf-8")
    replies = await admin.send("/reload")
    assert strip(replies[-1].text).startswith("❌")
    assert "unpaid-wages.en.md" in replies[-1].text
    assert bot.app.kb.kb is before  # the old knowledge base is still served

    path.write_text(good.replace("My employer does not pay", "My boss does not pay"), "utf-8")
    replies = await admin.send("/reload")
    assert strip(replies[-1].text).startswith("✅")
    assert bot.app.kb.kb is not before
    assert bot.app.kb.kb.get("employment-unpaid-wages", "en").article.title.startswith("My boss")  # type: ignore[union-attr]

    stranger = bot.person(2, "S", "en")
    await onboard(bot, stranger, "en")
    replies = await stranger.send("/reload")
    assert [strip(r.text) for r in replies] == [strip(t(bot, "error-not-allowed", "en"))]


async def test_changed_files_reload_by_themselves(make_bot, sqlite_url, knowledge) -> None:
    bot = await make_bot(sqlite_url, KNOWLEDGE_DIR=knowledge, ADMIN_IDS=str(ADMIN))
    admin = bot.person(ADMIN, "Admin", "en")
    await admin.send("/start")
    await admin.click("English")
    jobs = bot.app.jobs
    assert await watch(jobs) is False  # first look: remembers the files
    before = bot.app.kb.kb
    path = knowledge / "contacts" / "emergency-numbers.ru.md"
    text = path.read_text(encoding="utf-8")
    future = re.sub(r"(?m)^reviewed: .*$", "reviewed: 2099-01-01", text, count=1)
    assert future != text
    path.write_text(future, "utf-8")
    assert await watch(jobs) is True
    assert bot.app.kb.kb is before
    assert "emergency-numbers.ru.md" in admin.last.text and "future" in admin.last.text
    assert await watch(jobs) is False  # the same broken files are not reported twice
    path.write_text(text, "utf-8")  # fixed
    assert await watch(jobs) is True
    assert bot.app.kb.kb is not before
