"""The command line as a user runs it: a subprocess, real files, exit codes, no tracebacks."""

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

EXAMPLES = Path(__file__).parents[1] / "examples" / "kazakhstan-2022"


def marsad(*args: str | Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "marsad", *map(str, args)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def _no_traceback(result: subprocess.CompletedProcess[str]) -> None:
    assert "Traceback" not in result.stderr + result.stdout


def _command_paths() -> list[list[str]]:
    """Every command and sub-command of the CLI, walked from the Typer app's click tree."""
    import typer

    from marsad.cli import load_commands

    found: list[list[str]] = []

    def walk(command: Any, path: list[str]) -> None:  # typer's own click types
        found.append(path)
        for name, sub in getattr(command, "commands", {}).items():
            walk(sub, [*path, name])

    walk(typer.main.get_command(load_commands()), [])
    return found


def test_every_command_has_help() -> None:
    from typer.testing import CliRunner

    from marsad.cli import load_commands

    app = load_commands()
    paths = _command_paths()
    assert ["digest"] in paths and ["eval", "audit"] in paths and ["token", "revoke"] in paths
    # The benchmarks package's commands (benchmarks/, installed by `make test`) too.
    assert ["bench", "digest"] in paths and ["bench", "api"] in paths and ["loadtest"] in paths
    runner = CliRunner()
    for path in paths:
        result = runner.invoke(app, [*path, "--help"])
        assert result.exit_code == 0, (path, result.output)
        assert "Usage" in result.output, path


def test_help_runs_as_a_program() -> None:
    result = marsad("digest", "--help")
    assert result.returncode == 0
    assert "Usage" in result.stdout


def test_digest_prints_the_story() -> None:
    result = marsad("digest", EXAMPLES)
    assert result.returncode == 0, result.stderr
    assert "منظمة معاهدة الأمن الجماعي" in result.stdout
    assert "الجزيرة" in result.stdout  # outlet names (the example's sources.json) per sentence


def test_digest_json_and_explain(tmp_path: Path) -> None:
    result = marsad("digest", EXAMPLES, "--format", "json", "--words", "60")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert len(data["stories"]) == 1
    assert sum(len(s["text"].split()) for s in data["stories"][0]["summary"]) <= 60
    explained = marsad("digest", EXAMPLES, "--explain")
    assert "credit line" in explained.stdout


def test_digest_html_report_is_written(tmp_path: Path) -> None:
    report = tmp_path / "out" / "report.html"
    result = marsad("digest", EXAMPLES, "--format", "html", "--output", report)
    assert result.returncode == 0, result.stderr
    page = report.read_text(encoding="utf-8")
    assert 'dir="rtl"' in page
    assert not report.with_name("report.html.partial").exists()


def test_rejected_input_is_one_line_and_the_digest_exits_0(tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    binary = tmp_path / "image.txt"
    binary.write_bytes(bytes(range(256)) * 10)
    result = marsad("digest", EXAMPLES, empty, binary, tmp_path / "missing.txt")
    _no_traceback(result)
    assert result.returncode == 0  # a digest was written: `set -e` scripts go on
    rejected = [line for line in result.stderr.splitlines() if line.startswith("rejected:")]
    assert len(rejected) == 3
    assert any("empty.txt" in line for line in rejected)
    assert any("image.txt" in line for line in rejected)
    assert any("missing.txt" in line for line in rejected)
    assert "منظمة معاهدة الأمن الجماعي" in result.stdout  # the rest of the run went on
    strict = marsad("digest", EXAMPLES, empty, "--strict")
    assert strict.returncode == 1
    assert "--strict" in strict.stderr
    assert strict.stdout == ""  # no report


def test_nothing_usable_exits_3(tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    result = marsad("digest", empty)
    _no_traceback(result)
    assert result.returncode == 3
    assert "error:" in result.stderr


def test_bad_option_values_exit_2() -> None:
    for args in (["--summarizer", "nope"], ["--words", "0"], ["--format", "pdf"]):
        result = marsad("digest", EXAMPLES, *args)
        _no_traceback(result)
        assert result.returncode == 2, args


def test_unwritable_output_is_a_clean_error(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    result = marsad("digest", EXAMPLES, "--format", "html", "-o", blocker / "report.html")
    _no_traceback(result)
    assert result.returncode == 73
    assert "cannot write" in result.stderr


def test_inspect_counts_articles_and_rejections(tmp_path: Path) -> None:
    (tmp_path / "bad.jsonl").write_text(
        '{"title": "t", "text": "نص الخبر"}\n{broken\n', encoding="utf-8"
    )
    result = marsad("inspect", EXAMPLES, tmp_path / "bad.jsonl")
    _no_traceback(result)
    assert result.returncode == 0
    assert "6 articles from 6 files" in result.stdout
    assert "bad.jsonl:2" in result.stderr


def test_inspect_the_whole_ant_corpus(shared_data) -> None:  # type: ignore[no-untyped-def]
    result = marsad("inspect", shared_data("ant_multisource/ant-2018.jsonl.gz"))
    assert "31523 articles from 1 files" in result.stdout
    assert result.stderr.count("empty body") == 2


def test_a_50_mb_file_is_rejected_and_the_run_goes_on(tmp_path: Path) -> None:
    huge = tmp_path / "huge.txt"
    with huge.open("wb") as stream:
        stream.write("عنوان\n".encode())
        line = ("كلمة " * 200 + "\n").encode()
        while stream.tell() < 50 * 2**20:
            stream.write(line)
    result = marsad("digest", EXAMPLES, huge, "--format", "json")
    _no_traceback(result)
    assert result.returncode == 0
    assert "huge.txt: file is 50.0 MB, above the 5.0 MB limit for one article" in result.stderr
    assert len(json.loads(result.stdout)["stories"]) == 1


def test_eval_with_a_missing_data_dir_is_a_clean_error(tmp_path: Path) -> None:
    for command in (["eval", "cluster"], ["eval", "dedupe"], ["eval", "summarize"]):
        result = marsad(*command, "--data-dir", tmp_path / "nowhere")
        _no_traceback(result)
        assert result.returncode == 2, command
        assert "nowhere" in result.stderr
