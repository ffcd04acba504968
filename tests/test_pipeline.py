"""End to end through marsad.digest: the examples, English input, separate stories."""

import json
from pathlib import Path
from typing import Any

import pytest

import marsad
from marsad.errors import NoArticlesError, UnknownAlgorithmError
from marsad.lang.arabic import normalize
from marsad.model import Article, Digest

EXAMPLES = Path(__file__).parents[1] / "examples" / "kazakhstan-2022"


@pytest.fixture(scope="module")
def example_digest() -> Digest:
    return marsad.digest([EXAMPLES])


def test_examples_form_one_story_with_all_five_articles(example_digest: Digest) -> None:
    assert len(example_digest.stories) == 1
    story = example_digest.stories[0]
    assert len(story.articles) == 5
    assert story.language == "ar"
    assert example_digest.problems == ()


def test_summary_is_within_budget_and_quotes_its_sources(example_digest: Digest) -> None:
    story = example_digest.stories[0]
    assert 0 < sum(len(s.text.split()) for s in story.summary) <= 120
    bodies = {article.id: article.text for article in story.articles}
    for sentence in story.summary:
        assert sentence.text in bodies[sentence.article]  # quoted, never rewritten
        assert sentence.sources[0] == sentence.article


def test_a_summary_sentence_is_attributed_to_two_outlets(example_digest: Digest) -> None:
    story = example_digest.stories[0]
    assert max(len(set(story.sources_of(s.sources))) for s in story.summary) >= 2


def test_no_noise_line_in_the_summary(example_digest: Digest) -> None:
    noise = {normalize(removal.text) for removal in example_digest.removed}
    for sentence in example_digest.stories[0].summary:
        assert not any(n and n in normalize(sentence.text) for n in noise)
    reasons = {removal.reason for removal in example_digest.removed}
    assert {"credit line", "line in another language than the article"} <= reasons


def test_summary_sentences_say_different_things(example_digest: Digest) -> None:
    texts = [normalize(s.text) for s in example_digest.stories[0].summary]
    assert len(texts) == len(set(texts))


def test_word_budget_option() -> None:
    short = marsad.digest([EXAMPLES], summary_words=40)
    assert sum(len(s.text.split()) for s in short.stories[0].summary) <= 40


def test_json_contract(example_digest: Digest) -> None:
    data = json.loads(json.dumps(example_digest.to_dict(), ensure_ascii=False))
    story = data["stories"][0]
    for key in (
        "id",
        "title",
        "language",
        "articles",
        "summary",
        "facts",
        "discrepancies",
        "timeline",
        "duplicates",
    ):
        assert key in story
    assert {"id", "source", "title", "path", "published", "published_certainty"} <= set(
        story["articles"][0]
    )
    assert {"text", "article", "sources"} <= set(story["summary"][0])
    assert {"article", "text", "reason"} <= set(data["removed"][0])


def test_story_id_is_stable(example_digest: Digest) -> None:
    assert marsad.digest([EXAMPLES]).stories[0].id == example_digest.stories[0].id


def _article(aid: str, source: str, text: str, title: str) -> Article:
    return Article(id=aid, title=title, text=text, source=source)


ENGLISH = [
    _article(
        "e1",
        "wire-a",
        "Floods hit the northern province on Monday, killing twelve people and forcing thousands from their homes. "
        "Rescue teams used boats to reach villages cut off by the rising river.",
        "Floods kill twelve in northern province",
    ),
    _article(
        "e2",
        "paper-b",
        "Rescue teams used boats to reach villages cut off by the rising river in the northern province. "
        "Officials said floods had killed twelve people since Monday.",
        "Northern floods: rescuers use boats",
    ),
]
SPORT = _article(
    "s1",
    "sport-c",
    "The national football team won the regional cup final on penalties after a goalless draw in the capital. "
    "The coach praised the goalkeeper who saved three penalties.",
    "National team wins regional cup",
)


def test_english_goes_through_the_same_pipeline() -> None:
    result = marsad.digest([*ENGLISH, SPORT])
    assert [len(story.articles) for story in result.stories] == [2, 1]
    floods = result.stories[0]
    assert floods.language == "en"
    assert any(len(s.sources) == 2 for s in floods.summary)


def test_unrelated_articles_are_separate_stories() -> None:
    kazakh = marsad.digest([EXAMPLES, SPORT])
    assert sorted(len(story.articles) for story in kazakh.stories) == [1, 5]


def test_every_story_has_a_storyline_that_lists_it() -> None:
    result = marsad.digest([EXAMPLES, SPORT])
    listed = {story_id: line.id for line in result.storylines for story_id in line.stories}
    assert {story.id: story.storyline for story in result.stories} == listed
    assert len(result.storylines) == 2  # an unrelated match is not in the events' storyline
    assert json.loads(json.dumps(result.to_dict()))["stories"][0]["storyline"]


def test_nothing_usable_raises() -> None:
    with pytest.raises(NoArticlesError):
        marsad.digest([_article("x", "y", "!!!", "")])


def test_unknown_summarizer_fails_before_reading(tmp_path: Path) -> None:
    with pytest.raises(UnknownAlgorithmError):
        marsad.digest([tmp_path / "missing.txt"], summarizer="nope")


def test_wire_passages_are_found_and_reported(example_digest: Digest) -> None:
    from marsad.report import render_html, render_markdown

    story = example_digest.stories[0]
    shared = [g for g in story.duplicates if g.kind == "shared-text"]
    outlets = {frozenset(story.sources_of(g.articles)) for g in shared}
    assert frozenset({"مصدر أ", "مصدر ج"}) in outlets
    assert "### Copies and wire text" in render_markdown(example_digest)
    assert 'class="copy shared-text"' in render_html(example_digest)


def test_the_library_call_leaves_the_host_collector_alone() -> None:
    import gc

    from marsad.engine import NoProgress
    from marsad.pipeline import digest

    class Watch(NoProgress):
        """Notes whether the collector runs at each stage of the digest."""

        def __init__(self) -> None:
            self.enabled: list[bool] = []

        def start(self, label: str, total: int | None) -> None:
            self.enabled.append(gc.isenabled())

    watch = Watch()
    assert gc.isenabled()
    digest([Path(__file__).parents[1] / "examples" / "kazakhstan-2022"], progress=watch)
    assert watch.enabled and all(watch.enabled)


def test_stories_are_built_on_one_blas_thread(monkeypatch: pytest.MonkeyPatch) -> None:
    """Story building limits BLAS to one thread (pipeline.STORY_BLAS_THREADS) and gives the
    caller's setting back afterwards."""
    from threadpoolctl import threadpool_info, threadpool_limits

    import marsad.pipeline as pipeline

    def blas_threads() -> list[int]:
        return [lib["num_threads"] for lib in threadpool_info() if lib["user_api"] == "blas"]

    seen: list[int] = []
    build = pipeline._story

    def recording(*args: Any, **kwargs: Any) -> Any:
        seen.extend(blas_threads())
        return build(*args, **kwargs)

    if not blas_threads():
        pytest.skip("no BLAS library that threadpoolctl can limit")
    monkeypatch.setattr(pipeline, "_story", recording)
    with threadpool_limits(limits=2, user_api="blas"):
        before = blas_threads()
        marsad.digest([*ENGLISH, SPORT])
        assert blas_threads() == before
    assert seen and set(seen) == {1}
