from __future__ import annotations

import datetime as dt

import pytest

from bot.dates import local_date
from bot.kb.model import LANGUAGES

DAY = dt.date(2026, 12, 7)


@pytest.mark.parametrize(
    ("locale", "shown"),
    [("ru", "7 дек. 2026 г."), ("en", "Dec 7, 2026"), ("uz", "7-dek, 2026")],
)
def test_a_date_is_written_the_readers_way(locale: str, shown: str) -> None:
    # CLDR keeps "2026 г." together with a narrow no-break space
    assert local_date(DAY, locale).replace("\u202f", " ").replace("\u00a0", " ") == shown


def test_every_language_gets_a_date_with_the_year() -> None:
    for locale in LANGUAGES:
        assert "2026" in local_date(DAY, locale)


def test_a_moment_is_the_day_it_was_in_kazakhstan() -> None:
    late_evening_utc = dt.datetime(2026, 12, 6, 20, 30, tzinfo=dt.UTC)  # 01:30 on the 7th there
    assert local_date(late_evening_utc, "en") == "Dec 7, 2026"
