"""The EASC limits report (marsad.eval.easc_limits) on a hand-made article."""

from __future__ import annotations

import pytest

from marsad.eval.easc import EascArticle
from marsad.eval.easc_limits import ReferenceShare, human_agreement, lead_by_budget
from marsad.lang import analyse
from marsad.model import Article, CleanArticle
from marsad.summarize import summarize

PARAGRAPHS = (
    "أعلنت وزارة الصحة في القاهرة اليوم عن افتتاح مستشفى جديد للأطفال في المدينة.",
    "وقال الوزير إن المستشفى يضم مئتي سرير ويخدم سكان الأحياء الجنوبية كلها.",
    "وكانت الحكومة قد وعدت ببناء المستشفى منذ خمس سنوات بعد احتجاجات الأهالي المتكررة.",
    "ويأمل السكان أن تتحسن الخدمات الصحية في المنطقة خلال الأعوام المقبلة بشكل كبير.",
)


def _article(references: tuple[str, ...]) -> EascArticle:
    article = Article(
        id="Topic0", title="", text="\n".join(PARAGRAPHS), source="easc", path="", lang="ar"
    )
    document = analyse(CleanArticle(article=article, paragraphs=PARAGRAPHS))
    return EascArticle(topic=0, document=document, references=references)


def test_human_agreement_is_one_for_identical_extracts_and_zero_for_disjoint() -> None:
    same = _article((PARAGRAPHS[0], PARAGRAPHS[0], PARAGRAPHS[0]))
    assert human_agreement([same]) == pytest.approx(1.0)
    disjoint = _article((PARAGRAPHS[0], PARAGRAPHS[3]))
    assert human_agreement([disjoint]) == pytest.approx(0.0)


def test_lead_by_budget_scores_the_first_sentences_at_each_length() -> None:
    easc = _article((" ".join(PARAGRAPHS[:2]),) * 5)
    scores = lead_by_budget([easc], (0.5, 1.0))
    assert scores[1.0] == pytest.approx(1.0)  # the budget takes exactly the extract
    assert scores[0.5] < 1.0


def test_reference_share_ranks_the_extracted_sentences_first() -> None:
    easc = _article((PARAGRAPHS[2], f"{PARAGRAPHS[2]} {PARAGRAPHS[3]}"))
    summary = summarize([easc.document], summarizer=ReferenceShare([easc]), words=15)
    assert [s.text for s in summary] == [PARAGRAPHS[2]]
