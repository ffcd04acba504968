"""The interface's message catalogue (Arabic plural forms) and the story figures (inline SVG)."""

from __future__ import annotations

import re
from importlib.resources import files

import pytest

from marsad.report.figures import agreement_grid, number_in, story_timeline, value_bar
from marsad.report.messages import COUNTS, TEXTS, Messages, messages, plural_category
from marsad.report.view import ArticleView, Chip, EventView, SentenceView, StoryView


@pytest.mark.parametrize(
    ("count", "category"),
    [(0, "zero"), (1, "one"), (2, "two"), (3, "few"), (10, "few"), (11, "many"), (99, "many"),
     (100, "other"), (102, "other"), (103, "few"), (111, "many"), (1000, "other")],
)  # fmt: skip
def test_arabic_has_six_plural_categories(count: int, category: str) -> None:
    assert plural_category("ar", count) == category


def test_counts_take_the_arabic_form_of_their_number() -> None:
    t = Messages("ar")
    shown = [t.count("article", n) for n in (0, 1, 2, 3, 11, 100, 103)]
    assert shown == [
        "لا مقالات",
        "مقال واحد",
        "مقالان",
        "3 مقالات",
        "11 مقالًا",
        "100 مقال",
        "103 مقالات",
    ]
    assert t.count("outlet", 5) == "5 مصادر" and t.count("story", 2) == "قصتان"
    english = Messages("en")
    assert [english.count("article", n) for n in (0, 1, 2)] == [
        "0 articles",
        "1 article",
        "2 articles",
    ]


def test_every_message_has_both_languages_and_every_plural_form() -> None:
    for key, (arabic, english) in TEXTS.items():
        assert arabic.strip() and english.strip(), key
    for key, (arabic_forms, english_forms) in COUNTS.items():
        assert set(arabic_forms) == {"zero", "one", "two", "few", "many", "other"}, key
        assert set(english_forms) == {"one", "other"}, key


def test_every_message_a_template_uses_is_in_the_catalogue() -> None:
    used: set[tuple[str, str]] = set()
    for folder in ("report/templates", "service/templates"):
        for template in files("marsad").joinpath(folder).iterdir():
            text = template.read_text("utf-8")
            used |= {("text", key) for key in re.findall(r"\bt\(\s*[\"'](\w+)[\"']\s*[,)]", text)}
            used |= {("count", key) for key in re.findall(r"\bt\.count\(\s*[\"'](\w+)[\"']", text)}
    assert {key for kind, key in used if kind == "text"} <= set(TEXTS)
    assert {key for kind, key in used if kind == "count"} <= set(COUNTS)
    assert ("text", "summary") in used and ("count", "outlet") in used


def test_the_interface_is_arabic_unless_english_is_asked_for() -> None:
    assert messages(None).language == "ar" and messages("fr").language == "ar"
    assert messages("en-GB").language == "en" and messages("EN").direction == "ltr"
    assert Messages("ar").other.name == "English" and Messages("en").other.name == "العربية"
    assert Messages("en").label("kind", "update") == "update"
    assert Messages("ar").label("kind", "update") == "تحديث لاحق"
    assert Messages("ar").label("kind", "new-kind") == "new-kind"
    assert Messages("ar").label("entity", "person") == "أشخاص"
    assert Messages("en").label("copy", "shared-text") == "same wording"
    with pytest.raises(ValueError, match="languages: ar, en"):
        Messages("fr")


def _story(direction: str = "rtl") -> StoryView:
    def sentence(*outlets: str) -> SentenceView:
        return SentenceView(text="…", chips=tuple(Chip(outlet=o, titles=()) for o in outlets))

    def article(outlet: str, day: str | None) -> ArticleView:
        return ArticleView(outlet=outlet, title="t", date_iso=day, date_label=day or "")

    return StoryView(
        id="s",
        title="t",
        language="ar" if direction == "rtl" else "en",
        direction=direction,
        outlet_count=3,
        articles=(article("cnn", "2022-01-09"), article("bbc", "2022-01-11"), article("rt", None)),
        sentences=(sentence("cnn", "bbc"), sentence("bbc"), sentence("rt", "cnn", "bbc")),
        timeline=(
            EventView(date="2022-01-05", certainty="stated", text="a", outlets=("cnn",)),
            EventView(date="2022-01-05", certainty="stated", text="b", outlets=("bbc",)),
            EventView(date="2022-01", certainty="inferred", text="c", outlets=("rt",)),
        ),
    )


def _columns(svg: str) -> list[float]:
    return [
        float(x)
        for x in re.findall(r'<text x="([\d.]+)" y="\d+" text-anchor="middle" class="head"', svg)
    ]


def test_the_grid_fills_the_cells_of_the_outlets_that_state_each_sentence() -> None:
    svg = str(agreement_grid(_story(), Messages("en"), {"cnn": "CNN"}))
    assert svg.count('class="cell on"') == 6 and svg.count('class="cell off"') == 3
    assert "<title>CNN states sentence 1</title>" in svg
    assert "<title>rt does not state sentence 1</title>" in svg
    assert ">CNN</text>" in svg and ">cnn</text>" not in svg  # display names
    assert "style=" not in svg  # the pages' CSP allows no inline style
    rtl, ltr = _columns(svg), _columns(str(agreement_grid(_story("ltr"), Messages("en"))))
    assert rtl == sorted(rtl, reverse=True)  # right to left: sentence 1 on the right
    assert ltr == sorted(ltr)
    empty = StoryView(
        id="e", title="t", language="ar", direction="rtl", outlet_count=0, articles=(), sentences=()
    )
    assert str(agreement_grid(empty, Messages("ar"))) == ""


def test_the_timeline_draws_event_days_and_publication_days() -> None:
    svg = str(story_timeline(_story("ltr"), Messages("en")))
    assert svg.count('class="event"') == 1  # two events on one day; a month alone is no day
    assert "<title>5 January 2022: 2</title>" in svg
    assert svg.count('class="published"') == 2 and "11 January 2022: 1 article" in svg
    labels = re.findall(r'class="day">([^<]+)<', svg)
    assert labels == ["5 Jan", "9 Jan", "11 Jan"]
    arabic = str(story_timeline(_story("rtl"), Messages("ar")))
    assert "5 يناير" in arabic
    positions = [float(x) for x in re.findall(r'<circle cx="([\d.]+)"', arabic + svg)]
    assert positions[0] > positions[1]  # the first day: on the right in rtl, the left in ltr
    one_day = StoryView(id="o", title="t", language="en", direction="ltr", outlet_count=1,
                        articles=(), sentences=(),
                        timeline=(EventView(date="2022-01-05", certainty="stated", text="a", outlets=()),))  # fmt: skip
    assert str(story_timeline(one_day, Messages("en"))) == ""


def test_value_bars_compare_figures_and_leave_days_alone() -> None:
    values = ["2000", "2030"]
    short, long = (
        re.search(r'width="([\d.]+)" height="8"', str(value_bar(v, values))) for v in values
    )
    assert short and long and 100 < float(short.group(1)) < float(long.group(1)) == 120
    assert 'x="0"' in str(value_bar("2000", values))
    assert 'x="0"' not in str(value_bar("2000", values, "rtl"))  # grows from the right
    assert str(value_bar("2022-01-14", ["2022-01-14", "الخميس"])) == ""
    assert str(value_bar("كثير", ["كثير", "قليل"])) == ""
    assert number_in("~8,000") == 8000 and number_in("20–99") == 20
