"""Two replicas serve one bot: repeated deliveries, one person's burst, the database going away,
and a replica killed with SIGKILL. Figures are counted (metrics, the emulator, the database)."""

from __future__ import annotations

import asyncio
import re
import time
from collections import Counter
from collections.abc import Awaitable, Callable

import pytest
from cryptography.fernet import Fernet
from sqlalchemy import text

from bot.db.engine import build_engine
from tests.conftest import TEST_KEY
from tests.e2e.emulator_client import BotMessage, Match, User, WaitTimeout
from tests.scale.cluster import get_json
from tests.scale.conftest import Cluster, said, topic_button

pytestmark = pytest.mark.asyncio(loop_scope="module")
REF = re.compile(r"Q-[0-9A-Z]{4}")
WORDS = "Работодатель не платит зарплату три месяца и забрал документы"


def has_button(label: str) -> Callable[[BotMessage], bool]:
    return lambda m: label in m.button_labels or label in m.reply_keyboard_labels


async def press(migrant: User, label: str, retried: Counter[str] | None) -> None:
    """Press a button; when its message never came (lost with a killed replica, after the
    keyboard was taken away), type its label instead, as a person would (counted as a retry)."""
    try:
        await migrant.click(label)
    except WaitTimeout:
        if retried is None:
            raise
        retried["steps"] += 1
        await migrant.send_text(label)


def journey(
    migrant: User, retried: Counter[str] | None = None
) -> list[tuple[Callable[[], Awaitable[object]], Match]]:
    """(action, what the bot shows next) from /start to a registered case."""

    def click(key: str) -> Callable[[], Awaitable[None]]:
        return lambda: press(migrant, said(key), retried)

    topic = topic_button("employment")

    confirmed = said("intake-done", ref="Q-").split("Q-")[0]
    return [
        (lambda: migrant.send_text("/start"), has_button(said("lang-name"))),
        (click("lang-name"), has_button(said("btn-consent-yes"))),
        (click("btn-consent-yes"), has_button(topic)),
        (lambda: press(migrant, topic, retried), has_button(said("btn-ask-lawyer"))),
        (click("btn-ask-lawyer"), has_button(said("urgency-none"))),
        (click("urgency-none"), has_button(said("region-almaty_city"))),
        (click("region-almaty_city"), has_button(said("cit-uz"))),
        (click("cit-uz"), said("intake-describe", topic="").split("·")[0].strip()),
        (lambda: migrant.send_text(WORDS), has_button(said("btn-continue"))),
        (click("btn-continue"), has_button(said("btn-contact-bot"))),
        (click("btn-contact-bot"), has_button(said("btn-share-yes"))),
        (click("btn-share-yes"), has_button(said("btn-send-request"))),
        (click("btn-send-request"), lambda m: confirmed in m.text and bool(REF.search(m.text))),
    ]


async def open_case(migrant: User, retried: Counter[str] | None = None) -> str:
    """Walk the journey; returns the case reference the migrant was given. With `retried`, a
    step whose update was lost with a killed replica is tried again, as a person would (and
    counted); the person's lock left behind in Redis lapses after 60 s."""
    shown: BotMessage | None = None
    for act, expect in journey(migrant, retried):
        for attempt in range(3 if retried is not None else 1):
            try:
                await act()
                shown = await migrant.wait_for(expect, timeout=10 if attempt == 0 else 75)
                break
            except WaitTimeout:
                if retried is None or attempt == 2:
                    raise
                retried["steps"] += 1
    assert shown is not None
    found = REF.search(shown.text)
    assert found is not None
    return found.group(0)


async def events_since(cluster: Cluster, chat_id: int, after: int) -> list[dict[str, object]]:
    result = await cluster.emulator.request(
        "/client/events",
        {"token": cluster.token, "chat_id": chat_id, "after": after, "timeout": 0},
    )
    return [dict(event) for event in result["events"]]


async def last_seq(cluster: Cluster) -> int:
    return int((await cluster.emulator.bot_status(cluster.token))["last_seq"])


async def client_messages(cluster: Cluster, ref: str) -> list[str]:
    engine = build_engine(cluster.database_url)
    try:
        async with engine.connect() as connection:
            rows = await connection.execute(
                text(
                    "SELECT m.body FROM ticket_messages m JOIN tickets t ON t.id = m.ticket_id"
                    " WHERE t.ref = :ref AND m.author = 'client' ORDER BY m.id"
                ),
                {"ref": ref},
            )
            bodies = [row[0] for row in rows]
    finally:
        await engine.dispose()
    fernet = Fernet(TEST_KEY.encode())
    return [fernet.decrypt(body.encode()).decode() for body in bodies]


