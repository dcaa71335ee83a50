"""Scaled mode: with REDIS_URL the conversation state lives in Redis and survives a restart."""

from __future__ import annotations

import secrets

import pytest
from aiogram.fsm.storage.redis import RedisStorage

from tests.conftest import REDIS_URL
from tests.flows.people import onboard, strip, t


async def test_state_in_redis_survives_a_new_app(make_bot, db_url) -> None:
    if not REDIS_URL:
        pytest.skip("TEST_REDIS_URL is not set (the README test command sets it)")
    first = await make_bot(db_url, REDIS_URL=REDIS_URL)
    assert isinstance(first.app.dispatcher.storage, RedisStorage)
    user_id = 4242
    migrant = first.person(user_id, "A", "ru")
    await onboard(first, migrant)
    await migrant.click("💼 Работа")
    await migrant.click(t(first, "btn-ask-lawyer"))
    await migrant.click(t(first, "urgency-none"))
    await migrant.click(t(first, "region-astana"))
    await migrant.click(t(first, "cit-kg"))
    await first.app.close()

    second = await make_bot(db_url, REDIS_URL=REDIS_URL)
    again = second.person(user_id, "A", "ru")
    replies = await again.send("Работодатель не платит зарплату, живём на объекте")
    assert [strip(r.text) for r in replies] == [
        strip(t(second, "intake-description-saved", files=0))
    ]
    await again.send("/cancel")


async def test_one_flooder_across_two_replicas_is_slowed_as_on_one(make_bot, db_url) -> None:
    """The flood guard's turns are in Redis: sending through two replicas earns nothing.
    One message a minute after a burst of 4, so the outcome does not hang on this machine's
    speed: /start and three more pass, the next is skipped with one notice, then silence."""
    if not REDIS_URL:
        pytest.skip("TEST_REDIS_URL is not set (the README test command sets it)")
    limits = {"REDIS_URL": REDIS_URL, "FLOOD_PER_MINUTE": "1", "FLOOD_BURST": "4"}
    one, two = await make_bot(db_url, **limits), await make_bot(db_url, **limits)
    user_id = 700_000_000 + secrets.randbelow(99_999_999)  # turns of earlier runs may linger
    on_one, on_two = one.person(user_id, "F", "ru"), two.person(user_id, "F", "ru")
    await onboard(one, on_one)
    answers = []
    for n in range(8):
        person = on_one if n % 2 else on_two
        answers.append(await person.send(f"вопрос номер {n}"))
    notice = strip(t(one, "flood-slow-down"))
    told = [n for n, replies in enumerate(answers) if [strip(r.text) for r in replies] == [notice]]
    assert all(replies and strip(replies[0].text) != notice for replies in answers[:3])
    assert told == [3]
    assert [replies for replies in answers[4:]] == [[], [], [], []]
    calm = two.person(user_id + 1, "C", "ru")
    await onboard(two, calm)
    replies = await calm.send("зарплата")
    assert replies and strip(replies[0].text) != notice
