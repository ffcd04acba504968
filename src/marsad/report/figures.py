"""Pictures of a story as inline SVG: who states which summary sentence, and when things happened.

Inline SVG loads nothing and runs nothing, so it passes the pages' Content-Security-Policy;
colours come from classes (the stylesheet), never ``style`` attributes. Coordinates are laid
out left to right and mirrored for a right-to-left page, so the first sentence and the
earliest day sit where a reader of the page's language starts.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date

from markupsafe import Markup

from marsad.report.messages import Messages, long_date, short_date
from marsad.report.view import StoryView

CELL = 26  # grid cell side, px
CHAR = 8.5  # a label character's width, px, at the figures' 13 px font (a generous mean)
MAX_LABEL = 190  # outlet labels are cut to this width
TIMELINE_WIDTH = 640
_NUMBER = re.compile(r"\d+(?:\.\d+)?")
_DAY = re.compile(r"\d{4}-\d{2}")


@dataclass(frozen=True, slots=True, kw_only=True)
class _Axis:
    """x positions on a figure, mirrored for right-to-left."""

    width: float
    rtl: bool

    def x(self, value: float) -> float:
        return round(self.width - value if self.rtl else value, 1)

    @property
    def start(self) -> str:
        """text-anchor for text that begins at a position (its reading start)."""
        return "end" if self.rtl else "start"

    @property
    def end(self) -> str:
        return "start" if self.rtl else "end"


def _text(x: float, y: float, text: str, *, anchor: str, css: str) -> Markup:
    return Markup('<text x="{}" y="{}" text-anchor="{}" class="{}">{}</text>').format(
        x, y, anchor, css, text
    )


def _svg(width: float, height: float, css: str, title: str, body: Iterable[Markup]) -> Markup:
    head = Markup(
        '<svg class="figure {}" role="img" '
        'viewBox="0 0 {} {}" width="{}" height="{}" direction="ltr"><title>{}</title>'
    ).format(css, width, height, width, height, title)
    return head + Markup("").join(body) + Markup("</svg>")


def _label(text: str) -> str:
    """An outlet label short enough for the grid's label column."""
    limit = int(MAX_LABEL / CHAR)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def story_outlets(story: StoryView, names: Mapping[str, str]) -> tuple[str, ...]:
    """The story's outlets (display names), in the order the summary first credits them,
    then the others in article order."""
    seen: dict[str, None] = {}
    for sentence in story.sentences:
        for outlet in sentence.outlets:
            seen.setdefault(names.get(outlet, outlet))
    for article in story.articles:
        seen.setdefault(names.get(article.outlet, article.outlet))
    return tuple(seen)


def agreement_grid(story: StoryView, t: Messages, names: Mapping[str, str] | None = None) -> Markup:
    """Outlets by summary sentences: a filled cell where the outlet states the sentence.
    Empty markup when the story has no summary."""
    if not story.sentences:
        return Markup("")
    names = names or {}
    outlets = story_outlets(story, names)
    stated = [{names.get(o, o) for o in sentence.outlets} for sentence in story.sentences]
    label_width = min(MAX_LABEL, max(CHAR * len(_label(o)) for o in outlets)) + 12
    width = label_width + CELL * len(stated) + 4
    height = CELL * (len(outlets) + 1) + 4
    axis = _Axis(width=width, rtl=story.direction == "rtl")
    parts: list[Markup] = []
    for column, _ in enumerate(stated):
        left = label_width + column * CELL
        centre = axis.x(left + CELL / 2)
        number = column + 1
        parts.append(_text(centre, CELL - 8, str(number), anchor="middle", css="head"))
    for row, outlet in enumerate(outlets):
        top = CELL * (row + 1)
        parts.append(
            _text(
                axis.x(label_width - 8),
                top + CELL / 2 + 4,
                _label(outlet),
                anchor=axis.end,
                css="outlet-label",
            )
        )
        for column, outlets_of in enumerate(stated):
            on = outlet in outlets_of
            left = label_width + column * CELL
            x = axis.x(left + CELL - 2) if axis.rtl else left + 2
            key = "grid_cell" if on else "grid_cell_not"
            parts.append(
                Markup(
                    '<rect x="{}" y="{}" width="{}" height="{}" rx="4" class="cell {}">'
                    "<title>{}</title></rect>"
                ).format(
                    x,
                    top + 2,
                    CELL - 4,
                    CELL - 4,
                    "on" if on else "off",
                    t(key, outlet=outlet, number=column + 1),
                )
            )
    return _svg(width, height, "grid", t("who_states_what"), parts)


