"""blocking, announcements (a persistent outbox per recipient), audit subjects

Revision ID: 008
Revises: 007
Create Date: 2026-12-03 17:30:00
"""

from collections.abc import Sequence

import sqlalchemy as sa

from alembic import op

revision: str = "008"
down_revision: str | None = "007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("users", schema=None) as batch_op:
        batch_op.add_column(sa.Column("banned_at", sa.DateTime(timezone=True), nullable=True))
        batch_op.add_column(
            sa.Column("ban_told", sa.Boolean(), server_default=sa.false(), nullable=False)
        )
        batch_op.add_column(
            sa.Column("announcements_off", sa.Boolean(), server_default=sa.false(), nullable=False)
        )
    with op.batch_alter_table("audit_events", schema=None) as batch_op:
        batch_op.add_column(sa.Column("subject_id", sa.BigInteger(), nullable=True))
    op.create_table(
        "announcements",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("author_id", sa.BigInteger(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("texts", sa.Text(), nullable=False),
        sa.Column("article_id", sa.String(length=64), nullable=True),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("progress_chat_id", sa.BigInteger(), nullable=True),
        sa.Column("progress_message_id", sa.BigInteger(), nullable=True),
        sa.Column("finished_at", sa.DateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_announcements")),
    )
    op.create_table(
        "announcement_recipients",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("announcement_id", sa.Integer(), nullable=False),
        sa.Column("user_id", sa.BigInteger(), nullable=False),
        sa.Column("locale", sa.String(length=8), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("claimed_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["announcement_id"],
            ["announcements.id"],
            name=op.f("fk_announcement_recipients_announcement_id_announcements"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_announcement_recipients")),
        sa.UniqueConstraint(
            "announcement_id", "user_id", name=op.f("uq_announcement_recipients_announcement_id")
        ),
    )
    op.create_index(
        "ix_announcement_recipients_status",
        "announcement_recipients",
        ["announcement_id", "status"],
    )


def downgrade() -> None:
    op.drop_index("ix_announcement_recipients_status", table_name="announcement_recipients")
    op.drop_table("announcement_recipients")
    op.drop_table("announcements")
    with op.batch_alter_table("audit_events", schema=None) as batch_op:
        batch_op.drop_column("subject_id")
    with op.batch_alter_table("users", schema=None) as batch_op:
        batch_op.drop_column("announcements_off")
        batch_op.drop_column("ban_told")
        batch_op.drop_column("banned_at")
