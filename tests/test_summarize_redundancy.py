"""Nothing twice: a quote that the lead of its own article already sums up is not shown again."""

import sys

import pytest

from marsad.lang import analyse
from marsad.model import Article, CleanArticle, Document
from marsad.summarize import summarize
from marsad.summarize.supervised import SupervisedSummarizer

SUMMED_UP = [
    "وصف وزير الخارجية السعودي عادل الجبير الجمعة الأزمة مع قطر بأنها صغيرة جدا، واعتبر أن "
    "إيران هي الخطر الأكبر على المنطقة.",
    'وقال الجبير في كلمة أمام مؤتمر في بروكسل إن "قطر كدولة وكقضية صغيرة جدا، ولدينا قضايا أكبر".',
    'وكرر الجبير أن "إيران الخطر الأكبر على المنطقة وربما على العالم".',
]
OTHER = [
    "دعا وزير الخارجية السعودي أمام البرلمان الأوروبي إلى تعديل الاتفاق النووي مع إيران.",
    "وقال إن الاتفاق يعاني من نواقص ويجب على المجتمع الدولي معالجتها.",
]


def _document(article_id: str, source: str, paragraphs: list[str]) -> Document:
    article = Article(id=article_id, title="عنوان", text="\n".join(paragraphs), source=source)
    return analyse(CleanArticle(article=article, paragraphs=tuple(paragraphs)))


@pytest.mark.parametrize("within_article", [True, False])
def test_a_quote_the_lead_sums_up_is_not_shown_again(
    within_article: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    if not within_article:  # the pair classifier's "same fact" across articles only
        monkeypatch.setattr(sys.modules["marsad.summarize.select"], "SAME_ARTICLE_LOGIT", 99.0)
    story = [_document("a1", "cnn", SUMMED_UP), _document("b1", "skynews", OTHER)]
    # the repeat, not the choice: without the outlet-agreement term both Iran sentences score
    # high enough to be chosen when the rule is off
    summary = summarize(story, words=300, summarizer=SupervisedSummarizer(agreement_weight=0.0))
    iran = [s for s in summary if s.article == "a1" and "إيران" in s.text]
    assert len(iran) == (1 if within_article else 2)
