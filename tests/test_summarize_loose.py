"""Articles only loosely attached to their story (issue 19, round 25), on February 2018 ANT
articles: a press review (France 24's daily round of the world's papers) that the clustering
put beside a report of one of its topics gives no summary sentence, least of all the opening;
alone, its summary is its own."""

from marsad.model import Document
from marsad.summarize import StoryText, summarize
from marsad.summarize.loose import loose_articles, press_reviews
from storydocs import sentences_document

# france24, 2018-02-20T07:24:47+00:00: الغاز الإسرائيلي وتغيير العلاقات الاستراتيجية في المنطقة؟
REVIEW_FR = [
    "تابعت الصحف العالمية الصادرة اليوم الوضع في الغوطة الشرقية قرب دمشق حيث قتل وجرح عشرات المدنيين في قصف لقوات النظام السوري.",
    "كما سلطت الضوء على الصفقة التي أبرمت بين إسرائيل ومصر لتصدير الغاز.",
    "واهتمت الصحف أيضا بالكلمة التي سيلقيها الرئيس الفلسطيني محمود عباس اليوم أمام مجلس الأمن الدولي فضلا عن تطرقها إلى الوضع في اليمن.",
    '"لوموند" الفرنسية تكتب عن الوضع في الغوطة الشرقية قرب دمشق ومقتل وجرح عشرات المدنيين فيها في قصف لقوات النظام السوري.',
]
# BBC, 2018-02-20T09:20:53+00:00: مقتل أكثر من 100 شخص في غارات جوية مكثفة على الغوطة الشرقية
GHOUTA_BB = [
    "شنت قوات الحكومة السورية، والقوات المتحالفة معها، المزيد من الغارات الجوية على الغوطة الشرقية، بعد تعرض المنطقة التي يسيطر عليها مسلحو المعارضة لأعنف قصف لها منذ سنوات.",
    "وقتل في الغارات الجوية والقصف المدفعي الاثنين على المنطقة الواقعة خارج العاصمة دمشق أكثر من 100 شخص - بحسب ما ذكره المرصد السوري المعارض.",
    "ويقول المرصد إن تلك الخسائر في الأرواح هي الأكثر منذ ثلاث سنوات.",
    "لكن الحكومة السورية ردت على ذلك بأنها تستهدف المسلحين فقط.",
]


def _review() -> Document:
    return sentences_document("fr", "france24", "2018-02-20T07:24:47+00:00", "الغاز الإسرائيلي وتغيير العلاقات الاستراتيجية في المنطقة؟", REVIEW_FR)  # fmt: skip


def _ghouta() -> Document:
    return sentences_document("bb", "BBC", "2018-02-20T09:20:53+00:00", "مقتل أكثر من 100 شخص في غارات جوية مكثفة على الغوطة الشرقية", GHOUTA_BB)  # fmt: skip


def test_a_press_review_gives_no_sentence_beside_a_report() -> None:
    """The review's "تابعت الصحف العالمية الصادرة اليوم …" marks it; beside BBC's report its
    sentences are left out of a summary with room for them and the report's lead opens it
    (fails without the rule: the review's teaser is shown)."""
    story = StoryText.build([_review(), _ghouta()], attribution_threshold=0.5)
    assert press_reviews(story) == {"fr"}
    summary = summarize([_review(), _ghouta()], words=400)
    assert summary[0].text == GHOUTA_BB[0]
    assert all(s.article == "bb" for s in summary)


def test_a_press_review_alone_and_a_report_alone_are_their_own() -> None:
    """Alone, the review's summary opens with its teaser; a report is no press review."""
    assert summarize([_review()], words=400)[0].text == REVIEW_FR[0]
    story = StoryText.build([_ghouta()], attribution_threshold=0.5)
    assert press_reviews(story) == set()
    assert loose_articles(story) == frozenset()
