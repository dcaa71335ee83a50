# Qorgau: one image for every mode. Embedded (SQLite in /app/data) or scaled (PostgreSQL +
# Redis, webhook, several replicas: see compose.yaml and README "Running in production").
FROM python:3.11-slim AS base
ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1 PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1 WEB_PORT=8080
WORKDIR /app
RUN useradd --create-home --uid 10001 qorgau
COPY pyproject.toml README.md alembic.ini ./
COPY bot ./bot
COPY alembic ./alembic
RUN pip install . && mkdir -p /app/data && chown qorgau:qorgau /app/data
COPY locales ./locales
COPY knowledge ./knowledge
USER qorgau
# conversation keys and the embedded database live here (scaled mode keeps nothing here)
VOLUME ["/app/data"]
# /webhook (webhook mode), /healthz, /readyz, /metrics: WEB_PORT is set, so polling serves
# the last three too
EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
    CMD python -c "import os, urllib.request; urllib.request.urlopen('http://127.0.0.1:%s/healthz' % os.environ.get('WEB_PORT', '8080'), timeout=4)"
# embedded default: migrate the SQLite file, then run. With several replicas the migration
# is a separate one-off step (compose.yaml: the `migrate` service) and replicas only run.
CMD ["sh", "-c", "qorgau db upgrade && exec qorgau run"]
