"""The summarizer family: graph, coverage, MMR and supervised scorers on hand-made stories."""

import json

import numpy as np
import pytest

from marsad.lang import analyse
from marsad.lang.terms import sentence_tokens, tokens
from marsad.model import Article, CleanArticle, Document
from marsad.summarize import StoryText, summarize
from marsad.summarize.coverage import ILPSummarizer, SubmodularSummarizer, concepts
from marsad.summarize.graph import (
    ContinuousLexRankSummarizer,
    LexRankSummarizer,
    TextRankSummarizer,
    idf_modified_cosine,
    lexrank,
    lexrank_terms,
    pagerank,
)
from marsad.summarize.mmr import MMRSummarizer, rescale
from marsad.summarize.supervised import (
    FEATURES,
    LinearModel,
    SupervisedSummarizer,
    features,
    shipped_model,
)

FLOOD = "غمرت مياه الفيضانات قرى الإقليم الشمالي يوم الاثنين وأدت إلى مقتل اثني عشر شخصا."
FLOOD_AGAIN = "أدت الفيضانات التي غمرت قرى الإقليم الشمالي يوم الاثنين إلى مقتل اثني عشر شخصا."
BOATS = "واستخدمت فرق الإنقاذ القوارب للوصول إلى القرى التي عزلها فيضان النهر عن المدينة."
AID = "وأرسلت الحكومة مساعدات غذائية وطبية عاجلة إلى المتضررين في القرى المعزولة."
WEATHER = "وتوقعت الأرصاد الجوية استمرار هطول الأمطار الغزيرة حتى نهاية الأسبوع الجاري."


def _document(article_id: str, source: str, paragraphs: list[str]) -> Document:
    article = Article(id=article_id, title="", text="\n".join(paragraphs), source=source)
    return analyse(CleanArticle(article=article, paragraphs=tuple(paragraphs)))


def _story() -> StoryText:
    documents = [
        _document("a", "wire", [FLOOD, BOATS, WEATHER]),
        _document("b", "paper", [FLOOD_AGAIN, AID]),
    ]
    return StoryText.build(documents, attribution_threshold=0.5)


def test_pagerank_is_a_distribution_and_uniform_on_a_regular_graph() -> None:
    ring = np.roll(np.eye(4), 1, axis=1) + np.roll(np.eye(4), -1, axis=1)
    rank = pagerank(ring)
    assert rank.sum() == pytest.approx(1.0)
    assert np.allclose(rank, 0.25)
    assert pagerank(np.zeros((0, 0))).size == 0


def test_isolated_sentences_share_the_rank_evenly() -> None:
    assert np.allclose(pagerank(np.zeros((3, 3))), 1 / 3)


@pytest.mark.parametrize("scorer", [ContinuousLexRankSummarizer(), TextRankSummarizer()])
def test_pagerank_scorers_prefer_the_statement_two_articles_share(
    scorer: ContinuousLexRankSummarizer,
) -> None:
    story = _story()
    scores = scorer.score(story)
    assert scores.sum() == pytest.approx(1.0)
    # The flood sentence, restated by the other article, beats the weather.
    assert scores[0] > scores[2]


def test_lexrank_ranks_by_links_within_a_connected_group() -> None:
    # "flood river" links to both others; "rain" is linked to nothing but itself.
    sentences = [["flood", "river"], ["flood", "dam"], ["river", "bank"], ["rain"]]
    scores = lexrank(sentences, "xx")
    assert np.linalg.norm(scores) == pytest.approx(1.0)  # the power method's L2-normalized vector
    assert scores[0] > scores[1] == pytest.approx(scores[2])
    assert scores[0] > scores[3]


def test_lexrank_summarizer_breaks_equal_scores_by_position_in_the_article() -> None:
    story = _story()
    # The two flood sentences link only to each other and every other sentence only to
    # itself, so all five keep an equal share: each article's lead comes first, then story order.
    assert np.ptp(lexrank([tokens(s.text) for s in story.sentences], "ar")) == pytest.approx(0.0)
    scores = LexRankSummarizer().score(story)
    assert list(np.argsort(-scores)) == [0, 3, 1, 4, 2]


