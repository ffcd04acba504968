"""A speaker's word told twice in one article: reported with a word in quotation marks, then
quoted whole (issue 19, round 19), on real February 2018 sentences."""

from datetime import UTC, datetime

import numpy as np

from marsad.lang import analyse
from marsad.model import Article, CleanArticle, Document
from marsad.summarize.base import StoryText
from marsad.summarize.quoted_again import key_words, quoted_again
from marsad.summarize.quoted_lead import quotes_at_length
from marsad.summarize.select import select

# 8caae7d9: the BBC reports Lady Gaga's word, then quotes the sentence it comes from.
REPORTED = (
    'وفي بيان بموقع "تويتر" للتواصل الاجتماعي، اعتذرت ليدي غاغا لجمهورها، وقالت إنها "محطمة" '
    'لكن "نفسي وصحتي" يجب أن تأتي في المقام الأول.'
)
QUOTED = 'وكتبت ليدي غاغا (31 عاما) لجمهورها "أنا محطمة لدرجة أنني غير قادرة على وصف ما أشعر به".'
# 14a670cf: a name in quotation marks after its kind noun, named again by a later quote.
NAMED = (
    "أعلن الشيخ محمد بن راشد، نائب رئيس الإمارات رئيس مجلس الوزراء حاكم دبي، السبت، عن إطلاق "
    'الدورة الثانية من مبادرة "صنّاع الأمل"، بمكافأة تبلغ قيمتها مليون درهم.'
)
NAMED_AGAIN = (
    'وقال الشيخ محمد بن راشد إن "صناع الأمل في وطننا العربي هم صناع الحضارة وهم صناع '
    'المستقبل"، مؤكداً أن "في كل إنسان بذرة خير".'
)
# d9bd66c8: a quote after a colon, without quotation marks.
COLON = (
    'وقال عبدالغني لـ"في المرمى": كنت أريد اللعب في المباراة والانضمام إلى المنتخب السعودي، '
    "لكن النادي رفض لأنها لم تكن ضمن أيام فيفا."
)
OTHER_LEAD = "ألغت ليدي غاغا آخر 10 حفلات في أوروبا ضمن جولتها حول العالم بسبب آلام حادة."
SUNDAY = datetime(2018, 2, 4, 12, tzinfo=UTC)


def _document(article_id: str, source: str, paragraphs: list[str]) -> Document:
    article = Article(
        id=article_id, title="عنوان", text="\n".join(paragraphs), source=source, published=SUNDAY
    )
    return analyse(CleanArticle(article=article, paragraphs=tuple(paragraphs)))


def _story(sentences: list[str]) -> StoryText:
    """One BBC article (a lead, then ``sentences``) and another outlet's lead; every pair far
    apart for the pair classifier ("same fact" logit -5), as the February pair was."""
    documents = [
        _document("b1", "bbc", [OTHER_LEAD, *sentences]),
        _document("a1", "alarabia", [OTHER_LEAD]),
    ]
    story = StoryText.build(documents, attribution_threshold=0.5)
    n = len(story.sentences)
    story.__dict__["pair_logits"] = {"same": np.full((n, n), -5.0), "states": np.full((n, n), -5.0)}
    return story


def _index(story: StoryText, text: str) -> int:
    return [s.text for s in story.sentences].index(text)


def test_the_quote_of_a_reported_word_repeats_it() -> None:
    story = _story([REPORTED, QUOTED])
    reported, quoted = _index(story, REPORTED), _index(story, QUOTED)
    assert quoted_again(story, [reported, quoted]) == {quoted: reported}
    assert quoted_again(story, [quoted, reported]) == {}  # one way


def test_the_summary_shows_the_report_and_not_the_quote() -> None:
    story = _story([REPORTED, QUOTED])
    scores = np.array([3.0, 2.0, 1.0, 0.5])
    shown = [s.text for s in select(story, scores, words=120, redundancy=0.99)]
    assert REPORTED in shown and QUOTED not in shown


def test_a_name_in_quotation_marks_is_no_speakers_word() -> None:
    assert key_words(REPORTED)  # "إنها "محطمة""
    assert not key_words(NAMED)  # "مبادرة "صنّاع الأمل""
    story = _story([NAMED, NAMED_AGAIN])
    assert quoted_again(story, [_index(story, NAMED), _index(story, NAMED_AGAIN)]) == {}


def test_a_quote_with_a_count_of_its_own_stays() -> None:
    counted = QUOTED.replace("أنا محطمة", "أنا محطمة بعد إلغاء 10 حفلات")
    story = _story([REPORTED, counted])
    assert quoted_again(story, [_index(story, REPORTED), _index(story, counted)]) == {}


def test_a_quote_after_a_colon_is_a_quote() -> None:
    assert quotes_at_length(COLON)
    assert not quotes_at_length("وصل الوفد عند الساعة 17:00 إلى المطار الدولي في العاصمة.")


def test_the_report_kept_is_credited_to_the_outlets_of_the_quote() -> None:
    """ba7234a7: France 24 carried Zarif's quote, Sky reported and quoted it; the report kept is
    France 24's too (its article states the statement)."""
    documents = [
        _document("b1", "bbc", [OTHER_LEAD, REPORTED, QUOTED]),
        _document("f1", "france24", [OTHER_LEAD, QUOTED]),
    ]
    story = StoryText.build(documents, attribution_threshold=0.5)
    n = len(story.sentences)
    same, states = np.full((n, n), -5.0), np.full((n, n), -5.0)
    quotes = [i for i, s in enumerate(story.sentences) if s.text == QUOTED]
    states[np.ix_(quotes, quotes)] = 5.0  # the two copies state one another
    story.__dict__["pair_logits"] = {"same": same, "states": states}
    story.__dict__["states"] = 1 / (1 + np.exp(-states))
    scores = np.array([3.0, 2.0, 1.0, 0.5, 0.4])
    shown = {s.text: s.sources for s in select(story, scores, words=120, redundancy=0.99)}
    assert QUOTED not in shown
    assert set(shown[REPORTED]) == {"b1", "f1"}
