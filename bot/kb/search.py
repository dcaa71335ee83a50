"""Search over every language version of every article at once.

Each article is one document made of its titles, summaries, `questions` and bodies in all the
languages it has. Words become short stems of their folded spelling (see `bot.kb.text`), so
Russian cases, Turkic suffixes and Cyrillic/Latin Uzbek meet. The lexicon adds concept terms
(`@wage`) wherever a word of any language names that concept, so a Tajik question finds a
Russian article. Unknown words are matched to the nearest known word (typos). Ranking is BM25
over field-weighted term counts.
"""

from __future__ import annotations

import math
import sys
from array import array
from collections import defaultdict
from dataclasses import dataclass

from rapidfuzz import fuzz, process

from bot.kb.lexicon import Candidates, Lexeme, Lexicon
from bot.kb.text import stem, words

__all__ = ["Candidates", "Hit", "Lexeme", "Lexicon", "Result", "SearchIndex"]

FIELD_WEIGHTS = {"title": 3.0, "questions": 2.5, "summary": 2.0, "body": 0.6}
CONCEPT_WEIGHT = 2.0
CONCEPT_FIELDS = frozenset({"title", "questions", "summary"})  # bodies mention everything
FUZZY_CUTOFF = 84.0
FUZZY_WEIGHT = 0.7
K1, B = 2.0, 0.4
ANALYSED_MAX = 10_000  # query words remembered (about 3 MB when full)
SHORT, SHORT_WEIGHT = 3, 0.4
UNKNOWN_SHARE = 0.5
GOOD_SCORE = 6.0
GOOD_COVERAGE = 0.4
STOPWORDS = frozenset(
    words(
        "как что где мне меня мой моя мои мы вы он она они это если или для при что-то "
        "его ее их уже еще тоже есть нет можно нужно надо какой какие когда почему "
        "the a an my me i is are am to of in on for and or if what how can do does "
        "with it be have has was not no at by from this that your you"
    )
)


@dataclass(frozen=True, slots=True)
class Hit:
    id: str
    topic: str
    score: float


@dataclass(frozen=True, slots=True)
class Result:
    hits: list[Hit]
    coverage: float

    @property
    def good(self) -> bool:
        return (
            bool(self.hits)
            and self.hits[0].score >= GOOD_SCORE
            and (self.coverage >= GOOD_COVERAGE)
        )


