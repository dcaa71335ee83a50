"""Content gaps: scrubbed, counted, listed most frequent first, gone after 90 days."""

from __future__ import annotations

import pytest
from cryptography.fernet import Fernet

from bot.crypto import Cipher
from bot.db.engine import build_engine, build_session_factory
from bot.services.feedback import FeedbackService, scrub
from tests.conftest import qorgau


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        ("мой номер +7 701 555 12 34", "мой номер [number]"),
        ("пишите aziz.k@mail.ru", "пишите [email]"),
        ("паспорт N1234567 забрали", "паспорт N[number] забрали"),
        ("3 месяца не платят", "# месяца не платят"),
        ("Где Ерлан Саматов держит паспорт", "Где [name] [name] держит паспорт"),
        ("смотрите https://egov.kz/x?y=1 там", "смотрите [link] там"),
        ("  много   пробелов  ", "много пробелов"),
    ],
)
def test_scrub(raw: str, clean: str) -> None:
    assert scrub(raw) == clean


async def test_gaps_counted_listed_and_expiring(db_url: str, clock) -> None:
    engine = build_engine(db_url)
    sessions = build_session_factory(engine)
    try:
        async with sessions() as session:
            feedback = FeedbackService(session, clock, Cipher([Fernet.generate_key().decode()]))
            for _ in range(3):
                await feedback.record_gap("как получить пенсию", "ru")
            await feedback.record_gap("Как получить пенсию", "ru")
            await feedback.record_gap("pension how", "en")
            top = await feedback.top_gaps()
            assert [(gap.query, gap.locale, gap.count) for gap in top] == [
                ("как получить пенсию", "ru", 4),
                ("pension how", "en", 1),
            ]
            clock.advance(days=91)
            assert await feedback.top_gaps() == []
            assert await feedback.purge_gaps() == 5
    finally:
        await engine.dispose()


def test_cli_gaps(tmp_path) -> None:
    done = qorgau("kb", "gaps", DATABASE_URL=f"sqlite+aiosqlite:///{tmp_path / 'g.db'}")
    assert done.returncode == 0, done.stderr
    assert "No content gaps" in done.stdout
