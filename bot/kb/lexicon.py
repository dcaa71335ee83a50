"""The lexicon (`knowledge/lexicon.yaml`) as a matcher: which concepts (`@wage`) a text names,
in any language and whatever the ending (inflected, suffixed, several words), so that a
question finds an article written in another language. Words are folded spellings (see
`bot.kb.text`)."""

from __future__ import annotations

import sys
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from bot.kb.text import words


@dataclass(frozen=True, slots=True)
class Lexeme:
    concept: str
    parts: tuple[str, ...]  # folded words of one lexicon entry


Candidates = dict[str, tuple[Lexeme, ...]]  # a folded word → entries it may begin


@dataclass(slots=True)
class Lexicon:
    by_word: dict[str, tuple[Lexeme, ...]] = field(default_factory=dict)

    @classmethod
    def build(cls, concepts: dict[str, dict[str, list[str]]]) -> Lexicon:
        by_word: dict[str, list[Lexeme]] = defaultdict(list)
        for concept, languages in concepts.items():
            concept = sys.intern(concept)
            for entries in languages.values():
                for entry in entries:
                    parts = tuple(sys.intern(part) for part in words(entry))
                    if parts:
                        by_word[_key(parts[0])].append(Lexeme(concept, parts))
        return cls({key: tuple(lexemes) for key, lexemes in by_word.items()})

    def concepts(self, tokens: list[str], memo: Candidates | None = None) -> list[str]:
        """Concepts named anywhere in these folded words (inflected, suffixed, multi-word).
        `memo` keeps each word's candidates while many texts are analysed at once."""
        found: list[str] = []
        for index, token in enumerate(tokens):
            candidates = None if memo is None else memo.get(token)
            if candidates is None:
                candidates = tuple(self._candidates(token))
                if memo is not None:
                    memo[token] = candidates
            for lexeme in candidates:
                if len(lexeme.parts) == 1 or all(
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
