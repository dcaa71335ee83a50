"""`qorgau chat` in a terminal: one person walks migrant → ticket → claim → relay → closed."""

from __future__ import annotations

import asyncio
import os
import sys

import pytest

from tests.conftest import ROOT, TEST_KEY

SCRIPT = """\
1
1
:lawyer
/duty
:migrant
9
1
5
1
1
Мне не платят зарплату три месяца, живём на объекте
1
1
1
1
:sticker
:lawyer
1
Соберите переводы и переписку
:migrant
Спасибо, переписка есть
:lawyer
/case
6
1
:migrant
1
5
:quit
"""


@pytest.mark.asyncio
async def test_chat_walks_the_whole_path(tmp_path) -> None:
    env = {k: v for k, v in os.environ.items() if k not in ("BOT_TOKEN", "DATABASE_URL")}
    env.update(DATA_KEY=TEST_KEY, DATA_DIR=str(tmp_path / "data"))
    process = await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "bot",
        "chat",
        "--database",
        f"sqlite+aiosqlite:///{tmp_path / 'chat.db'}",
        cwd=ROOT,
        env=env,
        stdin=asyncio.subprocess.PIPE,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.STDOUT,
    )
    out, _ = await asyncio.wait_for(process.communicate(SCRIPT.encode()), timeout=60)
    text = out.decode()
    assert process.returncode == 0, text
    steps = [
        "Выберите язык",
        "[1] ✅ Продолжить на русском",
        "You are now a duty lawyer",
        "You are on duty",
        "Ваш запрос принят",
        "bot → lawyer",  # the card
        "Я могу передавать только текст",  # a sticker while the case is open
        "[1] 🙋 Claim",
        "Юрист взял ваше дело",
        "Соберите переводы и переписку",
        "Delivered to the client",
        "Спасибо, переписка есть",
        "Отправлено вашему юристу",
        "is closed",
        "Юрист закрыл ваше дело",
        "Как вы оцените",
        "Спасибо!",
    ]
    position = 0
    for step in steps:
        found = text.find(step, position)
        assert found >= 0, f"{step!r} missing after position {position}:\n{text[position:]}"
        position = found
