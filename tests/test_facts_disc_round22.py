"""Round 22 (issue 18): a statement's own day is its report time, civilians are a part of a
toll whose event counts armed dead too, death sentences count the sentenced, counts of the
same noun and act outside the lexicon are compared, and so are two outlets' counts of an
event of an earlier year (February 2018 stories)."""

from __future__ import annotations

from datetime import UTC, date, datetime

from figurekit import figure_claim
from marsad.facts.discrepancies import FigureClaim, figure_discrepancies
from marsad.facts.quantities import quantities
from marsad.model import Discrepancy

ADEN = frozenset({"عدن"})


def _claim(
    sentence: str,
    value: float,
    outlet: str,
    at: datetime,
    places: frozenset[str] = ADEN,
    day: date | None = None,
) -> FigureClaim:
    return figure_claim(
        sentence, value, outlet, article=f"{outlet}-{value:g}", published=at.date(), at=at,
        day=day, lead=True, places=places, localities=places,
    )  # fmt: skip


def _kinds(found: list[Discrepancy]) -> set[tuple[str, object, object]]:
    return {(d.kind, d.claims[0].value, d.claims[1].value) for d in found}


MINISTRY = (
    "وكان بيان لوزارة الداخلية اليمنية أعلن، مساء السبت، أن الحصيلة الأولية للهجومين في عدن"
    " مقتل جنديين وإصابة نحو 53 آخرين بينهم مدنيون بإصابات مختلفة."
)
SKY = "استهدف هجوم بسيارتين مفخختين مقر إدارة مكافحة الإرهاب في عدن، مما أسفر عن إصابة 31 شخصا."
BBC = "وأفادت مصادر طبية بأن 40 شخصا أصيبوا في الهجوم في عدن."
SATURDAY = date(2018, 2, 24)


def test_a_statement_told_the_evening_before_is_reported_that_evening() -> None:
    ministry = _claim(
        MINISTRY, 53, "alarabia", datetime(2018, 2, 25, 21, 17, tzinfo=UTC), day=SATURDAY
    )
    sky = _claim(SKY, 31, "skynews", datetime(2018, 2, 24, 18, 36, tzinfo=UTC))
    bbc = _claim(BBC, 40, "BBC", datetime(2018, 2, 25, 0, 47, tzinfo=UTC))
    found = figure_discrepancies([ministry, sky, bbc], language="ar")
    # Sky's 31 then BBC's 40 is still a growing count; the ministry's 53 of Saturday evening
    # disputes both (BBC's lower 40 came after it).
    assert _kinds(found) == {("update", 31, 40), ("conflict", 31, 53), ("conflict", 53, 40)}
    assert {c.date for d in found for c in d.claims if c.value == 53} == {"2018-02-24"}


def test_a_count_told_with_a_later_article_day_stays_a_later_report() -> None:
    # The day dates the attack, not a statement: the article's own time is the report's.
    later = "وأسفر الهجوم في عدن مساء السبت عن مقتل جنديين وإصابة نحو 53 آخرين بينهم مدنيون."
    alarabia = _claim(
        later, 53, "alarabia", datetime(2018, 2, 25, 21, 17, tzinfo=UTC), day=SATURDAY
    )
    sky = _claim(SKY, 31, "skynews", datetime(2018, 2, 24, 18, 36, tzinfo=UTC))
    assert _kinds(figure_discrepancies([alarabia, sky], language="ar")) == {("update", 31, 53)}


CIVILIANS = "استهدف هجوم مقر إدارة مكافحة الإرهاب في عدن، مما أسفر عن مقتل 5 مدنيين."
ALL = "وأشارت مصادر طبية إلى ارتفاع حصيلة الضحايا في عدن إلى 14 شخصاً."
ARMED = "وأفادت مصادر طبية في عدن بمقتل ثلاثة من رجال الأمن في الهجوم."


