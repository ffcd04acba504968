"""The command line in Unix habits: pipes, stdin, `-o -`, devices, exit codes, config, quiet."""

import csv
import json
import os
import stat
import subprocess
import sys
import threading
from pathlib import Path

import pytest

ROOT = Path(__file__).parents[1]
EXAMPLES = ROOT / "examples" / "kazakhstan-2022"


def marsad(
    *args: str | Path, stdin: str | None = None, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "marsad", *map(str, args)],
        input=stdin,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        env={**os.environ, **(env or {})},
    )


def test_a_pipe_gets_the_markdown_report_itself(tmp_path: Path) -> None:
    piped = marsad("digest", EXAMPLES)
    written = tmp_path / "report.md"
    assert marsad("digest", EXAMPLES, "-o", written).returncode == 0
    assert piped.stdout == written.read_text(encoding="utf-8")
    assert piped.stdout.startswith("# marsad digest\n")
    assert not any(line.endswith(" ") for line in piped.stdout.splitlines())  # no Rich padding


def test_dash_output_streams_the_same_json_as_a_file(tmp_path: Path) -> None:
    written = tmp_path / "digest.json"
    assert marsad("digest", EXAMPLES, "-f", "json", "-o", written).returncode == 0
    dashed = marsad("digest", EXAMPLES, "-f", "json", "-o", "-")
    assert dashed.returncode == 0, dashed.stderr
    assert json.loads(dashed.stdout)["stories"] == json.loads(written.read_text())["stories"]
    assert not Path("-").exists()


def test_dash_input_reads_jsonl_or_text_from_stdin() -> None:
    records = []
    for path in sorted(EXAMPLES.glob("*.txt")):
        title, _, body = path.read_text(encoding="utf-8").partition("\n")
        records.append(json.dumps({"title": title, "text": body}))
    result = marsad("digest", "-", "-f", "json", stdin="\n".join(records) + "\n")
    assert result.returncode == 0, result.stderr
    assert len(json.loads(result.stdout)["stories"][0]["articles"]) == len(records)
    one = next(iter(sorted(EXAMPLES.glob("*.txt")))).read_text(encoding="utf-8")
    text = marsad("digest", "-", "-f", "json", stdin=one)
    assert text.returncode == 0, text.stderr
    assert json.loads(text.stdout)["stories"][0]["articles"][0]["path"] == "<stdin>"


def test_a_named_pipe_is_written_in_place_never_replaced(tmp_path: Path) -> None:
    fifo = tmp_path / "report.fifo"
    os.mkfifo(fifo)
    received: list[bytes] = []
    reader = threading.Thread(target=lambda: received.append(fifo.read_bytes()))
    reader.start()
    result = marsad("digest", EXAMPLES, "-f", "json", "-o", fifo)
    reader.join(timeout=60)
    assert result.returncode == 0, result.stderr
    assert stat.S_ISFIFO(fifo.stat().st_mode)  # still the pipe, not a regular file
    assert json.loads(received[0])["stories"]
    assert not list(tmp_path.glob("*.partial"))


def test_a_device_is_written_in_place(tmp_path: Path) -> None:
    from marsad.cli.output import write_output

    write_output(os.devnull, [b"x"])
    assert stat.S_ISCHR(Path(os.devnull).stat().st_mode)
    link = tmp_path / "sink"
    link.symlink_to(os.devnull)
    write_output(link, [b"x"])
    assert link.is_symlink()


