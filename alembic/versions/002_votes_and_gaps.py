"""votes and content gaps

Revision ID: 002
Revises: 001
Create Date: 2026-11-25 16:41:32.932940
"""

from collections.abc import Sequence

import sqlalchemy as sa

from alembic import op

revision: str = "002"
down_revision: str | None = "001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "content_gaps",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("query", sa.String(length=300), nullable=False),
        sa.Column("locale", sa.String(length=8), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_content_gaps")),
    )
    with op.batch_alter_table("content_gaps", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_content_gaps_created_at"), ["created_at"], unique=False
        )

    op.create_table(
        "article_votes",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("article_id", sa.String(length=64), nullable=False),
        sa.Column("user_id", sa.BigInteger(), nullable=False),
        sa.Column("locale", sa.String(length=8), nullable=False),
        sa.Column("vote", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["user_id"],
            ["users.id"],
            name=op.f("fk_article_votes_user_id_users"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_article_votes")),
        sa.UniqueConstraint("article_id", "user_id", name=op.f("uq_article_votes_article_id")),
    )
    with op.batch_alter_table("article_votes", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_article_votes_article_id"), ["article_id"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("article_votes", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_article_votes_article_id"))

    op.drop_table("article_votes")
    with op.batch_alter_table("content_gaps", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_content_gaps_created_at"))

    op.drop_table("content_gaps")
