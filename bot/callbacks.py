"""Typed callback data. Prefixes are short and unique (a test checks); payloads are ids only."""

from __future__ import annotations

from aiogram.filters.callback_data import CallbackData


class LangCD(CallbackData, prefix="lg"):
    code: str


class ConsentCD(CallbackData, prefix="cs"):
    action: str  # full | yes | no


class MenuCD(CallbackData, prefix="mn"):
    action: str  # home | help


class TopicCD(CallbackData, prefix="tp"):
    topic: str


class ArticleCD(CallbackData, prefix="ar"):
    id: str
    page: int = 0


class AskCD(CallbackData, prefix="ak"):
    topic: str


class IntakeCD(CallbackData, prefix="in"):
    action: str  # urg | reg | cit | more | share | send | edit | back | cancel
    value: str = ""


class ForgetCD(CallbackData, prefix="fg"):
    action: str  # yes | no


class ClaimCD(CallbackData, prefix="cl"):
    ticket: int


class CaseCD(CallbackData, prefix="ca"):
    """A lawyer's action on a case: write, note, canned, transfer, release, close, view…"""

    action: str
    ticket: int
    value: str = ""


class MyCaseCD(CallbackData, prefix="my"):
    """A client's action on their own case: open, write, withdraw, solved, rate."""

    action: str
    ticket: int
    value: str = ""


class QueueCD(CallbackData, prefix="q"):
    """The lawyers' queue with its filters (empty means any)."""

    priority: str = ""
    lang: str = ""
    region: str = ""
    topic: str = ""
    pick: str = ""  # which filter is being chosen


class ProfileCD(CallbackData, prefix="pf"):
    field: str  # name | languages | regions | topics | show
    value: str = ""


class VoteCD(CallbackData, prefix="vt"):
    id: str
    up: bool


class RemindCD(CallbackData, prefix="rm"):
    """Reminders: list | new | kind (value: tax, stay, court) | day (value: 1–28) | cancel."""

    action: str
    id: int = 0
    value: str = ""


class NewsCD(CallbackData, prefix="nw"):
    """A person's choice about announcements: off | on | show."""

    action: str


class AnnounceCD(CallbackData, prefix="an"):
    """An admin writing an announcement: source, language, audience, preview, send…"""

    action: str
    value: str = ""


class StaffCD(CallbackData, prefix="sf"):
    """An admin or coordinator on the staff list: show, role, remove (and its confirmation)."""

    action: str
    user: int = 0
    value: str = ""


ALL = (
    LangCD,
    ConsentCD,
    MenuCD,
    TopicCD,
    ArticleCD,
    AskCD,
    IntakeCD,
    ForgetCD,
    ClaimCD,
    CaseCD,
    VoteCD,
    MyCaseCD,
    QueueCD,
    ProfileCD,
    RemindCD,
    NewsCD,
    AnnounceCD,
    StaffCD,
)
