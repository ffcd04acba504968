"""Issue 18, round 18: a toll of an earlier event, told as background in a story's article
("وفي أغسطس الماضي، قُتل 44 شخصا", "وفى عام 2002، لقى 373 شخصا مصرعهم"), is shown in the
facts panel as that earlier event's figure, not as this story's toll (February 2018 ANT)."""

from __future__ import annotations

from datetime import UTC, datetime

from marsad.facts import extract_story_facts
from marsad.lang import analyse
from marsad.model import Article, CleanArticle, Fact
from marsad.report.view import _figure_detail

FEB_28 = datetime(2018, 2, 28, 12, 0, tzinfo=UTC)


def figures(*sentences: str) -> dict[float, Fact]:
    """The figure facts of one article made of ``sentences``, by value."""
    article = Article(id="a", title="", text="\n".join(sentences), source="x", published=FEB_28)
    document = analyse(CleanArticle(article=article, paragraphs=sentences))
    facts = extract_story_facts([document]).facts
    return {f.value: f for f in facts if f.kind == "quantity" and isinstance(f.value, int)}


def test_a_toll_of_a_past_year_or_month_is_an_earlier_events() -> None:
    found = figures(
        "قال متحدث باسم وزارة الصحة الأربعاء إن 10 أشخاص على الأقل قتلوا في تصادم قطارين.",
        "وفي أغسطس الماضي، قُتل 44 شخصا في حادث تصادم قطارين بمحافظة الإسكندرية.",
        "وفى عام 2002، لقى 373 شخصا مصرعهم إثر اندلاع حريق فى قطار مزدحم.",
        "ويأتي هذا الحادث بعد أشهر من مقتل 41 شخصا في حادث قطار.",
    )
    assert found[10].extra["time_scope"] != "earlier"
    assert found[10].extra["day"] == "2018-02-28"
    for value in (44, 373, 41):
        assert found[value].extra["time_scope"] == "earlier", value
        assert found[value].extra["day"] is None
    assert _figure_detail(found[373]).endswith("an earlier event")


def test_a_running_total_since_a_year_is_this_storys() -> None:
    # "منذ عام 2011" starts a running total, not an earlier event.
    found = figures("وقتل أكثر من 350 ألف شخص في سوريا منذ عام 2011.")
    assert found[350_000].extra["time_scope"] != "earlier"


def test_an_uncounted_figure_is_not_marked() -> None:
    # Only counted figures (a concept) are dated to an event; a length is no toll.
    found = figures("وفي عام 2002 مدّ الخط 125 كيلومترا.")
    assert found[125].extra["time_scope"] != "earlier"


def test_a_count_of_2000_is_no_year() -> None:
    # "أكثر من 2000 شخص" is a count: it dates nothing (read as 2000, the year, before).
    found = figures(
        "وقال إن عدد القتلى في الغوطة تجاوز 400 قتيل فيما بلغ عدد المصابين أكثر من 2000 شخص."
    )
    assert found[400].extra["time_scope"] != "earlier"


def test_a_total_since_a_past_date_is_a_running_count() -> None:
    # "منذ" + a past date starts a running total: the figure is counted up to now.
    found = figures(
        "وتوفي أكثر من 2200 شخص بسبب وباء الكوليرا الذي ضرب اليمن منذ نيسان/أبريل 2017.",
        "ومنذ ديسمبر، اعتقلت نحو 30 امرأة في طهران.",
        "وتعد هذه الحادثة الأعنف منذ مقتل 20 طفلا بمدرسة في كونكتيكت في عام 2012.",
    )
    assert found[2200].extra["time_scope"] != "earlier"
    assert found[30].extra["time_scope"] != "earlier"
    # A figure inside the "منذ" phrase is that earlier event's.
    assert found[20].extra["time_scope"] == "earlier"


def test_a_date_far_after_the_figure_dates_another_clause() -> None:
    found = figures(
        "أصدرت السلطات أوامر باعتقال 170 شخصا للاشتباه في صلتهم بشبكة متهمة بالتخطيط "
        "لمحاولة الانقلاب عام 2016.",
        "وقالت إن تحطم طائرة قتل فيه 92 شخصا يوم 25 ديسمبر/كانون الأول 2016.",
    )
    assert found[170].extra["time_scope"] != "earlier"
    assert found[92].extra["time_scope"] == "earlier"
