"""One replica against two (issue #10): real `qorgau run` processes in webhook mode on one
PostgreSQL database and one Redis, behind a round-robin front, fed by the local Bot API
emulator. Each simulated migrant walks the whole journey from /start to a registered case
(13 steps, the questionnaire included); a step's latency runs from the migrant's action to the
bot's answer on their screen. Prints figures; asserts nothing.

    .venv/bin/python scripts/bench_replicas.py [--users 20] [--rounds 2]
        [--postgres postgresql+asyncpg://postgres@127.0.0.1:5432/test]
        [--redis redis://127.0.0.1:6379/9]
"""

from __future__ import annotations

import argparse
import asyncio
import os
import secrets
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def _arguments() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--users", type=int, default=20, help="migrants at a time")
    parser.add_argument("--rounds", type=int, default=2, help="journeys per migrant")
    parser.add_argument("--postgres", default="postgresql+asyncpg://postgres@127.0.0.1:5432/test")
    parser.add_argument("--redis", default="redis://127.0.0.1:6379/9")
    return parser.parse_args()


async def _measure(replicas: int, users: int, rounds: int) -> tuple[float, list[float], int]:
    """(seconds, step latencies, failed journeys) for `users` migrants on `replicas` copies."""
    from sqlalchemy.engine import make_url

    from bot.db.migrate import upgrade_sync
    from tests.conftest import PG_URL, _admin_url, _pg_execute
    from tests.e2e.emulator_client import BotMessage, BotProcess, Emulator, User, WaitTimeout
    from tests.scale.cluster import Front, Replica, TcpProxy, free_port
    from tests.scale.conftest import Cluster, _env, wait_ready
    from tests.scale.test_replicas import journey

    assert PG_URL is not None
    name = f"qorgau_bench_{os.getpid()}_{secrets.token_hex(3)}"
    database = _admin_url(PG_URL, name)
    await _pg_execute(PG_URL, f'CREATE DATABASE "{name}"')
    await asyncio.to_thread(upgrade_sync, database)
    token = f"{7_900_000 + secrets.randbelow(90_000)}:bench-{secrets.token_hex(4)}"
    latencies: list[float] = []
    failed = 0
    async with Emulator() as emulator:
        front = Front()
        await front.start()
        cluster = Cluster(emulator, front, token, database)
        pg = make_url(database)
        try:
            with tempfile.TemporaryDirectory() as data:
                for index in range(replicas):
                    proxy = TcpProxy(pg.host or "127.0.0.1", pg.port or 5432)
                    await proxy.start()
                    port = free_port()
                    env = _env(cluster, proxy, port, Path(data) / str(index))
                    process = BotProcess([sys.executable, "-m", "bot", "run"], env=env, cwd=ROOT)
                    await process.start()
                    cluster.proxies.append(proxy)
                    cluster.replicas.append(Replica(str(index), process, port))
                front.replicas = cluster.replicas
                await asyncio.gather(*(wait_ready(replica) for replica in cluster.replicas))

                async def walk(migrant: User) -> None:
                    nonlocal failed
                    for act, expect in journey(migrant):
                        started = time.perf_counter()
                        await act()
                        try:
                            shown: BotMessage = await migrant.wait_for(expect, timeout=30)
                        except WaitTimeout:
                            failed += 1
                            return
                        del shown
                        latencies.append(time.perf_counter() - started)

                started = time.perf_counter()
                for round_ in range(rounds):
                    people = [cluster.user(5_000_000 + round_ * 10_000 + i) for i in range(users)]
                    await asyncio.gather(*(walk(person) for person in people))
                elapsed = time.perf_counter() - started
        finally:
            for replica in cluster.replicas:
                await replica.process.stop()
            for proxy in cluster.proxies:
                await proxy.cut()
            await front.stop()
            await _pg_execute(PG_URL, f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    return elapsed, latencies, failed


def _report(replicas: int, elapsed: float, latencies: list[float], failed: int) -> float:
    rate = len(latencies) / elapsed
    cuts = statistics.quantiles(latencies, n=100)
    print(
        f"{replicas} replica(s): {len(latencies)} steps in {elapsed:.1f} s, {rate:.0f} steps/s, "
        f"p50 {cuts[49] * 1000:.0f} ms, p99 {cuts[98] * 1000:.0f} ms, {failed} failed journeys"
    )
    return rate


def main() -> None:
    args = _arguments()
    os.environ["TEST_POSTGRES_URL"] = args.postgres
    os.environ["TEST_REDIS_URL"] = args.redis
    print(f"{os.cpu_count()} CPU(s); {args.users} migrants at a time, {args.rounds} journeys each")
    one = _report(1, *asyncio.run(_measure(1, args.users, args.rounds)))
    two = _report(2, *asyncio.run(_measure(2, args.users, args.rounds)))
    print(f"two replicas / one: {two / one:.2f}x steps/s")


if __name__ == "__main__":
    main()
