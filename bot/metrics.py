"""Prometheus metrics of one process, in their own registry (served on `/metrics`).

Labels hold kinds, method names, outcomes, priorities and job ids: small fixed sets, never a
user id, chat id, name or text (a test scrapes `/metrics` after a flow and looks for them)."""

from __future__ import annotations

import time
from typing import Any

from prometheus_client import (
    CollectorRegistry,
    Counter,
    Gauge,
    Histogram,
    disable_created_metrics,
)

# no `_created` series beside every counter and histogram
disable_created_metrics()  # type: ignore[no-untyped-call]
REGISTRY = CollectorRegistry(auto_describe=True)

UPDATES = Counter(
    "qorgau_updates",
    "Updates by kind (message, callback_query, ...) and outcome (handled, unhandled, error, "
    "duplicate: already handled here or by another replica)",
    ["kind", "outcome"],
    registry=REGISTRY,
)
UPDATE_SECONDS = Histogram(
    "qorgau_update_seconds",
    "Time from an update entering the dispatcher to its end (waiting for the person's lock "
    "and the database included)",
    ["kind"],
    buckets=(0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30),
    registry=REGISTRY,
)
UPDATE_ERRORS = Counter(
    "qorgau_update_errors",
    "Updates whose handling raised, by kind and exception class",
    ["kind", "error"],
    registry=REGISTRY,
)
UPDATES_IN_FLIGHT = Gauge(
    "qorgau_updates_in_flight", "Updates being handled in this process now", registry=REGISTRY
)
TELEGRAM_REQUESTS = Counter(
    "qorgau_telegram_requests",
    "Requests to the Bot API (each attempt), by method and outcome",
    ["method", "outcome"],
    registry=REGISTRY,
)
RETRY_AFTER = Histogram(
    "qorgau_telegram_retry_after_seconds",
    "Waits Telegram asked for with 429 retry_after",
    ["method"],
    buckets=(1, 2, 5, 10, 30, 60, 120, 300),
    registry=REGISTRY,
)
PACE_WAIT = Histogram(
    "qorgau_telegram_pace_wait_seconds",
    "How long an outgoing message waited for its turn at Telegram's pace, by lane (reply, bulk)",
    ["lane"],
    buckets=(0, 0.01, 0.05, 0.1, 0.5, 1, 2, 5, 15, 60),
    registry=REGISTRY,
)
FLOOD = Counter(
    "qorgau_flood_guard",
    "Messages of a person sending too fast, by what the guard did (delayed, dropped)",
    ["action"],
    registry=REGISTRY,
)
ANNOUNCED = Counter(
    "qorgau_announcement_recipients",
    "Announcement recipients by outcome (sent, failed, blocked, unsure)",
    ["outcome"],
    registry=REGISTRY,
)
RELAY_GIVEN_UP = Counter(
    "qorgau_relay_given_up",
    "Relayed messages given up after Telegram kept failing (their senders were told)",
    registry=REGISTRY,
)
OUTBOX_PENDING = Gauge(
    "qorgau_outbox_pending",
    "Messages waiting to go out, by kind (relay: relayed messages to redeliver; announcement)",
    ["kind"],
    registry=REGISTRY,
)
OUTBOX_AGE = Gauge(
    "qorgau_outbox_oldest_seconds",
    "Age of the oldest relayed message still waiting to be redelivered (0 when none)",
    registry=REGISTRY,
)
OPEN_TICKETS = Gauge(
    "qorgau_open_tickets",
    "Open cases by priority and status (read from the database at scrape time)",
    ["priority", "status"],
    registry=REGISTRY,
)
SLA_BREACHES = Gauge(
    "qorgau_sla_breaches",
    "Unclaimed cases older than the answer time promised for their priority",
    ["priority"],
    registry=REGISTRY,
)
GAUGE_ERRORS = Counter(
    "qorgau_metrics_refresh_errors",
    "Scrapes whose database gauges could not be refreshed (the last values were kept)",
    registry=REGISTRY,
)
JOB_RUNS = Counter(
    "qorgau_job_runs",
    "Scheduled job runs by job id and outcome (ok, error, missed, skipped)",
    ["job", "outcome"],
    registry=REGISTRY,
)
JOB_LATENESS = Histogram(
    "qorgau_job_lateness_seconds",
    "How long after its due time a job run started",
    ["job"],
    buckets=(0.01, 0.05, 0.1, 0.5, 1, 5, 15, 60),
    registry=REGISTRY,
)
JOB_SECONDS = Histogram(
    "qorgau_job_seconds",
    "How long a job run took",
    ["job"],
    buckets=(0.01, 0.05, 0.1, 0.5, 1, 5, 15, 60, 300),
    registry=REGISTRY,
)


class JobListener:
    """APScheduler 3 event listener: runs, lateness and duration of every job."""

    def __init__(self) -> None:
        self._started: dict[str, float] = {}

    def attach(self, scheduler: Any) -> None:
        from apscheduler.events import (
            EVENT_JOB_ERROR,
            EVENT_JOB_EXECUTED,
            EVENT_JOB_MAX_INSTANCES,
            EVENT_JOB_MISSED,
            EVENT_JOB_SUBMITTED,
        )

        mask = (
            EVENT_JOB_SUBMITTED
            | EVENT_JOB_EXECUTED
            | EVENT_JOB_ERROR
            | EVENT_JOB_MISSED
            | EVENT_JOB_MAX_INSTANCES
        )
        scheduler.add_listener(self, mask)

    def __call__(self, event: Any) -> None:
        from apscheduler.events import (
            EVENT_JOB_ERROR,
            EVENT_JOB_EXECUTED,
            EVENT_JOB_MISSED,
            EVENT_JOB_SUBMITTED,
        )

        job = str(event.job_id)
        if event.code == EVENT_JOB_SUBMITTED:
            due = max(event.scheduled_run_times)
            JOB_LATENESS.labels(job).observe(max(time.time() - due.timestamp(), 0.0))
            self._started[job] = time.monotonic()
            return
        if event.code in (EVENT_JOB_EXECUTED, EVENT_JOB_ERROR):
            started = self._started.pop(job, None)
            if started is not None:
                JOB_SECONDS.labels(job).observe(time.monotonic() - started)
        outcome = {EVENT_JOB_EXECUTED: "ok", EVENT_JOB_ERROR: "error", EVENT_JOB_MISSED: "missed"}
        JOB_RUNS.labels(job, outcome.get(event.code, "skipped")).inc()