async def test_an_update_delivered_to_both_replicas_is_handled_once(cluster: Cluster) -> None:
    duplicates = await cluster.counter("qorgau_updates_total", outcome="duplicate")
    handled = await cluster.counter("qorgau_updates_total", kind="message", outcome="handled")
    cluster.front.both = True
    try:
        people = [cluster.user(810_000 + n) for n in range(20)]
        await asyncio.gather(*(person.send_text("/start") for person in people))
        await asyncio.gather(
            *(person.wait_for(has_button(said("lang-name"))) for person in people)
        )
        await asyncio.sleep(1.5)  # a second answer would have come by now
    finally:
        cluster.front.both = False
    assert [len(await person.messages()) for person in people] == [1] * 20
    assert await cluster.counter("qorgau_updates_total", outcome="duplicate") - duplicates == 20
    now_handled = await cluster.counter("qorgau_updates_total", kind="message", outcome="handled")
    assert now_handled - handled == 20


async def test_100_interleaved_updates_from_one_person_stay_consistent(
    cluster: Cluster, capsys: pytest.CaptureFixture[str]
) -> None:
    migrant = cluster.user(820_001)
    ref = await open_case(migrant)
    assert await client_messages(cluster, ref) == []
    texts = [f"Сообщение {n:03d} к делу" for n in range(100)]
    waiting = said("relay-added-waiting", ref=ref)
    mark, delivered = await last_seq(cluster), dict(cluster.front.delivered)
    started = time.perf_counter()
    for line in texts:  # one after another, as Telegram delivers; replicas alternate
        await migrant.send_text(line)
    sent_in = time.perf_counter() - started
    for _ in range(600):
        events = await events_since(cluster, migrant.chat_id, mark)
        answers = [e for e in events if e["type"] == "sent"]
        if len(answers) >= 100:
            break
        await asyncio.sleep(0.1)
    handled_in = time.perf_counter() - started
    await asyncio.sleep(1.0)
    events = await events_since(cluster, migrant.chat_id, mark)
    answers = [event for event in events if event["type"] == "sent"]
    shown = [BotMessage.from_view(e["message"]).text for e in answers]  # type: ignore[arg-type]
    assert shown == [waiting] * 100  # each message confirmed once, all naming the case
    stored = await client_messages(cluster, ref)
    assert Counter(stored) == Counter(texts)  # every message in the case, none twice
    per_replica = {
        name: count - delivered.get(name, 0) for name, count in cluster.front.delivered.items()
    }
    assert per_replica == {"a": 50, "b": 50}
    order = [texts.index(line) for line in stored]
    inversions = sum(1 for i in range(99) if order[i] > order[i + 1])
    with capsys.disabled():
        print(
            f"\n100 updates of one person over 2 replicas: delivered in {sent_in:.2f} s, "
            f"handled in {handled_in:.2f} s, {inversions} stored out of order"
        )


async def test_readyz_503_while_the_database_is_unreachable_then_200(cluster: Cluster) -> None:
    a, b = cluster.replicas
    proxy = cluster.proxies[1]
    await proxy.cut()
    try:
        started = time.monotonic()
        status, body = 0, dict[str, object]()
        while time.monotonic() - started < 15:
            status, body = await get_json(f"{b.url}/readyz", timeout=10)
            if status == 503:
                break
            await asyncio.sleep(0.2)
        assert status == 503
        assert body["failed"] == ["database"]
        assert (await get_json(f"{a.url}/readyz"))[0] == 200  # the other replica is fine
        assert (await get_json(f"{b.url}/healthz"))[0] == 200  # alive, only not ready
    finally:
        await proxy.start()
    started = time.monotonic()
    while time.monotonic() - started < 30:
        status, body = await get_json(f"{b.url}/readyz", timeout=10)
        if status == 200:
            break
        await asyncio.sleep(0.2)
    assert (status, body["failed"]) == (200, [])


async def test_kill_9_loses_no_confirmed_case_and_the_other_replica_serves(
    cluster: Cluster, capsys: pytest.CaptureFixture[str]
) -> None:
    a, b = cluster.replicas
    before = [await open_case(cluster.user(830_000 + n)) for n in range(3)]
    retried: Counter[str] = Counter()
    journeys = [
        asyncio.create_task(open_case(cluster.user(831_000 + n), retried)) for n in range(6)
    ]
    await asyncio.sleep(1.0)  # the journeys are under way on both replicas
    handled_by_a = cluster.front.delivered["a"]
    await a.process.kill()  # SIGKILL: no shutdown, no goodbye
    killed = time.perf_counter()
    during = await asyncio.gather(*journeys)
    finished_in = time.perf_counter() - killed
    a.alive = False
    after = await open_case(cluster.user(832_000))  # served by b alone
    confirmed = [*before, *during, after]
    engine = build_engine(cluster.database_url)
    try:
        async with engine.connect() as connection:
            rows = await connection.execute(
                text("SELECT ref FROM tickets WHERE ref = ANY(:refs)"), {"refs": confirmed}
            )
            stored = {row[0] for row in rows}
    finally:
        await engine.dispose()
    assert stored == set(confirmed)
    assert len(set(confirmed)) == 10
    assert (await get_json(f"{b.url}/readyz"))[0] == 200
    assert cluster.front.delivered["a"] == handled_by_a  # nothing reached a after the kill
    with capsys.disabled():
        print(
            f"\nkill -9 under load: 10 confirmed cases all stored; the 6 journeys under way "
            f"finished {finished_in:.1f} s after the kill, {retried['steps']} step(s) retried"
        )
