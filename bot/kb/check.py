"""`qorgau kb check`: every problem an editor can make, as `path:line: message`."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path

from markdown_it import MarkdownIt
from markdown_it.token import Token

from bot.kb.loader import Problem, load
from bot.kb.model import LANGUAGES, Article, KnowledgeBase
from bot.kb.readability import abbreviation_problems, load_abbreviations, rtl_problems
from bot.kb.render import TELEGRAM_LIMIT, blocks_of, to_blocks

TELEGRAM_TAGS = frozenset(
    {"b", "strong", "i", "em", "u", "ins", "s", "strike", "del", "a", "code", "pre", "blockquote"}
)
MAX_BLOCK = 1500  # a longer paragraph cannot be paged well on a phone
MAX_SUMMARY = 160
_parser = MarkdownIt("commonmark").enable("table")  # to catch tables editors try to use
ALLOWED_BLOCKS = frozenset(
    {
        "paragraph_open", "paragraph_close", "inline", "heading_open", "heading_close",
        "bullet_list_open", "bullet_list_close", "ordered_list_open", "ordered_list_close",
        "list_item_open", "list_item_close",
    }
)  # fmt: skip


@dataclass(frozen=True, slots=True)
class Report:
    kb: KnowledgeBase
    errors: list[Problem]
    warnings: list[Problem]
    # hard to read on a phone (an RTL line starting left to right, an abbreviation never
    # written out): `kb check` fails on them, the running bot keeps serving the articles
    readability: list[Problem] = field(default_factory=list)


def check(root: Path, today: dt.date, default_locale: str = "ru") -> Report:
    """Errors make a knowledge base unusable; warnings (a review overdue) and readability
    problems do not."""
    kb, errors = load(root, default_locale)
    abbreviations = load_abbreviations(root, errors)
    warnings: list[Problem] = []
    readability: list[Problem] = []
    for versions in kb.articles.values():
        for article in versions.values():
            tokens = _parser.parse(article.body)
            readability.extend(rtl_problems(article, tokens))
            if article.lang in abbreviations:
                readability.extend(abbreviation_problems(article, abbreviations[article.lang]))
            problems = _markdown_problems(article, tokens)
            errors.extend(problems)
            # Markdown without a problem parses to the same tokens in the renderer (which
            # only lacks tables, HTML and images), so it is not parsed a second time.
            blocks = to_blocks(article.body) if problems else blocks_of(tokens)
            errors.extend(_rendering_problems(article, blocks))
            errors.extend(_date_problems(article, today, warnings))
            if len(article.summary) > MAX_SUMMARY or "\n" in article.summary.strip():
                errors.append(
                    Problem(article.path, article.line_of("summary"), "summary must be one line")
                )
            if not article.questions:
                errors.append(Problem(article.path, 1, "no 'questions': search needs them"))
    return Report(kb, errors, warnings, readability)


def _markdown_problems(article: Article, tokens: list[Token]) -> list[Problem]:
    problems: list[Problem] = []
    list_depth = 0
    for token in tokens:
        line = article.body_line + (token.map[0] if token.map else 0)
        if token.type in ("bullet_list_open", "ordered_list_open"):
            list_depth += 1
            if list_depth > 1:
                problems.append(Problem(article.path, line, "nested lists are not supported"))
        elif token.type in ("bullet_list_close", "ordered_list_close"):
            list_depth -= 1
        if token.type == "heading_open" and token.tag != "h2":
            problems.append(
                Problem(article.path, line, f"use '## ' headings only, not {token.markup!r}")
            )
        elif token.type not in ALLOWED_BLOCKS:
            problems.append(Problem(article.path, line, f"unsupported Markdown: {token.type}"))
        for child in token.children or []:
            if child.type in ("image", "html_inline"):
                problems.append(Problem(article.path, line, f"unsupported Markdown: {child.type}"))
            if child.type == "link_open":
                href = str(child.attrGet("href") or "")
                if not href.startswith("https://"):
                    problems.append(Problem(article.path, line, f"link must be https: {href}"))
    return problems


def _rendering_problems(article: Article, blocks: list[str]) -> list[Problem]:
    problems: list[Problem] = []
    for block in blocks:
        if len(block) > MAX_BLOCK:
            problems.append(
                Problem(
                    article.path,
                    article.body_line,
                    f"paragraph too long ({len(block)} > {MAX_BLOCK} characters): split it",
                )
            )
        message = invalid_html(block)
        if message:
            problems.append(Problem(article.path, article.body_line, f"invalid HTML: {message}"))
    if len(article.title) + 200 > TELEGRAM_LIMIT:
        problems.append(Problem(article.path, article.line_of("title"), "title too long"))
    return problems


def _date_problems(article: Article, today: dt.date, warnings: list[Problem]) -> list[Problem]:
    if article.reviewed is None:
        return [Problem(article.path, 1, "missing field 'reviewed'")]
    line = article.line_of("reviewed")
    if article.reviewed > today:
        return [Problem(article.path, line, f"review date {article.reviewed} is in the future")]
    due = _add_months(article.reviewed, article.review_every)
    if due < today:
        warnings.append(Problem(article.path, line, f"review overdue since {due}"))
    return []


def _add_months(day: dt.date, months: int) -> dt.date:
    month = day.month - 1 + months
    year, month = day.year + month // 12, month % 12 + 1
    return dt.date(year, month, min(day.day, 28))


class _TagChecker(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[str] = []
        self.error = ""

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag not in TELEGRAM_TAGS:
            self.error = self.error or f"<{tag}> is not allowed in Telegram"
        self.stack.append(tag)

    def handle_endtag(self, tag: str) -> None:
        if not self.stack or self.stack[-1] != tag:
            self.error = self.error or f"</{tag}> closes nothing"
        else:
            self.stack.pop()


def invalid_html(html: str) -> str:
    """Why Telegram would refuse this HTML, or an empty string."""
    if "<" not in html:  # no tag to refuse (most paragraphs)
        return ""
    checker = _TagChecker()
    checker.feed(html)
    checker.close()
    if checker.error:
        return checker.error
    if checker.stack:
        return f"<{checker.stack[-1]}> is never closed"
    return ""


def coverage(kb: KnowledgeBase) -> list[str]:
    """The topic × language matrix: articles present per cell, and the share complete."""
    header = f"{'topic':<12}" + "".join(f"{lang:>6}" for lang in LANGUAGES)
    lines = [header]
    totals = dict.fromkeys(LANGUAGES, 0)
    count = 0
    for topic in kb.ordered_topics():
        ids = [i for i, v in kb.articles.items() if next(iter(v.values())).topic == topic.id]
        count += len(ids)
        row = f"{topic.id:<12}"
        for lang in LANGUAGES:
            have = sum(1 for i in ids if lang in kb.articles[i])
            totals[lang] += have
            row += f"{have:>3}/{len(ids):<2}"
        lines.append(row)
    share = "".join(f"{(100 * totals[lang] // count if count else 0):>5}%" for lang in LANGUAGES)
    lines.append(f"{'complete':<12}{share}")
    return lines
