"""Tests for the report stage: JSON, Markdown, HTML and terminal renderings of a digest."""

from __future__ import annotations

import dataclasses
import json
import os
from datetime import UTC, datetime, timedelta, timezone
from html.parser import HTMLParser
from pathlib import Path

import pytest
from rich.console import Console

import marsad
from marsad.model import Article, Digest, Problem, Removal, Story, Storyline, SummarySentence
from marsad.report import print_digest, render_html, render_json, render_markdown
from marsad.report.html import isolate
from marsad.storylines import sequence

GOLDEN = Path(__file__).parent / "golden" / "report" / "digest.md"

SHARED = "أعلنت وزارة الدفاع الروسية أن قوات بقيادة روسيا بدأت الخميس انسحابها من كازاخستان."
SINGLE = "وأعلنت موسكو اكتمال نشر قوات منظمة معاهدة الأمن الجماعي (CSTO) في كازاخستان."
ENGLISH = "Russia-led troops began leaving Kazakhstan on Thursday, the defence ministry said."
PASTED = (
    "أعلنت وزارة الدفاع الروسية أن قوات بقيادة روسيا بدأت الخميس، انسحابها من كازاخستان، "
    "حيث أُرسلت لدعم السلطات في مواجهة أعمال شغب غير مسبوقة."
)


def sample_digest() -> Digest:
    """Two Arabic articles from two outlets in one story, one English story, noise, a problem."""
    jazeera = Article(
        id="aj-1",
        title='روسيا تعلن اكتمال نشر قوات "حفظ السلام" في كازاخستان',
        text="…",
        source="الجزيرة",
        published=datetime(2022, 1, 9, 18, 30, tzinfo=timezone(timedelta(hours=3))),
        published_certainty="stated",
        lang="ar",
    )
    france24 = Article(
        id="f24-1",
        title='كازاخستان.. قوات "حفظ الأمن" الروسية\nتبدأ انسحابها',
        text="…",
        source="فرانس 24",
        lang="ar",
    )
    wire = Article(
        id="wire-1",
        title="Russia-led troops start leaving Kazakhstan",
        text="…",
        source="Wire Desk",
        published=datetime(2022, 1, 13, tzinfo=UTC),
        published_certainty="inferred",
        lang="en",
    )
    arabic = Story(
        id="s-ar",
        title="قوات روسية تبدأ الانسحاب من كازاخستان",
        language="ar",
        articles=(jazeera, france24),
        summary=(
            SummarySentence(text=SHARED, article="f24-1", sentence=0, sources=("f24-1", "aj-1")),
            SummarySentence(text=SINGLE, article="aj-1", sentence=2, sources=("aj-1",)),
        ),
    )
    english = Story(
        id="s-en",
        title="Russia-led troops start leaving Kazakhstan",
        language="en",
        articles=(wire,),
        summary=(SummarySentence(text=ENGLISH, article="wire-1", sentence=0, sources=("wire-1",)),),
    )
    return Digest(
        stories=(arabic, english),
        removed=(
            Removal(article="aj-1", text="أفكارك وتعليقاتك", reason="boilerplate"),
            Removal(
                article="aj-1",
                text="Russia sends peacekeeping forces to Kazakhstan",
                reason="caption",
            ),
            Removal(article="f24-1", text=PASTED + "\n" + PASTED, reason="pasted twice"),
        ),
        problems=(Problem(path="inbox/feed.jsonl", line=7, message="invalid JSON: missing comma"),),
    )


@pytest.fixture
def digest() -> Digest:
    """The hand-made sample digest."""
    return sample_digest()


@pytest.fixture
def hostile(digest: Digest) -> Digest:
    """The digest with an article title that tries to inject a script and break the layout."""
    story = digest.stories[0]
    article = dataclasses.replace(
        story.articles[0], title="<script>alert(1)</script>\n## not a heading"
    )
    stories = (dataclasses.replace(story, articles=(article, story.articles[1])),)
    return dataclasses.replace(digest, stories=stories + digest.stories[1:])