def test_lexrank_terms_drop_stop_words_and_share_stems() -> None:
    counts = lexrank_terms([["في", "الحكومه"], ["الحكومه", "الحكومه", "قرار"], []], "ar")
    assert counts.shape == (3, 2)  # "في" is a stop word; two content stems
    assert counts.sum(axis=1).tolist() == [1.0, 3.0, 0.0]
    assert counts[0] @ counts[1] > 0  # the same stem in both sentences


def test_idf_modified_cosine_is_symmetric_and_ignores_empty_sentences() -> None:
    counts = lexrank_terms([["مياه", "فيضان"], ["فيضان", "قري"], ["امطار"], []], "ar")
    cosine = idf_modified_cosine(counts)
    assert np.allclose(cosine, cosine.T)
    assert np.allclose(np.diag(cosine)[:3], 1.0)
    assert cosine[3].tolist() == [0.0, 0.0, 0.0, 0.0]
    assert cosine[0, 1] > 0 and cosine[0, 2] == 0


def test_sentence_tokens_are_the_tokens_of_each_sentence() -> None:
    texts = [FLOOD, "  أعلنت الحكومةُ ١٢ قراراً  ", "", "Ａ Flood\ue000مياه"]
    assert sentence_tokens(texts) == [tokens(t) for t in texts]
    assert sentence_tokens(texts[:3]) == [tokens(t) for t in texts[:3]]
    assert sentence_tokens([]) == []


def test_lexrank_of_nothing() -> None:
    assert lexrank([], "ar").size == 0
    assert lexrank([[], []], "ar").tolist() == [0.0, 0.0]


def test_concepts_are_bigrams_of_terms() -> None:
    found = concepts(_story())
    assert all(len(concept) == 2 for concept in found)
    assert any({0, 3} <= holders for holders in found.values())


@pytest.mark.parametrize("words", [15, 20, 40])
def test_ilp_choice_fits_the_budget(words: int) -> None:
    story = _story()
    scores = ILPSummarizer().score_within(story, words)
    chosen = [i for i in range(len(scores)) if scores[i] >= 2.0]
    assert sum(story.sentences[i].word_count for i in chosen) <= words
    assert chosen  # something fits in 15 words


def test_ilp_covers_the_shared_concepts_first() -> None:
    story = _story()
    scores = ILPSummarizer().score_within(story, 15)
    assert int(np.argmax(scores)) in (0, 3)  # one of the two flood sentences


@pytest.mark.parametrize("words", [15, 30])
def test_submodular_choice_fits_the_budget(words: int) -> None:
    story = _story()
    scores = SubmodularSummarizer().score_within(story, words)
    chosen = [i for i in range(len(scores)) if scores[i] >= 2.0]
    assert chosen
    assert sum(story.sentences[i].word_count for i in chosen) <= words


def test_mmr_ranks_a_restatement_after_new_content() -> None:
    story = _story()
    scores = MMRSummarizer(base="lead", lambda_=0.5).score(story)
    order = list(np.argsort(-scores))
    assert order.index(3) > order.index(4)  # FLOOD_AGAIN after AID, though both lead-scored alike


def test_rescale() -> None:
    assert rescale(np.array([2.0, 4.0, 3.0])).tolist() == [0.0, 1.0, 0.5]
    assert rescale(np.array([5.0, 5.0])).tolist() == [1.0, 1.0]


def test_features_have_one_row_per_sentence_and_the_named_columns() -> None:
    story = _story()
    matrix = features(story)
    assert matrix.shape == (len(story.sentences), len(FEATURES))
    assert np.isfinite(matrix).all()
    assert matrix[0, FEATURES.index("lead")] == 1.0


def test_shipped_model_is_json_trained_on_the_training_topics_only() -> None:
    model = shipped_model()
    assert model.features == FEATURES
    assert model.info["trained_on"] == "EASC Topic1-100"
    again = LinearModel.from_dict(json.loads(json.dumps(model.to_dict())))
    assert np.allclose(again.coef, model.coef) and again.intercept == model.intercept


def test_a_model_for_other_features_is_refused() -> None:
    data = shipped_model().to_dict() | {"features": ["lead"]}
    with pytest.raises(ValueError, match="differ"):
        LinearModel.from_dict(data)


