"""Two real `qorgau run` processes in webhook mode on one PostgreSQL database and one Redis,
behind one front, fed by the local Bot API emulator. One cluster per module: starting it
costs a few seconds, and each test leaves it serving for the next."""

from __future__ import annotations

import asyncio
import os
import re
import secrets
import sys
import time
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from html import unescape
from pathlib import Path
from typing import Any

import pytest
import pytest_asyncio
import yaml
from prometheus_client.parser import text_string_to_metric_families
from sqlalchemy.engine import make_url

from bot.db.migrate import upgrade_sync
from bot.middlewares.i18n import build_core
from tests.conftest import PG_URL, REDIS_URL, ROOT, TEST_KEY, _admin_url, _pg_execute
from tests.e2e.emulator_client import BotProcess, Emulator, User
from tests.scale.cluster import Front, Replica, TcpProxy, free_port, get_json, get_text

SECRET = f"scale_{secrets.token_hex(12)}"
CORE = build_core(ROOT / "locales", "ru")
CORE.locales.update(CORE.find_locales())


def said(key: str, **kwargs: Any) -> str:
    """The first line of a Russian string as a reader sees it (no tags)."""
    text = unescape(re.sub(r"<[^>]+>", "", str(CORE.get(key, "ru", **kwargs))))
    return text.strip().splitlines()[0].strip()


def topic_button(topic: str) -> str:
    topics = yaml.safe_load((ROOT / "knowledge" / "topics.yaml").read_text())["topics"]
    found = next(item for item in topics if item["id"] == topic)
    return f"{found['icon']} {found['title']['ru']}"


@dataclass
class Cluster:
    emulator: Emulator
    front: Front
    token: str
    database_url: str  # direct, for the test's own queries
    replicas: list[Replica] = field(default_factory=list)
    proxies: list[TcpProxy] = field(default_factory=list)

    def user(self, user_id: int) -> User:
        return self.emulator.user(self.token, user_id=user_id, first_name="M", language_code="ru")

    async def counter(self, name: str, **labels: str) -> float:
        """A counter summed over the live replicas (read from their /metrics)."""
        total = 0.0
        for replica in self.replicas:
            if replica.alive:
                total += scraped(await get_text(f"{replica.url}/metrics"), name, **labels)
        return total


def scraped(body: str, name: str, **labels: str) -> float:
    return sum(
        sample.value
        for family in text_string_to_metric_families(body)
        for sample in family.samples
        if sample.name == name and all(sample.labels.get(k) == v for k, v in labels.items())
    )


async def wait_ready(replica: Replica, timeout: float = 90.0) -> float:
    """Seconds until /readyz answers 200; fails early if the process dies."""
    started = time.monotonic()
    while time.monotonic() - started < timeout:
        if replica.process.returncode is not None:
            raise AssertionError(f"{replica.name} exited:\n{replica.process.output()[-3000:]}")
        try:
            status, _ = await get_json(f"{replica.url}/readyz")
            if status == 200:
                return time.monotonic() - started
        except (TimeoutError, OSError, ValueError):
            pass
        await asyncio.sleep(0.2)
    raise AssertionError(f"{replica.name} not ready:\n{replica.process.output()[-3000:]}")


@pytest_asyncio.fixture(loop_scope="module", scope="module")
async def database() -> AsyncIterator[str]:
    if not (PG_URL and REDIS_URL):
        pytest.skip("TEST_POSTGRES_URL and TEST_REDIS_URL are needed (the test command sets them)")
    name = f"qorgau_scale_{os.getpid()}_{secrets.token_hex(3)}"
    url = _admin_url(PG_URL, name)
    await _pg_execute(PG_URL, f'CREATE DATABASE "{name}"')
    await asyncio.to_thread(upgrade_sync, url)
    yield url
    await _pg_execute(PG_URL, f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def _env(cluster: Cluster, proxy: TcpProxy, port: int, data: Path) -> dict[str, str]:
    parsed = make_url(cluster.database_url)
    through_proxy = parsed.set(host="127.0.0.1", port=proxy.port)
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("DATABASE_", "REDIS_", "WEBHOOK_", "WEB_"))
    }
    env.update(
        BOT_TOKEN=cluster.token,
        TELEGRAM_API_URL=cluster.emulator.api_url,
        DATABASE_URL=through_proxy.render_as_string(hide_password=False),
        REDIS_URL=str(REDIS_URL),
        WEBHOOK_URL=cluster.front.url + "/",  # a base URL: the endpoint is {base}/webhook
        WEBHOOK_SECRET=SECRET,
        WEB_HOST="127.0.0.1",
        WEB_PORT=str(port),
        DATA_KEY=TEST_KEY,
        DATA_DIR=str(data),
        # the emulator has no rate limits, and one person's 100 messages in a row are this
        # suite's point: Telegram's pace and the flood guard are tested on their own
        SEND_PER_SECOND="10000",
        CHAT_PER_SECOND="10000",
        FLOOD_PER_MINUTE="100000",
        FLOOD_BURST="1000",
        KNOWLEDGE_DIR=str(ROOT / "knowledge"),
        LOCALES_DIR=str(ROOT / "locales"),
        DB_POOL_SIZE="5",
    )
    return env


@pytest_asyncio.fixture(loop_scope="module", scope="module")
async def cluster(
    database: str, tmp_path_factory: pytest.TempPathFactory
) -> AsyncIterator[Cluster]:
    pg = make_url(database)
    token = f"{7_300_000 + secrets.randbelow(600_000)}:scale-{secrets.token_hex(4)}"
    async with Emulator() as emulator:
        front = Front()
        await front.start()
        running = Cluster(emulator, front, token, database)
        try:
            for name in ("a", "b"):
                proxy = TcpProxy(pg.host or "127.0.0.1", pg.port or 5432)
                await proxy.start()
                port = free_port()
                env = _env(running, proxy, port, tmp_path_factory.mktemp(f"data-{name}"))
                process = BotProcess([sys.executable, "-m", "bot", "run"], env=env, cwd=ROOT)
                await process.start()
                running.proxies.append(proxy)
                running.replicas.append(Replica(name, process, port))
            front.replicas = running.replicas
            await asyncio.gather(*(wait_ready(replica) for replica in running.replicas))
            yield running
        finally:
            logs = tmp_path_factory.mktemp("logs")
            for replica in running.replicas:
                await replica.process.stop()
                (logs / f"{replica.name}.log").write_text(replica.process.output())
            for proxy in running.proxies:
                await proxy.cut()
            await front.stop()
