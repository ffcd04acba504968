"""Round 30 (panel31): nationalities after a player's role or a club, "ك" + a nisba, names
that end on a particle, and score sides left off the page's facts (made-up sentences)."""

from __future__ import annotations

import pytest

from marsad.facts._place_senses import describes_other
from marsad.facts.entities import entity_mentions
from marsad.model import Fact
from marsad.report.view import shown_fact


def _place(text: str, written: str) -> bool:
    """Whether the place mention written ``written`` in ``text`` describes something else."""
    mention = next(m for m in entity_mentions(text) if text[m.start : m.end] == written)
    return describes_other(mention, text)


@pytest.mark.parametrize(
    ("text", "written"),
    [
        ("وسجل مدافعه البرازيلي جواو هدفا", "البرازيلي"),
        ("ودخل البديل الأرجنتيني كارلوس بدلا منه", "الأرجنتيني"),
        ("وغاب لاعب الوسط الألماني يوهان عن التدريب", "الألماني"),
        ("ومرر زميله الفرنسي كريم الكرة", "الفرنسي"),
        ("وتعاقد نادي أشبيلية الإسباني مع لاعب", "الإسباني"),
        ("وفاز الزمالك المصري باللقب", "المصري"),
        ("وقالت الكاتبة البريطانية سارة إن", "البريطانية"),
        ("وأصيب اللاعب توني كروس في الركبة", "كروس"),
    ],
)
def test_nationalities_and_clubs_are_no_place(text: str, written: str) -> None:
    assert _place(text, written)


@pytest.mark.parametrize(
    ("text", "written"),
    [
        ("واجتمع الوزير مع نظيره الفرنسي في باريس", "الفرنسي"),
        ("وقالت وزارة التنمية الدولية البريطانية إن", "البريطانية"),
        ("وقال الجيش المصري إن", "المصري"),
        ("وأكد الرئيس الأمريكي أن", "الأمريكي"),
        ("ووصل لاعب كويتي إلى", "كويتي"),
    ],
)
def test_places_of_the_story_stay(text: str, written: str) -> None:
    assert not _place(text, written)


def test_a_name_does_not_end_on_a_particle() -> None:
    text = "وعين الأمير خالد بن فهد بن عبد العزيز آل سعود مستشارا"
    people = [m.canonical for m in entity_mentions(text) if m.type == "person"]
    assert "خالد بن فهد بن عبد العزيز" in people


def test_score_sides_are_not_shown() -> None:
    side = Fact(kind="quantity", text="3", value=3, unit="goal", subject="goal")
    points = Fact(kind="quantity", text="65 نقطة", value=65, unit="نقطه", subject="نقطه")
    assert not shown_fact(side)
    assert shown_fact(points)
    assert shown_fact(Fact(kind="entity", text="goal", value="goal", unit="goal"))
