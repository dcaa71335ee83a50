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
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from rapidfuzz import fuzz, process

from bot.kb.text import stem, words

FIELD_WEIGHTS = {"title": 3.0, "questions": 2.5, "summary": 2.0, "body": 0.6}
CONCEPT_WEIGHT = 2.0
CONCEPT_FIELDS = frozenset({"title", "questions", "summary"})  # bodies mention everything
FUZZY_CUTOFF = 84.0
FUZZY_WEIGHT = 0.7
K1, B = 2.0, 0.4
ANALYSED_MAX = 50_000
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


@dataclass(frozen=True, slots=True)
class Lexeme:
    concept: str
    parts: tuple[str, ...]  # folded words of one lexicon entry


@dataclass(slots=True)
class Lexicon:
    by_word: dict[str, list[Lexeme]] = field(default_factory=lambda: defaultdict(list))

    @classmethod
    def build(cls, concepts: dict[str, dict[str, list[str]]]) -> Lexicon:
        lexicon = cls()
        for concept, languages in concepts.items():
            for entries in languages.values():
                for entry in entries:
                    parts = tuple(words(entry))
                    if parts:
                        lexicon.by_word[_key(parts[0])].append(Lexeme(concept, parts))
        return lexicon

    def concepts(self, tokens: list[str]) -> list[str]:
        """Concepts named anywhere in these folded words (inflected, suffixed, multi-word)."""
        found: list[str] = []
        for index, token in enumerate(tokens):
            for lexeme in self._candidates(token):
                if all(
                    index + offset < len(tokens) and _same_word(tokens[index + offset], part)
                    for offset, part in enumerate(lexeme.parts[1:], start=1)
                ):
                    found.append(lexeme.concept)
        return found

    def _candidates(self, token: str) -> Iterable[Lexeme]:
        """Entries whose first word is this token, a prefix of it, or that minus a last letter."""
        key = _key(token)
        for size in range(3, len(key) + 2):
            for lexeme in self.by_word.get(key[:size], ()):
                if _same_word(token, lexeme.parts[0]):
                    yield lexeme

    def vocabulary(self) -> set[str]:
        return {part for lexemes in self.by_word.values() for lx in lexemes for part in lx.parts}


_MUTATIONS = str.maketrans("gqb", "kkp")


def _key(word: str) -> str:
    """Turkic consonants that change before a suffix (k→g, q→ǵ, p→b) compare as one."""
    return word.translate(_MUTATIONS)


def _same_word(token: str, lexicon_word: str) -> bool:
    """`haqimni` is `haqi`; `зарплату` is `зарплата`; `айлыгым` is `айлык`; a word of three
    letters must match whole (`kun` is not `kunam`)."""
    if token == lexicon_word:
        return True
    if len(lexicon_word) < 4:
        return False
    token, lexicon_word = _key(token), _key(lexicon_word)
    if token.startswith(lexicon_word):
        return True
    # the last letter of the dictionary form may change before an ending: зарплат-а → -у
    return len(token) >= len(lexicon_word) and token.startswith(lexicon_word[:-1])


