"""Search quality and speed on the labelled set, beside a plain BM25 baseline (bm25s) on the
same documents. Prints figures; asserts nothing (the test suite guards a floor).

    .venv/bin/python scripts/bench_search.py [--misses]
"""

from __future__ import annotations

import argparse
import re
import statistics
import time
from pathlib import Path

import bm25s

from bot.kb.loader import load
from bot.kb.model import KnowledgeBase
from bot.kb.quality import Score, evaluate, load_cases

ROOT = Path(__file__).resolve().parents[1]


def bm25_ranker(kb: KnowledgeBase):  # type: ignore[no-untyped-def]
    ids = list(kb.articles)
    corpus = []
    for article_id in ids:
        parts = []
        for article in kb.articles[article_id].values():
            parts += [article.title, article.summary, *article.questions, article.body]
        corpus.append(" ".join(parts))

    def tokenize(text: str) -> list[str]:
        return re.findall(r"\w+", text.lower())

    retriever = bm25s.BM25()
    retriever.index([tokenize(text) for text in corpus], show_progress=False)

    def rank(query: str) -> list[str]:
        tokens = tokenize(query)
        if not tokens:
            return []
        results, scores = retriever.retrieve([tokens], k=3, show_progress=False)
        return [ids[int(i)] for i, s in zip(results[0], scores[0], strict=True) if s > 0]

    return rank


def _timed(kb: KnowledgeBase, query: str) -> float:
    started = time.perf_counter()
    kb.search(query, limit=3)
    return time.perf_counter() - started


def latency(name: str, timings: list[float]) -> None:
    timings = sorted(timings)
    p99 = timings[int(0.99 * len(timings))]
    print(
        f"latency {name}, {len(timings)} searches: p50 {statistics.median(timings) * 1000:.3f} ms,"
        f" p99 {p99 * 1000:.3f} ms, max {timings[-1] * 1000:.3f} ms"
    )


def show(name: str, score: Score) -> None:
    print(f"{name:<10} n={score.total}  top-1 {score.top1:6.1%}  top-3 {score.top3:6.1%}")
    for lang, (count, top1, top3) in score.by_lang.items():
        print(f"    {lang:<7} n={count:<4} top-1 {top1:6.1%}  top-3 {top3:6.1%}")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--misses", action="store_true", help="list the queries Qorgau missed")
    args = parser.parse_args()
    kb, problems = load(ROOT / "knowledge")
    if problems:
        print(f"warning: {len(problems)} knowledge problem(s); run qorgau kb check")
    cases = load_cases(ROOT / "tests" / "search" / "queries.yaml")
    print(f"{len(kb.articles)} articles, {len(cases)} labelled queries")

    def ours(query: str) -> list[str]:
        return [hit.id for hit in kb.search(query, limit=3).hits]

    qorgau = evaluate(cases, ours)
    show("qorgau", qorgau)
    show("bm25s", evaluate(cases, bm25_ranker(kb)))

    # cold: a freshly loaded index, every word seen for the first time (no remembered words)
    cold_kb, _ = load(ROOT / "knowledge")
    latency("cold (first time each query is seen)", [_timed(cold_kb, c.query) for c in cases])
    warm = [_timed(kb, case.query) for _ in range(20) for case in cases]
    latency("warm (words seen before)", warm)
    if args.misses:
        for case, ranked in qorgau.misses:
            print(f"MISS [{case.lang}] {case.query!r}: want {case.expect}, got {ranked}")


if __name__ == "__main__":
    main()
