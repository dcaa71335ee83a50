"""Settings read from the environment and `.env`, with exactly the names of DESIGN §4."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Annotated

from pydantic import Field, SecretStr, field_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict

from bot.hours import DutyHours, Sla
from bot.timing import Timing

TELEGRAM_API_URL = "https://api.telegram.org"
EMBEDDED_DATABASE_URL = "sqlite+aiosqlite:///data/qorgau.db"
CHAT_DATABASE_URL = "sqlite+aiosqlite:///data/chat.db"  # `qorgau chat`'s own


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_file=".env", extra="ignore")

    bot_token: SecretStr | None = Field(default=None, validation_alias="BOT_TOKEN")
    telegram_api_url: str = Field(default=TELEGRAM_API_URL, validation_alias="TELEGRAM_API_URL")
    database_url: str = Field(default=EMBEDDED_DATABASE_URL, validation_alias="DATABASE_URL")
    redis_url: str | None = Field(default=None, validation_alias="REDIS_URL")
    admin_ids: Annotated[frozenset[int], NoDecode] = Field(
        default=frozenset(), validation_alias="ADMIN_IDS"
    )
    lawyers_chat_id: int | None = Field(default=None, validation_alias="LAWYERS_CHAT_ID")
    knowledge_dir: Path = Field(default=Path("knowledge"), validation_alias="KNOWLEDGE_DIR")
    locales_dir: Path = Field(default=Path("locales"), validation_alias="LOCALES_DIR")
    default_locale: str = Field(default="ru", validation_alias="DEFAULT_LOCALE")
    data_key: SecretStr | None = Field(default=None, validation_alias="DATA_KEY")
    data_dir: Path = Field(default=Path("data"), validation_alias="DATA_DIR")
    webhook_url: str | None = Field(default=None, validation_alias="WEBHOOK_URL")
    webhook_secret: SecretStr | None = Field(default=None, validation_alias="WEBHOOK_SECRET")
    web_host: str = Field(default="0.0.0.0", validation_alias="WEB_HOST")
    # webhook mode listens here (8080 when unset); polling mode serves /healthz etc. if set
    web_port: int | None = Field(default=None, validation_alias="WEB_PORT")
    sla_p1_minutes: int = Field(default=30, ge=1, validation_alias="SLA_P1_MINUTES")
    sla_p2_minutes: int = Field(default=240, ge=1, validation_alias="SLA_P2_MINUTES")
    sla_p3_minutes: int = Field(default=1440, ge=1, validation_alias="SLA_P3_MINUTES")
    duty_hours: str = Field(default="09:00-18:00", validation_alias="DUTY_HOURS")
    duty_days: str = Field(default="1-5", validation_alias="DUTY_DAYS")  # Monday = 1
    timezone: str = Field(default="Asia/Almaty", validation_alias="TIMEZONE")
    retention_days: int = Field(default=180, ge=1, validation_alias="RETENTION_DAYS")
    # a claimed case with no reply from its lawyer (issue #11): reminded, then back to the queue
    silent_p1_minutes: int = Field(default=60, ge=1, validation_alias="SILENT_P1_MINUTES")
    silent_p2_minutes: int = Field(default=480, ge=1, validation_alias="SILENT_P2_MINUTES")
    silent_p3_minutes: int = Field(default=1440, ge=1, validation_alias="SILENT_P3_MINUTES")
    # the client wrote and waits: its lawyer is reminded once per wait (P3 in working time)
    waiting_p1_minutes: int = Field(default=60, ge=1, validation_alias="WAITING_P1_MINUTES")
    waiting_p2_minutes: int = Field(default=240, ge=1, validation_alias="WAITING_P2_MINUTES")
    waiting_p3_minutes: int = Field(default=1440, ge=1, validation_alias="WAITING_P3_MINUTES")
    # the lawyer wrote last: the client is nudged, then the case closes as "no response"
    client_nudge_hours: int = Field(default=72, ge=1, validation_alias="CLIENT_NUDGE_HOURS")
    no_response_days: int = Field(default=7, ge=1, validation_alias="NO_RESPONSE_DAYS")
    reopen_days: int = Field(default=14, ge=1, validation_alias="REOPEN_DAYS")
    followup_days: int = Field(default=14, ge=1, validation_alias="FOLLOWUP_DAYS")
    invite_ttl_hours: int = Field(default=72, ge=1, validation_alias="INVITE_TTL_HOURS")
    log_level: str = Field(default="INFO", validation_alias="LOG_LEVEL")
    db_pool_size: int = Field(default=10, ge=1, validation_alias="DB_POOL_SIZE")
    redis_pool_size: int = Field(default=50, ge=1, validation_alias="REDIS_POOL_SIZE")
    export_k: int = Field(default=5, ge=2, validation_alias="EXPORT_K")  # k-anonymity of exports
    send_per_second: float = Field(default=30, gt=0, validation_alias="SEND_PER_SECOND")
    announce_per_second: float = Field(default=20, gt=0, validation_alias="ANNOUNCE_PER_SECOND")
    chat_per_second: float = Field(default=1, gt=0, validation_alias="CHAT_PER_SECOND")
    group_per_minute: float = Field(default=20, gt=0, validation_alias="GROUP_PER_MINUTE")
    # a relayed message Telegram keeps failing (5xx, network): tries before its sender is told
    delivery_max_attempts: int = Field(default=8, ge=1, validation_alias="DELIVERY_MAX_ATTEMPTS")
    flood_per_minute: int = Field(default=30, ge=1, validation_alias="FLOOD_PER_MINUTE")
    flood_burst: int = Field(default=10, ge=1, validation_alias="FLOOD_BURST")

    @field_validator("admin_ids", mode="before")
    @classmethod
    def _split_ids(cls, value: object) -> object:
        if isinstance(value, str):
            return frozenset(int(part) for part in value.replace(" ", "").split(",") if part)
        if isinstance(value, int):
            return frozenset({value})
        return value

    @field_validator("lawyers_chat_id", "redis_url", "webhook_url", "web_port", mode="before")
    @classmethod
    def _blank_is_unset(cls, value: object) -> object:
        return None if value == "" else value

    def sla(self) -> Sla:
        return Sla(
            dt.timedelta(minutes=self.sla_p1_minutes),
            dt.timedelta(minutes=self.sla_p2_minutes),
            dt.timedelta(minutes=self.sla_p3_minutes),
        )

    def timing(self) -> Timing:
        silent = Sla(
            dt.timedelta(minutes=self.silent_p1_minutes),
            dt.timedelta(minutes=self.silent_p2_minutes),
            dt.timedelta(minutes=self.silent_p3_minutes),
        )
        waiting = Sla(
            dt.timedelta(minutes=self.waiting_p1_minutes),
            dt.timedelta(minutes=self.waiting_p2_minutes),
            dt.timedelta(minutes=self.waiting_p3_minutes),
        )
        return Timing(
            silent,
            dt.timedelta(days=self.followup_days),
            self.hours(),
            waiting,
            dt.timedelta(hours=self.client_nudge_hours),
            dt.timedelta(days=self.no_response_days),
            dt.timedelta(days=self.reopen_days),
        )

    def hours(self) -> DutyHours:
        return DutyHours.parse(self.duty_hours, self.duty_days, self.timezone)

    @property
    def is_sqlite(self) -> bool:
        return self.database_url.startswith("sqlite")
