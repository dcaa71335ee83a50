"""Scaled mode: with REDIS_URL the conversation state lives in Redis and survives a restart."""

from __future__ import annotations

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
