"""The knowledge base in memory: topics and articles per language, with a fallback chain."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

from bot.kb.search import Lexicon, Result, SearchIndex

TOPIC_IDS = (
    "employment",
    "taxation",
    "documents",
    "health",
    "education",
    "expulsion",
    "asylum",
    "contacts",
)
LANGUAGES = ("ru", "kk", "uz", "tg", "ky", "en", "prs", "ar")


def fallback_chain(lang: str, default: str = "ru") -> tuple[str, ...]:
    """`uz` → (`uz`, `ru`, `en`): the user's language, the default, then English."""
    chain: list[str] = []
    for code in (lang, default, "en", "ru"):
        if code not in chain:
            chain.append(code)
    return tuple(chain)


@dataclass(frozen=True, slots=True)
class Source:
    title: str
    url: str


@dataclass(frozen=True, slots=True)
class Topic:
    id: str
    icon: str
    order: int
    titles: dict[str, str]

    def title(self, lang: str, default: str = "ru") -> str:
        for code in fallback_chain(lang, default):
            if code in self.titles:
                return self.titles[code]
        return self.id


@dataclass(frozen=True, slots=True)
class Article:
    id: str
    topic: str
    lang: str
    title: str
    summary: str
    body: str
    path: Path
    questions: tuple[str, ...] = ()
    legal_basis: tuple[str, ...] = ()
    sources: tuple[Source, ...] = ()
    reviewed: dt.date | None = None
    review_every: int = 12
    sensitivity: str = "green"
    translation: str = "reviewed"
    related: tuple[str, ...] = ()
    body_line: int = 1  # line of the file where the body starts
    lines: dict[str, int] = field(default_factory=dict)  # front matter field → line

    def line_of(self, name: str) -> int:
        return self.lines.get(name, 1)


@dataclass(frozen=True, slots=True)
class Canned:
    """A ready answer a lawyer can send, per language (knowledge/canned/<lang>.yaml)."""

    id: str
    title: str
    text: str


@dataclass(frozen=True, slots=True)
class Found:
    """An article in the language asked for, or the nearest one on the fallback chain."""

    article: Article
    fallback: bool


@dataclass(slots=True)
class KnowledgeBase:
    topics: dict[str, Topic]
    articles: dict[str, dict[str, Article]] = field(default_factory=dict)
    default_locale: str = "ru"
    lexicon: dict[str, dict[str, list[str]]] = field(default_factory=dict)
    canned: dict[str, list[Canned]] = field(default_factory=dict)
    index: SearchIndex | None = None

    def canned_for(self, lang: str) -> list[Canned]:
        for code in fallback_chain(lang, self.default_locale):
            if self.canned.get(code):
                return self.canned[code]
        return []

    def build_index(self) -> SearchIndex:
        documents: dict[str, tuple[str, dict[str, list[str]]]] = {}
        for article_id, versions in self.articles.items():
            fields: dict[str, list[str]] = {
                "title": [],
                "questions": [],
                "summary": [],
                "body": [],
            }
            for article in versions.values():
                fields["title"].append(article.title)
                fields["summary"].append(article.summary)
                fields["questions"].extend(article.questions)
                fields["body"].append(article.body)
            documents[article_id] = (next(iter(versions.values())).topic, fields)
        self.index = SearchIndex(documents, Lexicon.build(self.lexicon))
        return self.index

    def search(self, query: str, limit: int = 5) -> Result:
        index = self.index or self.build_index()
        return index.search(query, limit)

    def ordered_topics(self) -> list[Topic]:
        return sorted(self.topics.values(), key=lambda topic: topic.order)

    def get(self, article_id: str, lang: str) -> Found | None:
        versions = self.articles.get(article_id)
        if not versions:
            return None
        for code in fallback_chain(lang, self.default_locale):
            if code in versions:
                return Found(versions[code], fallback=code != lang)
        return None

    def in_topic(self, topic: str, lang: str) -> list[Found]:
        found = [
            self.get(article_id, lang)
            for article_id, versions in self.articles.items()
            if any(article.topic == topic for article in versions.values())
        ]
        return sorted(
            (item for item in found if item is not None), key=lambda item: item.article.title
        )
