"""Facts of the bundled example story, end to end through marsad.digest and its JSON."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

import marsad
from marsad.facts import extract_story_facts
from marsad.model import Article, Digest
from marsad.report import render_html, render_json, render_markdown

EXAMPLES = Path(__file__).parents[1] / "examples" / "kazakhstan-2022"
OUTLET = {  # file name prefix -> article id, as ingest derives them
    "000": "35870708c5bf3a88",
    "001": "938e507b7f67cb2e",
    "002": "539d58a9a5649a59",
    "003": "396931e907d8c03f",
    "004": "a3d68608605db929",
}


@pytest.fixture(scope="module")
def example_digest() -> Digest:
    return marsad.digest([EXAMPLES])


@pytest.fixture(scope="module")
def story(example_digest: Digest) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(render_json(example_digest))
    return data["stories"][0]


def discrepancy(story: dict[str, Any], subject: str, kind: str) -> dict[str, Any]:
    found = [d for d in story["discrepancies"] if d["subject"] == subject and d["kind"] == kind]
    assert len(found) == 1, [(d["subject"], d["kind"]) for d in story["discrepancies"]]
    return found[0]


def values(item: dict[str, Any]) -> list[Any]:
    return [claim["value"] for claim in item["claims"]]


def test_publication_dates_are_inferred_from_the_texts(story: dict[str, Any]) -> None:
    published = {a["id"]: (a["published"], a["published_certainty"]) for a in story["articles"]}
    expected = {"000": "2022-01-13", "001": "2022-01-11", "002": "2022-01-11", "003": "2022-01-14",
                "004": "2022-01-09"}  # fmt: skip
    for prefix, day in expected.items():
        when, certainty = published[OUTLET[prefix]]
        assert when.startswith(day) and certainty == "inferred", prefix


def test_facts_carry_every_source(story: dict[str, Any]) -> None:
    shared = [f for f in story["facts"] if len(f["sources"]) >= 2]
    assert {f["kind"] for f in shared} >= {"quantity", "date", "entity", "quote"}
    tokayev = next(f for f in story["facts"] if f["text"] == "قاسم جومارت توكاييف")
    # 001 writes توكايف, the others توكاييف; 004 does not name him.
    assert set(tokayev["sources"]) == {OUTLET[p] for p in ("000", "001", "002", "003")}
    ten_days = next(
        f
        for f in story["facts"]
        if f["kind"] == "quantity" and f["value"] == 10 and f["qualifier"] is None
    )
    assert len(ten_days["sources"]) >= 2  # "10 أيام" and "عشرة أيام"


def test_troop_numbers_are_a_conflict(story: dict[str, Any]) -> None:
    item = discrepancy(story, "عدد الجنود", "conflict")
    assert sorted(values(item)) == [2000, 2030]


def test_one_outlets_toll_and_its_protesters_toll_are_no_discrepancy(
    story: dict[str, Any],
) -> None:
    # 004 alone gives 164 killed and 26 protesters killed: two things one report counts, not
    # outlets disagreeing; "عشرات القتلى" (dozens) is vague and never compared as a number.
    for item in story["discrepancies"]:
        assert 26 not in values(item)
        assert 1300 not in values(item)  # security forces only
        assert not any(isinstance(c["value"], dict) for c in item["claims"])


def test_arrests_grow_between_reports(story: dict[str, Any]) -> None:
    item = discrepancy(story, "عدد المعتقلين", "update")
    assert values(item) == [6000, 8000]
    assert [c["date"] for c in item["claims"]] == ["2022-01-09", "2022-01-11"]


def test_weekday_that_does_not_match_its_date_is_internal(story: dict[str, Any]) -> None:
    internal = [d for d in story["discrepancies"] if d["kind"] == "internal"]
    assert len(internal) == 1
    assert internal[0]["claims"][0]["value"] == "2022-01-14"
    assert internal[0]["claims"][0]["sources"] == [OUTLET["003"]]
    assert "Friday" in internal[0]["explanation"]


def test_timeline_is_ordered_and_merges_outlets(story: dict[str, Any]) -> None:
    timeline = story["timeline"]
    days = [event["date"] for event in timeline]
    assert days == sorted(days)
    assert all(e["certainty"] in ("stated", "resolved", "inferred", "low") for e in timeline)
    sixth = [e for e in timeline if e["date"] == "2022-01-06"]
    assert len(sixth) == 1 and set(sixth[0]["sources"]) == {OUTLET["000"], OUTLET["002"]}
    assert any(len(e["sources"]) >= 3 for e in timeline)


def test_a_bare_weekday_four_days_back_shows_a_low_certainty(
    example_digest: Digest, story: dict[str, Any]
) -> None:
    # Article 002 (Tuesday 11 January): "وسمح الرئيس توكاييف لقواته الجمعة" may be either Friday.
    friday = [
        e for e in story["timeline"] if e["sources"] == [OUTLET["002"]] and "لقواته" in e["text"]
    ]
    assert [(e["date"], e["certainty"]) for e in friday] == [("2022-01-07", "low")]
    assert "**2022-01-07** (low)" in render_markdown(example_digest)
    assert "مرجّح" in render_html(example_digest)


def test_reports_show_facts_disagreements_and_timeline(example_digest: Digest) -> None:
    markdown = render_markdown(example_digest)
    for heading in ("### Facts", "### Disagreements", "### Timeline"):
        assert heading in markdown
    assert "**conflict** — عدد الجنود" in markdown
    html = render_html(example_digest)
    assert 'class="discrepancy conflict"' in html and '<ol class="timeline">' in html


def test_html_escapes_fact_text() -> None:
    hostile = Article(
        id="h1",
        title="<script>alert(1)</script>",
        text='قال الرئيس بوتين: "<script>alert(1)</script> لن نسمح بذلك أبدا"\nوقتل 26 محتجا أمس.',
        source="<b>outlet</b>",
        lang="ar",
    )
    html = render_html(marsad.digest([hostile]))
    assert "<script>" not in html and "<b>" not in html
    assert "&lt;" in html  # escaped, then Latin runs isolated: &lt;<bdi>script</bdi>&gt;


def test_empty_and_english_stories() -> None:
    assert extract_story_facts([]).facts == ()
    article = Article(
        id="en1",
        title="Troops leave",
        text="About 2,030 troops started leaving on January 13, 2022, the ministry said.",
        source="Wire",
        lang="en",
    )
    story = marsad.digest([article]).stories[0]
    figures = [f for f in story.facts if f.kind == "quantity"]
    assert figures[0].value == 2030
    assert story.timeline[0].date == "2022-01-13"


def test_role_mentions_resolve_to_the_person(story: dict[str, Any]) -> None:
    # "وأعرب الرئيس الكازاخستاني ... "لعبت دوراً مهماً جداً..."": the Kazakh president is the
    # person introduced earlier as "رئيس كازاخستان قاسم جومارت توكاييف".
    quote = next(
        f for f in story["facts"] if f["kind"] == "quote" and f["text"].startswith("لعبت دوراً")
    )
    assert quote["speaker"] == "قاسم جومارت توكاييف"


def test_reports_show_what_a_figure_counts_and_who_gives_it(example_digest: Digest) -> None:
    markdown = render_markdown(example_digest)
    assert "2000 · جندي · troops · on 2022-01-12 · according to المنظمة" in markdown
    assert "عشرات القتلى · قتيل · killed" in markdown  # a vague amount as written, no range
    html = render_html(example_digest)
    assert "according to" in html and "troops" in html


def test_json_figures_carry_their_type(story: dict[str, Any]) -> None:
    troops = next(f for f in story["facts"] if f["kind"] == "quantity" and f["value"] == 2000)
    assert (troops["value_kind"], troops["counted"], troops["source"]) == (
        "exact",
        "troops",
        "المنظمة",
    )
    dozens = next(f for f in story["facts"] if f["text"] == "عشرات القتلى")
    assert (dozens["value_kind"], dozens["counted"]) == ("vague", "killed")


def test_an_old_digests_figure_still_reads_and_shows() -> None:
    from marsad.model import Fact
    from marsad.report.view import _figure_detail

    old = {"kind": "quantity", "text": "2000 جندي", "value": 2000, "unit": "جندي",
           "subject": "troops", "sources": ["a"], "refs": [], "qualifier": None,
           "concept": "troops", "scope": None}  # fmt: skip
    assert _figure_detail(Fact.from_dict(old)) == "2000 · جندي · troops"
