"""Cases: tickets, their messages, the copies of their cards, and the audit log."""

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
    String,
    Text,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import Mapped, mapped_column
from sqlalchemy.sql.expression import false

from bot.db.models.base import Base

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
