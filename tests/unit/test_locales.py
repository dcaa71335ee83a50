"""Fluent fails silently (a missing key shows the key), so these tests fail loudly instead."""

from __future__ import annotations

import ast as pyast
import re
from pathlib import Path

import pytest
from fluent.syntax import FluentParser, ast

from bot.app import COMMANDS
from bot.bidi import has_rtl
from bot.kb.model import LANGUAGES
from bot.kb.readability import RLM, RTL_LANGUAGES, ltr_start
from bot.middlewares.i18n import build_core, preselect

ROOT = Path(__file__).resolve().parents[2]
LOCALES = ROOT / "locales"
COMPLETE = ("ru", "en")  # the default and the last fallback must have every string
KEY = re.compile(r"^[a-z]+(?:-[a-z0-9]+)+$")


def _messages(lang: str) -> dict[str, set[str]]:
    """Every message of a locale with the set of its $variables."""
    messages: dict[str, set[str]] = {}
    for path in sorted((LOCALES / lang).glob("*.ftl")):
        resource = FluentParser().parse(path.read_text(encoding="utf-8"))
        for entry in resource.body:
            assert not isinstance(entry, ast.Junk), f"{path}: cannot parse {entry.content!r}"
            if isinstance(entry, ast.Message):
                assert entry.id.name not in messages, f"{path}: duplicate {entry.id.name}"
                names: set[str] = set()
                _variables(entry, names)
                messages[entry.id.name] = names
    return messages


def _variables(node: object, found: set[str]) -> None:
    if isinstance(node, ast.VariableReference):
        found.add(node.id.name)
    if isinstance(node, ast.BaseNode):
        for value in vars(node).values():
            for item in value if isinstance(value, list) else [value]:
                _variables(item, found)


def _keys_used_in_code() -> set[str]:
    prefixes = {key.split("-")[0] for key in _messages("ru")}
    used = {f"cmd-{name}" for name in COMMANDS}
    for path in (ROOT / "bot").rglob("*.py"):
        for node in pyast.walk(pyast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, pyast.Constant)
                and isinstance(node.value, str)
                and KEY.match(node.value)
                and node.value.split("-")[0] in prefixes
            ):
                used.add(node.value)
    return used


@pytest.mark.parametrize("lang", COMPLETE)
def test_every_key_used_in_code_exists(lang: str) -> None:
    missing = _keys_used_in_code() - set(_messages(lang))
    assert not missing, f"{lang} lacks {sorted(missing)}"


def test_complete_locales_have_the_same_keys_and_variables() -> None:
    ru, en = _messages("ru"), _messages("en")
    assert set(ru) == set(en), set(ru) ^ set(en)
    for key in ru:
        assert ru[key] == en[key], f"{key}: ru uses {ru[key]}, en uses {en[key]}"


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_language_is_complete_and_consistent(lang: str) -> None:
    ru, messages = _messages("ru"), _messages(lang)
    assert "lang-name" in messages
    missing, extra = set(ru) - set(messages), set(messages) - set(ru)
    assert not missing, f"{lang} lacks {sorted(missing)}"
    assert not extra, f"{lang} has keys ru lacks: {sorted(extra)}"
    for key, names in messages.items():
        assert names == ru[key], f"{lang}/{key}: variables {names} differ from ru {ru[key]}"


def test_every_message_formats_and_fallback_chain_works() -> None:
    core = build_core(LOCALES, "ru")
    core.locales.update(core.find_locales())
    args = {"n": 2, "ref": "Q-7K3F", "days": 180, "topic": "T", "role": "lawyer", "date": "d"}
    args |= {"priority": "P3", "language": "L", "age": "1", "summary": "S", "lawyer": "A"}
    args |= {"limit": 1, "length": 2, "kind": "photo", "articles": 40, "overdue": 0, "errors": 3}
    args |= {"files": 2, "urgency": "U", "region": "R", "citizenship": "C", "contact": "c"}
    args |= {"description": "D", "hours": 1, "minutes": 30, "opens": "09:00", "name": "N"}
    args |= {"what": "W", "count": 3, "status": "S", "outcome": "O", "phone": "+7"}
    args |= {
        "languages": "L",
        "regions": "R",
        "topics": "T",
        "duty": "on",
        "errors": 2,
        "example": "05.12.2026",
        "day": 5,
        "link": "https://t.me/x",
        "cases": 1,
        "state": "on duty",
        "refs": "Q-7K3F",
        "preview": "P",
        "open": "O",
        "total": 10,
        "sent": 7,
        "failed": 1,
        "blocked": 1,
        "unsure": 1,
        "left": 0,
    }
    args |= {"period": "P", "total": 9, "open": 2, "reopened": 1, "items": "I", "median": "M"}
    args |= {"p90": "9", "average": "4.5", "yes": 3, "no": 1, "up": 5, "down": 1, "cases": 4}
    args |= {"rows": 7, "k": 5, "generalised": 2, "suppressed": 1, "left": 0}
    args |= {f"b{n}": n for n in range(4)}
    for lang in LANGUAGES:
        for key in _messages("ru"):
            text = core.get(key, lang, **args)
            assert text and "{" not in text, (lang, key, text)
    assert core.get("lang-name", "kk") == "Қазақша"


