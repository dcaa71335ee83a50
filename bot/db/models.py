"""SQLAlchemy models. Telegram ids are BigInteger, language codes String(8) (`prs` must fit)."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import (
    BigInteger,
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column
from sqlalchemy.sql.expression import false

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class User(Base):
    __tablename__ = "users"

    id: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
    locale: Mapped[str | None] = mapped_column(String(8))
    role: Mapped[str] = mapped_column(String(16), default="client")
    consent_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True))
    # the case a client's free messages go to (relay mode), chosen or last opened/claimed
    active_ticket_id: Mapped[int | None] = mapped_column(
        Integer, ForeignKey("tickets.id", ondelete="SET NULL", use_alter=True), index=True
    )  # indexed: closing a case clears it wherever it is set
    blocked_bot_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))
    # blocked by an admin or coordinator: their messages no longer reach lawyers
    banned_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True))
    ban_told: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    announcements_off: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())


class LawyerProfile(Base):
    __tablename__ = "lawyer_profiles"

    user_id: Mapped[int] = mapped_column(
        BigInteger, ForeignKey("users.id", ondelete="CASCADE"), primary_key=True
    )
    display_name: Mapped[str | None] = mapped_column(String(64))
    on_duty: Mapped[bool] = mapped_column(Boolean, default=False)
    # comma-separated codes; empty means "any"
    languages: Mapped[str] = mapped_column(String(64), default="", server_default="")
    regions: Mapped[str] = mapped_column(String(400), default="", server_default="")
    topics: Mapped[str] = mapped_column(String(200), default="", server_default="")
    active_ticket_id: Mapped[int | None] = mapped_column(
        Integer, ForeignKey("tickets.id", ondelete="SET NULL"), index=True
    )
    # on leave (off duty) through this day; back on duty the next morning (bot.services.leave)
    leave_until: Mapped[dt.date | None] = mapped_column(Date)


class Invite(Base):
    __tablename__ = "invites"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    role: Mapped[str] = mapped_column(String(16))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))
    expires_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))
    used_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True))
    used_by: Mapped[int | None] = mapped_column(BigInteger)


# Closed tickets whose texts the retention purge has not wiped yet: the only rows it reads.
UNWIPED = text("status = 'closed' AND wiped_at IS NULL")


class Ticket(Base):
    __tablename__ = "tickets"
    __table_args__ = (
        Index("ix_tickets_status_announce", "status", "next_announce_at"),
        Index("ix_tickets_queue", "status", "priority", "created_at"),
        # `status` leads although the predicate fixes it: without ANALYZE statistics SQLite
        # would otherwise prefer the queue index for `status = 'closed'` and scan every closed case
        Index(
            "ix_tickets_unwiped",
            "status",
            "closed_at",
            sqlite_where=UNWIPED,
            postgresql_where=UNWIPED,
        ),
        Index("ix_tickets_created_at", "created_at"),  # statistics and export since a date
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    ref: Mapped[str] = mapped_column(String(8), unique=True)
    client_id: Mapped[int | None] = mapped_column(
        BigInteger, ForeignKey("users.id", ondelete="SET NULL"), index=True
    )
    topic: Mapped[str] = mapped_column(String(32))
    locale: Mapped[str] = mapped_column(String(8))
    priority: Mapped[str] = mapped_column(String(2), default="P3")
    urgency: Mapped[str] = mapped_column(String(16), default="none", server_default="none")
    deadline: Mapped[dt.date | None] = mapped_column(Date)
    region: Mapped[str | None] = mapped_column(String(32))
    citizenship: Mapped[str | None] = mapped_column(String(32))
    contact_phone: Mapped[str | None] = mapped_column(Text)  # Fernet token
    status: Mapped[str] = mapped_column(String(16), default="new")
    description: Mapped[str | None] = mapped_column(Text)  # Fernet token, never plain text
    assignee_id: Mapped[int | None] = mapped_column(BigInteger, ForeignKey("users.id"))
    outcome: Mapped[str | None] = mapped_column(String(32))
    solved: Mapped[bool | None] = mapped_column(Boolean)
    rating: Mapped[int | None] = mapped_column(Integer)
    client_unreachable_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True))
    escalated_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))
    claimed_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True))
    closed_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True))
    # statistics: the first claim and the first lawyer reply to the client (a release, a
    # transfer or a reopening does not move them), kept so 100k cases are counted in one scan
    first_claimed_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True))
    first_reply_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True))
    # when retention (or the backfill in migration 005) wiped the texts; NULL while they may
    # still hold personal content
    wiped_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True))
    next_announce_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True))
    announce_count: Mapped[int] = mapped_column(Integer, default=0)


class TicketMessage(Base):
    __tablename__ = "ticket_messages"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    ticket_id: Mapped[int] = mapped_column(
        Integer, ForeignKey("tickets.id", ondelete="CASCADE"), index=True
    )
    author: Mapped[str] = mapped_column(String(8))  # client | lawyer
    author_id: Mapped[int | None] = mapped_column(BigInteger)
    kind: Mapped[str] = mapped_column(String(16), default="text")  # text | photo | document
    internal: Mapped[bool] = mapped_column(
        Boolean, default=False, server_default=false()
    )  # a lawyer's note, never shown to the client
    body: Mapped[str | None] = mapped_column(Text)  # Fernet token
    file_id: Mapped[str | None] = mapped_column(String(255))
    delivered: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))
    # redelivery: tries so far, not before this, and when it stopped (the sender was told)
    attempts: Mapped[int] = mapped_column(Integer, default=0, server_default=text("0"))
    next_try_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True))
    given_up_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True))


# Redelivery looks only at messages not yet delivered; the predicate is the one its query uses
# (`IS 0` on SQLite, `IS false` on PostgreSQL), so both databases can prove the index applies.
_UNDELIVERED = TicketMessage.delivered.is_(False) & TicketMessage.internal.is_(False)
Index(
    "ix_ticket_messages_undelivered",
    TicketMessage.created_at,
    sqlite_where=_UNDELIVERED,
    postgresql_where=_UNDELIVERED,
)


class TicketCard(Base):
    """Every copy of a ticket's card that was sent, so that a claim can update all of them."""

    __tablename__ = "ticket_cards"
    __table_args__ = (UniqueConstraint("chat_id", "message_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    ticket_id: Mapped[int] = mapped_column(
        Integer, ForeignKey("tickets.id", ondelete="CASCADE"), index=True
    )
    chat_id: Mapped[int] = mapped_column(BigInteger)
    message_id: Mapped[int] = mapped_column(BigInteger)
    locale: Mapped[str] = mapped_column(String(8))


class AuditEvent(Base):
    __tablename__ = "audit_events"
    # statistics: reopened cases (read from the index alone)
    __table_args__ = (Index("ix_audit_events_action", "action", "ticket_id", "at"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))
    actor_id: Mapped[int | None] = mapped_column(BigInteger)
    action: Mapped[str] = mapped_column(String(32))
    ticket_id: Mapped[int | None] = mapped_column(
        Integer, ForeignKey("tickets.id", ondelete="SET NULL")
    )
    subject_id: Mapped[int | None] = mapped_column(BigInteger)  # the person acted upon


class FsmState(Base):
    """aiogram FSM state and data, so a conversation survives a restart (embedded mode)."""

    __tablename__ = "fsm_states"

    key: Mapped[str] = mapped_column(String(255), primary_key=True)
    state: Mapped[str | None] = mapped_column(String(255))
    data: Mapped[str | None] = mapped_column(Text)  # Fernet token of the JSON data


class ArticleVote(Base):
    """👍/👎 under an article; one vote per person and article (a new press replaces it)."""

    __tablename__ = "article_votes"
    __table_args__ = (UniqueConstraint("article_id", "user_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    article_id: Mapped[str] = mapped_column(String(64), index=True)
    user_id: Mapped[int] = mapped_column(BigInteger, ForeignKey("users.id", ondelete="CASCADE"))
    locale: Mapped[str] = mapped_column(String(8))
    vote: Mapped[int] = mapped_column(Integer)  # +1 | -1
    at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))


class ContentGap(Base):
    """A question search could not answer, scrubbed of numbers, addresses and names, and
    encrypted (a name the scrubber missed must not sit in plain text)."""

    __tablename__ = "content_gaps"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    query: Mapped[str] = mapped_column(Text)  # Fernet token
    locale: Mapped[str] = mapped_column(String(8))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), index=True)


