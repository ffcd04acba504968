"""marsad: Arabic-first multi-source news stories with attributed summaries."""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

__all__ = [
    "Article",
    "Claim",
    "Digest",
    "Discrepancy",
    "DuplicateGroup",
    "Fact",
    "MarsadError",
    "Problem",
    "Removal",
    "Settings",
    "SourceRef",
    "Story",
    "Storyline",
    "StorylineStep",
    "SummarySentence",
    "TimelineEvent",
    "__version__",
    "clear_caches",
    "digest",
    "load_digest",
    "load_settings",
]

if TYPE_CHECKING:
    from marsad.caches import clear_caches
    from marsad.config import load_settings
    from marsad.errors import MarsadError
    from marsad.model import (
        Article,
        Claim,
        Digest,
        Discrepancy,
        DuplicateGroup,
        Fact,
        Problem,
        Removal,
        SourceRef,
        Story,
        Storyline,
        StorylineStep,
        SummarySentence,
        TimelineEvent,
        load_digest,
    )
    from marsad.pipeline import digest
    from marsad.settings import Settings

    __version__: str

# Each public name and the module that defines it. They load on first use: the pipeline pulls
# in numpy, scipy and trafilatura, which `marsad --help` and `marsad stories` never need.
_HOMES = {
    "digest": "marsad.pipeline",
    "Settings": "marsad.settings",
    "load_settings": "marsad.config",
    "clear_caches": "marsad.caches",
    "MarsadError": "marsad.errors",
    **dict.fromkeys(
        (
            "Article",
            "Claim",
            "Digest",
            "Discrepancy",
            "DuplicateGroup",
            "Fact",
            "Problem",
            "Removal",
            "SourceRef",
            "Story",
            "Storyline",
            "StorylineStep",
            "SummarySentence",
            "TimelineEvent",
            "load_digest",
        ),
        "marsad.model",
    ),
}


def __getattr__(name: str) -> Any:
    if name == "__version__":
        from importlib.metadata import PackageNotFoundError, version

        try:
            return version("marsad")
        except PackageNotFoundError:  # run from a source tree that was never installed
            return "0+unknown"
    if name in _HOMES:
        return getattr(import_module(_HOMES[name]), name)
    raise AttributeError(f"module 'marsad' has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted(__all__)
