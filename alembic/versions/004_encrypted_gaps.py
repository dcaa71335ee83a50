"""encrypted content gaps

Revision ID: 004
Revises: 003
Create Date: 2026-11-25 18:32:48.072559
"""

from collections.abc import Sequence

import sqlalchemy as sa

from alembic import op

revision: str = "004"
down_revision: str | None = "003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # Gaps written before this revision are plain text; they are only hints and expire after
    # 90 days, so they are dropped rather than kept readable.
    op.execute("DELETE FROM content_gaps")
    with op.batch_alter_table("content_gaps", schema=None) as batch_op:
        batch_op.alter_column(
            "query", existing_type=sa.VARCHAR(length=300), type_=sa.Text(), existing_nullable=False
        )


def downgrade() -> None:
    op.execute("DELETE FROM content_gaps")
    with op.batch_alter_table("content_gaps", schema=None) as batch_op:
        batch_op.alter_column(
            "query", existing_type=sa.Text(), type_=sa.VARCHAR(length=300), existing_nullable=False
        )
