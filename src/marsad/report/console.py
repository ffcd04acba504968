"""Terminal report: the Markdown report rendered by Rich."""

from __future__ import annotations

from typing import TYPE_CHECKING

from marsad.model import Digest
from marsad.report.markdown import render_markdown

if TYPE_CHECKING:
    from rich.console import Console


def print_digest(digest: Digest, console: Console, *, explain: bool = False) -> None:
    """Print the digest's Markdown report to a Rich console."""
    # Imported here: rich.markdown pulls in markdown-it, which the other formats never need.
    from rich.markdown import Markdown

    console.print(Markdown(render_markdown(digest, explain=explain)))
