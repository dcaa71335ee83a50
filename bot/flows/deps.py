"""Names injected into handlers, declared once so handlers are typed."""

from __future__ import annotations

from typing import TypedDict

from aiogram_i18n import I18nContext
from sqlalchemy.ext.asyncio import AsyncSession

from bot.config import Settings
from bot.kb.reload import KbHolder, Reloader
from bot.notifier import Notifier
from bot.services.clock import Clock
from bot.services.feedback import FeedbackService
from bot.services.invites import InviteService
from bot.services.lawyers import LawyerService
from bot.services.tickets import TicketService
from bot.services.users import Account, Actor, UserService


class Deps(TypedDict):
    settings: Settings
    kb_holder: KbHolder
    notifier: Notifier
    session: AsyncSession
    users: UserService
    tickets: TicketService
    invites: InviteService
    lawyers: LawyerService
    feedback: FeedbackService
    reloader: Reloader
    clock: Clock
    account: Account
    actor: Actor
    i18n: I18nContext