def test_exit_codes_usage_nothing_usable_and_strict(tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    assert marsad("digest", EXAMPLES, "--words", "zero").returncode == 2
    assert marsad("digest", empty).returncode == 3
    assert marsad("digest", EXAMPLES, empty).returncode == 0
    assert marsad("digest", EXAMPLES, empty, "--strict").returncode == 1


def test_messages_keep_their_brackets(tmp_path: Path) -> None:
    odd = tmp_path / "[draft] notes.txt"
    odd.write_bytes(b"")
    result = marsad("digest", EXAMPLES, odd, "-o", tmp_path / "r.md")
    assert "[draft] notes.txt" in result.stderr
    parquet = marsad("digest", "-", "--set", "columns=body=text", stdin="x")
    assert parquet.returncode == 2
    assert "cannot map a column onto 'body'" in parquet.stderr


def test_quiet_prints_no_notes_and_verbose_logs(tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    quiet = marsad("digest", EXAMPLES, empty, "-q", "-o", tmp_path / "r.md")
    assert quiet.returncode == 0
    assert quiet.stderr == ""
    loud = marsad("-v", "digest", EXAMPLES, "-o", tmp_path / "r.md")
    assert "INFO" in loud.stderr or "wrote" in loud.stderr


def test_config_file_environment_and_set_reach_every_setting(tmp_path: Path) -> None:
    config = tmp_path / "marsad.toml"
    config.write_text('summary_words = 40\nsummarizer = "lead"\n', encoding="utf-8")
    shown = marsad(
        "config",
        "show",
        "--config",
        config,
        "--set",
        "story_threshold=0.2",
        env={"MARSAD_SUMMARIZER": "lexrank"},
    )
    assert shown.returncode == 0, shown.stderr
    lines = shown.stdout.splitlines()
    assert f"summary_words = 40  # {config}" in lines
    assert 'summarizer = "lexrank"  # environment' in lines
    assert "story_threshold = 0.2  # --set" in lines
    from marsad.config import field_types

    assert all(any(name in line for line in lines) for name in field_types())
    digest = marsad("digest", EXAMPLES, "-f", "json", "--config", config, "--words", "30")
    words = sum(len(s["text"].split()) for s in json.loads(digest.stdout)["stories"][0]["summary"])
    assert words <= 30  # the option wins over the file


def test_csv_with_a_column_map(tmp_path: Path) -> None:
    table = tmp_path / "news.csv"
    rows = [["headline", "body", "outlet"]]
    for path in sorted(EXAMPLES.glob("*.txt")):
        title, _, body = path.read_text(encoding="utf-8").partition("\n")
        rows.append([title, body, path.stem])
    with table.open("w", encoding="utf-8", newline="") as file:
        csv.writer(file).writerows(rows)
    unmapped = marsad("digest", table)
    assert unmapped.returncode == 3
    assert "no 'text' column" in unmapped.stderr
    mapped = marsad(
        "digest", table, "--map", "title=headline,text=body,source=outlet", "-f", "json"
    )
    assert mapped.returncode == 0, mapped.stderr
    stories = json.loads(mapped.stdout)["stories"]
    articles = [article for story in stories for article in story["articles"]]
    assert len(articles) == len(rows) - 1
    assert {a["source"] for a in articles} == {row[2] for row in rows[1:]}
    assert all(a["path"].startswith(f"{table}:") for a in articles)


def test_summarizer_and_format_help_list_their_choices() -> None:
    from marsad.cli.digest import SummarizerName
    from marsad.summarize import available

    assert sorted(SummarizerName) == available()
    help_text = marsad("digest", "--help", env={"COLUMNS": "200"}).stdout
    assert "lexrank-continuous" in help_text
    assert "md|json|html" in help_text


def test_shell_completion_is_installable() -> None:
    assert "--install-completion" in marsad("--help", env={"COLUMNS": "200"}).stdout
    result = marsad("--show-completion", "bash", env={"SHELL": "/bin/bash"})
    assert "_MARSAD_COMPLETE" in result.stdout


def test_parquet_with_a_column_map(tmp_path: Path) -> None:
    pq = pytest.importorskip("pyarrow.parquet", reason="pyarrow not installed (marsad[parquet])")
    import pyarrow as pa

    texts = [p.read_text(encoding="utf-8") for p in sorted(EXAMPLES.glob("*.txt"))]
    table = pa.table({"body": texts, "day": ["2022-01-10"] * len(texts)})
    path = tmp_path / "news.parquet"
    pq.write_table(table, path)
    result = marsad("digest", path, "--map", "text=body,published=day", "-f", "json")
    assert result.returncode == 0, result.stderr
    articles = json.loads(result.stdout)["stories"][0]["articles"]
    assert all(a["published"].startswith("2022-01-10") for a in articles)
