"""Read `knowledge/`: topics.yaml and `<topic>/<slug>.<lang>.md` files with YAML front matter."""

from __future__ import annotations

from pathlib import Path

import yaml

from bot.kb.frontmatter import (
    FrontMatter,
    Problem,
    check_fields,
    read_front_matter,
    read_yaml,
    yaml_line,
)
from bot.kb.model import LANGUAGES, TOPIC_IDS, Article, Canned, KnowledgeBase, Source, Topic

__all__ = ["KnowledgeError", "Problem", "load"]


class KnowledgeError(Exception):
    def __init__(self, problems: list[Problem]) -> None:
        super().__init__(f"{len(problems)} problem(s) in the knowledge base")
        self.problems = problems


def load(root: Path, default_locale: str = "ru") -> tuple[KnowledgeBase, list[Problem]]:
    """Everything that loads, and every problem found on the way."""
    problems: list[Problem] = []
    topics = _load_topics(root / "topics.yaml", problems)
    lexicon = _load_lexicon(root / "lexicon.yaml", problems)
    kb = KnowledgeBase(topics=topics, default_locale=default_locale, lexicon=lexicon)
    kb.canned = _load_canned(root / "canned", problems)
    for path in sorted(root.glob("*/*.md")):
        article = _load_article(path, topics, problems)
        if article is None:
            continue
        versions = kb.articles.setdefault(article.id, {})
        if article.lang in versions:
            problems.append(Problem(path, 1, f"duplicate id {article.id!r} in {article.lang}"))
            continue
        versions[article.lang] = article
    for article_id, versions in kb.articles.items():
        if default_locale not in versions:
            any_version = next(iter(versions.values()))
            problems.append(
                Problem(any_version.path, 1, f"{article_id}: missing {default_locale!r} version")
            )
        for article in versions.values():
            for related in article.related:
                if related not in kb.articles:
                    line = article.line_of("related")
                    problems.append(
                        Problem(article.path, line, f"related article {related!r} does not exist")
                    )
    kb.build_index()
    return kb, problems


def _load_topics(path: Path, problems: list[Problem]) -> dict[str, Topic]:
    try:
        raw = read_yaml(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as error:
        problems.append(Problem(path, yaml_line(error), f"cannot read topics: {error}"))
        return {}
    topics: dict[str, Topic] = {}
    for position, item in enumerate((raw or {}).get("topics", []), start=1):
        topic_id = item.get("id")
        if topic_id not in TOPIC_IDS:
            problems.append(Problem(path, 1, f"unknown topic id {topic_id!r}"))
            continue
        titles = {str(k): str(v) for k, v in (item.get("title") or {}).items()}
        topics[topic_id] = Topic(
            topic_id, str(item.get("icon", "")), item.get("order", position), titles
        )
    for missing in sorted(set(TOPIC_IDS) - set(topics)):
        problems.append(Problem(path, 1, f"topic {missing!r} is missing"))
    return topics


def _load_canned(folder: Path, problems: list[Problem]) -> dict[str, list[Canned]]:
    canned: dict[str, list[Canned]] = {}
    for path in sorted(folder.glob("*.yaml")):
        if path.stem not in LANGUAGES:
            problems.append(Problem(path, 1, f"canned answers: unknown language {path.stem!r}"))
            continue
        try:
            raw = read_yaml(path.read_text(encoding="utf-8")) or []
        except yaml.YAMLError as error:
            problems.append(Problem(path, yaml_line(error), f"bad YAML: {error}"))
            continue
        items: list[Canned] = []
        for number, item in enumerate(raw, start=1):
            if not isinstance(item, dict) or not all(item.get(k) for k in ("id", "title", "text")):
                problems.append(Problem(path, 1, f"canned answer {number}: needs id, title, text"))
                continue
            items.append(Canned(str(item["id"]), str(item["title"]), str(item["text"]).strip()))
        if len({item.id for item in items}) != len(items):
            problems.append(Problem(path, 1, "canned answers: duplicate id"))
        canned[path.stem] = items
    return canned


def _load_lexicon(path: Path, problems: list[Problem]) -> dict[str, dict[str, list[str]]]:
    if not path.exists():
        return {}
    try:
        raw = read_yaml(path.read_text(encoding="utf-8")) or {}
    except yaml.YAMLError as error:
        problems.append(Problem(path, yaml_line(error), f"bad YAML: {error}"))
        return {}
    concepts = raw.get("concepts") if isinstance(raw, dict) else None
    if not isinstance(concepts, dict):
        problems.append(Problem(path, 1, "expected a mapping 'concepts:'"))
        return {}
    lexicon: dict[str, dict[str, list[str]]] = {}
    for concept, languages in concepts.items():
        if not isinstance(languages, dict) or not all(
            lang in LANGUAGES and isinstance(entries, list) for lang, entries in languages.items()
        ):
            problems.append(Problem(path, 1, f"concept {concept!r}: languages must be lists"))
            continue
        lexicon[str(concept)] = {
            str(lang): [str(entry) for entry in entries] for lang, entries in languages.items()
        }
    return lexicon


def _load_article(path: Path, topics: dict[str, Topic], problems: list[Problem]) -> Article | None:
    """The article in this file, or None when anything about it is wrong (all of it reported)."""
    stem, _, lang = path.stem.rpartition(".")
    if not stem or lang not in LANGUAGES:
        problems.append(
            Problem(path, 1, f"file name must be <slug>.<lang>.md, lang in {LANGUAGES}")
        )
        return None
    front = read_front_matter(path, problems)
    if front is None:
        return None
    found = len(problems)
    check_fields(path, front, topics, problems)
    if len(problems) > found:
        return None
    return _article(path, lang, front)


def _article(path: Path, lang: str, front: FrontMatter) -> Article:
    """An article from front matter that passed `check_fields`; optional fields get defaults."""
    meta = front.meta
    return Article(
        id=str(meta["id"]),
        topic=str(meta["topic"]),
        lang=lang,
        title=str(meta["title"]),
        summary=str(meta["summary"]),
        body=front.body,
        path=path,
        questions=tuple(str(q) for q in meta.get("questions") or ()),
        legal_basis=tuple(str(b) for b in meta.get("legal_basis") or ()),
        sources=tuple(
            Source(str(s.get("title", "")), str(s.get("url", "")))
            for s in meta.get("sources") or ()
        ),
        reviewed=meta.get("reviewed"),
        review_every=int(meta.get("review_every", 12)),
        sensitivity=str(meta.get("sensitivity", "green")),
        translation=str(meta.get("translation", "reviewed")),
        related=tuple(str(r) for r in meta.get("related") or ()),
        body_line=front.body_line,
        lines=front.lines,
    )
