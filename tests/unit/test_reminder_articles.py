"""Every article that offers a reminder exists, and offers a kind people can choose."""

from __future__ import annotations

import datetime as dt

from bot.kb.check import check
from bot.services.reminders import ARTICLE_KINDS, CHOSEN, dated_moments, next_monthly
from tests.conftest import ROOT


def test_reminder_articles_exist() -> None:
    kb = check(ROOT / "knowledge", dt.date(2026, 12, 3)).kb
    assert set(ARTICLE_KINDS) <= set(kb.articles)
    assert set(ARTICLE_KINDS.values()) <= set(CHOSEN)


def test_send_moments_are_09_00_in_kazakhstan() -> None:
    now = dt.datetime(2026, 12, 31, 10, 0, tzinfo=dt.UTC)  # 15:00 in Almaty
    assert next_monthly(28, now) == dt.datetime(2027, 1, 28, 4, 0, tzinfo=dt.UTC)
    assert next_monthly(31 - 3, dt.datetime(2026, 12, 1, tzinfo=dt.UTC)).day == 28
    late = dt.datetime(2026, 12, 19, 10, 0, tzinfo=dt.UTC)  # both moments of the 20th passed
    assert dated_moments(dt.date(2026, 12, 20), late) == [late]  # once, at once
    assert dated_moments(dt.date(2026, 12, 18), late) == []  # the date has passed
