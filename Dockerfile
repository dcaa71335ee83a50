FROM python:3.11-slim AS base
ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1 PIP_NO_CACHE_DIR=1
WORKDIR /app
RUN useradd --create-home --uid 10001 qorgau
COPY pyproject.toml README.md alembic.ini ./
COPY bot ./bot
COPY alembic ./alembic
RUN pip install . && mkdir -p /app/data && chown qorgau /app/data
COPY locales ./locales
COPY knowledge ./knowledge
USER qorgau
VOLUME ["/app/data"]
CMD ["sh", "-c", "qorgau db upgrade && exec qorgau run"]