class _TagBalance(HTMLParser):
    """Records mismatched or unclosed tags (void elements aside)."""

    VOID = frozenset({"meta", "br", "hr", "img", "input", "link"})

    def __init__(self) -> None:
        super().__init__()
        self.stack: list[str] = []
        self.errors: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag not in self.VOID:
            self.stack.append(tag)

    def handle_endtag(self, tag: str) -> None:
        if not self.stack or self.stack[-1] != tag:
            self.errors.append(f"unexpected </{tag}> with open {self.stack[-3:]}")
        else:
            self.stack.pop()


# JSON


def test_json_round_trips_with_contract_keys(digest: Digest) -> None:
    data = json.loads(render_json(digest))
    assert data == digest.to_dict()
    assert set(data) >= {"stories", "removed"}
    contract = {"id", "title", "language", "articles", "summary", "facts"}
    contract |= {"discrepancies", "timeline", "duplicates"}
    for story in data["stories"]:
        assert set(story) >= contract


def test_json_keeps_arabic_readable_and_removed_without_explain(digest: Digest) -> None:
    text = render_json(digest)
    assert "الجزيرة" in text
    assert len(json.loads(text)["removed"]) == 3
    assert render_json(digest, explain=True) == text


# Markdown


def test_markdown_sentence_and_its_outlets_share_a_line(digest: Digest) -> None:
    lines = render_markdown(digest).splitlines()
    shared = next(line for line in lines if SHARED in line)
    assert "فرانس 24" in shared
    assert "الجزيرة" in shared
    assert "(2 outlets)" in shared
    single = next(line for line in lines if "CSTO" in line)
    assert "الجزيرة" in single
    assert "outlets)" not in single


def test_markdown_lists_articles_with_date_or_unknown(digest: Digest) -> None:
    text = render_markdown(digest)
    assert "## قوات روسية تبدأ الانسحاب من كازاخستان" in text
    assert "Language: ar · 2 articles from 2 outlets" in text
    assert "— 2022-01-09" in text
    assert "— date unknown" in text
    assert "— 2022-01-13 (inferred)" in text


def test_markdown_explain_section_only_with_explain(digest: Digest) -> None:
    assert "Removed by cleaning" not in render_markdown(digest)
    explained = render_markdown(digest, explain=True)
    assert "## Removed by cleaning" in explained
    assert "- *boilerplate*: أفكارك وتعليقاتك" in explained


def test_markdown_truncates_removed_text(digest: Digest) -> None:
    explained = render_markdown(digest, explain=True)
    line = next(line for line in explained.splitlines() if line.startswith("- *pasted twice*"))
    assert line.endswith("…")
    assert len(line.removeprefix("- *pasted twice*: ")) == 120


def test_markdown_lists_problems_at_the_end(digest: Digest) -> None:
    text = render_markdown(digest)
    assert text.rstrip().endswith("- inbox/feed.jsonl:7: invalid JSON: missing comma")


def test_markdown_title_cannot_break_structure(hostile: Digest) -> None:
    text = render_markdown(hostile)
    assert "\n## not a heading" not in text
    assert r"\<script\>alert(1)\</script\> ## not a heading" in text


def test_print_digest_writes_sentences(digest: Digest) -> None:
    console = Console(record=True, width=100)
    print_digest(digest, console)
    output = console.export_text()
    assert ENGLISH.split(",")[0] in output
    assert "Wire Desk" in output
    assert "Removed by cleaning" not in output


def test_markdown_matches_golden_file(digest: Digest) -> None:
    text = render_markdown(digest, explain=True)
    if os.environ.get("MARSAD_UPDATE_GOLDEN") == "1":
        GOLDEN.parent.mkdir(parents=True, exist_ok=True)
        GOLDEN.write_text(text, encoding="utf-8")
    assert text == GOLDEN.read_text(encoding="utf-8")


# HTML


def test_html_directions_follow_each_story(digest: Digest) -> None:
    page = render_html(digest)
    assert '<html lang="ar" dir="rtl">' in page
    assert 'id="story-s-ar" lang="ar" dir="rtl"' in page
    assert 'id="story-s-en" lang="en" dir="ltr"' in page


