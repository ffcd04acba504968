"""Relative dates, round 21 of issue 18: an event ahead of the speaker ("أمامنا مباراة"), the
day of a telling inside a sentence about the future, and words told on an earlier day. February
2018 ANT sentences outside every gold (the engineer's held-out sample, seed 21)."""

from __future__ import annotations

from datetime import date

from marsad.facts.dates import date_mentions, resolve


def resolved(text: str, published: date) -> list[tuple[str, date | None, str]]:
    """(expression, day, certainty) of every date mention of a sentence."""
    return [(m.text, *resolve(m, published, "stated")) for m in date_mentions(text)]


def test_a_match_ahead_of_us_is_to_come() -> None:
    # AL-sport-197-20180223, published Friday 23 February: the match is on the coming Sunday.
    text = "وأضاف: الآن أمامنا مباراة صعبة يوم الأحد وعلينا أن نحول اهتمامنا إلى الهدف التالي"
    assert resolved(text, date(2018, 2, 23)) == [("الأحد", date(2018, 2, 25), "resolved")]


def test_lost_against_him_is_no_event_ahead() -> None:
    # SK-sport-86-20180223 (Friday): "أمامه" with no event noun after it is "against him".
    text = "أما أرسنال وبعد أن هزم أوسترسوند 3-صفر، خسر أمامه الخميس على ملعب الإمارات 1-2."
    assert resolved(text, date(2018, 2, 23))[0][:2] == ("الخميس", date(2018, 2, 22))


def test_the_weekday_of_a_telling_in_a_sentence_about_the_future() -> None:
    # CN-technology-26-20180224, published Saturday 24 February: the founder spoke Wednesday.
    text = (
        'وسيعمل أكتون، وهو مؤسس خدمة "واتساب"، مع منظمة "Signal Foundation" التي شكلت حديثاً، '
        'وفقاً لما ذكره مؤسس شركة "Signal"، موكسي مارلنسبايك، الأربعاء.'
    )
    assert resolved(text, date(2018, 2, 24))[0][:2] == ("الأربعاء", date(2018, 2, 21))


def test_a_sentence_about_the_future_keeps_its_weekday_ahead() -> None:
    # The guide's case: no verb of telling between the future verb and the weekday.
    text = "سيغيب ثنائي خط وسط أرسنال عن مواجهة أوسترسوند في إياب الدوري الأوروبي يوم الخميس"
    assert resolved(text, date(2018, 2, 19))[0][:2] == ("الخميس", date(2018, 2, 22))


def test_tomorrow_in_words_told_earlier_is_uncertain() -> None:
    # AL-sport-147-20180221 (Wednesday): Robben spoke after an earlier match; his "غدا" counts
    # from a day the sentence does not give.
    text = (
        "وكان روبن قد قال في تصريحات لشبكة سكاي التليفزيونية: إذا عبرت عما أشعر به فسأكون "
        "غدا مع السيد رومينيغه"
    )
    assert resolved(text, date(2018, 2, 21)) == [("غدا", date(2018, 2, 22), "low")]


def test_tomorrow_said_now_is_counted_from_publication() -> None:
    text = "وقال روبن لشبكة سكاي: سأكون غدا مع السيد رومينيغه"
    assert resolved(text, date(2018, 2, 21)) == [("غدا", date(2018, 2, 22), "resolved")]


def test_a_short_imperfect_of_a_fixture_opens_a_coming_clause() -> None:
    # AL-sport-197-20180223 (Friday 23 February): Chelsea visit Manchester United on Sunday 25.
    text = (
        "أكد سيزار أزبيليكويتا مدافع تشيلسي إن تركيز الفريق اللندني منصب على مواصلة صحوته "
        "عندما يحل ضيفا على مانشستر يونايتد في الدوري الإنجليزي الممتاز لكرة القدم يوم الأحد."
    )
    assert resolved(text, date(2018, 2, 23)) == [("الأحد", date(2018, 2, 25), "resolved")]
