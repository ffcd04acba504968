"""A multi-outlet summary shows a later sentence only when it brings a content stem another
outlet of the story also uses (issue 19, round 24: what a summary needs, not what it holds)."""

from marsad.summarize.base import StoryText
from marsad.summarize.shared_news import outlets_by_stem, shared_new, without_unshared
from storydocs import sentence_index as _index
from storydocs import sentences_document, shown_texts

# The Gaza fisherman story of February 2018 (two outlets), shortened.
LEAD = "قتل صياد فلسطيني مساء الأحد برصاص بحرية الاحتلال الإسرائيلي قبالة شاطئ مدينة غزة."
SECOND_LEAD = "استشهد صياد فلسطيني برصاص بحرية الاحتلال قبالة شاطئ غزة وأصيب نقيب الصيادين بجروح."
# Another outlet's detail: "نقيب" (the fishermen's union head) is also in the second lead.
SHARED = "وأكد نقيب الصيادين نزار عياش أن الزوارق أطلقت النار على المركب دون سابق إنذار."
# Only its own outlet tells of a strike: no new stem another outlet uses.
ASIDE = "ودعا الصيادون إلى إضراب فوري لمدة يومين."


def _story(*articles: tuple[str, list[str]]) -> StoryText:
    documents = [
        sentences_document(f"a{n}", source, "2018-02-18T20:00:00+00:00", "عنوان", texts)
        for n, (source, texts) in enumerate(articles)
    ]
    return StoryText.build(documents, attribution_threshold=0.5)


def test_a_later_sentence_with_no_stem_another_outlet_uses_is_left_out() -> None:
    story = _story(("alarabiya", [LEAD, SHARED, ASIDE]), ("bbc", [SECOND_LEAD]))
    ordered = [_index(story, LEAD), _index(story, SHARED), _index(story, ASIDE)]
    assert without_unshared(story, ordered) == ordered[:2]


def test_new_stems_count_only_when_another_outlet_uses_them() -> None:
    story = _story(("alarabiya", [LEAD, SHARED, ASIDE]), ("bbc", [SECOND_LEAD]))
    carriers = outlets_by_stem(story)
    shown = set(story.sentences[_index(story, LEAD)].terms)
    assert shared_new(story, _index(story, SHARED), shown, carriers) >= 1
    assert shared_new(story, _index(story, ASIDE), shown, carriers) == 0


def test_a_one_outlet_story_keeps_its_summary() -> None:
    story = _story(("alarabiya", [LEAD, SHARED, ASIDE]))
    ordered = [_index(story, LEAD), _index(story, SHARED), _index(story, ASIDE)]
    assert without_unshared(story, ordered) == ordered


def test_the_first_sentence_always_stays() -> None:
    story = _story(("alarabiya", [ASIDE, LEAD]), ("bbc", [SECOND_LEAD]))
    ordered = [_index(story, ASIDE)]
    assert without_unshared(story, ordered) == ordered


def test_the_summary_leaves_the_aside_out() -> None:
    story = _story(("alarabiya", [LEAD, SHARED, ASIDE]), ("bbc", [SECOND_LEAD]))
    shown = shown_texts(story)
    assert LEAD in shown and SHARED in shown and ASIDE not in shown
