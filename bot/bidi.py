"""Right-to-left text (Dari, Arabic) with Latin or Cyrillic words, numbers, dates and case
references inside: each left-to-right run is wrapped in Unicode isolates (LRI … PDI) so Telegram
shows it in the right order and it does not scramble the sentence around it."""

from __future__ import annotations

import re
import unicodedata

LRI, PDI = "\u2066", "\u2069"
# variation selectors, the zero-width joiner and skin tones continue the symbol before them
_JOINERS = frozenset(
    {"\ufe0e", "\ufe0f", "\u200d", *(chr(point) for point in range(0x1F3FB, 0x1F400))}
)
_TAG = re.compile(r"(<[^>]*>|&[#\w]+;)")
# every right-to-left letter lives in these blocks (Hebrew … Arabic Extended, the right-to-left
# mark, presentation forms, and their supplementary-plane counterparts). One plain class of
# ranges: a class of the exact R/AL letters (hundreds of ranges) costs ~1 ms per page of text.
_RTL = re.compile(
    "[\u0590-\u08ff\u200f\ufb1d-\ufdff\ufe70-\ufeff\U00010800-\U00010fff\U0001e800-\U0001efff]"
)


def _direction(char: str) -> str:
    kind = unicodedata.bidirectional(char)
    if kind in ("R", "AL"):
        return "rtl"
    if kind == "L" or kind in ("EN", "AN"):
        return "ltr"  # letters, and numbers (dates, amounts, article numbers) travel with them
    return "neutral"


def has_rtl(text: str) -> bool:
    return _RTL.search(text) is not None


def isolate(text: str) -> str:
    """Wrap every left-to-right run of an RTL text in isolates; HTML tags are left whole.
    Text without right-to-left letters, or already isolated, is returned unchanged."""
    if not has_rtl(text) or LRI in text:
        return text
    return "".join(
        part if _TAG.fullmatch(part) else _isolate_plain(part) for part in _TAG.split(text)
    )


def _isolate_plain(text: str) -> str:
    out: list[str] = []
    run: list[str] = []  # the current left-to-right run (with the neutrals inside it)
    pending: list[str] = []  # neutrals after it, not yet known to belong to it

    def close() -> None:
        if run:
            out.append(LRI + "".join(run) + PDI)
            run.clear()

    for index, char in enumerate(text):
        direction = _direction(char)
        following = text[index + 1 : index + 2]
        if char in _JOINERS and run and not pending:
            run.append(char)  # ℹ️, 👍🏽, a ZWJ sequence: never cut from the symbol it belongs to
            continue
        sign = direction == "neutral" and unicodedata.bidirectional(char) in ("ES", "ET")
        if sign and following and unicodedata.bidirectional(following) == "EN":
            direction = "ltr"  # the sign of a number: +7, −5, 100%
        if char == "/" and following.isascii() and following.isalpha():
            direction = "ltr"  # a command (/forget) stays one piece, slash included
        if direction == "ltr":
            if run:
                run.extend(pending)
            else:
                out.extend(pending)
            pending.clear()
            run.append(char)
        elif direction == "neutral" and run:
            pending.append(char)
        else:
            close()
            out.extend(pending)
            pending.clear()
            out.append(char)
    close()
    out.extend(pending)
    return "".join(out)
