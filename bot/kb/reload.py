"""Swap in a new knowledge base only if it validates; otherwise keep serving the old one."""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
from dataclasses import dataclass, field
from pathlib import Path

from bot.kb.check import Report, check
from bot.kb.model import KnowledgeBase

log = logging.getLogger(__name__)


class KbHolder:
    """The knowledge base in use; a reload swaps it in one assignment."""

    def __init__(self, kb: KnowledgeBase) -> None:
        self.kb = kb


@dataclass(slots=True)
class Reloader:
    holder: KbHolder
    root: Path
    default_locale: str
    _seen: tuple[tuple[str, int, int], ...] = field(default=())

    def fingerprint(self) -> tuple[tuple[str, int, int], ...]:
        """Path, size and modification time of every content file."""
        files = sorted(
            path
            for pattern in ("*.yaml", "*/*.md", "canned/*.yaml")
            for path in self.root.glob(pattern)
            if path.is_file()
        )
        return tuple((str(path), path.stat().st_size, path.stat().st_mtime_ns) for path in files)

    async def reload(self, today: dt.date) -> Report:
        self._seen = await asyncio.to_thread(self.fingerprint)
        report = await asyncio.to_thread(check, self.root, today, self.default_locale)
        if report.errors:
            log.warning("Knowledge base not reloaded: %d error(s)", len(report.errors))
        else:
            self.holder.kb = report.kb
            log.info("Knowledge base reloaded: %d articles", len(report.kb.articles))
        return report

    async def changed(self) -> bool:
        if not self._seen:
            self._seen = await asyncio.to_thread(self.fingerprint)
            return False
        return await asyncio.to_thread(self.fingerprint) != self._seen
