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
    action: str  # share | noshare | cancel


class ForgetCD(CallbackData, prefix="fg"):
    action: str  # yes | no


class ClaimCD(CallbackData, prefix="cl"):
    ticket: int


class CaseCD(CallbackData, prefix="ca"):
    action: str  # write | close | close_yes | back
    ticket: int


class VoteCD(CallbackData, prefix="vt"):
    id: str
    up: bool


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
)
