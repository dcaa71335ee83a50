"""Right-to-left text: left-to-right runs are isolated, HTML stays whole, LTR text untouched."""

from __future__ import annotations

import pytest

from bot.bidi import LRI, PDI, isolate


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("پرونده شما <b>Q-7K3F</b> ثبت شد.", f"پرونده شما <b>{LRI}Q-7K3F{PDI}</b> ثبت شد."),
        (
            "اجازه اقامت موقت (РВП) را در ЦОН بگیرید",
            f"اجازه اقامت موقت ({LRI}РВП{PDI}) را در {LRI}ЦОН{PDI} بگیرید",
        ),
        ("تاریخ: 30.11.2026 و +7 701 555", f"تاریخ: {LRI}30.11.2026{PDI} و {LRI}+7 701 555{PDI}"),
        ("اتصل بـ 112 الآن", f"اتصل بـ {LRI}112{PDI} الآن"),
        (
            '<a href="https://egov.kz">egov.kz</a> را ببینید',
            f'<a href="https://egov.kz">{LRI}egov.kz{PDI}</a> را ببینید',
        ),
    ],
)
def test_ltr_runs_in_rtl_text_are_isolated(text: str, expected: str) -> None:
    assert isolate(text) == expected


@pytest.mark.parametrize("text", ["Русский текст 112", "English <b>Q-7K3F</b>", ""])
def test_left_to_right_text_is_untouched(text: str) -> None:
    assert isolate(text) == text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("برای پاک کردن /forget را بفرستید", f"برای پاک کردن {LRI}/forget{PDI} را بفرستید"),
        ("أرسل /start الآن", f"أرسل {LRI}/start{PDI} الآن"),
        ("ℹ️ راهنما", f"{LRI}ℹ️{PDI} راهنما"),  # the emoji keeps its variation selector
        ("تکمه 👍🏽 را بزنید", "تکمه 👍🏽 را بزنید"),
    ],
)
def test_commands_and_emoji_sequences_stay_whole(text: str, expected: str) -> None:
    assert isolate(text) == expected


def test_isolating_twice_changes_nothing() -> None:
    once = isolate("پرونده Q-7K3F")
    assert isolate(once) == once
