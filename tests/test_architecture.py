"""The import graph flows one way: each package imports only from its own layer or below
(docs/architecture.md draws it). A new backward import fails here."""

import ast
from collections import defaultdict
from pathlib import Path

SRC = Path(__file__).resolve().parents[1] / "src" / "marsad"
# Lowest first. `marsad` itself (its version and the lazy public names) may be read by anyone.
LAYERS = [
    {"errors", "caches"},
    {"settings", "model", "config"},
    {"lang"},
    {"ingest", "clean", "budget"},
    {
        "cluster",
        "dedupe",
        "evidence",
        "facts",
        "headline_kinds",
        "localities",
        "summarize",
        "storylines",
        "stream",
        "stream_bounds",
        "engine",
    },
    {"pipeline"},
    {"report", "store"},
    {"newsroom"},
    {"service"},
    {"eval", "cli"},
    {"__main__"},
]
LAYER = {unit: n for n, units in enumerate(LAYERS) for unit in units}


def _unit(module: str) -> str:
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else "marsad"


def import_edges() -> dict[tuple[str, str], list[str]]:
    """(importing unit, imported unit) -> the files that make the import (any depth)."""
    edges: dict[tuple[str, str], list[str]] = defaultdict(list)
    for path in SRC.rglob("*.py"):
        parts = path.relative_to(SRC).with_suffix("").parts
        module = ".".join(("marsad", *(p for p in parts if p != "__init__")))
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = []
            if isinstance(node, ast.ImportFrom) and node.module and not node.level:
                names = [node.module]
            elif isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            for name in names:
                if name.split(".")[0] == "marsad":
                    edges[(_unit(module), _unit(name))].append(str(path.relative_to(SRC)))
    return edges


def test_every_package_has_a_layer() -> None:
    units = {unit for edge in import_edges() for unit in edge} - {"marsad"}
    assert units <= set(LAYER), sorted(units - set(LAYER))


def test_no_package_imports_from_a_layer_above_it() -> None:
    backward = {
        edge: files
        for edge, files in import_edges().items()
        if "marsad" not in edge and LAYER[edge[1]] > LAYER[edge[0]]
    }
    assert not backward, backward


# The store keeps data only (articles, analyses, stories, the clusterer's state as a blob):
# it never runs a pipeline stage, so it may read only the data model and its settings.
STORE_MAY_IMPORT = {"errors", "caches", "settings", "model", "config", "store", "marsad"}


def test_the_store_imports_no_pipeline_stage() -> None:
    stages = {
        imported: files
        for (unit, imported), files in import_edges().items()
        if unit == "store" and imported not in STORE_MAY_IMPORT
    }
    assert not stages, stages


def test_packages_of_one_layer_do_not_import_each_other_both_ways() -> None:
    edges = {edge for edge in import_edges() if edge[0] != edge[1]}
    assert not {(a, b) for a, b in edges if (b, a) in edges}
