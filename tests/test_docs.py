"""The examples in the README and docs/ run as written."""

import re
import shlex
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import shared_data_path

ROOT = Path(__file__).parents[1]
DOCS = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]
FENCE = re.compile(r"```(\w+)\n(.*?)```", re.DOTALL)


def _blocks(language: str) -> list[tuple[str, str]]:
    found = []
    for doc in DOCS:
        for number, match in enumerate(FENCE.finditer(doc.read_text(encoding="utf-8"))):
            if match.group(1) == language:
                found.append((f"{doc.name}#{number}", match.group(2)))
    return found


def _workdir(tmp_path: Path, code: str = "") -> Path:
    """A directory where the examples run as from the project root: ``examples/`` and
    ``scripts/`` beside it and, for an example that reads ``../shared/data``, the shared data one
    level up (skipped without it, a failure when CI=true)."""
    work = tmp_path / "project"
    work.mkdir()
    (work / "examples").symlink_to(ROOT / "examples")
    (work / "scripts").symlink_to(ROOT / "scripts")
    for folder in set(re.findall(r"\.\./shared/data/(\w+)", code)):
        shared_data_path(folder)
    if "../shared/" in code:
        (tmp_path / "shared").symlink_to(ROOT.parent / "shared")
    return work


@pytest.mark.parametrize(("where", "code"), _blocks("python"), ids=lambda v: str(v)[:30])
def test_python_examples_run(where: str, code: str, tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-c", code],
        cwd=_workdir(tmp_path, code),
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert result.returncode == 0, f"{where}:\n{result.stderr}"


COMMANDS = [
    (where, line[2:])
    for where, block in _blocks("console")
    for line in block.splitlines()
    if line.startswith("$ marsad ")
]


@pytest.mark.parametrize(("where", "command"), COMMANDS, ids=lambda v: str(v)[:40])
def test_console_examples_run(where: str, command: str, tmp_path: Path) -> None:
    argv = [sys.executable, "-m", "marsad", *shlex.split(command)[1:]]
    result = subprocess.run(
        argv,
        cwd=_workdir(tmp_path, command),
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert result.returncode == 0, f"{where}: {command}\n{result.stderr}"


def test_docs_have_examples() -> None:
    assert len(_blocks("python")) >= 3
    assert len(COMMANDS) >= 5
