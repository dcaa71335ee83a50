"""Logging: ids and event types only; aiogram's per-update logger turned down."""

from __future__ import annotations

import logging
from pathlib import Path

CHAT_LOG = "chat.log"  # in DATA_DIR: where `qorgau chat` logs


def setup_logging(level: str = "INFO", file: Path | None = None) -> None:
    """To stderr, or (`qorgau chat`, whose screen is the conversation) appended to `file`."""
    if file is not None:
        file.parent.mkdir(parents=True, exist_ok=True)
    logging.basicConfig(
        level=level.upper(),
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
        filename=file,
    )
    logging.getLogger("aiogram.event").setLevel(logging.WARNING)
    logging.getLogger("apscheduler").setLevel(logging.WARNING)
    logging.getLogger("alembic").setLevel(logging.WARNING)
