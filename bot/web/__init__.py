"""The bot's HTTP side: the webhook (`/webhook`), `/healthz`, `/readyz` and `/metrics`.

Webhook mode (`WEBHOOK_URL` set) serves all four on `WEB_HOST:WEB_PORT`; polling mode serves
the last three there when `WEB_PORT` is set. Nothing here is imported before aiogram is."""

from __future__ import annotations

import re

from bot.config import Settings

PATH = "/webhook"
DEFAULT_PORT = 8080
_SECRET = re.compile(r"[A-Za-z0-9_-]{1,256}")  # what Telegram accepts as secret_token


def webhook_endpoint(base_url: str) -> str:
    """WEBHOOK_URL is the bot's public base URL; the endpoint is `{base}/webhook`. A base that
    already ends with `/webhook` is taken as the endpoint itself (no `/webhook/webhook`)."""
    base = base_url.rstrip("/")
    return base if base.endswith(PATH) else base + PATH


def settings_problem(settings: Settings) -> str | None:
    """What stops webhook mode from starting, in one line, or None."""
    if not settings.webhook_url:
        return None
    secret = settings.webhook_secret.get_secret_value() if settings.webhook_secret else ""
    if not secret:
        return "WEBHOOK_SECRET is not set: webhook mode needs it (1-256 of A-Z a-z 0-9 _ -)"
    if not _SECRET.fullmatch(secret):
        return "WEBHOOK_SECRET may hold only A-Z a-z 0-9 _ - (1-256 characters)"
    return None
