"""statistics: each case's first claim and first reply, indexes, and legal-aid outcome codes

Revision ID: 007
Revises: 006
Create Date: 2026-12-03 15:40:00
"""

from collections.abc import Sequence

import sqlalchemy as sa

from alembic import op

revision: str = "007"
down_revision: str | None = "006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# older codes as the new picker names them: `referred` never said to whom
RENAMED = {"referred": "referred_other", "out_of_scope": "declined_scope"}
# going down, the details fold back into the codes revision 005 knew
FOLDED = {
    **{f"referred_{kind}": "referred" for kind in ("state", "ngo", "unhcr", "lawyer", "social")},
    "referred_other": "referred",
    "declined_scope": "out_of_scope",
    "declined_conflict": "out_of_scope",
    "declined_capacity": "out_of_scope",
}


def _recode(mapping: dict[str, str]) -> None:
    tickets = sa.table("tickets", sa.column("outcome", sa.String(32)))
    for old, new in mapping.items():
        op.execute(tickets.update().where(tickets.c.outcome == old).values(outcome=new))


# the first claim and the first reply to the client, from the audit log and the messages
BACKFILL = (
    """UPDATE tickets SET first_claimed_at = (
        SELECT MIN(audit_events.at) FROM audit_events
        WHERE audit_events.ticket_id = tickets.id AND audit_events.action = 'claim')""",
    """UPDATE tickets SET first_reply_at = (
        SELECT MIN(ticket_messages.created_at) FROM ticket_messages
        WHERE ticket_messages.ticket_id = tickets.id AND ticket_messages.author = 'lawyer'
          AND ticket_messages.internal = false)""",
)


def upgrade() -> None:
    with op.batch_alter_table("tickets", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("first_claimed_at", sa.DateTime(timezone=True), nullable=True)
        )
        batch_op.add_column(sa.Column("first_reply_at", sa.DateTime(timezone=True), nullable=True))
        batch_op.create_index("ix_tickets_created_at", ["created_at"], unique=False)
    with op.batch_alter_table("audit_events", schema=None) as batch_op:
        batch_op.create_index(
            "ix_audit_events_action", ["action", "ticket_id", "at"], unique=False
        )
    for statement in BACKFILL:
        op.execute(statement)
    _recode(RENAMED)


def downgrade() -> None:
    _recode(FOLDED)
    with op.batch_alter_table("audit_events", schema=None) as batch_op:
        batch_op.drop_index("ix_audit_events_action")
    with op.batch_alter_table("tickets", schema=None) as batch_op:
        batch_op.drop_index("ix_tickets_created_at")
    # not in batch mode: SQLite would rebuild `tickets`, and dropping the old table with
    # foreign keys on cascades to every ticket's messages and cards (see 005)
    op.drop_column("tickets", "first_reply_at")
    op.drop_column("tickets", "first_claimed_at")
