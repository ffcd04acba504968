"""The server's log: plain lines or one JSON object per line (``marsad serve --log-format``)."""

from __future__ import annotations

import json
import logging
import sys
from datetime import UTC, datetime
from typing import Any, TextIO

LOG_FORMATS = ("text", "json")
# Attributes every LogRecord has; the others were passed as ``extra`` and go into the JSON.
_STANDARD = set(vars(logging.makeLogRecord({}))) | {"message", "asctime", "taskName"}


class JsonFormatter(logging.Formatter):
    """One JSON object per record: time, level, logger, message and the record's extras."""

    def format(self, record: logging.LogRecord) -> str:
        """The record as a JSON line (non-ASCII kept as is)."""
        data: dict[str, Any] = {
            "time": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname.lower(),
            "logger": record.name,
            "message": record.getMessage(),
        }
        data.update({k: v for k, v in vars(record).items() if k not in _STANDARD})
        return json.dumps(data, ensure_ascii=False, default=str)


def configure_logging(
    log_format: str = "text", *, access: bool = True, stream: TextIO | None = None
) -> logging.Handler:
    """Send marsad's and uvicorn's logs to ``stream`` (stderr) in ``log_format``; the access
    log (``marsad.access``, one line per request) only when ``access``. Returns the handler."""
    if log_format not in LOG_FORMATS:
        raise ValueError(f"unknown log format {log_format!r}: give text or json")
    handler = logging.StreamHandler(stream or sys.stderr)
    if log_format == "json":
        handler.setFormatter(JsonFormatter())
    else:
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    for name, level in (("marsad", logging.INFO), ("uvicorn", logging.WARNING)):
        logger = logging.getLogger(name)
        logger.handlers = [handler]
        logger.setLevel(level)
        logger.propagate = False
    logging.getLogger("marsad.access").setLevel(logging.INFO if access else logging.WARNING)
    return handler
