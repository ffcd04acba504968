"""One table of the qualifiers written before a figure (``facts._numbers.QUALIFIERS``): the
qualifier of a quantity and the words after which a lone scale word is an amount both come
from it, with the same words as when each module kept its own list."""

from __future__ import annotations

import pytest

from marsad.facts import _numbers
from marsad.facts.quantities import quantities
from marsad.lang.words import word_set


def test_the_words_before_a_lone_scale_word_are_the_tables_tried_ones() -> None:
    about, than = _numbers._ABOUT_BEFORE, _numbers._THAN_BEFORE
    assert about == word_set("نحو حوالي حوالى قرابه زهاء يقارب يناهز يفوق تجاوز يتجاوز")
    either = word_set("يزيد تزيد يقل تقل")
    assert than == {"من": word_set("اكثر اقل"), "عن": either, "علي": either}


@pytest.mark.parametrize(
    ("sentence", "read"),
    [
        ("قتل ما يناهز ألف شخص في الهجوم", ("ما يناهز ألف شخص", 1000, "about")),
        ("قتل ما لا يقل عن ألف شخص في الهجوم", ("لا يقل عن ألف شخص", 1000, "at_least")),
        ("حضر حوالى مليون شخص", ("حوالى مليون شخص", 1_000_000, "about")),
    ],
)
def test_a_lone_scale_word_after_a_qualifier_of_the_table(
    sentence: str, read: tuple[str, float, str]
) -> None:
    assert [(m.text, m.value, m.qualifier) for m in quantities(sentence)] == [read]


@pytest.mark.parametrize("sentence", ["اقترب من ألف شخص", "وتتجاوز ألف شخص"])
def test_the_untried_qualifiers_leave_a_lone_scale_word_alone(sentence: str) -> None:
    assert quantities(sentence) == []
