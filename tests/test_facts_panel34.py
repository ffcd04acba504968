"""Round 32 (panel34, issue 18): the facts panel an editor reads. A title inside a thing's name,
a rank's adjective, a quantifier, "and" on a verbal noun or a companion are no person; "the
right leg" is no Yemen; clubs' nisba is no place; people on board or present are no toll.
Short made-up sentences, and the engineer's labelled February sample
(``tests/data/panel_feb_engineer_r32``: offsets and hashes only)."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from marsad.facts._place_senses import describes_other
from marsad.facts.entities import entity_mentions
from marsad.facts.quantities import quantities

SAMPLE = Path(__file__).parent / "data" / "panel_feb_engineer_r32" / "labels.jsonl"


def people(text: str) -> list[str]:
    return [m.text for m in entity_mentions(text) if m.type == "person"]


def places(text: str) -> list[str]:
    return [m.canonical for m in entity_mentions(text) if m.type in ("country", "city", "region")]


def shown_places(text: str) -> list[str]:
    return [
        m.canonical
        for m in entity_mentions(text)
        if m.type in ("country", "city", "region") and not describes_other(m, text)
    ]


def counted(text: str) -> list[tuple[float | None, str]]:
    return [(m.value, m.counted) for m in quantities(text)]


@pytest.mark.parametrize(
    "text",
    [
        "وانطلق السباق من جامعة الملك نايف بالمدينة",
        "وتعرضت قرية الشيخ زاهر إلى قصف",
        "وأقيمت المباراة على ستاد الأمير خالد بن عمر",
        "فاز الفريق بكأس الأمير ماجد وتخلفا كبيرا في الدوري",
    ],
)
def test_a_title_in_a_things_name_is_no_person(text: str) -> None:
    assert people(text) == []


def test_a_rank_adjective_a_quantifier_or_a_service_is_no_name() -> None:
    assert people("وقال قائد رفيع بالجيش إن القصف توقف") == []
    assert people("بعد توقيف نائب رئيس أحد الأحزاب أمس") == []
    assert people("وقال مدير أمن محافظة الشمال إن الطريق مغلق") == []


def test_and_on_a_verbal_noun_opens_no_name_after_a_title() -> None:
    assert people("والدعوة إلى الخروج على الحاكم، وتطوير نظام الري") == []


def test_a_companion_or_almost_ends_a_name() -> None:
    assert people("وقال الوزير سامر نعيم وزملاؤه يستعدون للمباراة") == ["سامر نعيم"]
    assert people("في عهد الرئيس الأسبق كريم ناجي شبه مستحيلة") == ["كريم ناجي"]


def test_a_title_before_a_name_still_gives_the_person() -> None:
    assert people("وقال الوزير سامر نعيم إن الفريق جاهز") == ["سامر نعيم"]
    assert people("وقال القائد سامر نعيم إن القصف توقف") == ["سامر نعيم"]


def test_a_country_after_a_title_is_the_country() -> None:
    assert places("ودعا رئيس هايتي إلى تحقيق") == ["هايتي"]
    assert people("ودعا رئيس هايتي إلى تحقيق") == []


@pytest.mark.parametrize(
    "text", ["أصيب اللاعب في الكتف اليمنى", "إصابة في عضلات الفخذ للساق اليمنى"]
)
def test_the_right_side_of_a_body_part_is_no_yemen(text: str) -> None:
    assert places(text) == []


def test_a_yemeni_is_still_yemen() -> None:
    assert places("وقال الجيش اليمني إن القصف توقف") == ["اليمن"]


def test_a_clubs_nisba_is_no_place_on_the_panel() -> None:
    assert shown_places("وقررت إدارة الهلال السعودي إقالة المدرب") == []
    assert shown_places("وقال النادي الإسباني في بيان") == []
    assert shown_places("ويتابعه عدد من الأندية الإيطالية") == []
    # "الأهلية" (civil) is no club "الأهلي" with a pronoun.
    assert shown_places("منذ الحرب الأهلية اللبنانية") == ["لبنان"]


def test_people_on_board_or_present_are_no_toll() -> None:
    assert counted("تحطمت طائرة تقل 70 شخصا وقتل جميع ركابها") == [(70, "on_board")]
    assert counted("وكان على متنها 45 راكبا") == [(45, "on_board")]
    assert counted("مقتل 20 راكبا من 45 راكبا كانوا على متنها") == [
        (20, "killed"),
        (45, "on_board"),
    ]
    assert counted("قصفت المدفعية مجموعة مكونة من 7 أشخاص حيث أصيب اثنان") == [
        (7, "present"),
        (2, "injured"),
    ]


def test_a_toll_stays_a_toll() -> None:
    assert counted("بعد حريق على متنها ومقتل 120 شخصا") == [(120, "killed")]
    assert counted("أصيب 30 شخصا كانوا في السوق") == [(30, "injured")]
    assert counted("وعدد سكانها يقل عن مليون نسمة") == [(1000000, "other")]
    assert counted("قوة حفظ السلام التي تضم 9 آلاف عنصر") == [(9000, "troops")]


def test_the_engineer_sample_before_and_after() -> None:
    rows = [json.loads(line) for line in SAMPLE.read_text(encoding="utf-8").splitlines()]
    wrong = [r for r in rows if r["label"] == "wrong"]
    assert (len(rows), len(wrong)) == (499, 36)
    after = Counter(r["after"] for r in wrong)
    assert (after["gone"], after["fixed"], after["unchanged"]) == (11, 4, 21)
    assert not any(r["after"] == "gone" for r in rows if r["label"] == "right")
