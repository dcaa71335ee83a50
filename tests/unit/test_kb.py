"""Knowledge base: loading the repository's files, problems with path:line, rendering, pages."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from bot.kb.loader import load
from bot.kb.model import LANGUAGES, TOPIC_IDS, fallback_chain
from bot.kb.render import TELEGRAM_LIMIT, paginate, to_blocks

ROOT = Path(__file__).resolve().parents[2]
_REVIEWED = re.compile(r"^reviewed: \d{4}-\d{2}-\d{2}$", re.MULTILINE)


def test_repository_knowledge_loads_cleanly() -> None:
    kb, problems = load(ROOT / "knowledge")
    assert problems == []
    assert [topic.id for topic in kb.ordered_topics()] == list(TOPIC_IDS)
    assert kb.in_topic("employment", "ru") and kb.in_topic("expulsion", "en")
    for article_id, versions in kb.articles.items():
        assert set(versions) == set(LANGUAGES), (
            f"{article_id}: {sorted(set(LANGUAGES) - set(versions))}"
        )
    for lang in LANGUAGES:
        assert [c.id for c in kb.canned[lang]] == [c.id for c in kb.canned["ru"]]


def test_fallback_chain_and_lookup() -> None:
    kb, _ = load(ROOT / "knowledge")
    assert fallback_chain("uz") == ("uz", "ru", "en")
    assert fallback_chain("en") == ("en", "ru")
    del kb.articles["expulsion-detained-rights"]["tg"]  # as if not translated yet
    found = kb.get("expulsion-detained-rights", "tg")
    assert found is not None and found.fallback and found.article.lang == "ru"
    found = kb.get("expulsion-detained-rights", "en")
    assert found is not None and not found.fallback


@pytest.fixture
def broken(tmp_path: Path) -> Path:
    root = tmp_path / "knowledge"
    shutil.copytree(ROOT / "knowledge", root)
    return root


def _write(path: Path, front: str, body: str = "Text.") -> None:
    path.parent.mkdir(exist_ok=True)
    path.write_text(f"---\n{front}\n---\n{body}\n", encoding="utf-8")


def test_problems_name_path_and_line(broken: Path) -> None:
    _write(broken / "employment" / "bad-yaml.ru.md", "id: x\ntitle: [unclosed")
    _write(
        broken / "employment" / "unknown.ru.md",
        "id: employment-unknown\ntopic: employment\ntitle: T\nsummary: S\ncolour: red",
    )
    _write(
        broken / "health" / "wrong-topic.ru.md",
        "id: health-x\ntopic: nowhere\ntitle: T\nsummary: S",
    )
    _write(
        broken / "health" / "only-en.en.md",
        "id: health-only-en\ntopic: health\ntitle: T\nsummary: S\nrelated: [no-such-article]",
    )
    _, problems = load(broken)
    text = [str(problem) for problem in problems]
    assert any("bad-yaml.ru.md:3: bad YAML" in line for line in text), text
    assert any("unknown.ru.md:6: unknown field 'colour'" in line for line in text), text
    assert any("wrong-topic.ru.md:3: unknown topic 'nowhere'" in line for line in text), text
    assert any("only-en.en.md:1: health-only-en: missing 'ru'" in line for line in text), text
    assert any("related article 'no-such-article'" in line for line in text), text


def test_markdown_becomes_telegram_html() -> None:
    blocks = to_blocks(
        "Intro **bold** & <script>.\n\n## What to do now\n\n1. First\n2. Second\n\n"
        "- a [link](https://adilet.zan.kz/rus), [plain](http://sanasezim.org) "
        "and [bad](javascript:alert(1))"
    )
    assert blocks == [
        "Intro <b>bold</b> &amp; &lt;script&gt;.",
        "<b>What to do now</b>",
        "1. First",
        "2. Second",
        '• a <a href="https://adilet.zan.kz/rus">link</a>, plain and [bad](javascript:alert(1))',
    ]


def test_pages_stay_under_the_limit_and_never_cut_a_block() -> None:
    blocks = [f"<b>Step {n}</b> " + "слово " * 150 for n in range(40)]
    pages = paginate(blocks)
    assert len(pages) > 1
    assert all(len(page) <= TELEGRAM_LIMIT for page in pages)
    assert "\n\n".join(pages).count("<b>") == 40
    for page in pages:
        assert page.count("<b>") == page.count("</b>")
    huge = paginate(["<b>" + "длинное " * 1500 + "</b>"])
    assert all(len(page) <= TELEGRAM_LIMIT for page in huge)
    assert all("<b>" not in page for page in huge)  # a giant block is split as plain text


def test_check_reports_every_kind_of_problem(broken: Path) -> None:
    import datetime as dt

    from bot.kb.check import check, invalid_html

    path = broken / "health" / "free-care.en.md"
    text = path.read_text(encoding="utf-8")
    head, _, body = text.partition("\n---\n")
    body += "\n\n### Small heading\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n- outer\n  - inner\n"
    body += "\n\n![map](https://example.org/map.png) and [site](http://insecure.example)\n\n"
    body += "Very long paragraph. " * 120 + "\n"
    path.write_text(head + "\n---\n" + body, encoding="utf-8")
    future = broken / "health" / "emergency.en.md"
    future.write_text(
        _REVIEWED.sub("reviewed: 2030-01-01", future.read_text("utf-8"), count=1), "utf-8"
    )
    stale = broken / "health" / "insurance.en.md"
    stale.write_text(
        _REVIEWED.sub("reviewed: 2020-01-01", stale.read_text("utf-8"), count=1), "utf-8"
    )

    report = check(broken, dt.date(2026, 12, 3))
    errors = "\n".join(str(problem) for problem in report.errors)
    for expected in (
        "free-care.en.md:",
        "use '## ' headings only",
        "unsupported Markdown: table_open",
        "nested lists are not supported",
        "unsupported Markdown: image",
        "link must be https: http://insecure.example",
        "paragraph too long",
        "emergency.en.md:",
        "is in the future",
    ):
        assert expected in errors, expected
    assert [str(w).split(": ", 1)[1] for w in report.warnings] == [
        "review overdue since 2020-07-01"
    ]
    assert "insurance.en.md:" in str(report.warnings[0])
    assert invalid_html("<b>bold <i>both</b></i>") == "</b> closes nothing"
    assert invalid_html("<b>open") == "<b> is never closed"
    assert invalid_html("<div>x</div>") == "<div> is not allowed in Telegram"
    assert invalid_html('<a href="https://x">ok</a> &amp; <code>1</code>') == ""


def test_cli_check_and_search(broken: Path, tmp_path: Path) -> None:
    import json
    import subprocess

    from tests.conftest import qorgau as run_qorgau

    def qorgau(*args: str, knowledge: Path) -> subprocess.CompletedProcess[str]:
        return run_qorgau(*args, KNOWLEDGE_DIR=str(knowledge))

    good = qorgau("kb", "check", knowledge=ROOT / "knowledge")
    assert good.returncode == 0, good.stdout
    assert "employment" in good.stdout and "complete" in good.stdout and "100%" in good.stdout
    (broken / "asylum" / "how-to-apply.ru.md").write_text("---\nid: [\n---\nx\n", "utf-8")
    bad = qorgau("kb", "check", knowledge=broken)
    assert bad.returncode == 1
    assert "how-to-apply.ru.md:2: bad YAML" in bad.stdout

    found = qorgau(
        "kb",
        "search",
        "не платят зарплату",
        "--lang",
        "en",
        "--json",
        knowledge=ROOT / "knowledge",
    )
    rows = json.loads(found.stdout)
    assert rows[0]["id"] == "employment-unpaid-wages"
    assert rows[0]["title"] == "My employer does not pay my wages"
    assert {"id", "topic", "title", "score"} <= set(rows[0])
    assert rows == sorted(rows, key=lambda row: -row["score"])


def _same_report(one, other) -> None:  # type: ignore[no-untyped-def]
    assert [str(p) for p in one.errors] == [str(p) for p in other.errors]
    assert [str(p) for p in one.warnings] == [str(p) for p in other.warnings]
    assert one.kb.articles == other.kb.articles
    for query in ("не платят зарплату", "pasportimni yo'qotdim", "رهن", "paspot"):
        assert one.kb.search(query) == other.kb.search(query)


def test_a_check_in_a_child_process_gives_the_same_report(broken: Path) -> None:
    import datetime as dt

    from bot.kb.background import CheckInChild
    from bot.kb.check import check

    today = dt.date(2026, 12, 3)
    _same_report(
        CheckInChild.start(ROOT / "knowledge", today, "ru").report(),
        check(ROOT / "knowledge", today),
    )
    (broken / "asylum" / "how-to-apply.ru.md").write_text("---\nid: [\n---\nx\n", "utf-8")
    from_child = CheckInChild.start(broken, today, "ru").report()
    assert from_child.errors
    _same_report(from_child, check(broken, today))


def test_a_failed_child_check_is_done_in_the_parent(monkeypatch: pytest.MonkeyPatch) -> None:
    import datetime as dt
    import os
    import pickle

    import bot.kb.background as background
    from bot.kb.check import check

    today = dt.date(2026, 12, 3)
    expected = check(ROOT / "knowledge", today)
    monkeypatch.setattr(pickle, "dumps", lambda *_, **__: b"not a pickle")
    _same_report(background.CheckInChild.start(ROOT / "knowledge", today, "ru").report(), expected)
    monkeypatch.undo()

    def no_fork() -> int:
        raise OSError("no fork here")

    monkeypatch.setattr(os, "fork", no_fork)
    pending = background.CheckInChild.start(ROOT / "knowledge", today, "ru")
    assert pending.pid == 0
    _same_report(pending.report(), expected)


def _small_base(tmp_path: Path, abbreviations: str = "") -> Path:
    """A knowledge folder of its own: the topics, an abbreviation list, no articles yet."""
    root = tmp_path / "small"
    root.mkdir()
    shutil.copy(ROOT / "knowledge" / "topics.yaml", root / "topics.yaml")
    if abbreviations:
        (root / "abbreviations").mkdir()
        (root / "abbreviations" / "en.yaml").write_text(abbreviations, encoding="utf-8")
    return root


def _article(root: Path, lang: str, title: str, summary: str, body: str, **front: str) -> Path:
    path = root / "documents" / f"sample.{lang}.md"
    path.parent.mkdir(exist_ok=True)
    reviewed = front.pop("reviewed", "2026-11-01")
    extra = "".join(f"{key}: {value}\n" for key, value in front.items())
    path.write_text(
        f'---\nid: documents-sample\ntopic: documents\ntitle: "{title}"\nsummary: "{summary}"\n'
        f'questions: ["q"]\nreviewed: {reviewed}\n{extra}---\n{body}\n',
        encoding="utf-8",
    )
    return path


def test_rtl_lines_starting_left_to_right_are_reported(tmp_path: Path) -> None:
    import datetime as dt

    from bot.kb.check import check

    root = _small_base(tmp_path)
    _article(root, "ru", "Пример", "Описание", "UNHCR помогает.\n\n- 🆘 срочно")  # LTR: fine
    _article(
        root,
        "prs",
        "UNHCR و پناهندگان",  # line 4
        "دربارهٔ UNHCR",  # line 5: starts in Dari, fine
        "**КМБПЧ** کمک می‌کند.\n\n"  # line 9: bold does not help
        "## IOM در قزاقستان\n\n"  # line 11
        "- 🆘 خطر\n"  # line 13: an emoji first
        "- 112 زنگ بزنید\n"  # digits then Dari: fine
        "- [UNHCR](https://www.unhcr.org) را ببینید\n"  # line 15: a link's Latin text
        "- \u200f🆘 با نشانهٔ راست‌به‌چپ\n\n"  # RLM first: fine
        "1. 3G سیم‌کارت\n\n"  # line 18: digit then Latin
        "دفتر بین‌المللی حقوق بشر قزاقستان (KIBHR) کمک می‌کند.",
    )
    report = check(root, dt.date(2026, 11, 25))
    assert report.errors == []
    found = [(p.path.name, p.line, p.message.split(" (")[0]) for p in report.readability]
    letter = "right-to-left line begins with a letter"
    emoji = "right-to-left line begins with an emoji or symbol"
    assert found == [
        ("sample.prs.md", 4, letter),
        ("sample.prs.md", 9, letter),
        ("sample.prs.md", 11, letter),
        ("sample.prs.md", 13, emoji),
        ("sample.prs.md", 15, letter),
        ("sample.prs.md", 18, letter),
    ]
    assert "Telegram lays it out left to right" in report.readability[0].message


ABBREVIATIONS = """\
abbreviations:
  РВП: ["temporary residence permit"]
  MCI: ["monthly calculation index"]
  UNHCR: ["UN Refugee Agency"]
  "УВКБ ООН": ["UN Refugee Agency"]
  ООН: ["United Nations"]
  IOM: ["International Organization for Migration"]
  KIBHR: ["International Bureau for Human Rights"]
