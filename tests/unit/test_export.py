"""The anonymised export: no personal field leaves, and no combination of quasi-identifiers
(month, topic, region, citizenship, language) is shared by fewer than k cases."""

from __future__ import annotations

import csv
import datetime as dt
import io
import random
import re
from collections import Counter
from zoneinfo import ZoneInfo

import pytest
from cryptography.fernet import Fernet
from sqlalchemy import select

from bot.crypto import Cipher
from bot.db.engine import build_engine, build_session_factory
from bot.db.models import AuditEvent, User
from bot.hours import Sla
from bot.services.anonymise import QUASI, anonymise
from bot.services.export import COLUMNS, ExportService
from bot.services.tickets import Draft, TicketService
from bot.services.triage import CITIZENSHIPS, REGIONS
from bot.services.users import Actor

K = 5
MONTH = re.compile(r"^(\d{4}(-\d{2}|-Q[1-4])?|\*)$")


def _generated(seed: int, n: int) -> list[dict[str, str]]:
    """Mostly common cases, with a tail of rare ones: a Syrian in Ulytau, a lone Arabic
    speaker, one case in a month of its own."""
    rng = random.Random(seed)
    rows = []
    for i in range(n):
        common = rng.random() < 0.8
        rows.append(
            {
                "month": f"2026-{rng.choice((3, 4, 5)) if common else rng.randint(1, 12):02d}",
                "topic": rng.choice(("employment", "registration") if common else
                                    ("asylum", "family", "other", "patent")),
                "region": rng.choice(("almaty_city", "astana") if common else REGIONS),
                "citizenship": rng.choice(("uz", "tj") if common else CITIZENSHIPS),
                "language": rng.choice(("ru", "uz") if common else ("ar", "prs", "kk", "en")),
                "priority": rng.choice(("P1", "P2", "P3")),
                "status": "closed",
                "outcome": "advice",
                "solved": "",
                "rating": str(i % 5 + 1),
            }
        )  # fmt: skip
    rows.append(dict(rows[0], month="2025-02", region="ulytau", citizenship="sy", language="ar"))
    return rows


def _groups(rows: list[dict[str, str]]) -> Counter[tuple[str, ...]]:
    return Counter(tuple(row[q] for q in QUASI) for row in rows)


@pytest.mark.parametrize(("seed", "n"), [(1, 60), (2, 400), (3, 2000)])
def test_no_group_smaller_than_k_on_rare_combinations(seed: int, n: int) -> None:
    rows = _generated(seed, n)
    assert min(_groups(rows).values()) < K  # the input does hold rare combinations
    result = anonymise(rows, K)
    assert result.rows and min(_groups(result.rows).values()) >= K
    assert len(result.rows) + result.left_out == len(rows)
    assert all(set(row) == set(COLUMNS) for row in result.rows)
    assert all(MONTH.match(row["month"]) for row in result.rows)
    lone = ("2025-02", "ulytau", "sy", "ar")
    assert not any(
        (row["month"], row["region"], row["citizenship"], row["language"]) == lone
        for row in result.rows
    )


def test_rare_months_become_a_quarter_and_the_file_counts_them() -> None:
    row = dict.fromkeys(COLUMNS, "x")
    months = ["2026-01"] * 6 + ["2026-02"] * 3 + ["2026-03"] * 3
    result = anonymise([row | {"month": month} for month in months], K)
    assert result.levels["month"] == "quarter" and result.levels["region"] == "region"
    assert {r["month"] for r in result.rows} == {"2026-Q1"}
    assert (result.generalised, result.suppressed, result.left_out) == (12, 0, 0)


def test_a_lone_case_is_suppressed_not_shown() -> None:
    row = dict.fromkeys(COLUMNS, "x") | {"month": "2026-05", "citizenship": "uz"}
    rows = [dict(row) for _ in range(300)] + [row | {"citizenship": "sy", "region": "ulytau"}]
    result = anonymise(rows, K)
    assert result.levels["citizenship"] == "country"  # one case does not coarsen 300
    assert result.suppressed == 1 and result.left_out == 1  # alone even as "*"
    assert all(r["citizenship"] == "uz" for r in result.rows)


def test_common_cases_are_left_as_they_are() -> None:
    row = dict.fromkeys(COLUMNS, "x") | {"month": "2026-05"}
    result = anonymise([dict(row) for _ in range(12)], K)
    assert result.generalised == result.suppressed == result.left_out == 0
    assert result.rows[0]["month"] == "2026-05" and result.levels["month"] == "month"


def test_fewer_than_k_cases_leave_nothing() -> None:
    rows = _generated(4, 3)[:3]
    result = anonymise(rows, K)
    assert result.rows == [] and result.left_out == 3


SLA = Sla(dt.timedelta(minutes=10), dt.timedelta(minutes=20), dt.timedelta(minutes=30))
CIPHER = Cipher([Fernet.generate_key().decode()])
PHONE = "+77011234567"


@pytest.fixture
async def sessions(db_url: str):
    engine = build_engine(db_url)
    yield build_session_factory(engine)
    await engine.dispose()


async def test_the_file_holds_no_personal_field(sessions, clock) -> None:
    async with sessions() as session:
        session.add_all(
            User(id=7_000_000_000 + n, role="client", locale="ru", created_at=clock())
            for n in range(9)
        )
        await session.commit()
        tickets = TicketService(session, clock, CIPHER, SLA)
        refs, texts = [], []
        for n in range(9):
            words = f"Меня зовут Айбек Нурланов {n}, паспорт N{n}234567"
            draft = Draft("employment", "ru", words, region="astana", citizenship="kg",
                          phone=PHONE)  # fmt: skip
            ticket, _ = await tickets.submit(7_000_000_000 + n, draft)
            refs.append(ticket.ref)
            texts += [words, ticket.description or "", ticket.contact_phone or ""]
            clock.advance(minutes=7)
        lawyer = Actor(7_000_000_000, "admin", "ru", True)
        await tickets.claim(lawyer, 1)
        await tickets.close(lawyer, 1, "declined_conflict")
        done = await ExportService(session, clock, ZoneInfo("Asia/Almaty"), K).export(42)
        audit = await session.scalar(select(AuditEvent).where(AuditEvent.action == "export"))
    assert audit is not None and audit.actor_id == 42
    note, *table = done.csv.splitlines()
    assert "9 cases, k = 5" in note and "0 left out" in note
    rows = list(csv.DictReader(io.StringIO("\n".join(table))))
    assert tuple(rows[0]) == COLUMNS and len(rows) == 9
    assert Counter(row["outcome"] for row in rows) == {"": 8, "declined_conflict": 1}
    for secret in (*refs, *texts, PHONE, "7000000", "Айбек", "2026-12-03", "10:"):
        assert secret not in done.csv, secret
    assert {row["month"] for row in rows} == {"2026-12"}
    assert min(_groups(rows).values()) >= K
