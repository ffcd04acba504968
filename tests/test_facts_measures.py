"""Disagreements on named measures that are not counts of people (facts/_measures.py)."""

from __future__ import annotations

from datetime import UTC, date, datetime

from marsad.facts._measures import counted_of, measure_discrepancies, rounded_alike
from marsad.facts.discrepancies import FigureClaim
from marsad.facts.quantities import quantities


def _claims(article: str, outlet: str, sentence: str, hour: int = 8) -> list[FigureClaim]:
    return [
        FigureClaim(
            article=article,
            outlet=outlet,
            mention=mention,
            sentence=sentence,
            published=date(2018, 2, 7),
            at=datetime(2018, 2, 7, hour, tzinfo=UTC),
        )
        for mention in quantities(sentence)
    ]


def test_two_outlets_growth_rates_conflict() -> None:
    claims = _claims("a1", "one", "وقال الوزير إن معدل النمو بلغ 5.5% هذا العام.")
    claims += _claims("b1", "two", "وأعلنت الحكومة أن النمو سجل 5.8% هذا العام.", hour=10)
    found = measure_discrepancies(claims, language="ar")
    assert [(d.kind, d.subject) for d in found] == [("conflict", "النمو (%)")]
    assert counted_of(found[0].subject) == "percent"


def test_a_revised_later_figure_is_an_update() -> None:
    claims = _claims("a1", "one", "وقدر البنك النمو عند 5.5% هذا العام.")
    claims += _claims("b1", "two", "وعدلت الحكومة النمو إلى 5.8% هذا العام.", hour=10)
    assert [d.kind for d in measure_discrepancies(claims, language="ar")] == ["update"]
    # a forecast on one side only: a forecast against a result is not compared
    claims = _claims("a1", "one", "وبلغ النمو 5.5% هذا العام.")
    claims += _claims("b1", "two", "ويتوقع البنك نمو الاقتصاد 5.8% هذا العام.", hour=10)
    assert measure_discrepancies(claims, language="ar") == []


def test_harvest_in_tonnes_and_its_rounding() -> None:
    claims = _claims("a1", "one", "وبلغ إنتاج القمح 6.6 مليون طن.")
    claims += _claims("b1", "two", "وبلغ المحصول نحو 6 ملايين طن.")
    assert [d.kind for d in measure_discrepancies(claims, language="ar")] == ["conflict"]
    claims = _claims("a1", "one", "وبلغ إنتاج القمح 6.2 مليون طن.")
    claims += _claims("b1", "two", "وبلغ المحصول نحو 6 ملايين طن.")
    assert measure_discrepancies(claims, language="ar") == []
    assert rounded_alike(943.4, 943) and not rounded_alike(6.6, 6)


def test_two_years_are_a_scope_and_two_figures_in_one_sentence_are_none() -> None:
    claims = _claims("a1", "one", "وبلغ معدل التضخم 3% في 2017.")
    claims += _claims("b1", "two", "وبلغ معدل التضخم 4% في 2018.")
    assert [d.kind for d in measure_discrepancies(claims, language="ar")] == ["scope"]
    claims = _claims("a1", "one", "وتراجعت البطالة إلى 11.3% مقابل 12.4% قبل عام.")
    claims += _claims("b1", "two", "وبلغت البطالة 12.4% في الربع الأخير.")
    assert measure_discrepancies(claims, language="ar") == []


def test_no_measure_word_or_one_outlet_is_never_compared() -> None:
    claims = _claims("a1", "one", "وارتفع المؤشر 5% في التعاملات.")
    claims += _claims("b1", "two", "وتراجع المؤشر 3% في التعاملات.")
    assert measure_discrepancies(claims, language="ar") == []
    claims = _claims("a1", "one", "وبلغ معدل البطالة 10%.")
    claims += _claims("a2", "one", "وبلغ معدل البطالة 12%.")
    assert measure_discrepancies(claims, language="ar") == []