"""


def test_abbreviations_must_be_written_out_on_first_use(tmp_path: Path) -> None:
    import datetime as dt

    from bot.kb.check import check

    root = _small_base(tmp_path, ABBREVIATIONS)
    _article(root, "ru", "РВП и МРП", "УВКБ ООН, МОМ", "КМБПЧ.")  # no Russian list: fine
    _article(
        root,
        "en",
        "Getting an РВП",  # line 4: first use, bare
        "Fines are counted in MCI (monthly calculation index).",  # ABBR (form): fine
        "A temporary residence permit (РВП) is... РВП again.\n\n"  # a later use: fine
        "The UN Refugee Agency (UNHCR), also written УВКБ ООН: fine.\n\n"
        "Ask IOM for help.\n\n"  # line 13: bare
        "iom, IOMs and KIBHRx are other words; then **KIBHR** (International Bureau for Human "
        "Rights) helps.\n\n"
        "ООН and the United Nations.",  # line 17: bare ООН (not the one inside УВКБ ООН)
    )
    report = check(root, dt.date(2026, 11, 25))
    assert report.errors == []
    found = [(p.line, p.message) for p in report.readability]
    assert found == [
        (
            4,
            "abbreviation 'РВП' is not written out on first use: write "
            '"temporary residence permit (РВП)" (or another form in abbreviations/en.yaml)',
        ),
        (
            13,
            "abbreviation 'IOM' is not written out on first use: write "
            '"International Organization for Migration (IOM)" '
            "(or another form in abbreviations/en.yaml)",
        ),
        (
            17,
            "abbreviation 'ООН' is not written out on first use: write "
            '"United Nations (ООН)" (or another form in abbreviations/en.yaml)',
        ),
    ]


def test_written_out_forms_ignore_case_diacritics_and_joiners() -> None:
    from bot.kb.readability import fold

    assert fold("Ёлка  И\u00a0ёж") == fold("елка и еж")
    assert fold("بین‌المللی") == fold("بین المللی")
    assert fold("كمك ي") == fold("کمک ی")
    assert fold("koʻrsatkich") == fold("ko'rsatkich") == fold("KO‘RSATKICH")


def test_bad_abbreviation_lists_are_errors(tmp_path: Path) -> None:
    import datetime as dt

    from bot.kb.check import check

    root = _small_base(tmp_path, "abbreviations:\n  РВП: []\n  MCI: monthly index\n")
    (root / "abbreviations" / "xx.yaml").write_text("abbreviations: {}\n", "utf-8")
    (root / "abbreviations" / "kk.yaml").write_text("abbreviations: [\n", "utf-8")
    _article(root, "ru", "Пример", "Описание", "Текст.")
    errors = [str(p) for p in check(root, dt.date(2026, 11, 25)).errors]
    assert any("en.yaml:2: 'РВП': give a list of written-out forms" in e for e in errors), errors
    assert any("en.yaml:3: 'MCI': give a list" in e for e in errors), errors
    assert any("xx.yaml:1: abbreviations: unknown language 'xx'" in e for e in errors), errors
    assert any("kk.yaml:" in e and "bad YAML" in e for e in errors), errors


def test_repository_abbreviation_lists_load(tmp_path: Path) -> None:
    from bot.kb.loader import Problem
    from bot.kb.readability import load_abbreviations

    problems: list[Problem] = []
    lists = load_abbreviations(ROOT / "knowledge", problems)
    assert problems == []
    assert set(lists) == set(LANGUAGES)
    assert "temporary residence permit" in lists["en"].forms["РВП"]


def test_cli_fails_on_readability_and_overdue_reviews(tmp_path: Path) -> None:
    from tests.conftest import qorgau

    root = _small_base(tmp_path, ABBREVIATIONS)
    ru = _article(root, "ru", "Пример", "Описание", "Текст.", reviewed="2020-01-01")
    overdue = qorgau("kb", "check", KNOWLEDGE_DIR=str(root))
    assert overdue.returncode == 1
    assert "sample.ru.md:7: review overdue since 2021-01-01" in overdue.stdout
    ru.write_text(ru.read_text("utf-8").replace("2020-01-01", "2026-11-01"), "utf-8")
    _article(root, "en", "About IOM", "Summary", "Text.")
    unreadable = qorgau("kb", "check", KNOWLEDGE_DIR=str(root))
    assert unreadable.returncode == 1
    assert "sample.en.md:4: abbreviation 'IOM'" in unreadable.stdout
    assert "0 error(s), 1 readability error(s), 0 overdue review(s)" in unreadable.stdout
