"""Figures, round 18 of issue 18: the errors of the fourth February round of the blind figure
gold (ANT February 2018 sentences, article ids given)."""

from __future__ import annotations

from test_facts_round16 import figures


def test_a_numbered_paragraph_under_the_preposition_lam_is_no_count() -> None:
    # AL-internationalNews-251-20180227: "للفقرة 14" is "ل" + "الفقرة 14", paragraph 14.
    text = 'فإن إيران لا تمتثل للفقرة 14 من القرار 2216".'
    assert figures(text) == []
    assert figures("وذلك وفقا للمادة 25 من الدستور") == []
    assert figures("ولا تخضع وللفقرة 3 منه") == []
    # A count stays a count: the word before it is no numbering noun.
    assert figures("وقدم التحالف مساعدات للاجئين 14 شاحنة") == [(14, "other")]
