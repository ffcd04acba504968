"""Credit per article (summarize/credit.py): an outlet that tells a fact over two of its own
sentences is credited; its evidence, its model file and its effect on the February gold."""

import sys
from collections.abc import Callable
from pathlib import Path

import numpy as np
import pytest

from marsad.eval.pyramid import BLIND, evaluate_gold
from marsad.lang import analyse
from marsad.model import Article, CleanArticle, Document
from marsad.settings import Settings
from marsad.summarize import StoryText, summarize
from marsad.summarize.credit import FEATURES, CreditModel, article_features, shipped_credit_model
from marsad.summarize.pairs import PairModel
from marsad.summarize.supervised import SupervisedSummarizer

# The visit in one sentence (a1); b1 tells the talks in its first sentence, the visit in its
# second; c1 is another event of the same day.
VISIT = [
    "زار وزير الخارجية العماني يوسف بن علوي الخميس المسجد الأقصى وكنيسة القيامة في القدس "
    "الشرقية المحتلة، بعد محادثات مع الرئيس الفلسطيني محمود عباس في رام الله.",
    "وقال الوزير للصحفيين إن من واجب العرب زيارة المسجد دعما للفلسطينيين.",
]
SPLIT = [
    "التقى الرئيس الفلسطيني محمود عباس وزير الخارجية العماني يوسف بن علوي في رام الله الخميس.",
    "ثم توجه بن علوي إلى المسجد الأقصى وكنيسة القيامة في القدس الشرقية المحتلة.",
    "وتعد سلطنة عمان من الدول العربية القليلة التي تقيم علاقات مع جميع الأطراف في المنطقة.",
]
OTHER = [
    "أعلنت وزارة الصحة الفلسطينية الخميس إصابة ثلاثة شبان برصاص الجيش الإسرائيلي قرب رام الله.",
    "وقال شهود إن المواجهات اندلعت بعد اقتحام قوات إسرائيلية بلدة قريبة من المدينة.",
    "وتشهد الضفة الغربية توترا منذ إعلان الرئيس الأمريكي القدس عاصمة لإسرائيل في ديسمبر الماضي.",
]
# Measured with `marsad eval summarize --dataset ant --split tune` (docs/evaluation.md):
# attribution recall 0.744 (87 of 117 gold credits) without the credit model, 0.761 (89) with
# it, at precision 1.000; the floor lets one credit drift, not two.
FEBRUARY_RECALL_FLOOR = 0.75


def _document(article_id: str, source: str, paragraphs: list[str]) -> Document:
    article = Article(id=article_id, title="عنوان", text="\n".join(paragraphs), source=source)
    return analyse(CleanArticle(article=article, paragraphs=tuple(paragraphs)))


def _story() -> list[Document]:
    return [
        _document("a1", "alarabiya", VISIT),
        _document("b1", "bbc", SPLIT),
        _document("c1", "cnn", OTHER),
    ]


def test_an_article_telling_a_fact_over_two_sentences_holds_more_of_it_than_any_one() -> None:
    story = StoryText.build(_story(), attribution_threshold=0.5)
    firsts, rows = article_features(story, 0)
    assert [story.sentences[i].article for i in firsts] == ["b1", "c1"]
    held = rows[:, FEATURES.index("union_coverage")]
    best_single = story.coverage[0, firsts[0] : firsts[0] + len(SPLIT)].max()
    assert held[0] > best_single + 0.2  # the two sentences together hold much more
    assert held[0] > 0.8 > 0.4 > held[1]  # and the other event's article little


def _union_only_model() -> CreditModel:
    """A model that credits an article when it holds 70% of the sentence's terms anywhere."""
    coef = np.zeros(len(FEATURES))
    coef[FEATURES.index("union_coverage")] = 10.0
    return CreditModel(
        mean=np.zeros(len(FEATURES)),
        scale=np.ones(len(FEATURES)),
        coef=coef,
        intercept=-7.0,
        threshold=0.5,
        info={},
    )


