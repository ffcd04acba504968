"""Issue 18, round 32 (speakers35): February's blind quotes that get no speaker or a wrong one,
read by why; a particle glued to a name run is no name, and "أكد/شدد X على ضرورة/أهمية" is
what X said. Sentences are made up in the forms February's articles use."""

from __future__ import annotations

from marsad.facts._speaker_words import could_name
from speakerkit import sentence_speakers


def test_a_particle_glued_to_a_name_run_is_no_name() -> None:
    # "فقبل رضوان": ف and قبل glued before a name, read as the speaker in a garbled run
    assert not could_name("فقبل رضوان")
    assert not could_name("فإن حوالي")
    assert not could_name("لقد تبين")
    assert not could_name("وبعد سالم")


def test_a_name_that_opens_like_a_particle_stays_a_name() -> None:
    # "فان" (Van) is no "فإن": the hamza as written tells them apart
    assert could_name("فان دايك")
    assert could_name("قدري جميل")
    assert could_name("بعثة الأمم المتحدة")


def test_stressed_the_need_is_said_by_the_subject() -> None:
    assert sentence_speakers(
        "أكد السفير الروسي لدى الأمم المتحدة على ضرورة التوصل إلى قرار فعال بشأن الأزمة."
    ) == ["السفير الروسي لدى الأمم المتحدة"]


def test_stressed_the_importance_by_a_ministry() -> None:
    assert sentence_speakers(
        "وشددت وزارة الخارجية المصرية على أهمية الحوار بين الأطراف كافة في البلاد."
    ) == ["وزارة الخارجية المصرية"]


def test_stressed_after_a_title_and_a_name() -> None:
    assert sentence_speakers(
        "وشدد الوزير حمد بن علي على ضرورة تعزيز التعاون بين البلدين في المجالات كافة."
    ) == ["حمد بن علي"]


def test_a_possessed_object_after_shaddad_is_no_stance() -> None:
    # "شدد قبضته": the grip he tightened, not words; only "أكد" states a stance by its noun
    assert sentence_speakers("وشدد الرئيس قبضته على ضرورة البلاد في الأزمة الحالية هناك.") == []


def test_stressed_with_no_need_noun_is_left() -> None:
    # nothing marks where the subject ends without "على ضرورة/أهمية"
    assert sentence_speakers("وشدد الوزير على الحوار بين الأطراف كافة في البلاد هذا العام.") == []
