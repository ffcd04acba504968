"""Group rejections by reason, so a run can say how many inputs were refused and why."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

from marsad.model import Problem

# The reason is the message's first clause, with its particulars (quoted ids, numbers) elided.
_CLAUSE_END = re.compile(r"[:;(]")
_QUOTED = re.compile(r"'[^']*'|\"[^\"]*\"")
_NUMBER = re.compile(r"\d[\d,.]*")


def reason_of(message: str) -> str:
    """``"not valid JSON: Expecting value (column 1)"`` → ``"not valid JSON"``."""
    clause = _CLAUSE_END.split(message, maxsplit=1)[0]
    return " ".join(_NUMBER.sub("N", _QUOTED.sub("…", clause)).split()) or message


def reason_counts(problems: Iterable[Problem]) -> list[tuple[str, int]]:
    """How many problems there were for each reason, most frequent first."""
    return Counter(reason_of(problem.message) for problem in problems).most_common()


def summary_line(problems: Iterable[Problem]) -> str | None:
    """``"rejected 3: 2 × not valid JSON, 1 × empty file"`` (None when nothing was rejected)."""
    counts = reason_counts(problems)
    if not counts:
        return None
    total = sum(count for _, count in counts)
    return f"rejected {total}: " + ", ".join(f"{count} × {reason}" for reason, count in counts)