def _day(text: str | None) -> date | None:
    if not text:
        return None
    try:
        return date.fromisoformat(text[:10])
    except ValueError:
        return None


def story_timeline(story: StoryView, t: Messages) -> Markup:
    """Days on one axis: circles for the days events happened (the bigger, the more events),
    squares for the days articles were published. Empty markup with fewer than two days."""
    events = Counter(d for d in (_day(event.date) for event in story.timeline) if d)
    published = Counter(d for d in (_day(a.date_iso) for a in story.articles) if d)
    days = sorted(set(events) | set(published))
    if len(days) < 2:
        return Markup("")
    first, last = days[0], days[-1]
    span = max((last - first).days, 1)
    margin = 40.0
    axis = _Axis(width=TIMELINE_WIDTH, rtl=story.direction == "rtl")

    def x(day: date) -> float:
        return axis.x(margin + (day - first).days / span * (TIMELINE_WIDTH - 2 * margin))

    parts = [
        Markup('<line x1="{}" y1="52" x2="{}" y2="52" class="axis"/>').format(
            margin - 10, TIMELINE_WIDTH - margin + 10
        )
    ]
    for day, count in sorted(events.items()):
        radius = 5 + 2 * math.log2(count)
        parts.append(
            Markup(
                '<circle cx="{}" cy="30" r="{}" class="event"><title>{}</title></circle>'
            ).format(x(day), round(radius, 1), f"{long_date(day, t.language)}: {count}")
        )
    for day, count in sorted(published.items()):
        parts.append(
            Markup(
                '<rect x="{}" y="66" width="12" height="12" class="published">'
                "<title>{}</title></rect>"
            ).format(x(day) - 6, f"{long_date(day, t.language)}: {t.count('article', count)}")
        )
    step = max(1, math.ceil(len(days) / 8))  # at most about eight labels: they must not overlap
    for index, day in enumerate(days):
        if index % step == 0 or day == last:
            parts.append(
                _text(x(day), 100, short_date(day, t.language), anchor="middle", css="day")
            )
    return _svg(TIMELINE_WIDTH, 110, "timeline-figure", t("timeline"), parts)


def number_in(value: str) -> float | None:
    """The first number in a displayed figure (``~8000`` → 8000), or None."""
    found = _NUMBER.search(value.replace(",", ""))
    return float(found.group(0)) if found else None


def value_bar(value: str, values: Iterable[str], direction: str = "ltr") -> Markup:
    """A bar as long as ``value`` relative to the largest of ``values`` (the claims of one
    disagreement), so 2000 against 2030 looks as close as it is; it grows from the reading
    start (the right in ``rtl``); empty markup for non-numbers."""
    shown = list(values)
    if any(_DAY.search(v) for v in shown):
        return Markup("")  # a disagreement about a day: no bar means anything there
    amount = number_in(value)
    largest = max((n for n in (number_in(v) for v in shown) if n is not None), default=None)
    if amount is None or not largest:
        return Markup("")
    length = round(4 + 116 * amount / largest, 1)
    start = round(120 - length, 1) if direction == "rtl" else 0
    return Markup(
        '<svg class="bar" viewBox="0 0 120 10" width="120" '
        'height="10" aria-hidden="true"><rect x="{}" y="1" width="{}" height="8" rx="2"/></svg>'
    ).format(start, length)
