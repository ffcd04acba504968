"""Issue 18, quotes8: a reported quote ends where the narrator speaks again ("، وذلك خلال
لقائه", "لكنه لم يوضح", "، كما توعد", "، وفقا لـ"); a quote of narration alone is none; a
speaker a preposition governs ("لوصف هايتي", "لعبدالملك") is none, and one that runs into the
means of the saying ("المجلس ببيان") is cut before it."""

from __future__ import annotations

from marsad.facts._narrator import narration_only, narrator_from
from marsad.facts._occasions import without_occasion
from speakerkit import sentence_quotes


def _reported(text: str) -> str:
    quotes = sentence_quotes(text)
    assert quotes and quotes[0].kind == "reported"
    return quotes[0].text


def test_the_occasion_after_what_was_said_is_the_narrators() -> None:
    said = _reported(
        "وقال الوزير إن بلاده ستدعم الاتفاق حتى النهاية، وذلك خلال لقائه نظيره الفرنسي في باريس."
    )
    assert said == "بلاده ستدعم الاتفاق حتى النهاية"


def test_but_he_did_not_and_also_threatened_close_the_words() -> None:
    assert _reported(
        "وقال المتحدث إن الهجوم أسفر عن مقتل عشرة أشخاص لكنه لم يوضح هويات القتلى."
    ) == ("الهجوم أسفر عن مقتل عشرة أشخاص")
    assert _reported(
        "وأكد القائد أن قواته سترد على أي اعتداء جديد، كما توعد بملاحقة المهاجمين."
    ) == ("قواته سترد على أي اعتداء جديد")


def test_what_the_speaker_says_with_a_connective_stays_his() -> None:
    clause = "الوضع سيعود كما كان قبل الحرب، فيما بعد الانتخابات"
    assert narrator_from(clause, 0) == len(clause)


def test_a_source_cue_closes_the_words_and_alone_is_no_quote() -> None:
    clause = "الحكومة ستستقيل خلال أيام قليلة، وفقا لما نقله موقع الخليج"
    assert clause[: narrator_from(clause, 0)].rstrip(" ،") == "الحكومة ستستقيل خلال أيام قليلة"
    assert narration_only("، وفقا لما نقله موقع")
    assert narration_only(" ، ")
    assert not narration_only("إن الحكومة ستستقيل خلال أيام")


def test_a_speaker_a_preposition_governs_is_none() -> None:
    assert without_occasion("لوصف هايتي") is None
    assert without_occasion("لعبدالملك الحوثي") is None
    assert without_occasion("للمجلس الوطني") is None
    # names that open with ل stay
    assert without_occasion("لافروف") == "لافروف"
    assert without_occasion("لوبن") == "لوبن"
    assert without_occasion("ليلى علوي") == "ليلى علوي"


def test_a_speaker_runs_no_further_than_the_means_of_saying() -> None:
    assert without_occasion("المجلس ببيان") == "المجلس"
    assert without_occasion("الوزارة بتغريدة") == "الوزارة"
    assert without_occasion("المرصد السوري لحقوق الإنسان") == "المرصد السوري لحقوق الإنسان"


def test_but_with_another_verb_and_a_source_the_speaker_gives_stay_his() -> None:
    clause = "بلادها ستسلم 60 مليون دولار للمنظمة، لكنها ستعلق تسليم 65 مليون دولار"
    assert narrator_from(clause, 0) == len(clause)
    assert not narration_only("حسب المعلومات التي وصلتنا كان على متنها 60 راكبا")
    assert not narration_only("...يجب أن نحاول تقديم مباراة مثالية")
    clause = "الثورة علمتنا معاني الفداء والتضحية، كما علمتنا الشجاعة والبطولة"
    assert narrator_from(clause, 0) == len(clause)
