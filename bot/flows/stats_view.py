"""The statistics as one compact message in the admin's language."""

from __future__ import annotations

from collections.abc import Callable
from html import escape

from aiogram_i18n import I18nContext

from bot.dates import local_date
from bot.flows.queue import label
from bot.kb.reload import KbHolder
from bot.services.stats_model import Stats
from bot.services.stats_sla import Share
from bot.services.stats_sql import Spread

SHOWN = 6  # items per line; the rest are summed as "…"
MINUTE, HOUR, DAY = 60, 3600, 86400
Name = Callable[[str], str]


def render(stats: Stats, i18n: I18nContext, kb: KbHolder) -> str:
    period = (
        i18n.get("stats-period-since", date=local_date(stats.since, i18n.locale))
        if stats.since
        else i18n.get("stats-period-all")
    )
    by = stats.by
    open_ = by["status"].get("new", 0) + by["status"].get("claimed", 0)
    lines = [
        i18n.get("stats-title", period=period),
        i18n.get("stats-cases", total=stats.total, open=open_, reopened=stats.reopened),
        i18n.get("stats-by-status", items=_items(by["status"], lambda c: _status(c, i18n))),
        i18n.get("stats-by-priority", items=_items(by["priority"], str)),
        i18n.get("stats-by-topic", items=_items(by["topic"], lambda c: _topic(c, i18n, kb))),
        i18n.get("stats-by-region", items=_items(by["region"], lambda c: _region(c, i18n))),
        i18n.get("stats-by-language", items=_items(by["language"], lambda c: _lang(c, i18n))),
        i18n.get("stats-by-outcome", items=_items(by["outcome"], lambda c: _outcome(c, i18n))),
        "",
        i18n.get("stats-times"),
        *(
            i18n.get(f"stats-time-{name}", **_spread(stats.times[key], i18n))
            for name, key in (("claim", "to_claim"), ("reply", "to_first_reply"))
        ),
        i18n.get("stats-time-close", **_spread(stats.times["to_close"], i18n)),
        "",
        i18n.get("stats-sla", items=_shares(stats.sla.get("priority", {}), str)),
        i18n.get("stats-sla-topic", items=_shares(stats.sla.get("topic", {}), _t(i18n, kb))),
        i18n.get("stats-sla-lawyer", items=_shares(stats.sla.get("lawyer", {}), escape)),
        "",
        i18n.get("stats-backlog", **{f"b{n}": v for n, v in enumerate(stats.backlog.values())}),
        _oldest(stats, i18n),
        _satisfaction(stats, i18n),
        i18n.get("stats-followup", yes=stats.followup["yes"], no=stats.followup["no"]),
        i18n.get(
            "stats-votes",
            up=stats.votes["up"],
            down=stats.votes["down"],
            items=_disliked(stats, i18n, kb),
        ),
        i18n.get("stats-gaps", items=_gaps(stats, i18n)),
        i18n.get("stats-users", items=_items(stats.users, lambda c: _lang(c, i18n))),
        i18n.get("stats-trend", items=_trend(stats)),
    ]
    return "\n".join(lines)


def _items(counts: dict[str, int], name: Name) -> str:
    if not counts:
        return "—"
    shown = list(counts.items())[:SHOWN]
    text = " · ".join(f"{name(key)} {count}" for key, count in shown)
    rest = sum(counts.values()) - sum(count for _, count in shown)
    return f"{text} · … {rest}" if rest else text


def _shares(shares: dict[str, Share], name: Name) -> str:
    ranked = sorted(shares.items(), key=lambda item: -item[1].due)[:SHOWN]
    if not ranked:
        return "—"
    return " · ".join(
        f"{name(key)} {share.percent}% ({share.kept}/{share.due})" for key, share in ranked
    )


def duration(seconds: float | None, i18n: I18nContext) -> str:
    if seconds is None:
        return "—"
    if seconds < HOUR:
        return i18n.get("stats-minutes", n=str(round(seconds / MINUTE)))
    if seconds < 2 * DAY:
        return i18n.get("stats-hours", n=f"{seconds / HOUR:.1f}")
    return i18n.get("stats-days", n=f"{seconds / DAY:.1f}")


def _spread(spread: Spread, i18n: I18nContext) -> dict[str, str | int]:
    return {
        "median": duration(spread.median, i18n),
        "p90": duration(spread.p90, i18n),
        "count": spread.count,
    }


def _oldest(stats: Stats, i18n: I18nContext) -> str:
    if stats.oldest is None:
        return i18n.get("stats-oldest-none")
    return i18n.get(
        "stats-oldest", ref=stats.oldest.ref, age=duration(stats.oldest.waiting_s, i18n)
    )


def _satisfaction(stats: Stats, i18n: I18nContext) -> str:
    average = stats.average_rating
    return i18n.get(
        "stats-satisfaction",
        average="—" if average is None else f"{average:.1f}",
        count=sum(stats.ratings.values()),
        yes=stats.solved.get("yes", 0),
        no=stats.solved.get("no", 0),
    )


def _disliked(stats: Stats, i18n: I18nContext, kb: KbHolder) -> str:
    if not stats.disliked:
        return "—"
    titles = []
    for article, _, down in stats.disliked:
        found = kb.kb.get(article, i18n.locale)
        titles.append(f"{escape(found.article.title) if found else article} (👎 {down})")
    return " · ".join(titles)


def _gaps(stats: Stats, i18n: I18nContext) -> str:
    if not stats.gaps:
        return "—"
    return " · ".join(f"«{escape(_cut(query))}» ×{count}" for query, _, count in stats.gaps)


def _cut(text: str, length: int = 60) -> str:
    """A long question shortened, so the message stays under Telegram's 4096 characters."""
    return text if len(text) <= length else text[: length - 1].rstrip() + "…"


def _trend(stats: Stats) -> str:
    return " · ".join(f"{day:%d.%m} +{new}/−{closed}" for day, new, closed in stats.trend)


def _status(code: str, i18n: I18nContext) -> str:
    return i18n.get(f"stats-status-{code}")


def _topic(code: str, i18n: I18nContext, kb: KbHolder) -> str:
    return label("topic", code, i18n, kb)


def _t(i18n: I18nContext, kb: KbHolder) -> Name:
    return lambda code: _topic(code, i18n, kb)


def _region(code: str, i18n: I18nContext) -> str:
    return i18n.get("stats-unknown") if code == "none" else i18n.get(f"region-{code}")


def _lang(code: str, i18n: I18nContext) -> str:
    return i18n.get("stats-unknown") if code == "none" else i18n.get("lang-name", code)


def _outcome(code: str, i18n: I18nContext) -> str:
    return i18n.get(f"outcome-{code}")