class SearchIndex:
    """BM25 over flat postings: each term (interned) has a number; the documents that have
    term n, and its weighted count in each, are `_doc`/`_tf` from `_start[n]` to
    `_start[n + 1]`. Documents are numbered in the order given."""

    def __init__(self, documents: dict[str, tuple[str, dict[str, list[str]]]], lexicon: Lexicon):
        """documents: article id → (topic, field name → texts in every language)."""
        self.lexicon = lexicon
        self.topics = {doc_id: topic for doc_id, (topic, _) in documents.items()}
        self.ids: tuple[str, ...] = tuple(documents)
        lengths: list[float] = []
        postings: dict[str, list[tuple[int, float]]] = {}
        known: set[str] = set()
        memo: Candidates = {}
        for number, (_, fields) in enumerate(documents.values()):
            counts: dict[str, float] = defaultdict(float)
            for name, texts in fields.items():
                weight = FIELD_WEIGHTS[name]
                concepts = name in CONCEPT_FIELDS
                for text in texts:
                    tokens = words(text)
                    if name != "body":  # typos are matched to words of the short fields
                        known.update(tokens)
                    for term in self._terms(tokens, concepts, memo):
                        counts[term] += weight
            lengths.append(sum(counts.values()))
            for term, count in counts.items():
                postings.setdefault(term, []).append((number, count))
        total = max(len(documents), 1)
        average = sum(lengths) / total if documents else 1.0
        self._norm = tuple(K1 * (1 - B + B * length / average) for length in lengths)
        self._term = {sys.intern(term): number for number, term in enumerate(postings)}
        self._idf = array(
            "d",
            [
                math.log(1 + (total - len(each) + 0.5) / (len(each) + 0.5))
                for each in postings.values()
            ],
        )
        self._start = array("I", [0])
        for each in postings.values():
            self._start.append(self._start[-1] + len(each))
        self._doc = array("I", [number for each in postings.values() for number, _ in each])
        self._tf = array("d", [count for each in postings.values() for _, count in each])
        by_initial: dict[str, list[str]] = defaultdict(list)
        for word in sorted(known | lexicon.vocabulary()):
            by_initial[word[0]].append(word)
        self.known_by_initial = {initial: tuple(known) for initial, known in by_initial.items()}
        self._analysed: dict[str, tuple[tuple[str, float], ...]] = {}

    def terms(self, tokens: list[str], *, concepts: bool = True) -> list[str]:
        """Stems of the meaningful words; concepts from all words ("not paid" needs "not")."""
        return self._terms(tokens, concepts, None)

    def _terms(self, tokens: list[str], concepts: bool, memo: Candidates | None) -> list[str]:
        found = [stem(token) for token in tokens if token not in STOPWORDS]
        if concepts:
            found += [f"@{concept}" for concept in self.lexicon.concepts(tokens, memo)]
        return found

    def search(self, query: str, limit: int = 5) -> Result:
        every = words(query)
        tokens = [token for token in every if token not in STOPWORDS]
        weights: dict[str, float] = {}
        for token in tokens:
            for term, weight in self._query_terms(token):
                weights[term] = max(weights.get(term, 0.0), weight)
        for concept in self.lexicon.concepts(every):
            weights[f"@{concept}"] = CONCEPT_WEIGHT
        scores: dict[int, float] = defaultdict(float)
        norms = self._norm
        for term, weight in weights.items():
            term_number = self._term.get(term)
            if term_number is None:
                continue
            idf = self._idf[term_number]
            for at in range(self._start[term_number], self._start[term_number + 1]):
                number, tf = self._doc[at], self._tf[at]
                scores[number] += weight * idf * tf * (K1 + 1) / (tf + norms[number])
        ids = self.ids
        ranked = sorted(scores.items(), key=lambda item: (-item[1], ids[item[0]]))[:limit]
        hits = [
            Hit(ids[number], self.topics[ids[number]], round(score, 3)) for number, score in ranked
        ]
        return Result(hits, self._coverage(tokens, ranked[0][0] if ranked else None))

    def _query_terms(self, token: str) -> tuple[tuple[str, float], ...]:
        """Index terms for one query word, with weights; remembered (words recur a lot)."""
        found = self._analysed.get(token)
        if found is None:
            found = self._analyse(token)
            if len(self._analysed) >= ANALYSED_MAX:
                self._analysed.clear()
            self._analysed[token] = found
        return found

    def _analyse(self, token: str) -> tuple[tuple[str, float], ...]:
        term = stem(token)
        if term in self._term or self.lexicon.concepts([token]):
            # a short word means different things in different languages (Tajik кор, work;
            # Russian корь, measles): it counts for less unless the lexicon knows it
            return ((sys.intern(term), 1.0 if len(token) > SHORT else SHORT_WEIGHT),)
        if len(token) < 4:
            return ()
        # a typo rarely hits the first letter: compare with words that share it
        match = process.extractOne(
            token,
            self.known_by_initial.get(token[0], ()),
            scorer=fuzz.ratio,
            score_cutoff=FUZZY_CUTOFF,
        )
        if match is None:
            return ()
        nearest = match[0]
        found = [(sys.intern(stem(nearest)), FUZZY_WEIGHT)]
        found += [
            (f"@{c}", FUZZY_WEIGHT * CONCEPT_WEIGHT) for c in self.lexicon.concepts([nearest])
        ]
        return tuple(found)

    def _coverage(self, tokens: list[str], best: int | None) -> float:
        """How much of the question the best article covers. Words the knowledge base has
        never seen in any language (often grammar words of a language without articles
        yet) count half."""
        meaningful = [token for token in tokens if len(token) >= 3]
        if best is None or not meaningful:
            return 0.0
        matched = total = 0.0
        for token in meaningful:
            candidates = [term for term, _ in self._query_terms(token)]
            candidates += [f"@{c}" for c in self.lexicon.concepts([token])]
            if not candidates:
                total += UNKNOWN_SHARE
                continue
            total += 1
            if any(self._has(term, best) for term in candidates):
                matched += 1
        return matched / total

    def _has(self, term: str, number: int) -> bool:
        term_number = self._term.get(term)
        if term_number is None:
            return False
        return number in self._doc[self._start[term_number] : self._start[term_number + 1]]
