from __future__ import annotations

from bot.callbacks import ALL, ArticleCD, CaseCD, ClaimCD, MyCaseCD, QueueCD


def test_prefixes_are_unique_and_short() -> None:
    prefixes = [cd.__prefix__ for cd in ALL]
    assert len(prefixes) == len(set(prefixes))
    assert all(len(prefix) <= 3 for prefix in prefixes)


def test_packed_data_fits_telegram_limit() -> None:
    longest = [
        ArticleCD(id="expulsion-administrative-expulsion", page=99).pack(),
        CaseCD(action="transfer_to", ticket=2**31, value=str(2**40)).pack(),
        MyCaseCD(action="withdraw_yes", ticket=2**31).pack(),
        QueueCD(
            priority="P1", lang="prs", region="almaty_region", topic="employment", pick="region"
        ).pack(),
        ClaimCD(ticket=2**31).pack(),
    ]
    assert all(len(data.encode()) <= 64 for data in longest)
