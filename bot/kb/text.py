"""Text folding for search: one spelling for every script and typing habit.

Cyrillic (Russian, Kazakh, Uzbek, Tajik, Kyrgyz) and Latin (Uzbek, Kazakh, English) fold to one
Latin skeleton, so `иш ҳақи` and `ish haqi` are the same words; Arabic script (Dari, Arabic) is
kept, with its letter variants and diacritics unified. Stems are short prefixes of the folded
word: crude, but the same for Russian cases and Turkic suffixes alike.
"""

from __future__ import annotations

import re
import unicodedata

CYRILLIC = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "e", "ж": "j", "з": "z",
    "и": "i", "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r",
    "с": "s", "т": "t", "у": "u", "ф": "f", "х": "x", "ц": "ts", "ч": "ch", "ш": "sh",
    "щ": "sh", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu", "я": "ya",
    # Kazakh, Kyrgyz, Tajik, Uzbek letters
    "ә": "a", "ғ": "g", "қ": "q", "ң": "n", "ө": "o", "ұ": "u", "ү": "u", "һ": "h", "і": "i",
    "ӣ": "i", "ӯ": "u", "ҳ": "h", "ҷ": "j", "ў": "o", "є": "e", "ї": "i",
}  # fmt: skip
LATIN = {
    "ş": "sh", "ç": "ch", "ğ": "g", "ı": "i", "ö": "o", "ü": "u", "ä": "a", "ñ": "n",
    "w": "v", "c": "ts",
}  # fmt: skip
ARABIC = {"ي": "ی", "ى": "ی", "ك": "ک", "ة": "ه", "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا"}
APOSTROPHES = "'`ʻʼ‘’ʹ′"
_TOKEN = re.compile(r"[^\W\d_]+", re.UNICODE)
STEM = 5


_TABLE: dict[int, str | None] = {
    **{ord(char): latin for char, latin in CYRILLIC.items()},
    **{ord(char): latin for char, latin in LATIN.items()},
    **{ord(char): variant for char, variant in ARABIC.items()},
    **{ord(mark): None for mark in APOSTROPHES},
    **{code: None for code in range(0x064B, 0x0660)},  # Arabic harakat
    0x0670: None,
    0x0640: None,  # tatweel
}
_COMBINING = re.compile("[\u0300-\u036f]")


def fold(text: str) -> str:
    """Lower case, one script, no accents or apostrophes."""
    folded = unicodedata.normalize("NFKC", text).casefold().translate(_TABLE)
    if folded.isascii():
        return folded
    return _COMBINING.sub("", unicodedata.normalize("NFD", folded))


ARABIC_ARTICLES = ("وال", "بال", "فال", "كال", "کال", "لل", "ال")


def _arabic_light(word: str) -> str:
    """Arabic's article and joined conjunction are not part of the word: المدرسة → مدرسه.
    (`words` calls it only for a word in Arabic script.)"""
    for article in ARABIC_ARTICLES:
        if word.startswith(article) and len(word) - len(article) >= 3:
            return word[len(article) :]
    if word.startswith("و") and len(word) >= 5:
        return word[1:]
    return word


def words(text: str) -> list[str]:
    """Folded words of two letters or more."""
    return [
        _arabic_light(word) if "\u0600" <= word[0] <= "\u06ff" else word
        for word in _TOKEN.findall(fold(text))
        if len(word) > 1
    ]


def stem(word: str) -> str:
    return word[:STEM]