def test_the_credit_model_credits_the_article_and_points_at_its_closest_sentence(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Neither the sentence-pair rule nor the pair classifier credits anything here: only the
    # article as a whole can.
    select_module = sys.modules["marsad.summarize.select"]
    monkeypatch.setattr(select_module, "shipped_credit_model", _union_only_model)
    monkeypatch.setattr(select_module, "stating_sentences", lambda story, index: [index])
    monkeypatch.setattr(
        PairModel,
        "decide_logits",
        lambda self, logits: {t: np.zeros(m.shape, dtype=bool) for t, m in logits.items()},
    )
    documents = _story()
    story = StoryText.build(documents, attribution_threshold=0.5)
    story.__dict__["pair_logits"] = {  # no pairwise evidence: only the article's whole text
        target: np.full((len(story.sentences),) * 2, -10.0) for target in ("same", "states")
    }
    assert _union_only_model().credited(story, 0) == [2]  # b1's first sentence: closest
    summary = summarize(documents, words=200)
    (visit,) = [s for s in summary if s.text == VISIT[0]]
    assert "b1" in visit.sources and "c1" not in visit.sources


def test_the_shipped_model_reads_its_features_and_a_stale_one_is_an_error() -> None:
    model = shipped_credit_model()
    assert model.coef.shape == (len(FEATURES),)
    assert 0.5 <= model.threshold < 1.0
    data = model.to_dict()
    data["features"] = data["features"][:-1]
    with pytest.raises(ValueError, match="credit model features"):
        CreditModel.from_dict(data)


def test_february_attribution_recall_rises_with_precision_kept(
    shared_data: Callable[[str], Path],
) -> None:
    ant = shared_data("ant_multisource/ant-2018.jsonl.gz").parent
    (score,) = evaluate_gold(ant, [Settings().summarizer], gold=BLIND, split="tune")
    assert score.attribution_recall >= FEBRUARY_RECALL_FLOOR
    assert score.attribution_precision >= 0.95


@pytest.mark.parametrize(("told", "credited"), [("15", True), ("16", False)])
def test_an_article_giving_another_figure_is_not_credited(
    told: str, credited: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    select_module = sys.modules["marsad.summarize.select"]
    monkeypatch.setattr(select_module, "shipped_credit_model", _union_only_model)
    monkeypatch.setattr(select_module, "stating_sentences", lambda story, index: [index])
    monkeypatch.setattr(
        PairModel,
        "decide_logits",
        lambda self, logits: {t: np.zeros(m.shape, dtype=bool) for t, m in logits.items()},
    )
    sentence = (
        "أصدرت محكمة عراقية الأحد حكما بالإعدام بحق 15 امرأة تركية بتهمة الانتماء إلى تنظيم داعش."
    )
    other = [
        f"قضت محكمة عراقية الأحد بإعدام {told} امرأة تركية شنقا.",
        "وأصدرت المحكمة الحكم بحق النساء بتهمة الانتماء إلى تنظيم داعش.",
    ]
    documents = [_document("a1", "alarabiya", [sentence]), _document("b1", "bbc", other)]
    (shown,) = [s for s in summarize(documents, words=200) if s.text == sentence]
    assert ("b1" in shown.sources) == credited


# Sky News Arabia on the dollar, February 27 and 28 2018 (two articles, one in digits, the
# other in words: "أعلى مستوى في 3 أسابيع" / "أعلى مستوى في ثلاثة أسابيع"), and Al Arabiya's
# report of Powell's testimony.
DOLLAR_DIGITS = [
    "اقترب الدولار من أعلى مستوى في 3 أسابيع مقابل سلة عملات، الأربعاء، بعد تصريحات تبعث على "
    "التفاؤل من رئيس مجلس الاحتياطي الاتحادي (البنك المركزي الأميركي) جيروم باول، بشأن "
    "الاقتصاد، شجعت على المراهنة على المزيد من الزيادة في أسعار الفائدة هذا العام.",
    "وفي شهادته أمام لجنة الخدمات المالية بمجلس النواب، أقر باول بأن الاقتصاد شهد تحسنا في "
    "الآونة الأخيرة، في إشارة دفعت المستثمرين إلى المراهنة على رفع الفائدة أربع مرات خلال العام "
    "الحالي.",
    "وكانت الجولة الماضية من توقعات مجلس الاحتياطي الاتحادي الاقتصادية في ديسمبر تشير إلى 3 "
    "زيادات هذا العام.",
]
DOLLAR_WORDS = [
    "سجل الدولار أعلى مستوى في ثلاثة أسابيع بعد أن أشارت تعليقات من رئيس مجلس الاحتياطي "
    "الاتحادي جيروم باول إلى استعداد البنك المركزي الأميركي لزيادة أسعار الفائدة بوتيرة أسرع "
    "لمنع نمو تضخمي للاقتصاد.",
    "وقفز مؤشر الدولار، الذي يقيس قيمة العملة الأميركية مقابل سلة من ست عملات رئيسية أخرى، 2.5 "
    "بالمئة منذ أن هوى إلى أدنى مستوى في ثلاثة أعوام قبل أكثر من أسبوع. وجرى تداوله في أواخر "
    "المعاملات مرتفعا 0.63 بالمئة عند 90.417 بعد أن سجل في وقت سابق من الجلسة 90.498 .",
    "وصعد الدولار 0.44 بالمئة مقابل العملة اليابانية إلى 107.39 ين.",
]
POWELL = [
    "أعرب جيروم باول Jerome Powell رئيس المجلس الاحتياطي الفيدرالي الأميركي، عن ثقته بالنظرة "
    "الاقتصادية القوية لولايات المتحدة.",
    "وأشار باول في أولى شهاداته أمام الكونغرس منذ توليه رئاسة الملجس، إلى أن وتيرة رفع أسعار "
    "الفائدة مستمرة بمسارها الطبيعي.",
    'وفيما يتعلق بالتضخم، اعترف باول بتراجعه نتيجة "عوامل مؤقتة"، بحسب تعبيره، لكنه توقع أن '
    "يرتفع من جديد إلى مستوى المستهدف وهو 2% لاحقا هذا العام.",
]


def test_a_figure_in_words_states_the_figure_in_digits() -> None:
    story = [
        _document("al", "alarabia", POWELL),
        _document("s87", "skynews", DOLLAR_WORDS),
        _document("s84", "skynews", DOLLAR_DIGITS),
    ]
    # the credit, not the choice: without the outlet-agreement term s84's lead opens
    choice = SupervisedSummarizer(agreement_weight=0.0)
    summary = summarize(story, words=120, summarizer=choice)
    opening = summary[0]
    assert (opening.article, opening.sentence) == ("s84", 0)
    # before: the "3" of "3 أسابيع" was looked for in digits only and the article was refused
    assert "s87" in opening.sources
