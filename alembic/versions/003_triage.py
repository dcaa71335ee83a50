"""triage and workspace

Revision ID: 003
Revises: 002
Create Date: 2026-11-25 17:13:29.043273
"""

from collections.abc import Sequence

import sqlalchemy as sa

from alembic import op

revision: str = "003"
down_revision: str | None = "002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("lawyer_profiles", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("languages", sa.String(length=64), nullable=False, server_default="")
        )
        batch_op.add_column(
            sa.Column("regions", sa.String(length=400), nullable=False, server_default="")
        )
        batch_op.add_column(
            sa.Column("topics", sa.String(length=200), nullable=False, server_default="")
        )

    with op.batch_alter_table("ticket_messages", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("internal", sa.Boolean(), nullable=False, server_default=sa.false())
        )

    with op.batch_alter_table("tickets", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("urgency", sa.String(length=16), nullable=False, server_default="none")
        )
        batch_op.add_column(sa.Column("deadline", sa.Date(), nullable=True))
        batch_op.add_column(sa.Column("region", sa.String(length=32), nullable=True))
        batch_op.add_column(sa.Column("citizenship", sa.String(length=32), nullable=True))
        batch_op.add_column(sa.Column("contact_phone", sa.Text(), nullable=True))
        batch_op.add_column(sa.Column("solved", sa.Boolean(), nullable=True))
        batch_op.add_column(sa.Column("rating", sa.Integer(), nullable=True))
        batch_op.add_column(
            sa.Column("client_unreachable_at", sa.DateTime(timezone=True), nullable=True)
        )
        batch_op.add_column(sa.Column("escalated_at", sa.DateTime(timezone=True), nullable=True))

    with op.batch_alter_table("users", schema=None) as batch_op:
        batch_op.add_column(sa.Column("active_ticket_id", sa.Integer(), nullable=True))
        batch_op.create_foreign_key(
            batch_op.f("fk_users_active_ticket_id_tickets"),
            "tickets",
            ["active_ticket_id"],
            ["id"],
            ondelete="SET NULL",
        )


def downgrade() -> None:
    with op.batch_alter_table("users", schema=None) as batch_op:
        batch_op.drop_constraint(
            batch_op.f("fk_users_active_ticket_id_tickets"), type_="foreignkey"
        )
        batch_op.drop_column("active_ticket_id")

    with op.batch_alter_table("tickets", schema=None) as batch_op:
        batch_op.drop_column("escalated_at")
        batch_op.drop_column("client_unreachable_at")
        batch_op.drop_column("rating")
        batch_op.drop_column("solved")
        batch_op.drop_column("contact_phone")
        batch_op.drop_column("citizenship")
        batch_op.drop_column("region")
        batch_op.drop_column("deadline")
        batch_op.drop_column("urgency")

    with op.batch_alter_table("ticket_messages", schema=None) as batch_op:
        batch_op.drop_column("internal")

    with op.batch_alter_table("lawyer_profiles", schema=None) as batch_op:
        batch_op.drop_column("topics")
        batch_op.drop_column("regions")
        batch_op.drop_column("languages")
