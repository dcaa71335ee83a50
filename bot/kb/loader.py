"""Read `knowledge/`: topics.yaml and `<topic>/<slug>.<lang>.md` files with YAML front matter."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from bot.kb.model import LANGUAGES, TOPIC_IDS, Article, Canned, KnowledgeBase, Source, Topic

_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml when present: ten times faster


def _yaml(text: str) -> Any:
    return yaml.load(text, Loader=_LOADER)


REQUIRED = ("id", "topic", "title", "summary")
KNOWN_FIELDS = frozenset(
    {
        "id",
        "topic",
        "title",
        "summary",
        "questions",
        "legal_basis",
        "sources",
        "reviewed",
        "review_every",
        "sensitivity",
        "translation",
        "related",
    }
)
SENSITIVITY = frozenset({"green", "yellow", "red"})
TRANSLATION = frozenset({"reviewed", "draft"})


@dataclass(frozen=True, slots=True)
class Problem:
    path: Path
    line: int
    message: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.message}"


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
        raw = _yaml(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as error:
        problems.append(Problem(path, _yaml_line(error), f"cannot read topics: {error}"))
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
            raw = _yaml(path.read_text(encoding="utf-8")) or []
        except yaml.YAMLError as error:
            problems.append(Problem(path, _yaml_line(error), f"bad YAML: {error}"))
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
        raw = _yaml(path.read_text(encoding="utf-8")) or {}
    except yaml.YAMLError as error:
        problems.append(Problem(path, _yaml_line(error), f"bad YAML: {error}"))
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
    stem, _, lang = path.stem.rpartition(".")
    if not stem or lang not in LANGUAGES:
        problems.append(
            Problem(path, 1, f"file name must be <slug>.<lang>.md, lang in {LANGUAGES}")
        )
        return None
    text = path.read_text(encoding="utf-8")
    if not text.startswith("---\n"):
        problems.append(Problem(path, 1, "front matter must start with '---'"))
        return None
    end = text.find("\n---\n", 4)
    if end < 0:
        problems.append(Problem(path, 1, "front matter is not closed with '---'"))
        return None
    try:
        meta: dict[str, Any] = _yaml(text[4:end]) or {}
    except yaml.YAMLError as error:
        line = _yaml_line(error, text[4:end]) + 1
        problems.append(Problem(path, line, f"bad YAML: {error}"))
        return None
    lines = _field_lines(text[4:end])
    body = text[end + 5 :].strip()
    found = len(problems)
    for name in meta:
        if name not in KNOWN_FIELDS:
            problems.append(Problem(path, lines.get(name, 1), f"unknown field {name!r}"))
    for name in REQUIRED:
        if not meta.get(name):
            problems.append(Problem(path, 1, f"missing field {name!r}"))
    if meta.get("topic") not in topics:
        problems.append(
            Problem(path, lines.get("topic", 1), f"unknown topic {meta.get('topic')!r}")
        )
    elif path.parent.name != meta["topic"]:
        problems.append(Problem(path, lines["topic"], "topic differs from the folder name"))
    if meta.get("sensitivity", "green") not in SENSITIVITY:
        problems.append(
            Problem(path, lines.get("sensitivity", 1), "sensitivity: green|yellow|red")
        )
    if meta.get("translation", "reviewed") not in TRANSLATION:
        problems.append(Problem(path, lines.get("translation", 1), "translation: reviewed|draft"))
    reviewed = meta.get("reviewed")
    if reviewed is not None and not isinstance(reviewed, dt.date):
        problems.append(Problem(path, lines.get("reviewed", 1), "reviewed must be YYYY-MM-DD"))
        reviewed = None
    if not body:
        problems.append(Problem(path, 1, "the article has no body"))
    if len(problems) > found:
        return None
    return Article(
        id=str(meta["id"]),
        topic=str(meta["topic"]),
        lang=lang,
        title=str(meta["title"]),
        summary=str(meta["summary"]),
        body=body,
        path=path,
        questions=tuple(str(q) for q in meta.get("questions") or ()),
        legal_basis=tuple(str(b) for b in meta.get("legal_basis") or ()),
        sources=tuple(
            Source(str(s.get("title", "")), str(s.get("url", "")))
            for s in meta.get("sources") or ()
        ),
        reviewed=reviewed,
        review_every=int(meta.get("review_every", 12)),
        sensitivity=str(meta.get("sensitivity", "green")),
        translation=str(meta.get("translation", "reviewed")),
        related=tuple(str(r) for r in meta.get("related") or ()),
        body_line=text[: end + 5].count("\n") + 1 + _leading_blank_lines(text[end + 5 :]),
        lines=lines,
    )


def _leading_blank_lines(text: str) -> int:
    return len(text) - len(text.lstrip("\n"))


def _field_lines(front_matter: str) -> dict[str, int]:
    """Line of each top-level field in the file (front matter starts on line 2)."""
    lines: dict[str, int] = {}
    for number, line in enumerate(front_matter.splitlines(), start=2):
        if line and not line[0].isspace() and ":" in line and not line.startswith("-"):
            lines.setdefault(line.split(":", 1)[0].strip(), number)
    return lines


def _yaml_line(error: Exception, text: str | None = None) -> int:
    """The line of a YAML error. libyaml marks where it gave up (often the next line); the
    Python parser marks the line at fault, so a broken text is parsed again with it."""
    if text is not None:
        try:
            yaml.load(text, Loader=yaml.SafeLoader)
        except yaml.YAMLError as precise:
            error = precise
    mark = getattr(error, "problem_mark", None)
    return int(mark.line) + 1 if mark is not None else 1
