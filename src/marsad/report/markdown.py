"""Markdown report: one section per story, sentences with their outlets, then problems."""

from __future__ import annotations

import re
from collections.abc import Iterator

from marsad.model import Digest
from marsad.report.view import (
    ArticleView,
    RemovalGroup,
    SentenceView,
    StorylineView,
    StoryView,
    one_line,
    plural,
    removal_groups,
    story_view,
    storyline_views,
)

# Characters that start Markdown inline syntax anywhere in a line; `_` only at a word edge,
# because CommonMark ignores it inside words (file names, snake_case) and `\_` reads badly.
_INLINE = re.compile(r"[\\`*\[\]<>|~]|(?<!\w)_|_(?!\w)")
# Text that would open a block (list item, heading) if it began a line or list item.
_BLOCK_START = re.compile(r"^(?:([#+\-])(?=\s|$)|(\d+)([.)]))")


# The second level of credit (SummarySentence.also), as a reader of the story's language reads it.
_ALSO_AR = "وروته أيضا بصيغة أخرى أو جزئيا"
_ALSO_EN = "Also told, in part or in other words, by"


def escape(text: str) -> str:
    """Backslash-escape Markdown syntax in one line of text; Arabic letters pass through."""
    escaped = _INLINE.sub(lambda match: "\\" + match.group(0), text)
    return _BLOCK_START.sub(_escape_block_start, escaped)


def _escape_block_start(match: re.Match[str]) -> str:
    if match.group(1):
        return "\\" + match.group(1)
    return f"{match.group(2)}\\{match.group(3)}"


def _outlet_separator(story: StoryView) -> str:
    # The Arabic comma reads naturally between Arabic outlet names.
    return "، " if story.direction == "rtl" else ", "


def _article_line(article: ArticleView) -> str:
    title = escape(article.title) or "(untitled)"
    return f"- **{escape(article.outlet)}** — {title} — {article.date_label}"


def _sentence_line(story: StoryView, sentence: SentenceView) -> str:
    outlets = _outlet_separator(story).join(escape(outlet) for outlet in sentence.outlets)
    line = f"- {escape(sentence.text)} — *{outlets}*"
    if sentence.corroborated:
        line += f" **({plural(len(sentence.chips), 'outlet')})**"
    lines = [line]
    if sentence.also:  # a second credit, apart: these outlets do not give every detail
        label = _ALSO_AR if story.direction == "rtl" else _ALSO_EN
        lines.append(f"  - {label}: *{_outlets(story, sentence.also)}*")
    return "\n".join([*lines, *(f"  - ⚠ {escape(note)}" for note in sentence.disputes)])


def _outlets(story: StoryView, outlets: tuple[str, ...]) -> str:
    return _outlet_separator(story).join(escape(outlet) for outlet in outlets)


def _fact_lines(story: StoryView) -> list[str]:
    if not story.facts:
        return []
    lines = ["### Facts", ""]
    for fact in story.facts:
        lines.append(
            f"- *{fact.kind}* {escape(fact.text)} — {escape(fact.detail)} — "
            f"*{_outlets(story, fact.outlets)}*"
        )
    if story.more_facts:
        lines.append(f"- … {plural(story.more_facts, 'more fact')} in the JSON digest")
    return [*lines, ""]


def _discrepancy_lines(story: StoryView) -> list[str]:
    if not story.discrepancies:
        return []
    lines = ["### Disagreements", ""]
    for item in story.discrepancies:
        lines.append(f"- **{item.kind}** — {escape(item.subject)}: {escape(item.explanation)}")
        lines += [
            f"  - **{escape(claim.value)}** — *{_outlets(story, claim.outlets)}* — "
            f"{escape(claim.date)} — {escape(claim.text)}"
            for claim in item.claims
        ]
    return [*lines, ""]


