"""`make test` asks this first: are PostgreSQL and Redis answering where the tests will look?

`python -m tests.services` is silent and exits 0 when they are (or their URL is empty: those
tests skip); otherwise it prints one line saying what to start and exits 2.
"""

from __future__ import annotations

import os
import socket
import sys
from urllib.parse import urlsplit

SERVICES = (  # (environment variable, name, default port, how to start it on Debian/Ubuntu)
    ("TEST_POSTGRES_URL", "PostgreSQL", 5432, "sudo service postgresql start"),
    ("TEST_REDIS_URL", "Redis", 6379, "redis-server --daemonize yes"),
)


def answers(host: str, port: int, timeout: float = 3.0) -> bool:
    try:
        with socket.create_connection((host, port), timeout=timeout):
            return True
    except OSError:
        return False


def problem(environ: dict[str, str]) -> str | None:
    """One line naming every service that does not answer and how to start it, or None."""
    down: list[str] = []
    starts: list[str] = []
    for variable, name, default_port, start in SERVICES:
        url = environ.get(variable, "")
        if not url:
            continue
        parts = urlsplit(url)
        host, port = parts.hostname or "127.0.0.1", parts.port or default_port
        if not answers(host, port):
            down.append(f"{name} at {host}:{port} ({variable})")
            starts.append(f"`{start}`")
    if not down:
        return None
    return (
        f"Not running: {', '.join(down)}. Start {'them' if len(down) > 1 else 'it'}, "
        f"e.g. {' and '.join(starts)}, then run the tests again "
        "(or point the variable at a running one)."
    )


def main() -> int:
    found = problem(dict(os.environ))
    if found is None:
        return 0
    print(found, file=sys.stderr)
    return 2


if __name__ == "__main__":
    raise SystemExit(main())
