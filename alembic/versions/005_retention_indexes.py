"""indexes for the hot paths, and tickets.wiped_at for the retention purge

Revision ID: 005
Revises: 004
Create Date: 2026-12-03 09:26:20.028172
"""

from collections.abc import Sequence

import sqlalchemy as sa

from alembic import op

revision: str = "005"
down_revision: str | None = "004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

UNWIPED = sa.text("status = 'closed' AND wiped_at IS NULL")
# the same predicate as the redelivery query renders on each database (`IS 0` / `IS false`)
UNDELIVERED_SQLITE = sa.text("delivered IS 0 AND internal IS 0")
UNDELIVERED_PG = sa.text("delivered IS false AND internal IS false")

# Tickets wiped before this revision (by retention or /forget) are marked, so that the purge
# never reads them again. When that happened is not known; the migration's time stands in.
BACKFILL = """
UPDATE tickets SET wiped_at = CURRENT_TIMESTAMP
WHERE status = 'closed' AND wiped_at IS NULL
  AND description IS NULL AND contact_phone IS NULL
  AND NOT EXISTS (
    SELECT 1 FROM ticket_messages
    WHERE ticket_messages.ticket_id = tickets.id
      AND (ticket_messages.body IS NOT NULL OR ticket_messages.file_id IS NOT NULL)
  )
"""


def upgrade() -> None:
    with op.batch_alter_table("lawyer_profiles", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_lawyer_profiles_active_ticket_id"), ["active_ticket_id"], unique=False
        )

    with op.batch_alter_table("ticket_messages", schema=None) as batch_op:
        batch_op.create_index(
            "ix_ticket_messages_undelivered",
            ["created_at"],
            unique=False,
            sqlite_where=UNDELIVERED_SQLITE,
            postgresql_where=UNDELIVERED_PG,
        )

    with op.batch_alter_table("tickets", schema=None) as batch_op:
        batch_op.add_column(sa.Column("wiped_at", sa.DateTime(timezone=True), nullable=True))
        batch_op.create_index(
            "ix_tickets_queue", ["status", "priority", "created_at"], unique=False
        )

    op.execute(BACKFILL)

    with op.batch_alter_table("tickets", schema=None) as batch_op:
        batch_op.create_index(
            "ix_tickets_unwiped",
            ["status", "closed_at"],
            unique=False,
            sqlite_where=UNWIPED,
            postgresql_where=UNWIPED,
        )

    with op.batch_alter_table("users", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_users_active_ticket_id"), ["active_ticket_id"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("users", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_users_active_ticket_id"))

    with op.batch_alter_table("tickets", schema=None) as batch_op:
        batch_op.drop_index("ix_tickets_unwiped")
        batch_op.drop_index("ix_tickets_queue")
    # Not in batch mode: SQLite would rebuild `tickets`, and dropping the old table with foreign
    # keys on deletes every ticket's messages and cards (ON DELETE CASCADE). SQLite 3.35+ drops
    # an unindexed column in place.
    op.drop_column("tickets", "wiped_at")

    with op.batch_alter_table("ticket_messages", schema=None) as batch_op:
        batch_op.drop_index("ix_ticket_messages_undelivered")

    with op.batch_alter_table("lawyer_profiles", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_lawyer_profiles_active_ticket_id"))
