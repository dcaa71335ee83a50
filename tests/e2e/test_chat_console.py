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


def _chat_env(tmp_path, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("BOT_TOKEN", "DATABASE_URL")}
    env.update(DATA_KEY=TEST_KEY, DATA_DIR=str(tmp_path / "data"), **extra)
    return env


def _chat_args(tmp_path) -> list[str]:
    return [
        sys.executable,
        "-m",
        "bot",
        "chat",
        "--database",
        f"sqlite+aiosqlite:///{tmp_path}/c.db",
    ]


@pytest.mark.asyncio
async def test_chat_shows_the_user_id_for_admin_ids_and_keeps_logs_off_the_screen(
    tmp_path,
) -> None:
    process = await asyncio.create_subprocess_exec(
        *_chat_args(tmp_path),
        cwd=ROOT,
        env=_chat_env(tmp_path, ADMIN_IDS="101", LOG_LEVEL="INFO"),
        stdin=asyncio.subprocess.PIPE,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )
    script = "1\n1\n:whoami\n/reload\n:quit\n"
    out, err = await asyncio.wait_for(process.communicate(script.encode()), timeout=60)
    text = out.decode()
    assert process.returncode == 0, text + err.decode()
    assert "you are the migrant, Telegram user id 101 (ADMIN_IDS=101" in text  # :whoami
    assert "База знаний обновлена" in text  # and with that id in ADMIN_IDS, /reload works
    assert err == b""  # no log line on the screen, between messages or anywhere
    assert " INFO " not in text
    log = (tmp_path / "data" / "chat.log").read_text()
    assert "INFO bot.kb.reload: Knowledge base reloaded" in log  # the log went to DATA_DIR
    assert f"(log: {tmp_path / 'data' / 'chat.log'})" in text


def test_chat_in_a_terminal_shows_each_typed_line_once(tmp_path) -> None:
    import pty
    import select
    import subprocess
    import time

    leader, follower = pty.openpty()  # the terminal echoes what is typed, as a real one does
    process = subprocess.Popen(
        _chat_args(tmp_path),
        cwd=ROOT,
        env=_chat_env(tmp_path),
        stdin=follower,
        stdout=follower,
        stderr=follower,
    )
    os.close(follower)
    os.write(leader, b"1\n1\nxyzzy plugh\n:quit\n")
    screen = b""
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        ready, _, _ = select.select([leader], [], [], 1.0)
        if not ready:
            continue
        try:
            chunk = os.read(leader, 65536)
        except OSError:  # the chat exited: its side of the terminal is closed
            break
        if not chunk:
            break
        screen += chunk
    os.close(leader)
    assert process.wait(timeout=30) == 0, screen.decode(errors="replace")
    text = screen.decode(errors="replace")
    assert text.count("xyzzy plugh") == 1, text
    assert "migrant> " in text  # the prompt: where to type, and who you are
