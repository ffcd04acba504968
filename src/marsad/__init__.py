"""marsad: Arabic-first multi-source news stories with attributed summaries."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"
__all__ = ["Settings", "__version__", "digest"]

if TYPE_CHECKING:
    from marsad.pipeline import digest
    from marsad.settings import Settings


def __getattr__(name: str) -> Any:
    # Heavy stages (scikit-learn, trafilatura) load only when the API is used, so that
    # `marsad --help` starts fast.
    if name == "digest":
        from marsad.pipeline import digest

        return digest
    if name == "Settings":
        from marsad.settings import Settings

        return Settings
    raise AttributeError(f"module 'marsad' has no attribute {name!r}")
