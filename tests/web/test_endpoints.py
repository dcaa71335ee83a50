"""/healthz, /readyz and /metrics of the real app, over HTTP."""

from __future__ import annotations

import asyncio
import datetime as dt

from aiogram.methods import GetWebhookInfo
from prometheus_client.parser import text_string_to_metric_families

from bot.jobs.heartbeat import HEARTBEAT
from bot.metrics import JobListener
from bot.web.health import Limits
from tests.flows.people import make_lawyer, onboard, open_ticket
from tests.web.conftest import Serve, Served

UNREACHABLE_PG = "postgresql+asyncpg://postgres@127.0.0.1:9/nothing"  # port 9: nobody listens


def samples(body: str) -> dict[tuple[str, tuple[tuple[str, str], ...]], float]:
    """Every sample of a scrape by (name, labels)."""
    return {
        (sample.name, tuple(sorted(sample.labels.items()))): sample.value
        for family in text_string_to_metric_families(body)
        for sample in family.samples
    }


async def scrape(served: Served) -> str:
    response = await served.client.get("/metrics")
    assert response.status == 200
    assert response.headers["Content-Type"].startswith("text/plain")
    return await response.text()


async def test_healthz_says_the_process_is_alive(serve: Serve, sqlite_url: str) -> None:
    async with serve(sqlite_url) as served:
        response = await served.client.get("/healthz")
        assert response.status == 200
        assert await response.json() == {"ok": True}


async def test_readyz_is_200_when_everything_answers(serve: Serve, sqlite_url: str) -> None:
    async with serve(sqlite_url, webhook=True) as served:
        served.session.webhook_url = "https://bot.example/webhook"  # as the replica set it
        response = await served.client.get("/readyz")
        assert await response.json() == {
            "ok": True,
            "failed": [],
            "checks": {
                "database": "ok",
                "webhook": "ok",
                "scheduler": "ok",
                "backlog": "ok",
            },
        }
        assert response.status == 200
        for _ in range(5):  # getWebhookInfo is asked once and cached
            assert (await served.client.get("/readyz")).status == 200
        assert len(served.session.calls(GetWebhookInfo)) == 1


async def test_readyz_names_an_unreachable_database_and_redis(serve: Serve) -> None:
    async with serve(UNREACHABLE_PG, REDIS_URL="redis://127.0.0.1:9/0") as served:
        response = await served.client.get("/readyz")
        body = await response.json()
        assert response.status == 503
        assert body["failed"] == ["database", "redis"]
        assert body["checks"]["webhook"] == "ok"  # polling: no webhook set, as configured


async def test_readyz_names_a_wrong_webhook_and_a_silent_scheduler(
    serve: Serve, sqlite_url: str
) -> None:
    limits = Limits(heartbeat_age=0.0, webhook_every=0.0)
    async with serve(sqlite_url, webhook=True, limits=limits) as served:
        served.session.webhook_url = "https://somebody.else/webhook"
        response = await served.client.get("/readyz")
        body = await response.json()
        assert response.status == 503
        assert body["failed"] == ["webhook", "scheduler"]
        assert body["checks"]["webhook"] == "not set as configured"


async def test_readyz_names_a_backlog_while_updates_wait(serve: Serve, sqlite_url: str) -> None:
    async with serve(sqlite_url, limits=Limits(backlog=3)) as served:
        served.session.send_delay = 0.5  # Telegram is slow: updates pile up
        people = [served.bot.person(7000 + n, "P") for n in range(4)]
        sending = asyncio.gather(*(person.send("/start") for person in people))
        await asyncio.sleep(0.2)
        busy = await served.client.get("/readyz")
        assert busy.status == 503
        assert (await busy.json())["checks"]["backlog"] == "4 in flight"
        await sending
        assert (await served.client.get("/readyz")).status == 200


async def test_metrics_count_a_journey_and_hold_no_ids_names_or_texts(
    serve: Serve, sqlite_url: str
) -> None:
    migrant_id, lawyer_id, name, phone = 731_559_204, 604_118_337, "Gulnara", "+77015550199"
    words = "Работодатель Ержанов удерживает мой паспорт и не платит за октябрь"
    async with serve(sqlite_url) as served:
        bot = served.bot
        before = samples(await scrape(served))
        lawyer = await make_lawyer(bot, lawyer_id)
        migrant = bot.person(migrant_id, name, "ru")
        await onboard(bot, migrant)
        await migrant.share_contact(phone)
        topic = bot.app.kb.kb.topics["employment"].title("ru")
        ref = await open_ticket(bot, migrant, f"💼 {topic}", words)
        body = await scrape(served)

    for secret in (str(migrant_id), str(lawyer_id), name, phone, phone[1:], "Ержанов"):
        assert secret not in body, secret
    assert ref not in body
    after = samples(body)

    def grew(name: str, **labels: str) -> float:
        key = (name, tuple(sorted(labels.items())))
        return after.get(key, 0.0) - before.get(key, 0.0)

    assert grew("qorgau_updates_total", kind="message", outcome="handled") >= 5
    assert grew("qorgau_updates_total", kind="callback_query", outcome="handled") >= 8
    assert grew("qorgau_update_seconds_count", kind="callback_query") >= 8
    assert grew("qorgau_telegram_requests_total", method="sendMessage", outcome="ok") >= 6
    assert after[("qorgau_open_tickets", (("priority", "P3"), ("status", "new")))] == 1
    assert lawyer.messages()  # the lawyer got the card: the journey really ran


async def test_job_runs_and_lateness_are_counted_and_the_heartbeat_beats(
    serve: Serve, sqlite_url: str
) -> None:
    async with serve(sqlite_url) as served:
        before = samples(await scrape(served))
        scheduler = served.bot.app.scheduler()
        JobListener().attach(scheduler)
        beats = HEARTBEAT.beats
        scheduler.start()
        try:
            scheduler.modify_job("heartbeat", next_run_time=dt.datetime.now(dt.UTC))
            for _ in range(100):
                if HEARTBEAT.beats > beats:
                    break
                await asyncio.sleep(0.02)
            await asyncio.sleep(0.05)  # the listener hears "executed" after the run
        finally:
            scheduler.shutdown(wait=False)
        after = samples(await scrape(served))
    assert HEARTBEAT.beats == beats + 1
    assert HEARTBEAT.age() < 5
    runs = ("qorgau_job_runs_total", (("job", "heartbeat"), ("outcome", "ok")))
    assert after[runs] - before.get(runs, 0.0) == 1
    lateness = ("qorgau_job_lateness_seconds_count", (("job", "heartbeat"),))
    assert after[lateness] - before.get(lateness, 0.0) == 1
