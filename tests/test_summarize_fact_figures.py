"""A credit is not blocked by a figure that is not the fact's own (issue 19, round 18): a
background year ("منذ 2012") the other outlet leaves out, or a sum given in a second currency
("240 مليار ريال بما يعادل 64 مليار دولار") that the other outlet gives in one."""

import pytest

from marsad.settings import Settings
from marsad.summarize.base import StoryText
from marsad.summarize.credit import _figures_agree
from marsad.summarize.fact_figures import background_years, conversions, fact_figures_held
from marsad.summarize.pairs import contained, loose_coverage
from marsad.summarize.select import _summary_sentence
from storydocs import sentences_document


@pytest.mark.parametrize(
    ("text", "years"),
    [
        ("عاد اللاعب إلى صدارة التصنيف لأول مرة منذ 2012 بعد فوزه", {"2012"}),
        ("ووقعت مصر أول معاهدة سلام مع إسرائيل في العام 1979.", {"1979"}),
        ("لم يحدث ذلك منذ عام 2009", {"2009"}),
        ("وكان قد فاز باللقب عام 2011", {"2011"}),
        ("في أولى مبارياته التحضيرية لكأس العالم 2018", set()),  # a name, not a time
        ("قتل 20 شخصا في الانفجار", set()),
    ],
)
def test_background_years(text: str, years: set[str]) -> None:
    assert background_years(text) == years


@pytest.mark.parametrize(
    ("text", "pairs"),
    [
        ("استثمار 240 مليار ريال بما يعادل 64 مليار دولار في القطاع", [{"240", "64"}]),
        ("غرامة 45 مليون جنيه (نحو 2.5 مليون دولار) على الشركة", [{"45", "2.5"}]),
        ("سجله المدافع في الدقيقة (10) وكلف الصفقة مليون دولار", []),  # a minute in brackets
        ("ارتفع عدد القتلى إلى 20 أي ما يعادل ثلث الركاب", []),  # no currency: not a sum
    ],
)
def test_conversions(text: str, pairs: list[set[str]]) -> None:
    assert [set(pair) for pair in conversions(text)] == pairs


def test_a_background_year_need_not_be_held() -> None:
    text = "عاد فيدرر إلى الصدارة لأول مرة منذ 2012 بعد فوزه 2-0"
    own = frozenset({"2012", "2", "0"})
    assert fact_figures_held(text, own, frozenset({"2", "0"}))
    # another year beside it may tell another time: the year is then required
    assert not fact_figures_held(text, own, frozenset({"2", "0", "2003"}))
    # the fact's own figures still are
    assert not fact_figures_held(text, own, frozenset({"2"}))


def test_a_converted_sum_is_held_by_either_figure() -> None:
    text = "استثمار 240 مليار ريال بما يعادل 64 مليار دولار"
    own = frozenset({"240", "64"})
    assert fact_figures_held(text, own, frozenset({"64"}))
    assert fact_figures_held(text, own, frozenset({"240"}))
    assert not fact_figures_held(text, own, frozenset({"70"}))


def _story(sum_told: str) -> StoryText:
    bbc = [
        "كشفت هيئة الترفيه في السعودية عن نيتها استثمار ما يصل إلى 240 مليار ريال بما يعادل 64 مليار"
        " دولار في قطاع الترفيه خلال السنوات العشر المقبلة.",
        "وقال رئيس الهيئة إن العمل بدأ في تشييد البنية التحتية.",
    ]
    arabiya = [
        f"تعتزم السعودية استثمار نحو {sum_told} دولار في قطاع الترفيه خلال السنوات العشر المقبلة،"
        " في إطار برنامج للإصلاح في البلاد.",
        "ويشمل البرنامج إقامة حفلات ودار للأوبرا.",
    ]
    documents = [
        sentences_document("bbc", "bbc", "2018-02-22T10:00:00+00:00", "الترفيه", bbc),
        sentences_document("arabiya", "alarabia", "2018-02-22T11:00:00+00:00", "الترفيه", arabiya),
    ]
    return StoryText.build(documents, attribution_threshold=Settings().attribution_threshold)


def _credited(sum_told: str) -> tuple[str, ...]:
    return _summary_sentence(_story(sum_told), 0).sources


@pytest.mark.parametrize(("sum_told", "agree"), [("64 مليار", True), ("70 مليار", False)])
def test_the_credit_gate_reads_the_converted_sum(sum_told: str, agree: bool) -> None:
    # the gate itself: the dollars alone state the sum (without the rule, 240 riyals were required)
    story = _story(sum_told)
    other = story.articles.end(0)
    assert _figures_agree(story, 0, other, story.articles.end(other)) is agree


def test_containment_reads_the_converted_sum() -> None:
    story = _story("64 مليار")
    loose = loose_coverage(story)
    assert contained(story, loose, 0.0)[0, story.articles.end(0)]


def test_an_outlet_giving_the_converted_sum_is_credited() -> None:
    assert _credited("64 مليار") == ("bbc", "arabiya")


def test_an_outlet_giving_another_sum_is_not_credited() -> None:
    assert _credited("70 مليار") == ("bbc",)