class SearchIndex:
    def __init__(self, documents: dict[str, tuple[str, dict[str, list[str]]]], lexicon: Lexicon):
        """documents: article id → (topic, field name → texts in every language)."""
        self.lexicon = lexicon
        self.topics = {doc_id: topic for doc_id, (topic, _) in documents.items()}
        self.tf: dict[str, dict[str, float]] = {}
        self.length: dict[str, float] = {}
        document_frequency: Counter[str] = Counter()
        for doc_id, (_, fields) in documents.items():
            counts: dict[str, float] = defaultdict(float)
            for name, texts in fields.items():
                weight = FIELD_WEIGHTS[name]
                for text in texts:
                    for term in self.terms(words(text), concepts=name in CONCEPT_FIELDS):
                        counts[term] += weight
            self.tf[doc_id] = dict(counts)
            self.length[doc_id] = sum(counts.values())
            document_frequency.update(counts.keys())
        total = max(len(documents), 1)
        self.average = sum(self.length.values()) / total if documents else 1.0
        self.idf = {
            term: math.log(1 + (total - df + 0.5) / (df + 0.5))
            for term, df in document_frequency.items()
        }
        self.postings: dict[str, list[str]] = defaultdict(list)
        for doc_id, terms in self.tf.items():
            for term in terms:
                self.postings[term].append(doc_id)
        known = {word for text in _all_texts(documents) for word in words(text)}
        self.known_by_initial: dict[str, list[str]] = defaultdict(list)
        for word in sorted(known | lexicon.vocabulary()):
            self.known_by_initial[word[0]].append(word)
        self._analysed: dict[str, list[tuple[str, float]]] = {}
        self._default_idf = math.log(1 + (total + 0.5) / 0.5)

    def terms(self, tokens: list[str], *, concepts: bool = True) -> list[str]:
        """Stems of the meaningful words; concepts from all words ("not paid" needs "not")."""
        found = [stem(token) for token in tokens if token not in STOPWORDS]
        if concepts:
            found += [f"@{concept}" for concept in self.lexicon.concepts(tokens)]
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
        scores: dict[str, float] = defaultdict(float)
        for term, weight in weights.items():
            idf = self.idf.get(term)
            if idf is None:
                continue
            for doc_id in self.postings[term]:
                tf = self.tf[doc_id][term]
                norm = K1 * (1 - B + B * self.length[doc_id] / self.average)
                scores[doc_id] += weight * idf * tf * (K1 + 1) / (tf + norm)
        ranked = sorted(scores.items(), key=lambda item: (-item[1], item[0]))[:limit]
        hits = [Hit(doc_id, self.topics[doc_id], round(score, 3)) for doc_id, score in ranked]
        return Result(hits, self._coverage(tokens, ranked[0][0] if ranked else None))

    def _query_terms(self, token: str) -> list[tuple[str, float]]:
        """Index terms for one query word, with weights; remembered (words recur a lot)."""
        found = self._analysed.get(token)
        if found is None:
            found = self._analyse(token)
            if len(self._analysed) >= ANALYSED_MAX:
                self._analysed.clear()
            self._analysed[token] = found
        return found

    def _analyse(self, token: str) -> list[tuple[str, float]]:
        term = stem(token)
        if term in self.idf or self.lexicon.concepts([token]):
            # a short word means different things in different languages (Tajik кор, work;
            # Russian корь, measles): it counts for less unless the lexicon knows it
            return [(term, 1.0 if len(token) > SHORT else SHORT_WEIGHT)]
        if len(token) < 4:
            return []
        # a typo rarely hits the first letter: compare with words that share it
        match = process.extractOne(
            token,
            self.known_by_initial.get(token[0], ()),
            scorer=fuzz.ratio,
            score_cutoff=FUZZY_CUTOFF,
        )
        if match is None:
            return []
        nearest = match[0]
        found = [(stem(nearest), FUZZY_WEIGHT)]
        found += [
            (f"@{c}", FUZZY_WEIGHT * CONCEPT_WEIGHT) for c in self.lexicon.concepts([nearest])
        ]
        return found

    def _coverage(self, tokens: list[str], best: str | None) -> float:
        """How much of the question the best article covers. Words the knowledge base has
        never seen in any language (often grammar words of a language without articles
        yet) count half."""
        meaningful = [token for token in tokens if len(token) >= 3]
        if best is None or not meaningful:
            return 0.0
        terms = self.tf[best]
        matched = total = 0.0
        for token in meaningful:
            candidates = [term for term, _ in self._query_terms(token)]
            candidates += [f"@{c}" for c in self.lexicon.concepts([token])]
            if not candidates:
                total += UNKNOWN_SHARE
                continue
            total += 1
            if any(term in terms for term in candidates):
                matched += 1
        return matched / total


def _all_texts(documents: dict[str, tuple[str, dict[str, list[str]]]]) -> Iterable[str]:
    for _, fields in documents.values():
        for name, texts in fields.items():
            if name != "body":
                yield from texts
