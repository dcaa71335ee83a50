"""The real `qorgau run` process, over HTTP, against the local Bot API emulator."""

from __future__ import annotations

import asyncio
import os
import re
import sys
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from tests.conftest import ROOT, TEST_KEY
from tests.e2e.emulator_client import BotProcess, Emulator

TOKEN = "7000001:qorgau-e2e-token"
QORGAU = [sys.executable, "-m", "bot"]


@pytest.fixture
async def emulator() -> AsyncIterator[Emulator]:
    async with Emulator() as running:
        yield running


def _env(emulator: Emulator, tmp_path: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("DATABASE_", "REDIS_"))}
    env.update(
        BOT_TOKEN=TOKEN,
        TELEGRAM_API_URL=emulator.api_url,
        DATABASE_URL=f"sqlite+aiosqlite:///{tmp_path / 'e2e.db'}",
        DATA_KEY=TEST_KEY,
        DATA_DIR=str(tmp_path / "data"),
        KNOWLEDGE_DIR=str(ROOT / "knowledge"),
        LOCALES_DIR=str(ROOT / "locales"),
    )
    return env


async def _invite(env: dict[str, str]) -> str:
    process = await asyncio.create_subprocess_exec(
        *QORGAU, "invite", "lawyer", env=env, cwd=ROOT, stdout=asyncio.subprocess.PIPE
    )
    out, _ = await process.communicate()
    assert process.returncode == 0
    link = re.search(r"https://t\.me/(\w+)\?start=(inv_[\w-]+)", out.decode())
    assert link is not None, out.decode()
    return link.group(2)


async def answer_form(migrant, words: str) -> None:  # type: ignore[no-untyped-def]
    await migrant.wait_for("Что-то из этого")
    await migrant.click("✅ Ничего из этого")
    await migrant.wait_for("Где вы")
    await migrant.click("Алматы")
    await migrant.wait_for("гражданство")
    await migrant.click("Узбекистан")
    await migrant.wait_for("Что случилось")
    await migrant.send_text(words)
    await migrant.wait_for("Сохранено")
    await migrant.click("➡️ Дальше")
    await migrant.wait_for("Как юрист")
    await migrant.click("💬 Только через бота")
    await migrant.wait_for("Можно передать")
    await migrant.click("✅ Соглашаюсь")  # the newest: the share step's, not the consent's
    await migrant.wait_for("проверьте")


@pytest.mark.asyncio
async def test_run_answers_start_and_walks_to_a_lawyer(emulator: Emulator, tmp_path) -> None:
    env = _env(emulator, tmp_path)
    async with BotProcess([*QORGAU, "run"], env=env, cwd=ROOT) as bot:
        await bot.wait_ready(emulator, TOKEN)
        token = await _invite(env)
        lawyer = emulator.user(TOKEN, user_id=900, first_name="L", language_code="en")
        await lawyer.send_text(f"/start {token}")
        await lawyer.wait_for("duty lawyer")
        await lawyer.send_text("/duty")
        await lawyer.wait_for("on duty")

        migrant = emulator.user(TOKEN, user_id=100, first_name="Aziz", language_code="ru")
        await migrant.send_text("/start")
        await migrant.wait_for("Qorgau")
        await migrant.click("Русский")
        await migrant.wait_for("Прежде чем начать")
        await migrant.click("✅ Соглашаюсь")
        await migrant.wait_for("Выберите тему")
        await migrant.click("💼 Работа")
        await migrant.wait_for("Выберите статью")
        await migrant.click("Работодатель не платит зарплату")
        await migrant.wait_for("Что делать сейчас")
        await migrant.click("👩‍⚖️ Спросить юриста об этом")
        await answer_form(migrant, "Работодатель не платит зарплату три месяца")
        await migrant.click("✅ Отправить юристу")
        registered = await migrant.wait_for("Q-")
        ref = re.search(r"Q-[0-9A-Z]{4}", registered.text)
        assert ref is not None

        await lawyer.wait_for(ref.group(0))
        await lawyer.click("🙋 Claim")
        await lawyer.wait_for("три месяца")
        await migrant.wait_for("Юрист взял")
        await lawyer.send_text("Соберите переводы и переписку")
        relayed = await migrant.wait_for("Соберите переводы")
        assert "L" not in relayed.text.split("\n")[0].replace("Юрист", "")
        await migrant.send_text("Хорошо, спасибо")
        await lawyer.wait_for("Хорошо, спасибо")
        await lawyer.click("✅ Close")
        await lawyer.click("Advice given")
        await migrant.wait_for("Юрист закрыл")
        await migrant.click("👍 Да, решена")
        await migrant.click("⭐⭐⭐⭐")
        await migrant.wait_for("Спасибо")
    assert "три месяца" not in bot.output() and "Aziz" not in bot.output()


@pytest.mark.asyncio
async def test_killed_mid_intake_the_migrant_continues(emulator: Emulator, tmp_path) -> None:
    env = _env(emulator, tmp_path)
    migrant = emulator.user(TOKEN, user_id=101, first_name="B", language_code="ru")
    async with BotProcess([*QORGAU, "run"], env=env, cwd=ROOT) as first:
        await first.wait_ready(emulator, TOKEN)
        await migrant.send_text("/start")
        await migrant.click("Русский")
        await migrant.click("✅ Соглашаюсь")
        await migrant.wait_for("Выберите тему")
        await migrant.click("🚨 Задержание и выдворение")
        await migrant.wait_for("Выберите статью")
        await migrant.click("👩‍⚖️ Спросить юриста")
        await migrant.wait_for("Что-то из этого")
        await migrant.click("🚔 Меня или родственника сейчас задержали")
        await migrant.wait_for("Если вас или родственника задержали")  # guidance at once
        await migrant.click("Шымкент")
        await migrant.wait_for("гражданство")
        await first.kill()

    async with BotProcess([*QORGAU, "run"], env=env, cwd=ROOT) as second:
        await second.wait_ready(emulator, TOKEN)
        await migrant.click("Таджикистан")
        await migrant.wait_for("Что случилось")
        await migrant.send_text("Брата задержали вчера вечером, говорят о выдворении")
        await migrant.wait_for("Сохранено")
        await migrant.click("➡️ Дальше")
        await migrant.click("💬 Только через бота")
        await migrant.wait_for("Можно передать")
        await migrant.click("✅ Соглашаюсь")
        await migrant.wait_for("проверьте")
        await migrant.click("✅ Отправить юристу")
        await migrant.wait_for("Q-")


@pytest.mark.asyncio
async def test_run_without_token_says_what_to_do(tmp_path) -> None:
    env = {k: v for k, v in os.environ.items() if k != "BOT_TOKEN"}
    process = await asyncio.create_subprocess_exec(
        *QORGAU, "run", env=env, cwd=tmp_path, stderr=asyncio.subprocess.PIPE
    )
    _, err = await process.communicate()
    lines = err.decode().strip().splitlines()
    assert process.returncode == 2
    assert len(lines) == 1 and "BOT_TOKEN" in lines[0] and "qorgau chat" in lines[0]
