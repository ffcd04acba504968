"""Report stage: render a digest as JSON, Markdown, a self-contained HTML page or to a terminal."""

from __future__ import annotations

from marsad.report.console import print_digest
from marsad.report.html import render_html
from marsad.report.json import render_json
from marsad.report.markdown import render_markdown

__all__ = ["print_digest", "render_html", "render_json", "render_markdown"]
