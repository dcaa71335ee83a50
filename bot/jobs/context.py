"""What scheduled jobs need; jobs open their own sessions and claim their work in the database."""

from __future__ import annotations

import datetime as dt
import secrets
from dataclasses import dataclass, field

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.crypto import Cipher
from bot.hours import Sla
from bot.kb.reload import Reloader
from bot.outbox.notifier import Notifier
from bot.services.clock import Clock
from bot.services.tickets import TicketService
from bot.timing import Timing


@dataclass(frozen=True, slots=True)
class JobContext:
    sessions: async_sessionmaker[AsyncSession]
    clock: Clock
    cipher: Cipher
    sla: Sla
    retention: dt.timedelta
    notifier: Notifier
    reloader: Reloader
    admin_ids: frozenset[int]
    # who holds a claimed timer (one name per process) and for how long (bot.services.timers)
    worker: str = field(default_factory=lambda: secrets.token_hex(8))
    lease: dt.timedelta = dt.timedelta(minutes=5)
    timing: Timing = field(default_factory=Timing.defaults)
    delivery_attempts: int = 8  # a relayed message Telegram keeps failing is then given up

    def tickets(self, session: AsyncSession) -> TicketService:
        return TicketService(session, self.clock, self.cipher, self.sla)
