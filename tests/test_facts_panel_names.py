"""The facts panel's people and places that are no names (round 28's editor read): a
preposition after a title read as a person, a city in a club's or a newspaper's name, and
"دوما" (always) read as the town (kinds found on February 2018's panels)."""

from __future__ import annotations

from marsad.facts._place_senses import describes_other
from marsad.facts.entities import entity_mentions


def _people(text: str) -> list[str]:
    return [m.text for m in entity_mentions(text) if m.type == "person"]


def _places(text: str) -> list[str]:
    """The place mentions of ``text`` the panel shows."""
    return [
        m.canonical
        for m in entity_mentions(text)
        if m.type in ("city", "country") and not describes_other(m, text)
    ]


def test_a_preposition_after_a_title_is_no_person() -> None:
    assert _people("وقال الأمين العام بشأن اعتقال الصحفيين إن") == []
    assert _people("تعكس مسعى من الرئيس السوداني لفتح صفحة جديدة") == []
    assert _people("وقال المدرب لإيرادات الموسم إن") == []
    assert _people("وقال الرئيس لمنتخبنا إن") == []
    # names after a title: ل before a long vowel, a listed given name, a name with ب
    assert _people("قال وزير الخارجية الروسي سيرغي لافروف إن") == ["سيرغي لافروف"]
    assert _people("قال وزير الإعلام لاي محمد إن") == ["لاي محمد"]
    assert _people("قال الرئيس اللبناني إميل لحود إن") == ["إميل لحود"]
    assert _people("وقال الرئيس بشار الأسد إن") == ["بشار الأسد"]


def test_a_city_in_a_club_or_a_newspaper_is_no_place() -> None:
    assert _places("بعد انتقاله من روما الإيطالي، وذلك") == []
    assert _places("يلتقي أتلتيكو مع لوكوموتيف موسكو الروسي.") == []
    assert _places("هكذا أشارت واشنطن بوست إلى أغنية") == []
    assert _places("مثل نيويورك تايمز أو غيرها") == []
    # a city is feminine: its own nisba, or one after a resort, leaves it a place
    assert _places("في مدينة روما الإيطالية") == ["روما", "إيطاليا"]
    assert _places("في منتجع سوتشي الروسي لفرق كأس العالم") == ["سوتشي", "روسيا"]


def test_always_is_not_douma() -> None:
    assert _places("وقال فابريغاس: يحاولون دوما ممارسة الضغط") == []
    assert _places("كانت الكرة دوما تصنع الحدث") == []
    assert _places("أنا أبدأ على اليمين دوماً ولكن") == []
    assert _places("قتل شخص في دوما جراء القصف") == ["دوما"]
    assert _places("استهدفت دوما وزملكا وبلدات أخرى") == ["دوما"]