def test_fallback_chain(tmp_path: Path) -> None:
    """A key missing in a language comes from Russian; Russian's own gaps from English."""
    for lang, text in {
        "ru": "only-ru = русский\n",
        "en": "only-ru = English\nonly-en = English only\n",
        "kk": "lang-name = Қазақша\n",
    }.items():
        (tmp_path / lang).mkdir()
        (tmp_path / lang / "common.ftl").write_text(text, encoding="utf-8")
    core = build_core(tmp_path, "ru")
    core.locales.update(core.find_locales())
    assert core.get("only-ru", "kk") == "русский"
    assert core.get("only-en", "kk") == "English only"
    assert core.get("lang-name", "kk") == "Қазақша"


@pytest.mark.parametrize(
    ("telegram", "ours"),
    [("ru", "ru"), ("uz", "uz"), ("fa", "prs"), ("en-GB", "en"), ("de", "ru"), (None, "ru")],
)
def test_telegram_language_preselects(telegram: str | None, ours: str) -> None:
    assert preselect(telegram, "ru") == ours


def _line_starts(pattern: ast.Pattern, at_start: bool = True) -> list[tuple[bool, str]]:
    """(is the message's first line, text) for every line a pattern can show, each variant of a
    select spelled out; a placeable stands as U+FFFC (its value is not known here)."""
    texts = [""]
    for element in pattern.elements:
        if isinstance(element, ast.TextElement):
            texts = [text + element.value for text in texts]
        elif isinstance(element.expression, ast.SelectExpression):
            texts = [
                text + variant
                for text in texts
                for option in element.expression.variants
                for _, variant in _line_starts(option.value, at_start=False)
            ]
        else:
            texts = [text + "\ufffc" for text in texts]
    if not at_start:
        return [(True, text) for text in texts]
    return [(n == 0, line) for text in texts for n, line in enumerate(text.split("\n"))]


@pytest.mark.parametrize("lang", sorted(RTL_LANGUAGES))
def test_right_to_left_messages_start_right_to_left(lang: str) -> None:
    """Telegram lays out a message (or a line) that starts with an emoji, a Latin word or a
    placeable left to right: start it with an Arabic-script word or U+200F (RLM)."""
    bad: list[str] = []
    for path in sorted((LOCALES / lang).glob("*.ftl")):
        for entry in FluentParser().parse(path.read_text(encoding="utf-8")).body:
            if not isinstance(entry, ast.Message) or entry.value is None:
                continue
            for first, line in _line_starts(entry.value):
                visible = re.sub(r"^(?:\s*<[^>]*>)+", "", line)
                if first and not (visible[:1] == RLM or has_rtl(visible[:1])):
                    bad.append(f"{path.name}: {entry.id.name} starts with {visible[:12]!r}")
                elif not first and not line.startswith("\ufffc") and ltr_start(line):
                    bad.append(f"{path.name}: {entry.id.name} has a line {line[:12]!r}")
    assert not bad, "\n".join(sorted(set(bad)))


def test_the_right_to_left_rule_catches_emoji_and_latin() -> None:
    assert ltr_start("ℹ️ این مقاله") == "ℹ"
    assert ltr_start("🆘 خطر") == "🆘"
    assert ltr_start("<b>Qorgau</b> بات") == "Q"
    assert ltr_start("/duty — نوبت") == "d"
    assert ltr_start(f"{RLM}🆘 خطر") == ""
    assert ltr_start("• ۱۲ روز") == ""
