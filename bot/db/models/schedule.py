"""Due work: conversation and SLA timers, and the reminders people set."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import (
    BigInteger,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    String,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from bot.db.models.base import Base


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
