"""Readable on a phone: right-to-left lines that would start left to right, and abbreviations
a reader meets before they are written out (lists in `knowledge/abbreviations/<lang>.yaml`)."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml
from markdown_it.token import Token

from bot.kb.frontmatter import Problem, read_yaml, yaml_line
from bot.kb.model import LANGUAGES, Article

RTL_LANGUAGES = frozenset({"ar", "prs"})
RLM = "\u200f"
# marks and embeddings that make the line right-to-left whatever follows
_RTL_MARKS = frozenset({RLM, "\u061c", "\u202b", "\u202e", "\u2067"})
_LEADING_TAGS = re.compile(r"^(?:\s*<[^>]*>)+")  # <b>, <i>… in Fluent strings
_BRACKETS = re.compile(r"[*_]*\s*[(（]([^()（）\n]*)[)）]")  # ABBR (written-out form)
# folded before comparing written-out forms: joiners and no-break spaces are spaces, Arabic
# letters take their Dari shapes, every apostrophe of Uzbek Latin is one
_FOLD = str.maketrans(
    {
        "\u200c": " ", "\u200d": " ", "\u00a0": " ", "\u202f": " ",
        "\u064a": "\u06cc", "\u0649": "\u06cc", "\u0643": "\u06a9", "\u06d5": "\u0647",
        "\u02bb": "'", "\u02bc": "'", "\u2018": "'", "\u2019": "'", "`": "'",
    }
)  # fmt: skip


def ltr_start(line: str) -> str:
    """The character that makes a right-to-left line start left to right, or "".

    Markup, digits, punctuation and spaces are passed over (Telegram shows the list marker
    itself); the first letter decides, and an emoji or symbol before it is at fault too."""
    for char in _LEADING_TAGS.sub("", line, count=1):
        if char in _RTL_MARKS:
            return ""
        kind = unicodedata.bidirectional(char)
        if kind in ("R", "AL"):
            return ""
        if kind == "L" or unicodedata.category(char) == "So":
            return char
    return ""


def ltr_message(char: str) -> str:
    what = "a letter" if unicodedata.category(char).startswith("L") else "an emoji or symbol"
    return (
        f"right-to-left line begins with {what} ({char!r}), so Telegram lays it out left to "
        "right: start it with an Arabic-script word (or U+200F RIGHT-TO-LEFT MARK)"
    )


def rtl_problems(article: Article, tokens: list[Token]) -> list[Problem]:
    """Title, summary, headings, paragraphs and list items of a Dari or Arabic article."""
    if article.lang not in RTL_LANGUAGES:
        return []
    lines = [
        (article.line_of("title"), article.title),
        (article.line_of("summary"), article.summary),
    ]
    for token in tokens:
        if token.type == "inline" and token.map:
            start = article.body_line + token.map[0]
            lines.extend((start + n, text) for n, text in enumerate(token.content.split("\n")))
    return [
        Problem(article.path, number, ltr_message(char))
        for number, text in lines
        if (char := ltr_start(text))
    ]


# combining marks (category Mn) of the scripts the bot writes: one regex pass, not a Unicode
# lookup per character (the check folds every article's text many times)
_MARKS = re.compile(
    "[\u0300-\u036f\u0483-\u0489\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06dc"
    "\u06df-\u06e4\u06e7\u06e8\u06ea-\u06ed\u08d3-\u08ff\u200b-\u200d\u2060]"
)


def fold(text: str) -> str:
    """Case, diacritics (ё/е, Arabic vowel marks), joiners and spacing do not matter."""
    decomposed = unicodedata.normalize("NFKD", text.translate(_FOLD))
    return " ".join(_MARKS.sub("", decomposed).casefold().split())


@dataclass(frozen=True, slots=True)
class Abbreviations:
    """One language's list: short form → written-out forms (as written, and folded)."""

    forms: dict[str, tuple[str, ...]]
    pattern: re.Pattern[str]

    @classmethod
    def build(cls, forms: dict[str, tuple[str, ...]]) -> Abbreviations:
        words = sorted(forms, key=len, reverse=True)  # УВКБ ООН before УВКБ
        alternatives = "|".join(r"\s+".join(map(re.escape, short.split())) for short in words)
        return cls(forms, re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)"))

    def written_out(self, short: str, text: str, start: int, end: int) -> bool:
        folded = [fold(form) for form in self.forms[short]]
        before = fold(text[:start])
        if any(form in before for form in folded):
            return True
        bracket = _BRACKETS.match(text, end)
        return bracket is not None and any(form in fold(bracket.group(1)) for form in folded)


def load_abbreviations(root: Path, problems: list[Problem]) -> dict[str, Abbreviations]:
    """`knowledge/abbreviations/<lang>.yaml`; a language without a file is not checked."""
    lists: dict[str, Abbreviations] = {}
    for path in sorted((root / "abbreviations").glob("*.yaml")):
        if path.stem not in LANGUAGES:
            problems.append(Problem(path, 1, f"abbreviations: unknown language {path.stem!r}"))
            continue
        text = path.read_text(encoding="utf-8")
        try:
            raw: Any = read_yaml(text) or {}
        except yaml.YAMLError as error:
            problems.append(Problem(path, yaml_line(error, text), f"bad YAML: {error}"))
            continue
        forms = _forms(path, text, raw, problems)
        if forms:
            lists[path.stem] = Abbreviations.build(forms)
    return lists


def _forms(path: Path, text: str, raw: Any, problems: list[Problem]) -> dict[str, tuple[str, ...]]:
    entries = raw.get("abbreviations") if isinstance(raw, dict) else None
    if not isinstance(entries, dict):
        problems.append(Problem(path, 1, "expected a mapping 'abbreviations:'"))
        return {}
    forms: dict[str, tuple[str, ...]] = {}
    for short, written in entries.items():
        if (
            not str(short).strip()
            or not isinstance(written, list)
            or not written
            or not all(isinstance(form, str) and fold(form) for form in written)
        ):
            line = next((n for n, row in enumerate(text.splitlines(), 1) if str(short) in row), 1)
            problems.append(
                Problem(path, line, f'{short!r}: give a list of written-out forms, e.g. ["…"]')
            )
            continue
        forms[" ".join(str(short).split())] = tuple(written)
    return forms


def abbreviation_problems(article: Article, abbreviations: Abbreviations) -> list[Problem]:
    """Each listed short form whose first use (title, summary, body) is not written out."""
    parts = [
        (article.title, article.line_of("title")),
        (article.summary, article.line_of("summary")),
        (article.body, article.body_line),
    ]
    text = "\n".join(part for part, _ in parts)
    seen: set[str] = set()
    problems: list[Problem] = []
    for match in abbreviations.pattern.finditer(text):
        short = " ".join(match.group().split())
        if short in seen:
            continue
        seen.add(short)
        if abbreviations.written_out(short, text, match.start(), match.end()):
            continue
        form = abbreviations.forms[short][0]
        problems.append(
            Problem(
                article.path,
                _line_at(parts, match.start()),
                f"abbreviation {short!r} is not written out on first use: write "
                f'"{form} ({short})" (or another form in abbreviations/{article.lang}.yaml)',
            )
        )
    return problems


def _line_at(parts: list[tuple[str, int]], offset: int) -> int:
    """The file line of a position in title + summary + body joined by newlines."""
    for part, first_line in parts:
        if offset <= len(part):
            return first_line + part.count("\n", 0, offset)
        offset -= len(part) + 1
    return parts[-1][1]
