"""Helpers of the reliability tests: a news-like corpus, and `marsad` run in a forked process.

The CLI runs in children of a fork server that imported marsad once, so that each of the many
processes killed with SIGKILL starts in milliseconds instead of paying the imports again.
"""

from __future__ import annotations

import json
import multiprocessing
import os
import random
import sys
from multiprocessing.context import ForkServerContext
from multiprocessing.process import BaseProcess
from pathlib import Path

TOPICS = {
    "flood": "river province villages rescue boats rain dam homes families evacuated",
    "election": "council vote ballots turnout candidates parliament polls count results",
    "strike": "union workers port wages dockers shipping talks employers pay",
    "summit": "leaders talks treaty ministers capital agenda delegation signed border",
    "quake": "earthquake rubble aftershock magnitude buildings collapsed survivors tents",
    "final": "stadium goal penalty cup coach players fans trophy league",
    "budget": "tax deficit spending ministry finance revenue bonds inflation debt",
    "fire": "blaze forest smoke firefighters hectares wind villages helicopters heat",
}
_PRELOAD = [
    "marsad.cli",
    "marsad.cli.service",
    "marsad.service.watcher",
    "marsad.store.dialects",
    "marsad.store.writer",
    "marsad.pipeline",
    "marsad.ingest",
    "crashkit",
    "pytest",  # each child re-imports the parent's main module: pytest's, when under pytest
]


def records(count: int, *, seed: int = 7, prefix: str = "a") -> list[dict[str, str]]:
    """``count`` English articles on eight topics (so they form several stories), stable ids."""
    rng = random.Random(seed)
    names = sorted(TOPICS)
    found = []
    for number in range(count):
        topic = names[number % len(names)]
        words = TOPICS[topic].split()
        body = ". ".join(
            " ".join([topic, *rng.sample(words, 6)]).capitalize() for _ in range(3 + number % 3)
        )
        found.append(
            {
                "id": f"{prefix}{number:04d}",
                "title": f"{topic.capitalize()} report {number}",
                "text": body + ".",
                "source": f"outlet{number % 5}",
                "published": f"2022-01-{10 + number % 3:02d}T08:00:00Z",
                "lang": "en",
            }
        )
    return found


def write_jsonl(path: Path, rows: list[dict[str, str]]) -> Path:
    """Write records as JSON Lines."""
    path.write_text("".join(json.dumps(row) + "\n" for row in rows), encoding="utf-8")
    return path


def fork_server() -> ForkServerContext:
    """The fork-server context with marsad imported in the server."""
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(_PRELOAD)
    return context


def run_cli(argv: list[str]) -> None:
    """Run ``marsad ARGV`` in this process, output to /dev/null (the child's target)."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, 1)
    os.dup2(devnull, 2)
    from marsad.cli import main

    sys.argv = ["marsad", *argv]
    main()


def start(context: ForkServerContext, argv: list[str]) -> BaseProcess:
    """Start ``marsad ARGV`` in a fresh child of the fork server."""
    process = context.Process(target=run_cli, args=(argv,), daemon=True)
    process.start()
    return process
