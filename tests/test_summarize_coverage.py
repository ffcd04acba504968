"""The facts most outlets carry come first: ``coverage.outlet_agreement`` in the scores.

Real February 2018 sentences (ANT): the Kuwait conference on Iraq's reconstruction, told by
Al Arabiya and the BBC over three days.
"""

from __future__ import annotations

import numpy as np

from marsad.lang import analyse
from marsad.model import Article, CleanArticle, Document
from marsad.settings import Settings
from marsad.summarize import StoryText, summarize
from marsad.summarize.coverage import outlet_agreement
from marsad.summarize.supervised import SupervisedSummarizer, supervised_with_agreement

COST_ARABIYA = (
    "قال قصي عبد الفتاح المدير العام بوزارة التخطيط العراقية، إن إعادة إعمار العراق بعد سنوات"
    " من الحرب والاضطرابات الاقتصادية، ستكلف 88.2 مليار دولار."
)
COST_BBC = (
    "يحتاج العراق إلى 88.2 مليار دولار لتنفيذ مشاريع إعادة الإعمار داخل البلد الذي شهد دمارا"
    " كبيرا خلال الحرب ضد تنظيم الدولة الإسلامية، وفقا لوزارة التخطيط العراقية."
)
ARABIYA = [
    COST_ARABIYA,
    "وقال عبد الفتاح في مؤتمر دولي منعقد في الكويت اليوم الاثنين لبحث إعادة إعمار العراق، إن"
    " هناك حاجة إلى 22 مليار دولار في الأجل القصير، ونحو 65 ملياراً على المدى المتوسط.",
    "وأضاف أن قطاع الإسكان يتصدر القطاعات الأكثر احتياجا للتمويل.",
]
BBC_COST = [
    COST_BBC,
    "وأوضح وزير التخطيط سلمان الجميلي خلال مؤتمر دولي في الكويت أن هذه التكلفة تستند إلى"
    " دارسة إجراها خبراء عراقيون ودوليون.",
    "وأشار الجميلي إلى أن الحجم الكلي للأضرار والخسائر بالعراق بلغ 45.7 مليار دولار.",
]
BBC_PLEDGES = [
    "تعهدت الدول الحليفة للعراق الاربعاء بتخصيص مليارات الدولارات على شكل قروض وتسهيلات"
    " ائتمانية واستثمارات للمساهمة في اعادة اعمار البلد الخارج من حرب مع تنظيم الدول"
    " الاسلامية استمرت لاكثر من ثلاث سنوات.",
    "وبعد ساعات قليلة من افتتاح اليوم الثالث والختامي لمؤتمر اعادة اعمار العراق في الكويت،"
    " وصلت تعهدات الدول إلى نحو 25 مليار دولار.",
    "وقبيل اعلان الدول عن مساهماتها، طالب الامين العام للامم المتحدة انطونيو غوتيريش المجتمع"
    ' الدولي بتقديم الدعم "بالسياسة والموارد".',
]

PLEDGES_ARABIYA = [
    "قال وزير الخارجية السعودي، عادل الجبير، إن المملكة خصصت 1.5 مليار دولار لمشاريع إعادة إعمار"
    " العراق، وتمويل الصادرات السعودية له.",
    "وكان أمير الكويت، الشيخ صباح الأحمد الجابر الصباح، أعلن اليوم الأربعاء، خلال مؤتمر دولي"
    " لمناقشة إعادة إعمار العراق، تقديم الكويت قرضاً للعراق بمليار دولار، والتزامها باستثمار"
    " مليار دولار إضافية هناك.",
    "من جانبها، أعلنت الإمارات تعهدها بتقديم 500 مليون دولار لإعادة إعمار العراق، فيما تعهدت"
    " بريطانيا بما يصل إلى مليار دولار سنوياً للعراق في شكل ائتمان صادرات على مدى 10 سنوات.",
]


def _document(article_id: str, source: str, sentences: list[str]) -> Document:
    article = Article(
        id=article_id, title="إعادة إعمار العراق", text=" ".join(sentences), source=source
    )
    return analyse(CleanArticle(article=article, paragraphs=tuple(sentences)))


def _story() -> list[Document]:
    return [
        _document("AL-economy-33-20180212", "alarabia", ARABIYA),
        _document("BB-middleEast-31-20180212", "BBC", BBC_COST),
        _document("BB-economy-7-20180214", "BBC", BBC_PLEDGES),
        _document("AL-economy-19-20180214", "alarabia", PLEDGES_ARABIYA),
    ]


def _built(documents: list[Document]) -> StoryText:
    return StoryText.build(documents, attribution_threshold=Settings().attribution_threshold)


def _index(story: StoryText, text: str) -> int:
    return next(i for i, s in enumerate(story.sentences) if s.text == text)


def test_a_figure_both_outlets_report_agrees_more_than_one_outlets_detail() -> None:
    story = _built(_story())
    agreement = outlet_agreement(story)
    detail = _index(story, ARABIYA[2])  # the housing sector: Al Arabiya only
    for text in (COST_ARABIYA, COST_BBC):
        assert agreement[_index(story, text)] > agreement[detail]
    assert agreement.min() >= 0.0 and agreement.max() <= 1.0


def test_one_outlet_agrees_with_no_one() -> None:
    story = _built([_document("a", "BBC", BBC_COST), _document("b", "BBC", BBC_PLEDGES)])
    assert not outlet_agreement(story).any()


def test_the_cost_both_outlets_report_is_in_the_summary() -> None:
    # Without the agreement term the BBC's "allies pledged billions" lead opened the summary
    # and the 88.2 billion both outlets lead with was left out (February digest, 57c53ecb).
    texts = [s.text for s in summarize(_story(), summarizer="supervised-agreement")]
    assert COST_ARABIYA in texts or COST_BBC in texts
    story = _built(_story())
    best = int(np.argmax(supervised_with_agreement().score(story)))
    assert best in {_index(story, COST_ARABIYA), _index(story, COST_BBC)}
    unweighted = int(np.argmax(SupervisedSummarizer().score(story)))
    assert unweighted == _index(story, BBC_PLEDGES[0])


def test_small_and_large_stories_get_the_same_agreement() -> None:
    dense = _built(_story())
    sparse = _built(_story())
    sparse.__dict__["dense"] = None  # the path of a story above DENSE_CELLS
    assert dense.dense is not None
    assert np.allclose(outlet_agreement(dense), outlet_agreement(sparse))