def test_html_page_is_ltr_when_all_stories_are_english(digest: Digest) -> None:
    page = render_html(dataclasses.replace(digest, stories=digest.stories[1:]))
    assert '<html lang="en" dir="ltr">' in page


def test_html_chips_name_outlets_and_article_titles(digest: Digest) -> None:
    page = render_html(digest)
    f24_title = "كازاخستان.. قوات &#34;حفظ الأمن&#34; الروسية تبدأ انسحابها"
    aj_title = "روسيا تعلن اكتمال نشر قوات &#34;حفظ السلام&#34; في كازاخستان"
    assert f'<bdi class="chip" title="{f24_title}">فرانس 24</bdi>' in page
    assert f'<bdi class="chip" title="{aj_title}">الجزيرة</bdi>' in page
    assert '<bdi class="agree">مصدران</bdi>' in page  # the Arabic dual
    assert '<bdi class="agree">2 outlets</bdi>' in render_html(digest, language="en")


def test_html_isolates_latin_inside_arabic(digest: Digest) -> None:
    assert "(<bdi>CSTO</bdi>)" in render_html(digest)


def test_html_escapes_untrusted_text(hostile: Digest) -> None:
    page = render_html(hostile)
    assert "<script" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page


def test_html_is_self_contained_and_phone_ready(digest: Digest) -> None:
    page = render_html(digest)
    csp = "default-src 'none'; style-src 'unsafe-inline'"
    assert f'<meta http-equiv="Content-Security-Policy" content="{csp}">' in page
    assert '<meta charset="utf-8">' in page
    assert '<meta name="viewport" content="width=device-width, initial-scale=1">' in page
    assert "max-width" in page
    assert "http://" not in page
    assert "https://" not in page


def test_html_tags_balance(digest: Digest) -> None:
    parser = _TagBalance()
    parser.feed(render_html(digest, explain=True))
    parser.close()
    assert parser.errors == []
    assert parser.stack == []


def test_html_footer_counts_and_version(digest: Digest) -> None:
    version = f"<bdi>marsad {marsad.__version__}</bdi></footer>"
    arabic = "قصتان · 3 مقالات · مدخل مرفوض واحد"  # dual, few (3-10), one
    assert f"<footer><bdi>{arabic}</bdi> · {version}" in render_html(digest)
    english = "2 stories · 3 articles · 1 rejected input"
    assert f"<footer><bdi>{english}</bdi> · {version}" in render_html(digest, language="en")


def test_html_explain_and_problems(digest: Digest) -> None:
    assert "Removed by cleaning" not in render_html(digest, language="en")
    page = render_html(digest, explain=True, language="en")
    assert "Removed by cleaning" in page
    assert "ما حذفه التنظيف" in render_html(digest, explain=True)
    assert "<bdi>أفكارك وتعليقاتك</bdi>" in page
    assert "inbox/feed.jsonl:7: invalid JSON: missing comma" in page


def test_empty_digest_renders_in_every_format() -> None:
    empty = Digest(stories=())
    assert json.loads(render_json(empty))["stories"] == []
    assert "*No stories.*" in render_markdown(empty, explain=True)
    assert "لا قصص." in render_html(empty, explain=True)
    assert "No stories." in render_html(empty, explain=True, language="en")


def test_isolate_wraps_the_other_script_and_escapes() -> None:
    assert isolate("Protests in كازاخستان spread.", "ltr") == (
        "Protests in <bdi>كازاخستان</bdi> spread."
    )
    wrapped = isolate("<b>CSTO</b> قوات", "rtl")
    assert "<b>" not in wrapped
    assert "<bdi>CSTO</bdi>" in wrapped


def test_removal_from_an_article_in_no_story_shows_its_id(digest: Digest) -> None:
    orphan = Removal(article="gone-9", text="(تستمر)", reason="continued marker")
    text = render_markdown(dataclasses.replace(digest, removed=(orphan,)), explain=True)
    assert "### gone-9\n\n- *continued marker*: (تستمر)" in text


