"""Dates as a reader of each language writes them ("7 дек. 2026 г.", "Dec 7, 2026"), from CLDR
through Babel: a month name leaves no doubt which number is the day."""

from __future__ import annotations

import datetime as dt
from functools import lru_cache
from zoneinfo import ZoneInfo

from babel import Locale
from babel.dates import format_date

BABEL_LOCALES = {"uz": "uz_Latn", "prs": "fa_AF"}  # our codes that CLDR spells otherwise
KAZAKHSTAN = ZoneInfo("Asia/Almaty")  # a moment is shown as the day it was in Kazakhstan


@lru_cache(maxsize=16)
def _locale(code: str) -> Locale:
    return Locale.parse(BABEL_LOCALES.get(code, code))


def local_date(value: dt.date | dt.datetime, locale: str) -> str:
    if isinstance(value, dt.datetime):
        moment = value if value.tzinfo else value.replace(tzinfo=dt.UTC)
        value = moment.astimezone(KAZAKHSTAN).date()
    return format_date(value, "medium", locale=_locale(locale))


def today_in_kazakhstan(now: dt.datetime) -> dt.date:
    """The calendar day a person in Kazakhstan is living (at 02:00 there it is not yet the
    next day in UTC)."""
    return now.astimezone(KAZAKHSTAN).date()


def short_day(value: dt.date, locale: str) -> str:
    """A day on a button: weekday, day and month ("Fri 4 Dec", "пт, 4 дек.")."""
    return format_date(value, "EEE d MMM", locale=_locale(locale))


# words for "today", "tomorrow", "the day after" in the bot's languages (Uzbek in both scripts)
RELATIVE_DAYS = {
    **dict.fromkeys(("сегодня", "today", "бүгін", "bugun", "бугун", "имрӯз", "бүгүн"), 0),
    **dict.fromkeys(("امروز", "اليوم"), 0),
    **dict.fromkeys(("завтра", "tomorrow", "ертең", "ertaga", "эртага", "фардо", "эртең"), 1),
    **dict.fromkeys(("فردا", "غدا", "غدًا", "بكرة"), 1),
    **dict.fromkeys(("послезавтра", "бүрсігүні", "indinga", "индинга", "пасфардо"), 2),
    **dict.fromkeys(("бүрсүгүнү", "پس فردا", "بعد غد"), 2),
}
DATE_FORMATS = ("%d.%m.%Y", "%d.%m.%y", "%Y-%m-%d", "%d/%m/%Y", "%d-%m-%Y", "%d.%m", "%d/%m")


def parse_day(text: str, today: dt.date) -> dt.date | None:
    """A day as people type it: 05.12.2026, 5.12, 5/12/2026, or "tomorrow" in their language.
    A day and month without a year is the next such day."""
    words = " ".join(text.lower().replace("ё", "е").strip(" .!?,").split())
    if words in RELATIVE_DAYS:
        return today + dt.timedelta(days=RELATIVE_DAYS[words])
    for pattern in DATE_FORMATS:
        try:
            parsed = dt.datetime.strptime(words, pattern).date()
        except ValueError:
            continue
        if "%Y" not in pattern and "%y" not in pattern:
            parsed = parsed.replace(year=today.year)
            if parsed < today:
                parsed = parsed.replace(year=today.year + 1)
        return parsed
    return None
