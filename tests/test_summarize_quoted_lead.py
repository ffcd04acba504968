"""A quote that says again what its article's first sentence reports (issue 19, round 14), on
real February 2018 sentences."""

from datetime import UTC, datetime

import numpy as np

from marsad.lang import analyse
from marsad.model import Article, CleanArticle, Document
from marsad.summarize.base import StoryText
from marsad.summarize.quoted_lead import (
    QUOTE_LEAD_LOGIT,
    quotes_at_length,
    quotes_lead,
    without_lead_quotes,
)
from marsad.summarize.select import select

# 62062943: Al Arabiya's lead tells the cabinet's decision, the spokesman's quote tells it again.
LEAD = (
    "أعلنت الحكومة الأردنية أمس الاثنين أنها قررت منح الجنسية أو الإقامة الدائمة لنحو 500 "
    "مستثمر سنوياً، في إجراء يهدف إلى تشجيع الاستثمار في المملكة."
)
QUOTE = (
    "وقال وزير الدولة لشؤون الإعلام، الناطق الرسمي باسم الحكومة محمد المومني في مؤتمر صحافي، "
    'إنه "بناء على تنسيب وزير الدولة لشؤون الاستثمار، قرر مجلس الوزراء في جلسته اليوم الاثنين '
    'منح المستثمرين الجنسية الأردنية أو الإقامة الدائمة في المملكة".'
)
# ... and the spokesman's next sentence: the conditions (a fact the lead does not give).
CONDITIONS = (
    'وأوضح المومني أنه سيتم منح الجنسية الأردنية للمستثمر "في حال وضع وديعة بقيمة 1,5 مليون '
    'دولار لدى البنك المركزي دون فائدة، ولمدة خمس سنوات".'
)
# fa51642f: a denial quoted after the lead is another side's claim, not the lead again.
DENIAL = (
    "ونفى المتحدث باسم وزارة النقل والمواصلات في حكومة إقليم كوردستان أن يؤدي حظر الطيران "
    'الدولي إلى رفع الصفة الدولية عن المطارين، وقال "إن منح صفة الدولية لأي مطار يعتمد مجموعة '
    'معايير تحددها منظمة الطيران العالمية".'
)
# 9a28cf9c: one word in quotation marks is no quote of the lead.
ONE_WORD = (
    'وذكرت صحيفة ديلي ميل البريطانية أن طريقة العرض "المبتكرة" لحقائب شتاء وخريف 2018 جاءت '
    "خلال أسبوع الموضة في ميلانو الإيطالية."
)
OTHER_LEAD = "قال وزير المالية إن الحكومة ستعرض ميزانية العام المقبل على البرلمان الأسبوع المقبل."
MONDAY = datetime(2018, 2, 19, 12, tzinfo=UTC)


def _document(article_id: str, source: str, paragraphs: list[str]) -> Document:
    article = Article(
        id=article_id, title="عنوان", text="\n".join(paragraphs), source=source, published=MONDAY
    )
    return analyse(CleanArticle(article=article, paragraphs=tuple(paragraphs)))


def _story(sentences: list[str], value: float) -> StoryText:
    """One Al Arabiya article and another outlet's; every pair at the "same fact" logit
    ``value`` (the February logits of the Jordan pair were 2.22 / 1.60), credits at -5."""
    documents = [
        _document("a1", "alarabia", sentences),
        _document("s1", "skynews", [OTHER_LEAD]),
    ]
    story = StoryText.build(documents, attribution_threshold=0.5)
    n = len(story.sentences)
    story.__dict__["pair_logits"] = {
        "same": np.full((n, n), value),
        "states": np.full((n, n), -5.0),
    }
    return story


def _index(story: StoryText, text: str) -> int:
    return [s.text for s in story.sentences].index(text)


def test_a_quote_of_the_lead_repeats_it_one_way() -> None:
    story = _story([LEAD, QUOTE, CONDITIONS], QUOTE_LEAD_LOGIT)
    lead, quote = _index(story, LEAD), _index(story, QUOTE)
    assert quotes_lead(story, quote, lead)
    assert not quotes_lead(story, lead, quote)  # the lead is never the one left out


def test_far_apart_for_the_classifier_they_are_two_facts() -> None:
    story = _story([LEAD, QUOTE, CONDITIONS], QUOTE_LEAD_LOGIT - 0.25)
    assert not quotes_lead(story, _index(story, QUOTE), _index(story, LEAD))


def test_only_the_lead_of_the_same_article() -> None:
    story = _story([LEAD, CONDITIONS, QUOTE], QUOTE_LEAD_LOGIT)
    quote, conditions = _index(story, QUOTE), _index(story, CONDITIONS)
    assert not quotes_lead(story, quote, conditions)  # not a first sentence
    assert not quotes_lead(story, quote, _index(story, OTHER_LEAD))  # another article's


def test_a_denial_or_a_word_in_quotation_marks_is_no_quote_of_the_lead() -> None:
    assert quotes_at_length(QUOTE)
    assert not quotes_at_length(DENIAL)
    assert not quotes_at_length(ONE_WORD)


def test_the_summary_shows_the_lead_and_not_its_quote() -> None:
    story = _story([LEAD, QUOTE, CONDITIONS], -5.0)
    lead, quote = _index(story, LEAD), _index(story, QUOTE)
    story.pair_logits["same"][[lead, quote], [quote, lead]] = QUOTE_LEAD_LOGIT
    scores = np.array([3.0, 2.0, 1.0, 0.5])  # the quote before the conditions
    shown = [s.text for s in select(story, scores, words=120, redundancy=0.99)]
    assert LEAD in shown and OTHER_LEAD in shown and QUOTE not in shown


def test_a_quote_chosen_before_its_lead_gives_way() -> None:
    story = _story([LEAD, QUOTE, CONDITIONS], 0.0)
    lead, quote = _index(story, LEAD), _index(story, QUOTE)
    assert without_lead_quotes(story, [quote, lead]) == [lead]


def test_a_twin_reports_copy_of_the_quote_repeats_the_lead_too() -> None:
    """8005b624: Sky's two Mali reports carry the forest guard's quote word for word; the copy
    came back in the summary when only the lead's own quote was left out."""
    documents = [
        _document("a1", "alarabia", [LEAD, QUOTE]),
        _document("a2", "alarabia", [OTHER_LEAD, CONDITIONS, QUOTE]),
    ]
    story = StoryText.build(documents, attribution_threshold=0.5)
    n = len(story.sentences)
    story.__dict__["pair_logits"] = {"same": np.full((n, n), 0.0), "states": np.full((n, n), -5.0)}
    lead = _index(story, LEAD)
    copy = next(i for i, s in enumerate(story.sentences) if s.text == QUOTE and s.article == "a2")
    assert quotes_lead(story, copy, lead)
    assert not quotes_lead(story, _index(story, CONDITIONS), lead)  # not a copy
