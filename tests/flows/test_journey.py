"""A migrant reaches a lawyer through the real Dispatcher, and back."""

from __future__ import annotations

import logging

import pytest

from tests.flows.people import make_lawyer, onboard, open_ticket, strip, t

WORDS = "Работодатель Саматов не платит мне зарплату уже три месяца, паспорт N1234567 забрал"


async def test_whole_journey(bot, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    lawyer = await make_lawyer(bot, 900)
    migrant = bot.person(100, "Aziz", "ru")

    await onboard(bot, migrant)
    assert strip(t(bot, "menu-title")) in strip(migrant.last.text)
    topic = bot.app.kb.kb.topics["employment"].title("ru")
    assert f"💼 {topic}" in migrant.last.buttons

    ref = await open_ticket(bot, migrant, f"💼 {topic}", WORDS)
    assert ref in migrant.last.text
    card = lawyer.last
    assert ref in card.text and "Саматов" not in card.text  # the words only after a claim
    assert card.buttons == [t(bot, "btn-claim", "en")]

    await lawyer.click(t(bot, "btn-claim", "en"))
    assert any("Работодатель Саматов" in shown.text for shown in lawyer.messages())
    assert strip(t(bot, "card-claimed-you", "en", ref=ref)) == strip(card.text)
    assert any(
        strip(t(bot, "client-claimed", ref=ref)) == strip(m.text) for m in migrant.messages()
    )
    assert WORDS in strip(lawyer.last.text)  # the full case went to the lawyer

    await lawyer.send("Здравствуйте! Сохраните все переводы и переписку с работодателем.")
    relayed = migrant.last
    assert "Сохраните все переводы" in relayed.text
    assert strip(t(bot, "relay-from-lawyer", ref=ref, name=t(bot, "lawyer-signature"))) in strip(
        relayed.text
    )
    assert "Lawyer" not in relayed.text and "900" not in relayed.text  # no lawyer account
    assert strip(lawyer.last.text) == strip(t(bot, "relay-sent-to-client", "en", ref=ref))

    await migrant.send("Спасибо, переписка есть в WhatsApp")
    assert "переписка есть в WhatsApp" in lawyer.last.text
    assert strip(migrant.last.text) == strip(t(bot, "relay-sent-to-lawyer", ref=ref))

    await lawyer.click(t(bot, "btn-case-close", "en"))
    closed = await lawyer.click(t(bot, "outcome-advice", "en"))
    outcome = t(bot, "outcome-advice", "en")
    assert strip(t(bot, "case-closed", "en", ref=ref, outcome=outcome)) in [
        strip(shown.text) for shown in closed
    ]
    assert strip(card.text) == strip(t(bot, "card-closed", "en", ref=ref))  # no excerpt left
    told = strip(t(bot, "client-outcome", outcome=t(bot, "outcome-advice")))  # in Russian
    assert strip(migrant.last.text) == f"{told}\n\n{strip(t(bot, 'client-case-closed', ref=ref))}"

    logged = "\n".join(record.getMessage() for record in caplog.records)
    logged += "\n".join(str(record.args) for record in caplog.records)
    for fragment in ("Саматов", "зарплату", "N1234567", "WhatsApp", "Сохраните", "Aziz"):
        assert fragment not in logged
