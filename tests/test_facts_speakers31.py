"""Issue 18, round 30 (speakers31): speakers of a sixth February sample outside the blind gold
(ANT 2018), labelled by the engineer before the change
(tests/data/facts_speakers31_feb_engineer_r30), and the rules it led to. Sentences are made up
in the forms February's articles use."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from speakerkit import article_speakers, sample_scores, sentence_speakers

SAMPLE = Path(__file__).parent / "data" / "facts_speakers31_feb_engineer_r30"


def test_the_engineer_sample_of_speakers31(shared_data: Callable[[str], Path]) -> None:
    """101 places of February quotes in 57 articles, labelled before the change: 70/98 given
    a speaker at 62/70 right before it, 70/98 at 64/70 after."""
    measured = sample_scores(shared_data, SAMPLE)
    assert measured["speaker precision"].value >= 0.91, measured["speaker precision"]
    assert measured["quotes with a speaker"].value >= 0.71, measured["quotes with a speaker"]


def test_a_later_teller_with_a_subject_owns_the_that() -> None:
    assert sentence_speakers(
        'إذ أعلنت "نوفا" عن مشروعها الجديد عام 2011، وقال ماكرون إن المشروع سيكتمل خلال '
        "عامين، لكنه تأخر سبعة أعوام."
    ) == ["إيمانويل ماكرون"]


def test_a_relayed_saying_stays_with_the_one_relayed() -> None:
    speakers = sentence_speakers(
        "ونقلت وسائل الإعلام التركية عن أردوغان قوله لبوتين إن أي مساعدة لهذه الوحدات "
        "ستكون لها عواقب وخيمة."
    )
    assert speakers and "بوتين" not in (speakers[0] or "")


def test_one_told_after_lam_is_no_speaker() -> None:
    speakers = article_speakers('وأضاف لمحبيه: "ما زلت حيا وبخير وبصحة جيدة".')
    assert speakers in ([None], [])


def test_a_capital_that_says_what_it_holds() -> None:
    assert article_speakers(
        "تصنف أنقرة هذه الوحدات منظمة إرهابية، وتقول إنها امتداد لحزب محظور في تركيا."
    ) == ["أنقرة"]


def test_a_body_s_kind_after_kana_for_a_joined_verb() -> None:
    assert article_speakers(
        "وكانت النيابة أحالت المتهمين للمحاكمة الجنائية، وقالت إن بعضهم أقام معسكرات في الصحراء."
    ) == ["النيابة"]