@pytest.mark.parametrize("empty", [False, True])
def test_json_is_the_standard_indented_json_of_the_contract(digest: Digest, empty: bool) -> None:
    if empty:
        digest = Digest(stories=(), removed=(), problems=(), stats={})
    expected = json.dumps(digest.to_dict(), ensure_ascii=False, indent=2)
    assert render_json(digest) == expected


def test_storylines_of_several_stories_are_listed_in_every_report(digest: Digest) -> None:
    first, second = digest.stories[:2]
    line = Storyline(
        id="line-1",
        title=first.title,
        stories=(first.id, second.id),
        first=datetime(2022, 1, 5, tzinfo=UTC),
        last=datetime(2022, 1, 7, tzinfo=UTC),
        summary=sequence((second, first)),
    )
    linked = dataclasses.replace(digest, storylines=(line,))
    markdown = render_markdown(linked)
    section = markdown.split("## Storylines", 1)[1].split("\n## ", 1)[0]
    assert "(2022-01-05 – 2022-01-07)" in section

    # The sequence: each story's opening sentence, oldest first, with its outlets.
    def broke(story: Story) -> datetime:
        return min(a.published for a in story.articles if a.published is not None)

    oldest, newest = sorted((first, second), key=lambda story: (broke(story), story.id))
    assert section.index(oldest.summary[0].text) < section.index(newest.summary[0].text)
    steps = [step.story for step in line.summary]
    assert steps == [oldest.id, newest.id]
    html = render_html(linked, language="en")
    assert f'href="#story-{second.id}"' in html.split("Storylines", 1)[1]
    data = json.loads(render_json(linked))["storylines"][0]
    assert data["stories"] == [first.id, second.id]
    assert [step["story"] for step in data["summary"]] == steps
    assert Storyline.from_dict(data) == line
    alone = dataclasses.replace(line, stories=(first.id,))
    assert "## Storylines" not in render_markdown(dataclasses.replace(digest, storylines=(alone,)))


def test_an_iso_date_in_right_to_left_text_is_isolated() -> None:
    shown = str(isolate("الخميس 14 يناير 2022: 2022-01-14 كان يوم الجمعة", "rtl"))
    assert "<bdi>2022-01-14</bdi>" in shown  # else it reads 14-01-2022 right to left


def _with_also(digest: Digest) -> Digest:
    """The sample digest with France 24 also telling the Jazeera-only sentence in part."""
    story = digest.stories[0]
    single = dataclasses.replace(story.summary[1], also=("f24-1",))
    story = dataclasses.replace(story, summary=(story.summary[0], single))
    return dataclasses.replace(digest, stories=(story, *digest.stories[1:]))


def test_markdown_shows_the_outlets_that_also_tell_a_sentence_apart(digest: Digest) -> None:
    lines = render_markdown(_with_also(digest)).splitlines()
    at = next(n for n, line in enumerate(lines) if "CSTO" in line)
    assert "فرانس 24" not in lines[at]  # not a credit
    assert lines[at + 1] == "  - وروته أيضا بصيغة أخرى أو جزئيا: *فرانس 24*"
    assert "وروته أيضا" not in render_markdown(digest)


def test_html_shows_the_outlets_that_also_tell_a_sentence_apart(digest: Digest) -> None:
    html = render_html(_with_also(digest))
    assert html.count('class="also"') == 1
    assert 'class="chip also-chip">فرانس 24<' in html
    assert 'class="also"' not in render_html(digest)


def test_json_carries_the_also_told_list(digest: Digest) -> None:
    data = json.loads(render_json(_with_also(digest)))
    assert data["stories"][0]["summary"][1]["also"] == ["f24-1"]
    assert data["stories"][0]["summary"][0]["also"] == []
    summary = Digest.from_dict(data).stories[0].summary
    assert summary == _with_also(digest).stories[0].summary


def test_story_page_lists_the_also_told_outlets_apart(digest: Digest) -> None:
    from marsad.service.pages import story_page

    page = story_page(_with_also(digest).stories[0], [])
    assert page.summary[1].also == ("فرانس 24",)
    assert [source.outlet for source in page.summary[1].sources] == ["الجزيرة"]
    assert page.summary[0].also == ()
