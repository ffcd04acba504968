"""The contradiction guard of credits (issue 19, round 26): one event told with a clashing slot."""

from __future__ import annotations

from marsad.summarize.contradiction import contradicts, slot_clash


def test_expected_win_is_not_the_win() -> None:
    shown = "فاز بوتين بالانتخابات الرئاسية الروسية بنسبة كبيرة"
    other = "من المتوقع أن يفوز بوتين بالانتخابات الرئاسية الروسية"
    assert slot_clash(shown, other) == "mood"
    assert contradicts(shown, other)


def test_meeting_with_another_leader_is_another_object() -> None:
    assert slot_clash("التقى بوتين أردوغان في أنقرة", "التقى بوتين روحاني في طهران") == "object"


def test_another_count_of_one_thing_contradicts() -> None:
    assert contradicts("قتل 55 من أفراد العائلة في الغارة", "قتل 50 من أفراد العائلة في الغارة")


def test_one_event_told_alike_is_no_contradiction() -> None:
    shown = "التقى بوتين أردوغان في أنقرة"
    assert slot_clash(shown, "التقى الرئيس بوتين أردوغان في أنقرة الثلاثاء") is None
    assert not contradicts(shown, "التقى بوتين أردوغان في أنقرة الثلاثاء")


def test_two_events_of_a_story_are_not_compared() -> None:
    # another doer: another event of the story, which the guard leaves to the credit model
    assert slot_clash("التقى بوتين أردوغان في أنقرة", "التقى روحاني أردوغان في طهران") is None


def test_one_result_told_of_another_day_contradicts() -> None:
    shown = "فاز برشلونة 6-1 على جيرونا اليوم الأحد في الدوري الإسباني"
    assert contradicts(shown, "تغلب برشلونة على ضيفه جيرونا 6 -1 يوم السبت")
    assert not contradicts(shown, "تغلب برشلونة على ضيفه جيرونا 6 -1 في المرحلة 25")
