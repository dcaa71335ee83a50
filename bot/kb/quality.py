"""Search quality on the labelled set (tests/search/queries.yaml): shared by the benchmark and
the test that guards the floor."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from bot.kb.frontmatter import read_yaml


@dataclass(frozen=True, slots=True)
class Case:
    query: str
    lang: str
    expect: str


@dataclass(frozen=True, slots=True)
class Score:
    total: int
    top1: float
    top3: float
    by_lang: dict[str, tuple[int, float, float]]  # lang → (count, top1, top3)
    misses: list[tuple[Case, list[str]]]


def load_cases(path: Path) -> list[Case]:
    raw = read_yaml(path.read_text(encoding="utf-8"))
    return [Case(str(item["q"]), str(item["lang"]), str(item["expect"])) for item in raw]


def evaluate(cases: list[Case], rank: Callable[[str], list[str]]) -> Score:
    """`rank` returns article ids, best first."""
    hits1: dict[str, list[bool]] = defaultdict(list)
    hits3: dict[str, list[bool]] = defaultdict(list)
    misses: list[tuple[Case, list[str]]] = []
    for case in cases:
        ranked = rank(case.query)[:3]
        hits1[case.lang].append(bool(ranked) and ranked[0] == case.expect)
        hits3[case.lang].append(case.expect in ranked)
        if case.expect not in ranked:
            misses.append((case, ranked))
    all1 = [hit for hits in hits1.values() for hit in hits]
    all3 = [hit for hits in hits3.values() for hit in hits]
    by_lang = {
        lang: (len(hits1[lang]), _share(hits1[lang]), _share(hits3[lang]))
        for lang in sorted(hits1)
    }
    return Score(len(cases), _share(all1), _share(all3), by_lang, misses)


def _share(values: list[bool]) -> float:
    return sum(values) / len(values) if values else 0.0
