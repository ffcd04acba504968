"""Issue 18, round 20: "اليوم" meaning "these days" keeps the publication day the annotators
give it, marked low, and makes no timeline event (ANT, February 2018)."""

from __future__ import annotations

from datetime import UTC, date, datetime

from marsad.facts import extract_story_facts
from marsad.facts.dates import date_mentions, resolve
from marsad.lang import analyse
from marsad.model import Article, CleanArticle

TUESDAY = date(2018, 2, 27)


def nowadays(text: str) -> list[bool]:
    return [m.nowadays for m in date_mentions(text) if m.offset == 0]


def test_as_for_today_is_nowadays() -> None:
    assert nowadays("كان في السابق يوظف 150 شخصاً، أما اليوم فاستطاع هذا المخبز إنتاج آلاف") == [
        True
    ]
    assert nowadays("أمّا اليوم، فيقدر عدد العمال في الخارج بنحو 2.2 مليون") == [True]


def test_but_today_is_nowadays_unless_an_event_verb_follows() -> None:
    assert nowadays("ولكنها اليوم تبدو وكأنها المكان الأكثر شبها بالجحيم.") == [True]
    assert nowadays("كل الاتهامات باطلة. لكن اليوم أمام وضعه الصحي لم تعد تهمنا") == [True]
    assert nowadays("لا أدري متى سيكون جاهزا لكن اليوم سيكون تدريبه الأول مع الفريق.") == [False]


def test_a_sentence_opening_with_today_and_no_comma_is_nowadays() -> None:
    assert nowadays("اليوم كرة القدم السعودية تعود للواجهة العالمية مجددا") == [True]
    assert nowadays("واليوم، قال المتحدث إن العملية أسفرت عن تدمير") == [False]


def test_a_clause_with_so_and_today_is_nowadays() -> None:
    assert nowadays("ممارسات الفساد الواسعة، فصنعاء اليوم خالية من المراسلين الدوليين") == [True]
    assert nowadays("في مجال الرياضة، فالرياضة اليوم تمثل جسراً هاماً") == [True]


def test_today_against_a_past_is_nowadays() -> None:
    assert nowadays("والتي كانت شركات صيانة واليوم بدأت بتصنيع أجهزة عالية الحساسية") == [True]
    assert nowadays('وقال طبيب: "كان اليوم من أسوأ الأيام التي مرت علينا"') == [False]


def test_today_after_living_or_becoming_is_nowadays() -> None:
    assert nowadays("ومع العالم الرقمي الذي نعيشه اليوم، فإنه من الصعب للغاية") == [True]
    assert nowadays("ما يعيشه ياسر القحطاني اليوم مر به الكثير من اللاعبين") == [True]
    assert nowadays("أظهر التصويت أن الأمريكيين باتوا اليوم أقل اهتماما بعجز الميزانية") == [True]
    assert nowadays("وقال كليفكن في مقابلة أجراها اليوم مع محطة تلفزيونية") == [False]


def test_nowadays_keeps_its_day_marked_low() -> None:
    (mention,) = date_mentions("ولكنها اليوم تبدو وكأنها المكان الأكثر شبها بالجحيم.")
    assert resolve(mention, TUESDAY, "stated") == (TUESDAY, "low")
    (day,) = date_mentions("وانطلقت اليوم في الكويت أعمال مؤتمر دولي")
    assert resolve(day, TUESDAY, "stated") == (TUESDAY, "resolved")


def test_nowadays_makes_no_timeline_event() -> None:
    text = (
        "وانطلقت اليوم في الكويت أعمال مؤتمر دولي لإعادة إعمار العراق. "
        "ولكنها اليوم تبدو وكأنها المكان الأكثر شبها بالجحيم."
    )
    at = datetime(2018, 2, 27, 8, 31, tzinfo=UTC)
    document = analyse(
        CleanArticle(
            article=Article(id="CN-1", title="", text=text, source="CN", published=at),
            paragraphs=(text,),
        )
    )
    facts = extract_story_facts([document])
    assert [e.text[:9] for e in facts.timeline] == ["وانطلقت ا"]
    dates = [f for f in facts.facts if f.kind == "date"]
    assert [f.value for f in dates] == ["2018-02-27"]
