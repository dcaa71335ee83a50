"""SQLAlchemy models. Telegram ids are BigInteger, language codes String(8) (`prs` must fit).

One module per part of the domain; everything is importable from here, as before."""

from bot.db.models.announcements import Announcement, AnnouncementRecipient
from bot.db.models.base import NAMING, Base
from bot.db.models.cases import UNWIPED, AuditEvent, Ticket, TicketCard, TicketMessage
from bot.db.models.content import ArticleVote, ContentGap
from bot.db.models.people import FsmState, Invite, LawyerProfile, User
from bot.db.models.schedule import Reminder, Timer

__all__ = [
    "NAMING",
    "UNWIPED",
    "Announcement",
    "AnnouncementRecipient",
    "ArticleVote",
    "AuditEvent",
    "Base",
    "ContentGap",
    "FsmState",
    "Invite",
    "LawyerProfile",
    "Reminder",
    "Ticket",
    "TicketCard",
    "TicketMessage",
    "Timer",
    "User",
]
