# marsad's service in a container: `marsad serve` on port 8000 as a non-root user.
# docker build -t marsad . && docker run -p 8000:8000 -v marsad-data:/data marsad
# The store is MARSAD_DB (a SQLite file under /data, or a PostgreSQL URL: see compose.yaml).
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1

RUN useradd --create-home --uid 10001 --user-group marsad \
    && mkdir /data && chown marsad:marsad /data

WORKDIR /src
COPY pyproject.toml README.md LICENSE ./
COPY src ./src
# psycopg for a PostgreSQL store; the sources are not needed once installed.
RUN pip install ".[postgres]" && rm -rf /src

USER marsad
WORKDIR /home/marsad
ENV MARSAD_DB=/data/marsad.db \
    MARSAD_LOG_FORMAT=json
VOLUME ["/data"]
EXPOSE 8000

# /readyz: the store can be read (a liveness probe would use /healthz).
HEALTHCHECK --interval=30s --timeout=5s --start-period=20s --retries=3 \
    CMD ["python", "-c", "import urllib.request; urllib.request.urlopen('http://127.0.0.1:8000/readyz', timeout=4)"]

CMD ["marsad", "serve", "--host", "0.0.0.0", "--port", "8000"]
