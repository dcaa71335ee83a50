"""Typed answers at a step that offers buttons: "almaty", "Алматы", "only thru this bot" are
taken as the button they mean (in any of the bot's languages, any case, small typos); anything
else is not guessed."""

from __future__ import annotations

import re
from collections.abc import Iterable

from aiogram_i18n import I18nContext
from rapidfuzz import fuzz

from bot.kb.model import LANGUAGES

CUTOFF = 85  # out of 100: "Almaty"/"Almaty (city)" and "Shymkemt"/"Shymkent" pass
_NOT_WORD = re.compile(r"[^\w]+")


def _plain(text: str) -> str:
    return " ".join(_NOT_WORD.sub(" ", text.lower().replace("ё", "е")).split())


def choose(i18n: I18nContext, typed: str, options: Iterable[tuple[str, str]]) -> str | None:
    """The code of the option whose label (Fluent key) in some language the text means, or
    None when nothing fits or two different options fit as well."""
    query = _plain(typed)
    if not query:
        return None
    scored: list[tuple[int, float, str]] = []
    for code, key in options:
        for lang in LANGUAGES:
            label = _plain(i18n.core.get(key, lang))
            if label:
                whole = fuzz.ratio(query, label)
                scored.append((int(max(whole, fuzz.WRatio(query, label))), whole, code))
    scored.sort(reverse=True)
    if not scored or scored[0][0] < CUTOFF:
        return None
    best = scored[0]
    rival = next((entry for entry in scored if entry[2] != best[2]), None)
    if rival is not None and rival[:2] == best[:2]:
        return None  # as close to two different answers: ask again
    return best[2]
