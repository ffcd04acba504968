"""Issue 18, round 24: a dual noun of people is a count of two ("قتيلان", "شخصين", "ضحيتين"),
read with the counted thing of its clause; a sound plural, a definite dual and a dual of
people whose counted thing is unknown give no figure."""

from __future__ import annotations

import importlib
from datetime import date

import pytest

from marsad.facts._dual_counts import dual_person
from marsad.facts.discrepancies import FigureClaim, claim_key, figure_discrepancies, pairing

quantities_module = importlib.import_module("marsad.facts.quantities")


def _given(sentence: str) -> list[tuple[float | None, str]]:
    return [(m.value, m.counted) for m in quantities_module.quantities(sentence) if m.sure]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("وقد توفي شخصان لاحقا بعد نقلهما إلى المستشفى.", [(2, "killed")]),
        ("وأسفر الهجوم عن مقتل جنديين وإصابة ثلاثة.", [(2, "killed"), (3, "injured")]),
        ("أسفر الانفجار عن سقوط ضحيتين.", [(2, "killed")]),
        ("قتيلان و5 جرحى في انفجار سيارة.", [(2, "killed"), (5, "injured")]),
        ("وأصيب فردين من قوات الأمن.", [(2, "injured")]),
    ],
)
def test_a_dual_of_people_counts_two(sentence: str, expected: list[tuple[int, str]]) -> None:
    assert _given(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "وقتل المسلحين في الهجوم.",  # a sound plural: many, not two
        "ولقي القتيلين حتفهما.",  # a definite dual: two already told of
        "بالمؤتمر الذي عقد بين الطرفين.",  # no noun of people
    ],
)
def test_no_dual_count(sentence: str) -> None:
    assert all(m.value != 2 for m in quantities_module.quantities(sentence))


def test_a_dual_whose_counted_thing_is_unknown_is_not_given() -> None:
    # "مريضين في حالة حرجة": two patients, the clause names no counted thing.
    assert _given("وقال إن مريضين في حالة حرجة.") == []


def test_dual_person_reads_clitics_and_the_feminine() -> None:
    assert dual_person("وشخصان") == "شخص"
    assert dual_person("فردين") == "فرد"
    assert dual_person("ضحيتين") == "ضحيه"
    assert dual_person("للقتيلين") is None
    assert dual_person("مصابين") is None


def test_a_dual_of_persons_is_given_but_never_paired() -> None:
    # "قتل فيها شخصان" beside another outlet's 5 dead: no discrepancy. A dual of armed men
    # ("مقتل جنديين") is paired since round 32 (counted35): ``test_facts_counted35``.
    day = date(2018, 2, 24)
    two = "وقتل في الهجوم على عدن شخصان."
    five = "أسفر الهجوم على عدن عن مقتل 5 أشخاص."
    claims = [
        FigureClaim(article=a, outlet=a, mention=quantities_module.quantities(s)[0], sentence=s,
                    published=day)
        for a, s in (("a", two), ("b", five))
    ]  # fmt: skip
    assert [c.mention.value for c in claims] == [2, 5]
    _lists, left = pairing(claims)
    assert left[claim_key(claims[0])] == "a dual count"
    assert figure_discrepancies(claims, language="ar") == []
