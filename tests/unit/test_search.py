"""Search: behaviour on hand-picked cases, and a quality floor on the labelled set."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from bot.kb.loader import load
from bot.kb.model import KnowledgeBase
from bot.kb.quality import evaluate, load_cases
from bot.kb.text import words

ROOT = Path(__file__).resolve().parents[2]
TOP3_FLOOR = 0.94  # measured 95.9 % on 386 queries (scripts/bench_search.py)
LANGUAGE_FLOOR = 0.90  # every language at least 90 % top-3; lowest measured: Dari 92.7 %
TOP1_FLOOR = 0.82  # measured 85.8 %


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    kb, problems = load(ROOT / "knowledge")
    assert problems == []
    return kb


def _top(kb: KnowledgeBase, query: str, n: int = 3) -> list[str]:
    return [hit.id for hit in kb.search(query, limit=n).hits]


def test_scripts_fold_to_one_spelling() -> None:
    assert words("Иш ҳақимни бермаяпти") == words("ish haqimni bermayapti")
    assert words("Oʻqish") == words("o'qish") == words("oqish")
    assert words("ЁЛКА") == words("елка")
    assert words("المدرسة") == words("مدرسة") == words("والمدرسة")  # Arabic article, conjunction
    assert words("يدفعوا") == words("یدفعوا")  # Arabic and Persian yeh


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("мне не платят зарплату", "employment-unpaid-wages"),
        ("работадатель не плотит зарплату", "employment-unpaid-wages"),  # typos
        ("зарплаты", "employment-unpaid-wages"),  # another case
        ("my boss is not paying my salary", "employment-unpaid-wages"),
        ("потерял паспорт", "documents-lost-passport"),
        ("pasportimni yo'qotdim", "documents-lost-passport"),  # Uzbek, Latin
        ("паспортимни йўқотдим", "documents-lost-passport"),  # Uzbek, Cyrillic
        ("паспортымды жоғалттым", "documents-lost-passport"),  # Kazakh
        ("меня депортируют", "expulsion-administrative-expulsion"),
        ("музди кор намедиҳанд", "employment-unpaid-wages"),  # Tajik
        ("шиносномаамро гум кардам", "documents-lost-passport"),  # Tajik
        ("кожоюн акча төлөбөй жатат", "employment-unpaid-wages"),  # Kyrgyz
        ("мени полиция кармап кетти", "expulsion-detained-rights"),  # Kyrgyz
    ],
)
def test_typical_questions_find_their_article(
    kb: KnowledgeBase, query: str, expected: str
) -> None:
    assert expected in _top(kb, query)


def test_nothing_good_for_off_topic_questions(kb: KnowledgeBase) -> None:
    cases = yaml.safe_load((ROOT / "tests" / "search" / "offtopic.yaml").read_text("utf-8"))
    judged_good = [case["q"] for case in cases if kb.search(case["q"]).good]
    assert len(judged_good) <= len(cases) // 10, judged_good
    assert not kb.search("").hits and not kb.search("😂 !!!").good


def test_quality_floor_on_the_labelled_set(kb: KnowledgeBase) -> None:
    cases = load_cases(ROOT / "tests" / "search" / "queries.yaml")
    assert len(cases) >= 150
    score = evaluate(cases, lambda query: _top(kb, query))
    assert score.top3 >= TOP3_FLOOR, f"top-3 {score.top3:.1%}"
    assert score.top1 >= TOP1_FLOOR, f"top-1 {score.top1:.1%}"
    for lang, (count, _, top3) in score.by_lang.items():
        assert top3 >= LANGUAGE_FLOOR, f"{lang}: top-3 {top3:.1%} over {count} queries"
