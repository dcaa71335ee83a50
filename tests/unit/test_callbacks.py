from __future__ import annotations

from bot.flows.callbacks import ALL, ArticleCD, CaseCD, ClaimCD


def test_prefixes_are_unique_and_short() -> None:
    prefixes = [cd.__prefix__ for cd in ALL]
    assert len(prefixes) == len(set(prefixes))
    assert all(len(prefix) <= 3 for prefix in prefixes)


def test_packed_data_fits_telegram_limit() -> None:
    longest = [
        ArticleCD(id="expulsion-administrative-expulsion", page=99).pack(),
        CaseCD(action="close_yes", ticket=2**31).pack(),
        ClaimCD(ticket=2**31).pack(),
    ]
    assert all(len(data.encode()) <= 64 for data in longest)
