"""Issue 18, eighth round: every form of a counted word in ``lexicons/counted.tsv`` counts, the
dual and the sound plural written on its singular ("قتيلان", "ضحيتين", "المصابون")."""

from __future__ import annotations

import importlib

import pytest

quantities_module = importlib.import_module("marsad.facts.quantities")


@pytest.mark.parametrize(
    ("sentence", "counted"),
    [
        ("وارتفع عدد المصابون إلى 45 في المدينة.", "injured"),
        ("وسقط في الهجوم قتيلان، فيما ارتفع عدد الجريحين إلى 12.", "injured"),
    ],
)
def test_dual_and_plural_forms_count_what_their_singular_counts(
    sentence: str, counted: str
) -> None:
    found = quantities_module.quantities(sentence)
    assert [(m.value, m.concept) for m in found][-1][1] == counted


def test_a_word_that_only_ends_like_a_dual_counts_nothing() -> None:
    found = quantities_module.quantities("وبلغ عدد القوانين الجديدة 45 في المجلس.")
    assert [m.concept for m in found] == [None]
