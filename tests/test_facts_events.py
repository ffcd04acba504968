"""Issue 18: a toll's event is where it was counted, not a place named to locate another one
or a body's seat; vague amounts followed by an exact count (ANT, February 2018)."""

from __future__ import annotations

from datetime import UTC, datetime

from marsad.facts import extract_story_facts
from marsad.facts.entities import entity_mentions
from marsad.lang import analyse
from marsad.model import Article, CleanArticle, Discrepancy

# France 24, Monday 19 February 2018 21:32, and CNN the next morning.
FRANCE24 = (
    "ارتفعت حصيلة القتلى جراء قصف قوات النظام السوري للغوطة الشرقية المحاصرة قرب دمشق "
    "الاثنين مرة جديدة لتصل إلى نحو 80 قتيلا مدنيا، وفق ما أفاد المرصد السوري لحقوق الإنسان."
)
CNN = (
    "(CNN)-- قتل أكثر من 100 مدني بينهم 20 طفلاً في منطقة الغوطة الشرقية التي تسيطر عليها "
    "قوات المعارضة خلال الـ24 ساعة الماضية."
)


def story(*texts: tuple[str, str, datetime]) -> list[Discrepancy]:
    documents = [
        analyse(
            CleanArticle(
                article=Article(id=source, title="", text=text, source=source, published=at),
                paragraphs=(text,),
            )
        )
        for source, text, at in texts
    ]
    return list(extract_story_facts(documents).discrepancies)


def test_a_place_after_the_article_lam_is_found() -> None:
    found = entity_mentions("قصف قوات النظام السوري للغوطة الشرقية المحاصرة")
    assert "الغوطة الشرقية" in {e.canonical for e in found}


def test_a_place_named_to_locate_another_is_not_the_toll_place() -> None:
    pairs = story(
        ("france24", FRANCE24, datetime(2018, 2, 19, 21, 32, tzinfo=UTC)),
        ("cnn", CNN, datetime(2018, 2, 20, 9, 4, tzinfo=UTC)),
    )
    assert [(d.kind, [c.value for c in d.claims]) for d in pairs] == [("update", [80, 100])]


def test_a_body_seat_is_not_the_toll_place() -> None:
    seat = "وقتل 34 مدنيا، بحسب المرصد السوري لحقوق الإنسان ومقره بريطانيا."
    pairs = story(
        ("sky", "قتل 30 مدنيا في الغوطة الشرقية.", datetime(2018, 2, 19, 9, tzinfo=UTC)),
        ("bbc", seat, datetime(2018, 2, 19, 15, tzinfo=UTC)),
    )
    assert [(d.kind, [c.value for c in d.claims]) for d in pairs] == [("update", [30, 34])]


def test_a_body_centre_is_its_seat_too() -> None:
    # BBC, 23 February 2018 (its day and a second figure left out), then Sky the next
    # evening (the gold: an update).
    bbc = "وارتفع عدد القتلى ليصل إلى 403 قتلى، بحسب المرصد السوري لحقوق الإنسان ومركزه بريطانيا."
    sky = "قتل أكثر من 500 مدني في الغوطة الشرقية."
    pairs = story(
        ("bbc", bbc, datetime(2018, 2, 23, 1, 51, tzinfo=UTC)),
        ("sky", sky, datetime(2018, 2, 24, 19, 18, tzinfo=UTC)),
    )
    assert [(d.kind, [c.value for c in d.claims]) for d in pairs] == [("update", [403, 500])]


def test_missing_girls_in_the_feminine_plural_are_counted_as_missing() -> None:
    # Al Arabiya, 21 February 2018 (Dapchi).
    from marsad.facts.quantities import quantities

    found = quantities("وبعد يومين من هجوم الاثنين لا تزال عشرات التلميذات مفقودات")
    assert [(q.text, q.concept) for q in found if q.concept] == [("عشرات التلميذات", "missing")]


BBC = (
    "وقتل في الغارات الجوية والقصف المدفعي الاثنين على المنطقة الواقعة خارج العاصمة دمشق "
    "أكثر من 100 شخص - بحسب ما ذكره المرصد السوري المعارض."
)


def test_the_verb_opening_the_sentence_says_what_its_figure_counts() -> None:
    # BBC, 20 February 2018: the dead come fourteen words after "وقتل".
    from marsad.facts.quantities import quantities

    assert [(q.value, q.concept) for q in quantities(BBC)] == [(100, "killed")]


def test_the_place_an_area_lies_outside_is_not_the_toll_place() -> None:
    article = Article(id="bbc", title="", text=BBC, source="bbc")
    facts = extract_story_facts([analyse(CleanArticle(article=article, paragraphs=(BBC,)))])
    tolls = [f for f in facts.facts if f.kind == "quantity" and f.value == 100]
    assert [f.extra["place"] for f in tolls] == [None]
