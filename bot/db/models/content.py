"""What people tell the editors about the content: article votes and unanswered searches."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import (
    BigInteger,
    DateTime,
    ForeignKey,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from bot.db.models.base import Base


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
