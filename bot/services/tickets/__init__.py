"""Tickets, split by use case over one store of queries (`store`): opening (`intake`), a client's
own cases (`client`), a lawyer's claims, transfers, closing and the queue (`claims`), and the
messages of a case (`relay`). `TicketService` joins them for flows and jobs that need several.
(SLA re-announcement: bot.jobs.sla.)"""

from __future__ import annotations

from bot.services.tickets.claims import ClaimCases
from bot.services.tickets.client import ClientCases
from bot.services.tickets.intake import Draft, IntakeCases, new_ref
from bot.services.tickets.relay import RelayCases
from bot.services.tickets.store import (
    COORDINATORS,
    ESCALATE_AFTER,
    OPEN_STATUSES,
    REF_ALPHABET,
    Relay,
    TicketStore,
)

__all__ = [
    "COORDINATORS",
    "ESCALATE_AFTER",
    "OPEN_STATUSES",
    "REF_ALPHABET",
    "Draft",
    "Relay",
    "TicketService",
    "TicketStore",
    "new_ref",
]


class TicketService(IntakeCases, ClientCases, ClaimCases, RelayCases):
    """Every use case of a ticket, over one session (one commit per use case)."""