class Timer(Base):
    """Work due at a moment (issue #11): any replica may claim a due row once, act, mark it
    done. Scheduling the same (kind, subject, moment) twice adds nothing."""

    __tablename__ = "timers"
    __table_args__ = (
        UniqueConstraint("kind", "subject", "due_at"),
        Index("ix_timers_claimable", "status", "due_at"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    kind: Mapped[str] = mapped_column(String(16))  # sla | reminder | leave
    subject: Mapped[int] = mapped_column(BigInteger)  # a ticket's, reminder's or lawyer's id
    due_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))
    status: Mapped[str] = mapped_column(String(8), default="due")  # due | claimed | done
    claimed_by: Mapped[str | None] = mapped_column(String(32))
    claimed_until: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True))
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    done_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True))


class Reminder(Base):
    """A reminder a person asked for: monthly on `day`, or before `on_date`. The language is
    read from the person when it is sent; there is no free text in it."""

    __tablename__ = "reminders"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    user_id: Mapped[int] = mapped_column(
        BigInteger, ForeignKey("users.id", ondelete="CASCADE"), index=True
    )
    kind: Mapped[str] = mapped_column(String(16))  # tax | stay | court | case
    day: Mapped[int | None] = mapped_column(Integer)  # day of the month (tax)
    on_date: Mapped[dt.date | None] = mapped_column(Date)  # the deadline (stay, court, case)
    ticket_id: Mapped[int | None] = mapped_column(
        Integer, ForeignKey("tickets.id", ondelete="SET NULL")
    )
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))
    cancelled_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True))


class Announcement(Base):
    """A message to many users, written by an admin (per language, or an article)."""

    __tablename__ = "announcements"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    author_id: Mapped[int] = mapped_column(BigInteger)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))
    texts: Mapped[str] = mapped_column(Text, default="{}")  # JSON {locale: HTML}
    article_id: Mapped[str | None] = mapped_column(String(64))
    status: Mapped[str] = mapped_column(String(16), default="sending")  # sending | done
    progress_chat_id: Mapped[int | None] = mapped_column(BigInteger)
    progress_message_id: Mapped[int | None] = mapped_column(BigInteger)
    finished_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True))


class AnnouncementRecipient(Base):
    """One row per recipient: the outbox an announcement is sent from, resumable after a crash.
    pending -> sending (claimed, committed before the send) -> sent | failed | blocked;
    a `sending` row whose process died is never sent again: it becomes `unsure`."""

    __tablename__ = "announcement_recipients"
    __table_args__ = (
        UniqueConstraint("announcement_id", "user_id"),
        Index("ix_announcement_recipients_status", "announcement_id", "status"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    announcement_id: Mapped[int] = mapped_column(
        Integer, ForeignKey("announcements.id", ondelete="CASCADE")
    )
    user_id: Mapped[int] = mapped_column(BigInteger)
    locale: Mapped[str] = mapped_column(String(8))
    status: Mapped[str] = mapped_column(String(16), default="pending")
    claimed_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True))