def test_supervised_raises_what_more_outlets_state() -> None:
    story = _story()
    plain = SupervisedSummarizer(support_weight=0.0).score(story)
    raised = SupervisedSummarizer().score(story)
    assert raised[0] / plain[0] == pytest.approx(2.0)  # two outlets: 1 + 1·log2(2)
    assert raised[2] == pytest.approx(plain[2])


def test_default_summary_leads_with_the_shared_statement() -> None:
    documents = [
        _document("a", "wire", [WEATHER, FLOOD, BOATS]),
        _document("b", "paper", [AID, FLOOD_AGAIN]),
    ]
    summary = summarize(documents, words=15)
    assert summary[0].text in (FLOOD, FLOOD_AGAIN)
    assert set(summary[0].sources) == {"a", "b"}


@pytest.mark.parametrize("limit", [1, 2])
def test_budget_in_sentences(limit: int) -> None:
    documents = [_document("a", "wire", [FLOOD, BOATS, WEATHER]), _document("b", "paper", [AID])]
    summary = summarize(documents, words=1000, sentences=limit)
    assert len(summary) == limit


def test_settings_budget_in_sentences_reaches_the_digest() -> None:
    import marsad
    from marsad.errors import SettingsError
    from marsad.settings import Settings

    articles = [
        Article(id="a", title="فيضانات", text="\n".join([FLOOD, BOATS, WEATHER]), source="wire"),
        Article(id="b", title="فيضانات", text="\n".join([FLOOD_AGAIN, AID]), source="paper"),
    ]
    result = marsad.digest(articles, Settings(summary_sentences=1, summary_words=1000))
    assert all(len(story.summary) == 1 for story in result.stories)
    with pytest.raises(SettingsError):
        Settings(summary_sentences=0)


def test_wire_copy_is_one_voice() -> None:
    from marsad.summarize.attribution import outlet_support

    copied = [
        _document("a", "wire-user-1", [FLOOD, WEATHER]),
        _document("b", "wire-user-2", [FLOOD, AID]),
    ]
    reworded = [
        _document("a", "outlet-1", [FLOOD, WEATHER]),
        _document("b", "outlet-2", [FLOOD_AGAIN, AID]),
    ]
    assert outlet_support(StoryText.build(copied, attribution_threshold=0.5))[0] == 1
    assert outlet_support(StoryText.build(reworded, attribution_threshold=0.5))[0] == 2


def test_an_article_first_sentence_opens_before_a_better_scored_second_one() -> None:
    documents = [
        _document("a", "wire", [WEATHER, FLOOD, BOATS]),
        _document("b", "paper", [AID, FLOOD_AGAIN]),
    ]
    summary = summarize(documents, words=200)
    chosen = {(s.article, s.sentence) for s in summary}
    assert ("a", 1) in chosen or ("b", 1) in chosen  # the shared statement is in the summary
    assert summary[0].sentence == 0  # but a first sentence opens it


def test_a_story_over_two_news_cycles_tells_the_main_development_of_each() -> None:
    from dataclasses import replace
    from datetime import UTC, datetime, timedelta

    from marsad.summarize.select import select

    roads = "وأعادت السلطات فتح الطرق المؤدية إلى القرى المعزولة بعد انحسار المياه صباح الأربعاء."
    first = datetime(2018, 2, 5, 9, tzinfo=UTC)

    def story(later: timedelta) -> StoryText:
        documents = [
            _document("a", "wire", [FLOOD, BOATS, WEATHER]),
            _document("b", "paper", [FLOOD_AGAIN, AID]),
            _document("c", "wire", [roads]),
        ]
        dates = (first, first + timedelta(hours=2), first + later)
        documents = [
            replace(d, article=replace(d.article, published=when))
            for d, when in zip(documents, dates, strict=True)
        ]
        return StoryText.build(documents, attribution_threshold=0.5)

    # a: FLOOD, BOATS, WEATHER; b: FLOOD_AGAIN, AID; c: roads (scored last)
    scores = np.array([0.9, 0.8, 0.6, 1.0, 0.7, 0.1])
    two_days = select(story(timedelta(days=2)), scores, words=28, redundancy=0.5)
    assert [(s.article, s.sentence) for s in two_days] == [("b", 0), ("c", 0)]
    one_morning = select(story(timedelta(hours=3)), scores, words=28, redundancy=0.5)
    assert [(s.article, s.sentence) for s in one_morning] == [("b", 0), ("a", 1)]
