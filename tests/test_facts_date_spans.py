"""Relative dates, issue 18 round 18: two weekdays joined by "و"/"أو" name one span and share
a direction. February 2018 ANT sentences, and the editor's reading of an opening announced ahead."""

from __future__ import annotations

from datetime import date

from marsad.facts.dates import date_mentions, resolve


def resolved(text: str, published: date) -> list[tuple[str, date | None, str]]:
    """(expression, day, certainty) of every date mention of a sentence."""
    return [(m.text, *resolve(m, published, "stated")) for m in date_mentions(text)]


def test_a_span_announced_on_thursday_is_ahead_for_both_days() -> None:
    # Thursday 15 February: Friday alone is the coming one (six days back is too far), and
    # Saturday, joined to it, is the next day, not the Saturday five days back.
    text = "وأعلنت الوزارة فتح المعبر يومي الجمعة والسبت أمام المسافرين"
    assert resolved(text, date(2018, 2, 15)) == [
        ("الجمعة", date(2018, 2, 16), "low"),
        ("والسبت", date(2018, 2, 17), "low"),
    ]


def test_either_of_two_days_shares_the_first_ones_direction() -> None:
    # Thursday: no verb of a known tense opens the clause, so each day alone is a guess.
    text = "وقالت الوزارة إن المعبر يفتح الجمعة أو السبت"
    assert resolved(text, date(2018, 2, 15)) == [
        ("الجمعة", date(2018, 2, 16), "low"),
        ("السبت", date(2018, 2, 17), "low"),
    ]


def test_the_second_day_of_a_span_from_today_is_tomorrow() -> None:
    # SK-internationalNews-150-20180226, published Monday 26 February: schools closed on
    # Monday and Tuesday; Tuesday was a guess ("low") when read alone.
    text = "وأمرت بوخارست بأن تغلق المدارس الاثنين والثلاثاء."
    assert resolved(text, date(2018, 2, 26)) == [
        ("الاثنين", date(2018, 2, 26), "resolved"),
        ("والثلاثاء", date(2018, 2, 27), "resolved"),
    ]


def test_days_far_apart_or_not_joined_keep_their_own_reading() -> None:
    # Four days apart is no span; a word between ends the coordination.
    far = resolved("وعقدت اللجنة اجتماعين الأحد والخميس", date(2018, 2, 15))
    assert [day for _, day, _ in far] == [date(2018, 2, 11), date(2018, 2, 15)]
    apart = resolved("افتتح المعرض الجمعة ثم أغلق السبت", date(2018, 2, 15))
    assert apart[1][1] == date(2018, 2, 10)
