"""Typed callback data. Prefixes are short and unique (a test checks); payloads are ids only.

What a button does is an enum: data naming anything else (forged, or from an older version)
does not unpack, so no handler sees it and the person is told the button is outdated."""

from __future__ import annotations

from enum import StrEnum

from aiogram.filters.callback_data import CallbackData


class ConsentAction(StrEnum):
    FULL = "full"
    YES = "yes"
    NO = "no"


class MenuAction(StrEnum):
    HOME = "home"
    HELP = "help"


class IntakeAction(StrEnum):
    URG = "urg"
    DAY = "day"
    REG = "reg"
    CIT = "cit"
    MORE = "more"
    SHARE = "share"
    SEND = "send"
    EDIT = "edit"
    BACK = "back"
    CANCEL = "cancel"


class ForgetAction(StrEnum):
    YES = "yes"
    NO = "no"


class CaseAction(StrEnum):
    WRITE = "write"
    NOTE = "note"
    CANNED = "canned"
    CANNED_SHOW = "canned_show"
    CANNED_SEND = "canned_send"
    TRANSFER = "transfer"
    TRANSFER_TO = "transfer_to"
    RELEASE = "release"
    CLOSE = "close"
    CLOSE_AS = "close_as"
    BACK = "back"
    VIEW = "view"
    BLOCK = "block"
    AUDIT = "audit"


class MyCaseAction(StrEnum):
    LIST = "list"
    OPEN = "open"
    WRITE = "write"
    WITHDRAW = "withdraw"
    WITHDRAW_YES = "withdraw_yes"
    SOLVED = "solved"
    RATE = "rate"
    REOPEN = "reopen"
    LEAVE = "leave"
    FOLLOWUP = "followup"


class ProfileField(StrEnum):
    NAME = "name"
    LANGUAGES = "languages"
    REGIONS = "regions"
    TOPICS = "topics"
    SHOW = "show"


class RemindAction(StrEnum):
    LIST = "list"
    NEW = "new"
    KIND = "kind"
    DAY = "day"
    CANCEL = "cancel"


class NewsAction(StrEnum):
    OFF = "off"
    ON = "on"
    MUTE = "mute"
    SHOW = "show"


class AnnounceAction(StrEnum):
    WRITE = "write"
    ARTICLE = "article"
    LANG = "lang"
    TOPIC = "topic"
    PICK = "pick"
    AUD_LANG = "aud_lang"
    AUD_REGION = "aud_region"
    SET_LANG = "set_lang"
    SET_REGION = "set_region"
    OPEN = "open"
    SEND = "send"
    GO = "go"
    BACK = "back"
    CANCEL = "cancel"


class StaffAction(StrEnum):
    LIST = "list"
    SHOW = "show"
    ROLE = "role"
    REMOVE = "remove"
    REMOVE_YES = "remove_yes"


class LangCD(CallbackData, prefix="lg"):
    code: str


class ConsentCD(CallbackData, prefix="cs"):
    action: ConsentAction


class MenuCD(CallbackData, prefix="mn"):
    action: MenuAction


class TopicCD(CallbackData, prefix="tp"):
    topic: str


class ArticleCD(CallbackData, prefix="ar"):
    id: str
    page: int = 0


class AskCD(CallbackData, prefix="ak"):
    topic: str


class IntakeCD(CallbackData, prefix="in"):
    action: IntakeAction
    value: str = ""


class ForgetCD(CallbackData, prefix="fg"):
    action: ForgetAction


class ClaimCD(CallbackData, prefix="cl"):
    ticket: int


class CaseCD(CallbackData, prefix="ca"):
    """A lawyer's action on a case: write, note, canned, transfer, release, close, view…"""

    action: CaseAction
    ticket: int
    value: str = ""


class MyCaseCD(CallbackData, prefix="my"):
    """A client's action on their own case: open, write, withdraw, solved, rate."""

    action: MyCaseAction
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
    field: ProfileField
    value: str = ""


class VoteCD(CallbackData, prefix="vt"):
    id: str
    up: bool


class RemindCD(CallbackData, prefix="rm"):
    """Reminders: list | new | kind (value: tax, stay, court) | day (value: 1–28) | cancel."""

    action: RemindAction
    id: int = 0
    value: str = ""


class NewsCD(CallbackData, prefix="nw"):
    """A person's choice about announcements: off | on | show."""

    action: NewsAction


class AnnounceCD(CallbackData, prefix="an"):
    """An admin writing an announcement: source, language, audience, preview, send…"""

    action: AnnounceAction
    value: str = ""


class StaffCD(CallbackData, prefix="sf"):
    """An admin or coordinator on the staff list: show, role, remove (and its confirmation)."""

    action: StaffAction
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
