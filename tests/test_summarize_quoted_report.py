"""A speaker's statement told twice: reported, then quoted (issue 19, round 20), on real
February 2018 sentences (SK-middleEast-12-20180222)."""

from datetime import UTC, datetime

import numpy as np

from marsad.summarize.quoted_report import quoted_reports
from marsad.summarize.select import select
from storydocs import logit_story, sentence_index, shown_texts

LEAD = (
    "قال قائد وحدات حماية الشعب الكردية السورية في مدينة حلب، الخميس، إن مقاتلي الوحدات توجهوا "
    "إلى منطقة عفرين القريبة للمساعدة في صد هجوم تركي."
)
REPORT = (
    "وأضاف فرات خليل، أن الحكومة السورية استعادت نتيجة لذلك السيطرة على الأحياء التي يسيطر "
    "عليها الأكراد في المدينة، وفق ما نقلت رويترز."
)
QUOTE = (
    'وأوضح خليل  "نحن كوحدات حماية الشعب والمرأة في حلب توجهنا إلى إقليم عفرين، لذلك وقعت '
    'الأحياء الشرقية من مدينة حلب تحت سيطرة النظام السوري".'
)
# The same report denied: another claim, whatever words it shares with the quote.
DENIED = (
    "وأضاف فرات خليل، أن الحكومة السورية لم تستعد السيطرة على الأحياء التي يسيطر عليها "
    "الأكراد في المدينة، وفق ما نقلت رويترز."
)
# The quote with a count of its own: news the report does not give.
COUNTED = QUOTE.replace("توجهنا", "توجه 300 مقاتل منا")
OTHER_LEAD = (
    "دخل مقاتلون يدعمون الحكومة السورية منطقة عفرين في شمال غرب سوريا، لمساعدة وحدات حماية "
    "الشعب الكردية على التصدي لهجوم تشنه تركيا."
)
THURSDAY = datetime(2018, 2, 22, 12, tzinfo=UTC)


def _always(_one: int, _two: int) -> bool:
    return True


def _never(_one: int, _two: int) -> bool:
    return False


def test_a_quote_of_a_report_of_its_article_is_left_out() -> None:
    """The quote says again what the report says: the report stays, the quote goes (fails
    without the rule: the pair classifier puts them far apart, -5 here)."""
    story = logit_story([("sky", [LEAD, REPORT, QUOTE]), ("bbc", [OTHER_LEAD])], -5.0, THURSDAY)
    shown = shown_texts(story)
    assert REPORT in shown
    assert QUOTE not in shown
    report, quote = sentence_index(story, REPORT), sentence_index(story, QUOTE)
    assert quoted_reports(story, [report, quote], _always) == {quote: report}
    assert quoted_reports(story, [quote, report], _always) == {quote: report}  # either order


def test_another_outlets_quote_credits_the_report() -> None:
    """Another outlet quoting the statement: one sentence, the report, credited to both."""
    story = logit_story(
        [("sky", [LEAD, REPORT]), ("alarabia", [OTHER_LEAD, QUOTE])], -5.0, THURSDAY
    )
    scores = np.linspace(2.0, 1.0, len(story.sentences))
    summary = select(story, scores, words=200, redundancy=0.99)
    texts = [s.text for s in summary]
    assert QUOTE not in texts
    shown = next(s for s in summary if s.text == REPORT)
    assert set(shown.sources) == {"a0", "a1"}


def test_a_denied_claim_or_a_count_of_its_own_keeps_the_quote() -> None:
    """A report denying what the quote says is another claim; a quote giving a count the report
    does not give adds news: both stay (each fails without its guard)."""
    for report, quote in ((DENIED, QUOTE), (REPORT, COUNTED)):
        story = logit_story([("sky", [LEAD, report, quote]), ("bbc", [OTHER_LEAD])], -5.0, THURSDAY)
        assert quote in shown_texts(story)


def test_only_a_quote_is_left_out() -> None:
    """Two reports of one speaker are not read here (neither quotes), nor a quote not near in
    time the report."""
    story = logit_story([("sky", [LEAD, REPORT, QUOTE]), ("bbc", [OTHER_LEAD])], -5.0, THURSDAY)
    report, quote = sentence_index(story, REPORT), sentence_index(story, QUOTE)
    lead = sentence_index(story, LEAD)
    assert quoted_reports(story, [lead, report], _always) == {}
    assert quoted_reports(story, [report, quote], _never) == {}


# ba7234a7: two statements of Netanyahu's that share only the countries they name.
ACT = (
    "قال رئيس الوزراء الإسرائيلي بنيامين نتانياهو اليوم الأحد أن إسرائيل سنتحرك ضد إيران وليس "
    "ضد وكلائها فحسب في الشرق الأوسط إذا لزم الأمر."
)
NOOSE = 'وقال نتنياهو إن "إسرائيل لن تسمح للنظام في إيران بلف حبل مشنقة الإرهاب على رقابنا".'
SUNDAY = datetime(2018, 2, 18, 12, tzinfo=UTC)


def test_statements_sharing_only_places_are_two() -> None:
    """The countries a speaker names are not what he says: both statements stay (fails
    without the place rule)."""
    story = logit_story([("sky", [ACT]), ("bbc", [OTHER_LEAD, NOOSE])], -5.0, SUNDAY)
    act, noose = sentence_index(story, ACT), sentence_index(story, NOOSE)
    assert quoted_reports(story, [act, noose], _always) == {}
