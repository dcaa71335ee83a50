"""k-anonymity for the export: the quasi-identifiers (month, topic, region, citizenship,
language) are generalised step by step, one attribute at a time, until at most a small share of
cases sit in combinations held by fewer than k cases; those are then suppressed (their
quasi-identifiers all become "*"), and left out if even that group is smaller than k."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass

K = 5
SUPPRESS_SHARE = 50  # at most 1 case in 50 (or k) is suppressed before generalising further
ANY = "*"
QUASI = ("month", "topic", "region", "citizenship", "language")

MACRO_REGIONS = {
    "south": ("almaty_city", "almaty_region", "shymkent", "jambyl", "jetisu", "kyzylorda",
              "turkistan"),
    "north": ("astana", "akmola", "kostanay", "north_kz", "pavlodar"),
    "central": ("karaganda", "ulytau"),
    "east": ("abai", "east_kz"),
    "west": ("aktobe", "atyrau", "mangystau", "west_kz"),
}  # fmt: skip
CITIZENSHIP_GROUPS = {
    "central_asia": ("uz", "tj", "kg", "tm"),
    "eastern_europe": ("ru", "ua"),
    "afghanistan_middle_east": ("af", "sy"),
    "stateless": ("stateless",),
}
LANGUAGE_GROUPS = {"ru": ("ru",), "central_asian": ("kk", "ky", "uz", "tg")}


def _grouper(groups: dict[str, tuple[str, ...]]) -> Callable[[str], str]:
    index = {code: group for group, codes in groups.items() for code in codes}
    return lambda code: index.get(code, "other")


def _quarter(month: str) -> str:
    year, number = month.split("-")
    return f"{year}-Q{(int(number) - 1) // 3 + 1}"


# each attribute's ladder: level 0 is the value itself, the last level is "*"
LADDERS: dict[str, tuple[Callable[[str], str], ...]] = {
    "month": (_quarter, lambda month: month[:4]),
    "topic": (),
    "region": (_grouper(MACRO_REGIONS),),
    "citizenship": (_grouper(CITIZENSHIP_GROUPS),),
    "language": (_grouper(LANGUAGE_GROUPS),),
}
LEVEL_NAMES = {
    "month": ("month", "quarter", "year"),
    "region": ("region", "macro-region"),
    "citizenship": ("country", "group"),
    "language": ("language", "group"),
    "topic": ("topic",),
}


@dataclass(frozen=True, slots=True)
class Anonymised:
    rows: list[dict[str, str]]
    levels: dict[str, str]  # attribute -> how far it was generalised
    generalised: int  # rows with at least one quasi-identifier coarser than recorded
    suppressed: int  # rows whose quasi-identifiers were all replaced by "*"
    left_out: int  # suppressed rows that could not even form a group of k


def _at(attribute: str, value: str, level: int) -> str:
    ladder = LADDERS[attribute]
    if level == 0:
        return value
    return ladder[level - 1](value) if level <= len(ladder) else ANY


def _keys(rows: Sequence[dict[str, str]], levels: dict[str, int]) -> list[tuple[str, ...]]:
    return [tuple(_at(q, row[q], levels[q]) for q in QUASI) for row in rows]


def _small(keys: list[tuple[str, ...]], k: int) -> int:
    return sum(count for count in Counter(keys).values() if count < k)


def _choose_levels(rows: Sequence[dict[str, str]], k: int) -> dict[str, int]:
    """Greedy: generalise the attribute whose next step leaves the fewest cases in groups
    smaller than k (on a tie, the one with more distinct values), until few are left."""
    levels = dict.fromkeys(QUASI, 0)
    budget = max(k, len(rows) // SUPPRESS_SHARE)
    while _small(_keys(rows, levels), k) > budget:
        candidates = [q for q in QUASI if levels[q] <= len(LADDERS[q])]
        if not candidates:
            break
        best = min(
            candidates,
            key=lambda q: (
                _small(_keys(rows, {**levels, q: levels[q] + 1}), k),
                -len({_at(q, row[q], levels[q]) for row in rows}),
                QUASI.index(q),
            ),
        )
        levels[best] += 1
    return levels


def anonymise(rows: Sequence[dict[str, str]], k: int = K) -> Anonymised:
    levels = _choose_levels(rows, k)
    keys = _keys(rows, levels)
    counts = Counter(keys)
    out: list[dict[str, str]] = []
    suppressed: list[dict[str, str]] = []
    generalised = 0
    for row, key in zip(rows, keys, strict=True):
        coarse = {**row, **dict(zip(QUASI, key, strict=True))}
        if counts[key] < k:
            suppressed.append({**row, **dict.fromkeys(QUASI, ANY)})
            continue
        generalised += any(coarse[q] != row[q] for q in QUASI)
        out.append(coarse)
    star = tuple(ANY for _ in QUASI)
    left_out = 0
    kept_star = counts[star] if counts[star] >= k else 0  # already out, whole
    if kept_star + len(suppressed) >= k:
        out += suppressed
    else:
        left_out = len(suppressed)
    final = Counter(tuple(row[q] for q in QUASI) for row in out)
    assert all(count >= k for count in final.values()), "a group smaller than k"
    out.sort(key=lambda row: tuple(row.values()))
    names = {
        q: LEVEL_NAMES[q][levels[q]] if levels[q] < len(LEVEL_NAMES[q]) else "removed"
        for q in QUASI
    }
    return Anonymised(out, names, generalised, len(suppressed), left_out)
