"""People: accounts, lawyers' profiles, staff invites, and a person's conversation state."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import (
    BigInteger,
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Integer,
    String,
    Text,
)
from sqlalchemy.orm import Mapped, mapped_column
from sqlalchemy.sql.expression import false

from bot.db.models.base import Base


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


class FsmState(Base):
    """aiogram FSM state and data, so a conversation survives a restart (embedded mode)."""

    __tablename__ = "fsm_states"

    key: Mapped[str] = mapped_column(String(255), primary_key=True)
    state: Mapped[str | None] = mapped_column(String(255))
    data: Mapped[str | None] = mapped_column(Text)  # Fernet token of the JSON data
