"""Figures in dispute beside the summary sentence that states them (summarize/disputes.py)."""

import json
from pathlib import Path

import numpy as np
import pytest

from marsad.model import Claim, Discrepancy, SummarySentence
from marsad.pipeline import digest
from marsad.report import render_html, render_json, render_markdown
from marsad.summarize import supervised
from marsad.summarize.base import StoryText
from marsad.summarize.disputes import mark_disputes

EARLY = "قتل 32 شخصا في تحطم طائرة نقل روسية في قاعدة حميميم."
LATE = "ارتفعت حصيلة قتلى تحطم الطائرة الروسية في حميميم إلى 39 شخصا."
TOLL = Discrepancy(
    subject="عدد القتلى",
    kind="update",
    claims=(
        Claim(value=39, text=LATE, sources=("fr",), date="2018-03-07"),
        Claim(value=32, text=EARLY, sources=("cnn", "bbc"), date="2018-03-06"),
    ),
)
EXAMPLE = Path(__file__).parents[1] / "examples" / "kazakhstan-2022"
OUTLETS = {"fr": "France 24", "cnn": "CNN", "bbc": "BBC"}


def test_a_sentence_stating_one_side_shows_every_side_oldest_first() -> None:
    summary = (
        SummarySentence(text=EARLY, article="cnn", sentence=0, sources=("cnn", "bbc")),
        SummarySentence(
            text="بدأ التحقيق في أسباب الحادث.", article="bbc", sentence=3, sources=("bbc",)
        ),
    )
    marked = mark_disputes(summary, [TOLL], OUTLETS)
    assert marked[0].disputes == (
        "عدد القتلى: 32 (BBC, CNN, 2018-03-06) / 39 (France 24, 2018-03-07) (update)",
    )
    assert marked[1].disputes == ()


def test_a_scope_difference_or_another_article_is_not_a_dispute_of_the_sentence() -> None:
    summary = (SummarySentence(text=EARLY, article="x", sentence=0, sources=("x",)),)
    assert mark_disputes(summary, [TOLL], OUTLETS)[0].disputes == ()  # not the claim's article
    scope = Discrepancy(subject=TOLL.subject, kind="scope", claims=TOLL.claims)
    shown = (SummarySentence(text=EARLY, article="cnn", sentence=0, sources=("cnn",)),)
    assert mark_disputes(shown, [scope], OUTLETS)[0].disputes == ()


def test_the_example_digest_flags_its_weekday_slip_beside_the_sentence(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # One article of the bundled example dates itself "الخميس 14 يناير 2022", a Friday. The
    # note, not the choice, is tested: without the outlet-agreement term that sentence opens.
    def no_agreement(story: StoryText) -> np.ndarray:
        return np.zeros(len(story.sentences))

    monkeypatch.setattr(supervised, "outlet_agreement", no_agreement)
    result = digest([EXAMPLE])
    (story,) = result.stories
    flagged = [s for s in story.summary if s.disputes]
    assert flagged and all("الخميس" in s.text for s in flagged)
    assert any("الجمعة" in note for s in flagged for note in s.disputes)
    markdown = render_markdown(result)
    assert "⚠" in markdown and "(Friday)" in markdown
    assert 'class="dispute"' in render_html(result)
    data = json.loads(render_json(result))["stories"][0]["summary"]
    assert [SummarySentence.from_dict(s) for s in data] == list(story.summary)


def test_another_wording_of_a_claim_from_its_outlet_is_marked_too() -> None:
    reworded = "وقالت فرانس 24 إن 39 شخصا لقوا حتفهم في الحادث."
    summary = (SummarySentence(text=reworded, article="fr2", sentence=2, sources=("fr2", "fr")),)
    assert mark_disputes(summary, [TOLL], OUTLETS)[0].disputes  # figure 39, credited to fr
    other = (SummarySentence(text=reworded, article="x", sentence=2, sources=("x",)),)
    assert mark_disputes(other, [TOLL], OUTLETS)[0].disputes == ()  # not the claim's outlet
