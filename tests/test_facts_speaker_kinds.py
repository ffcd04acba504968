"""Issue 18, round 17: a speaker that is a bare kind noun ("الصحيفة", "الحزب") stands for the
one body of that kind the article named before ("صحيفة الغارديان"), else for no one."""

from __future__ import annotations

import json
from pathlib import Path

from marsad.facts._kind_bodies import bare_kind, named_bodies, remember_bodies
from marsad.facts._quote_words import BODY_KINDS as KINDS
from marsad.lang.arabic import normalize
from test_facts_beyond_gold import speakers

SAMPLE = Path(__file__).parent / "data" / "facts_speaker_kinds_round17" / "sample.jsonl"


def resolved(*texts: str, speaker: str) -> str | None:
    bodies: dict[str, str | None] = {}
    for text in texts:
        remember_bodies(bodies, text, KINDS)
    kind = bare_kind(speaker)
    return None if kind is None else bodies.get(kind)


def test_a_kind_noun_names_the_body_after_it() -> None:
    assert named_bodies("وقالت صحيفة الغارديان البريطانية، الخميس، إن", KINDS) == [
        ("صحيفه", "صحيفة الغارديان البريطانية")
    ]
    assert named_bodies('وذكرت صحيفة "ميرور" فإن', KINDS) == [("صحيفه", "صحيفة ميرور")]
    assert named_bodies("ونقلت لوكالة الأنباء الرسمية المغربية.", KINDS)[0][1] == (
        "وكالة الأنباء الرسمية المغربية"
    )


def test_an_adjective_after_the_kind_noun_names_no_body() -> None:
    for text in (
        "اعترفت شركة فرنسية بتلوث",
        "من شركة مملوكة لها",
        "وهو حزب يساري",
        "وهي منظمة للدفاع عن النفس",
        "وهو حزب تحت التأسيس",
        "منظمة نشطة في",
    ):
        assert named_bodies(text, KINDS) == [], text


def test_a_source_is_no_body() -> None:
    assert resolved("وقال مصدر قريب من التحقيق إن", speaker="المصدر") is None


def test_two_bodies_of_a_kind_name_no_one() -> None:
    first, second = "وقالت صحيفة آس الإسبانية إن", "وكانت صحيفة ماركا الإسبانية قالت"
    assert resolved(first, speaker="الصحيفة") == "صحيفة آس الإسبانية"
    assert resolved(first, second, speaker="الصحيفة") is None
    longer, shorter = "صحيفة واشنطن بوست الأمريكية، الخميس", "وأضافت صحيفة واشنطن بوست أن"
    assert resolved(longer, shorter, speaker="الصحيفة") == "صحيفة واشنطن بوست"


def test_the_bare_speaker_of_an_article_is_the_body_named_before() -> None:
    found = speakers(
        "أعلن حزب العيش والحرية استقالة مرشحه.",
        'وقال الحزب في بيانه: "إن اللجنة لم تجد أي انتهاك في الوقائع المعروضة عليها".',
    )
    assert found == ["حزب العيش والحرية"]


def test_the_labelled_february_sample() -> None:
    right = wrong = 0
    for line in SAMPLE.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        got = resolved(*row["before"], speaker=row["speaker"])
        if got is None:
            continue
        label = normalize(row["label"] or "").split()
        size = min(len(label), len(got.split()))
        same = bool(label) and normalize(got).split()[:size] == label[:size]
        right, wrong = right + same, wrong + (not same)
    assert (right, wrong) == (27, 0)
