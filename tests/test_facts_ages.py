"""A person's age told differently by two outlets is a conflict (``facts._ages``)."""

from __future__ import annotations

from datetime import UTC, datetime

from marsad.clean import clean_articles
from marsad.facts import extract_story_facts
from marsad.facts._ages import sentence_ages, story_age_conflicts
from marsad.lang import analyse
from marsad.model import Article, Document


def _documents(*bodies: tuple[str, str, str]) -> list[Document]:
    """Analysed one-paragraph articles (id, outlet, body) of 17 February 2018."""
    articles = [
        Article(
            id=aid, title="اختبار", text=body, source=outlet,
            published=datetime(2018, 2, 17, 12, tzinfo=UTC), published_certainty="stated",
        )
        for aid, outlet, body in bodies
    ]  # fmt: skip
    return [analyse(item) for item in clean_articles(articles)]


def test_an_age_is_a_length_of_years_after_an_age_word_or_beside_a_name() -> None:
    assert sentence_ages("مقتل زينب الأنصاري البالغة 7 أعوام في مدينة قصور") == [
        (7, frozenset({"زينب", "الانصاري"}), "f")
    ]
    assert sentence_ages("بعد اغتصاب وقتل طفلة عمرها ست سنوات") == [(6, frozenset({"طفله"}), "f")]
    assert sentence_ages("اعتقل محمد علي (26 عاما) أمس") == [(26, frozenset({"محمد", "علي"}), "")]
    assert sentence_ages("وقعوا اتفاقات مدتها 10 سنوات") == []  # a length, not an age
    assert sentence_ages("وجويس متزوج منذ 24 عاما") == []


def test_two_outlets_ages_of_one_person_conflict() -> None:
    docs = _documents(
        ("a", "CNN", "وقضت المحكمة بإعدام قاتل زينب الأنصاري البالغة 7 أعوام."),
        ("b", "BBC", "وأدين الرجل باغتصاب وقتل طفلة عمرها ست سنوات الشهر الماضي."),
    )
    (found,) = story_age_conflicts(docs, language="ar")
    assert found.kind == "conflict"
    assert [c.value for c in found.claims] == [6, 7]
    assert any(d.subject == "العمر" for d in extract_story_facts(docs).discrepancies)


def test_ages_of_two_named_people_or_far_apart_or_agreeing_are_no_conflict() -> None:
    docs = _documents(
        ("a", "CNN", "وقال محمد علي (26 عاما) إنه بريء."),
        ("b", "BBC", "وقال أحمد حسن (27 عاما) إنه شاهد الهجوم."),
        ("c", "Sky", "وقتل الشاب البالغ من العمر 40 عاما."),
        ("d", "RT", "وقال محمد علي (26 عاما) للمحكمة."),
    )
    assert story_age_conflicts(docs, language="ar") == []


def test_an_unnamed_holder_is_the_persons_only_when_its_article_gives_one_age() -> None:
    one = ("a", "CNN", "وقتل الشاب البالغ من العمر 27 عاما.")
    named = ("b", "BBC", "وقتل أيمن سالم البالغ من العمر 26 عاما.")
    other = ("c", "Sky", "وقتل الشاب البالغ من العمر 27 عاما وشقيقه البالغ من العمر 30 عاما.")
    assert len(story_age_conflicts(_documents(one, named), language="ar")) == 1
    assert story_age_conflicts(_documents(other, named), language="ar") == []
