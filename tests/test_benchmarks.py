"""The dev-only benchmarks package (benchmarks/): its commands reach the marsad CLI through an
entry point, say how to install them when absent, name the data they miss, and stay out of
the marsad wheel."""

import ast
import subprocess
import sys
import zipfile
from importlib.metadata import EntryPoint, entry_points
from pathlib import Path

import pytest
import typer
from typer.testing import CliRunner

from marsad.cli import load_commands
from marsad.cli.plugins import GROUP, add_plugins

REPO = Path(__file__).resolve().parents[1]


def _app_with(found: list[EntryPoint]) -> typer.Typer:
    app = typer.Typer()

    @app.command()
    def digest() -> None:
        """A stand-in for the rest of the CLI."""

    add_plugins(app, found)
    return app


def test_the_benchmarks_package_adds_its_commands_through_the_entry_point() -> None:
    assert "marsad_bench.cli:register" in {entry.value for entry in entry_points(group=GROUP)}
    result = CliRunner().invoke(load_commands(), ["bench", "--help"])
    assert result.exit_code == 0
    for command in ("summarize", "stories", "digest", "api"):
        assert command in result.output


@pytest.mark.parametrize(
    "command", [["bench"], ["bench", "digest", "--sizes", "10"], ["bench", "--help"], ["loadtest"]]
)
def test_without_the_package_the_commands_say_how_to_install_it(command: list[str]) -> None:
    result = CliRunner().invoke(_app_with([]), command)
    assert result.exit_code == 2
    assert "pip install -e ./benchmarks" in result.output
    assert f"marsad {command[0]}" in result.output and "Traceback" not in result.output


def test_a_broken_install_is_named_not_a_traceback() -> None:
    broken = EntryPoint(name="bench", value="marsad_no_such_module:register", group=GROUP)
    result = CliRunner().invoke(_app_with([broken]), ["bench", "digest"])
    assert result.exit_code == 2
    assert "marsad_no_such_module:register could not be imported" in result.output


@pytest.mark.parametrize(
    ("command", "expected"),
    [
        (["bench", "digest", "--sizes", "10"], "ant_multisource/ant-2018.jsonl.gz"),
        (["bench", "stories", "--sizes", "10"], "ant_multisource/ant-2018.jsonl.gz"),
        (["bench", "summarize"], "easc"),
    ],
)
def test_a_missing_data_set_names_the_path_it_expected(
    tmp_path: Path, command: list[str], expected: str
) -> None:
    result = CliRunner().invoke(load_commands(), [*command, "--data-dir", str(tmp_path)])
    assert result.exit_code == 2
    assert f"not found at {tmp_path / expected}" in " ".join(result.output.split())


def test_bad_sizes_are_a_usage_error(tmp_path: Path) -> None:
    result = CliRunner().invoke(load_commands(), ["bench", "digest", "--sizes", "10,ten"])
    assert result.exit_code == 2 and "comma-separated whole numbers" in result.output


@pytest.mark.slow
def test_the_marsad_wheel_holds_no_benchmark_or_load_module(tmp_path: Path) -> None:
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", str(REPO), "--no-deps", "--no-build-isolation",
         "-q", "-w", str(tmp_path)],
        check=True, capture_output=True, timeout=300,
    )  # fmt: skip
    (wheel,) = tmp_path.glob("marsad-*.whl")
    names = zipfile.ZipFile(wheel).namelist()
    assert "marsad/pipeline.py" in names
    moved = ("bench", "digest_bench", "scale", "loadtest", "mixedload", "marsad_bench")
    assert not [name for name in names if any(part in name for part in moved)], names


def test_marsad_never_imports_the_benchmarks() -> None:
    """The arrow points one way: the benchmarks use marsad; marsad runs without them."""
    found = []
    for path in (REPO / "src" / "marsad").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom):
                names = [node.module or ""]
            else:
                continue
            if any(name.split(".")[0] == "marsad_bench" for name in names):
                found.append(str(path.relative_to(REPO)))
    assert found == []