def _timeline_lines(story: StoryView) -> list[str]:
    if not story.timeline:
        return []
    lines = ["### Timeline", ""]
    lines += [
        f"- **{event.date}** ({event.certainty}) {escape(event.text)} — "
        f"*{_outlets(story, event.outlets)}*"
        for event in story.timeline
    ]
    return [*lines, ""]


def _copy_lines(story: StoryView) -> list[str]:
    if not story.copies:
        return []
    lines = ["### Copies and wire text", ""]
    for copy in story.copies:
        first = f" — first: *{copy.first}*" if copy.first else ""
        lines.append(
            f"- **{copy.label}** — *{_outlets(story, copy.outlets)}*{first} — {escape(copy.text)}"
        )
    return [*lines, ""]


def _story_lines(story: StoryView) -> list[str]:
    label = "Opinion pieces · " if story.opinion else ""
    meta = f"{label}Language: {story.language} · {story.counts}"
    lines = [f"## {escape(story.title)}", "", meta, ""]
    lines += ["### Articles", "", *(_article_line(a) for a in story.articles), ""]
    lines += ["### Summary", ""]
    lines += [_sentence_line(story, s) for s in story.sentences] or ["*No summary.*"]
    lines.append("")
    lines += _discrepancy_lines(story) + _timeline_lines(story) + _fact_lines(story)
    lines += _copy_lines(story)
    return lines


def _removal_lines(groups: tuple[RemovalGroup, ...]) -> list[str]:
    lines = ["## Removed by cleaning", ""]
    if not groups:
        return [*lines, "*Nothing was removed.*", ""]
    for group in groups:
        heading = escape(group.outlet)
        if group.title:
            heading += f" — {escape(group.title)}"
        lines += [f"### {heading}", ""]
        lines += [f"- *{escape(item.reason)}*: {escape(item.text)}" for item in group.items]
        lines.append("")
    return lines


def _storyline_lines(storylines: tuple[StorylineView, ...]) -> list[str]:
    if not storylines:
        return []
    lines = ["## Storylines", ""]
    for line in storylines:
        dates = f" ({line.dates})" if line.dates else ""
        lines.append(f"- **{escape(line.title)}**{dates}")
        lines += [
            f"  - {day + ': ' if day else ''}{escape(text)} ({escape(outlets)})"
            for _story_id, day, text, outlets in line.steps
        ]
    return [*lines, ""]


def _problem_lines(problems: tuple[str, ...]) -> list[str]:
    if not problems:
        return []
    return ["## Rejected inputs", "", *(f"- {escape(problem)}" for problem in problems), ""]


def _sections(digest: Digest, *, explain: bool) -> Iterator[list[str]]:
    """The report's lines, a story at a time: a story's view is built as it is written."""
    problems = tuple(one_line(str(problem)) for problem in digest.problems)
    articles = len({a.id for story in digest.stories for a in story.articles})
    counts = " · ".join(
        (
            plural(len(digest.stories), "story", "stories"),
            plural(articles, "article"),
            plural(len(problems), "rejected input"),
        )
    )
    yield ["# marsad digest", "", counts, ""]
    yield _storyline_lines(storyline_views(digest))
    for story in digest.stories:
        yield _story_lines(story_view(story))
    if not digest.stories:
        yield ["*No stories.*", ""]
    if explain:
        yield _removal_lines(removal_groups(digest))
    yield _problem_lines(problems)


def markdown_chunks(digest: Digest, *, explain: bool = False) -> Iterator[str]:
    """``render_markdown``'s text in pieces, one story at a time (for a large digest)."""
    held: str | None = None
    for lines in _sections(digest, explain=explain):
        if not lines:
            continue
        if held is not None:
            yield held + "\n"
        held = "\n".join(lines)
    yield (held or "").rstrip("\n") + "\n"


def render_markdown(digest: Digest, *, explain: bool = False) -> str:
    """The digest as Markdown; ``explain`` adds what cleaning removed from each article."""
    return "".join(markdown_chunks(digest, explain=explain))
