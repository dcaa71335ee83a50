"""An article's front matter: the YAML between its `---` lines, the line of each field (so a
problem points at it), and the checks of its fields. Also `Problem` and the YAML reading that
every part of the loader shares, here so that the loader can import them without a cycle."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from bot.kb.model import Topic

_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml when present: ten times faster


def read_yaml(text: str) -> Any:
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


@dataclass(frozen=True, slots=True)
class FrontMatter:
    meta: dict[str, Any]
    lines: dict[str, int]  # top-level field → line of the file
    body: str
    body_line: int  # line of the file where the body starts


def read_front_matter(path: Path, problems: list[Problem]) -> FrontMatter | None:
    """The parsed front matter and the body, or None (and the problem) if it cannot be read."""
    text = path.read_text(encoding="utf-8")
    if not text.startswith("---\n"):
        problems.append(Problem(path, 1, "front matter must start with '---'"))
        return None
    end = text.find("\n---\n", 4)
    if end < 0:
        problems.append(Problem(path, 1, "front matter is not closed with '---'"))
        return None
    try:
        meta: dict[str, Any] = read_yaml(text[4:end]) or {}
    except yaml.YAMLError as error:
        line = yaml_line(error, text[4:end]) + 1
        problems.append(Problem(path, line, f"bad YAML: {error}"))
        return None
    body_line = text[: end + 5].count("\n") + 1 + _leading_blank_lines(text[end + 5 :])
    return FrontMatter(meta, _field_lines(text[4:end]), text[end + 5 :].strip(), body_line)


def check_fields(
    path: Path, front: FrontMatter, topics: dict[str, Topic], problems: list[Problem]
) -> None:
    """Every problem of the fields and the body, not just the first, so one run shows them all."""
    meta, lines = front.meta, front.lines
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
    _check_values(path, front, problems)
    if not front.body:
        problems.append(Problem(path, 1, "the article has no body"))


def _check_values(path: Path, front: FrontMatter, problems: list[Problem]) -> None:
    """Fields that may be left out but, when given, take one of a few values."""
    meta, lines = front.meta, front.lines
    if meta.get("sensitivity", "green") not in SENSITIVITY:
        problems.append(
            Problem(path, lines.get("sensitivity", 1), "sensitivity: green|yellow|red")
        )
    if meta.get("translation", "reviewed") not in TRANSLATION:
        problems.append(Problem(path, lines.get("translation", 1), "translation: reviewed|draft"))
    reviewed = meta.get("reviewed")
    if reviewed is not None and not isinstance(reviewed, dt.date):
        problems.append(Problem(path, lines.get("reviewed", 1), "reviewed must be YYYY-MM-DD"))


def _leading_blank_lines(text: str) -> int:
    return len(text) - len(text.lstrip("\n"))


def _field_lines(front_matter: str) -> dict[str, int]:
    """Line of each top-level field in the file (front matter starts on line 2)."""
    lines: dict[str, int] = {}
    for number, line in enumerate(front_matter.splitlines(), start=2):
        if line and not line[0].isspace() and ":" in line and not line.startswith("-"):
            lines.setdefault(line.split(":", 1)[0].strip(), number)
    return lines


def yaml_line(error: Exception, text: str | None = None) -> int:
    """The line of a YAML error. libyaml marks where it gave up (often the next line); the
    Python parser marks the line at fault, so a broken text is parsed again with it."""
    if text is not None:
        try:
            yaml.load(text, Loader=yaml.SafeLoader)
        except yaml.YAMLError as precise:
            error = precise
    mark = getattr(error, "problem_mark", None)
    return int(mark.line) + 1 if mark is not None else 1