def test_civilians_are_a_part_when_the_event_counts_armed_dead() -> None:
    civilians = _claim(CIVILIANS, 5, "skynews", datetime(2018, 2, 24, 18, 36, tzinfo=UTC))
    all_dead = _claim(ALL, 14, "alarabia", datetime(2018, 2, 25, 11, 15, tzinfo=UTC))
    armed = _claim(ARMED, 3, "BBC", datetime(2018, 2, 25, 0, 47, tzinfo=UTC))
    alone = figure_discrepancies([civilians, all_dead], language="ar")
    assert _kinds(alone) == {("update", 5, 14)}  # civilians are the whole toll (Ghouta's)
    found = figure_discrepancies([civilians, all_dead, armed], language="ar")
    assert ("scope", 5, 14) in _kinds(found)
    assert not any(d.kind == "update" for d in found)


def test_a_death_sentence_counts_the_sentenced() -> None:
    bbc = "قضت محكمة عراقية الأحد بإعدام 16 إمرأة تركية شنقا بعد إدانتهن بتهمة الانتماء إلى التنظيم"
    sky = "أصدرت محكمة عراقية، الأحد، حكما بالإعدام بحق 15 امرأة تركية بتهمة الانتماء إلى داعش"
    assert [m.concept for m in quantities(bbc)] == ["arrested"]
    assert [m.concept for m in quantities(sky)] == ["arrested"]
    iraq = frozenset({"العراق"})
    found = figure_discrepancies(
        [
            _claim(bbc, 16, "BBC", datetime(2018, 2, 25, 18, 10, tzinfo=UTC), iraq),
            _claim(sky, 15, "skynews", datetime(2018, 2, 25, 11, 51, tzinfo=UTC), iraq),
        ],
        language="ar",
    )
    assert _kinds(found) == {("conflict", 15, 16)}


SKY_2014 = "ويعيد هذا الهجوم إلى الأذهان إقدام بوكو حرام على خطف نحو 200 تلميذة في أبريل 2014."
ALARABIA_2014 = "وكانت بوكو حرام أقدمت على خطف 276 تلميذة من بلدة شيبوك في إبريل/نيسان 2014."


def test_two_counts_of_one_noun_and_act_of_an_earlier_year_conflict() -> None:
    nowhere: frozenset[str] = frozenset()
    sky = _claim(SKY_2014, 200, "skynews", datetime(2018, 2, 20, 2, 26, tzinfo=UTC), nowhere)
    alarabia = _claim(
        ALARABIA_2014, 276, "alarabia", datetime(2018, 2, 21, 18, 24, tzinfo=UTC), nowhere
    )
    found = figure_discrepancies([sky, alarabia], language="ar")
    assert _kinds(found) == {("conflict", 200, 276)}
    assert found[0].subject == "أعداد أخرى"


def test_counts_of_one_noun_after_other_words_are_not_compared() -> None:
    un = frozenset({"روسيا"})
    votes = "وحصل مشروع القرار على تأييد 11 عضوا ومعارضة عضوين في المجلس."
    council = "ولم يحصل المشروع على الأصوات اللازمة في مجلس الأمن المؤلف من 15 عضوا."
    found = figure_discrepancies(
        [
            _claim(votes, 11, "alarabia", datetime(2018, 2, 26, 9, tzinfo=UTC), un),
            _claim(council, 15, "BBC", datetime(2018, 2, 26, 10, tzinfo=UTC), un),
        ],
        language="ar",
    )
    assert found == []


def test_a_count_of_today_beside_an_earlier_year_is_not_that_years() -> None:
    turkey = frozenset({"تركيا"})
    three = (
        "حكمت محكمة تركية الجمعة على ثلاثة صحافيين، مع ثلاثة آخرين من زملائهم بالسجن المؤبد"
        " بتهمة التورط في الانقلاب الفاشل في 15 تموز/يوليو 2016."
    )
    six = "أصدرت محكمة تركية الجمعة حكما بالسجن المؤبد على ستة صحافيين متهمين بالانقلاب في 2016."
    friday = date(2018, 2, 16)
    at = datetime(2018, 2, 16, 9, tzinfo=UTC)
    found = figure_discrepancies(
        [
            _claim(three, 3, "alarabia", at, turkey, day=friday),
            _claim(six, 6, "france24", at, turkey, day=friday),
        ],
        language="ar",
    )
    assert found == []
