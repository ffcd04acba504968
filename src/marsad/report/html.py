"""HTML report: one self-contained page (inline CSS, no scripts), right to left for Arabic."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from markupsafe import Markup, escape

from marsad import __version__
from marsad.model import Digest
from marsad.report.messages import Messages, messages
from marsad.report.view import digest_view

if TYPE_CHECKING:
    from jinja2 import Environment

TEMPLATE = "digest.html.j2"

_LATIN = "A-Za-z\u00c0-\u024f"
_ARABIC = "\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff"
_ARABIC_LETTER = "\u0620-\u064a\u066e-\u06d3\u06fa-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff"
# A run of the other script: starts with a letter, may hold spaces, digits and joining
# punctuation, and ends on a letter or digit so that sentence punctuation stays outside.
_FOREIGN_RUN = {
    # An ISO date too: in a right-to-left line "2022-01-14" would read as "14-01-2022".
    "rtl": re.compile(
        rf"\d{{4}}-\d{{2}}-\d{{2}}|[{_LATIN}](?:[{_LATIN}0-9 .,'’&/:\-]*[{_LATIN}0-9])?"
    ),
    "ltr": re.compile(rf"[{_ARABIC_LETTER}](?:[{_ARABIC}0-9 ]*[{_ARABIC}])?"),
}


def isolate(text: str, direction: str) -> Markup:
    """Escape ``text``, wrapping runs of the opposite script in ``<bdi>`` so bidi displays right."""
    pattern = _FOREIGN_RUN.get(direction, _FOREIGN_RUN["ltr"])
    parts: list[Markup] = []
    last = 0
    for match in pattern.finditer(text):
        parts.append(escape(text[last : match.start()]))
        parts.append(Markup("<bdi>{}</bdi>").format(match.group(0)))
        last = match.end()
    parts.append(escape(text[last:]))
    return Markup("").join(parts)


@lru_cache(maxsize=1)
def _environment() -> Environment:
    # Jinja2 is imported here so that importing marsad.report stays cheap for the CLI.
    from jinja2 import Environment, PackageLoader, StrictUndefined

    env = Environment(
        loader=PackageLoader("marsad", "report/templates"),
        autoescape=True,  # all article text is untrusted
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters["isolate"] = isolate
    env.globals.update(figure_globals())
    return env


def figure_globals() -> dict[str, object]:
    """What the templates (the report's and the page's) draw with: the inline SVG figures."""
    from marsad.report.figures import agreement_grid, story_timeline, value_bar

    return {
        "agreement_grid": agreement_grid,
        "story_timeline": story_timeline,
        "value_bar": value_bar,
    }


def render_html(digest: Digest, *, explain: bool = False, language: str | None = None) -> str:
    """The digest as one self-contained HTML page; ``explain`` adds what cleaning removed.

    The interface (headings, counts, captions) is in ``language`` (``ar`` or ``en``), by
    default the digest's main language (Arabic when there is none)."""
    view = digest_view(digest)
    t = Messages(language) if language else messages(view.language)
    counts = " · ".join(
        (
            t.count("story", len(view.stories)),
            t.count("article", view.article_count),
            t.count("rejected_input", len(view.problems)),
        )
    )
    template = _environment().get_template(TEMPLATE)
    return template.render(view=view, explain=explain, version=__version__, t=t, counts=counts)
