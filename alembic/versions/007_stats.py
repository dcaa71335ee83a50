"""statistics: indexes for the figures at 100k cases, and the legal-aid outcome codes

Revision ID: 007
Revises: 005 (the lead relinks it after 006 at merge time)
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


def upgrade() -> None:
    with op.batch_alter_table("tickets", schema=None) as batch_op:
        batch_op.create_index("ix_tickets_created_at", ["created_at"], unique=False)
    with op.batch_alter_table("ticket_messages", schema=None) as batch_op:
        batch_op.create_index(
            "ix_ticket_messages_first_reply",
            ["author", "internal", "ticket_id", "created_at"],
            unique=False,
        )
    with op.batch_alter_table("audit_events", schema=None) as batch_op:
        batch_op.create_index(
            "ix_audit_events_action", ["action", "ticket_id", "at"], unique=False
        )
    _recode(RENAMED)


def downgrade() -> None:
    _recode(FOLDED)
    with op.batch_alter_table("audit_events", schema=None) as batch_op:
        batch_op.drop_index("ix_audit_events_action")
    with op.batch_alter_table("ticket_messages", schema=None) as batch_op:
        batch_op.drop_index("ix_ticket_messages_first_reply")
    with op.batch_alter_table("tickets", schema=None) as batch_op:
        batch_op.drop_index("ix_tickets_created_at")
