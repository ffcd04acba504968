"""Figures and relative dates, round 16 of issue 18: numbers that name a thing (model codes,
quoted names, list steps, minutes, a brigade, a century, an ordinal after "و"), cents, cases
of death; weekdays after "أيام", "City" in names, quoted outlets, the dual "الاثنين" a dual
verb agrees with, a weekday right after "إن", the eve of an event far back, getting ready for it
or missing it. February 2018 ANT sentences (article ids given), the guide's examples where
February has none; and the engineer's labelled February samples (``tests/data/facts_round16``)."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest

from marsad.clean import clean_articles
from marsad.eval.facts import ant_articles
from marsad.eval.facts_blind import _locate
from marsad.facts.dates import MONTH_WORDS, date_mentions, resolve
from marsad.facts.quantities import QuantityMention, quantities
from marsad.lang import analyse
from marsad.model import Document, Sentence

SAMPLES = Path(__file__).parent / "data" / "facts_round16"
ANT = "ant_multisource/ant-2018.jsonl.gz"


def figures(text: str) -> list[tuple[float | None, str]]:
    """(value, counted) of the figures the facts keep in one sentence."""
    return [(m.value, m.counted) for m in quantities(text, month_words=MONTH_WORDS) if m.sure]


def days(text: str, published: date) -> list[tuple[date | None, str]]:
    """(day, certainty) of every date mention of a sentence."""
    return [resolve(m, published, "stated") for m in date_mentions(text)]


# Figures ------------------------------------------------------------------------------------


def test_a_number_after_a_latin_letter_is_a_model() -> None:
    # SK-technology (February): Samsung's phone; the rifle of the Florida shooting.
    assert figures("كشفت سامسونغ للإلكترونيات عن هاتفها الذكي الجديد غالاكسي إس 9، الذي") == []
    assert figures("بواسطة بندقية هجومية نصف آلية من نوع ايه-ار 15 تمكن من الحصول") == []
    assert figures("وتحطمت مقاتلة إسرائيلية من نوع أف 16 بنيران الدفاع الجوي") == []


def test_a_count_closing_a_quote_of_words_said_is_a_figure() -> None:
    # A quote that ends on its figure is words said, not a name, when it holds a counted word.
    assert [v for v, _ in figures('وقال المتحدث إن "عدد القتلى بلغ 300" حتى الآن')] == [300]
    assert [v for v, _ in figures('وقال الضابط "قتل 12" في الهجوم')] == [12]


def test_a_number_closing_a_short_quoted_name_is_a_name() -> None:
    assert figures('وفقا لما ذكر موقع "سبورت 360".') == []
    assert figures('ستقوم العلامة بإعادة إطلاق هاتف "نوكيا 8110" الأسطوري') == []
    # Words said in quotes keep their counts: a counted noun follows the number.
    assert figures('وقال: "قتل 5 أشخاص"') == [(5, "killed")]


def test_a_step_of_a_list_is_no_figure() -> None:
    assert figures("6) انقر على تصدير إلى ملف VCF.") == []


def test_minutes_a_brigade_a_century_and_an_ordinal_are_no_figures() -> None:
    assert figures("سجلها بيل ورونالدو وبنزيما في الدقائق 46 و61 و89 من ضربة جزاء.") == []
    assert figures("قال مصدر ميداني في اللواء 35 مدرع في جبهة الصلو") == []
    assert figures("جمعت بين أساليب التجسس القديمة وتقنيات القرن 21 التي") == []
    assert figures("ظلت ترجمة غالان خلال القرنين الثامن عشر والتاسع عشر تمثل للمجتمع") == []


def test_a_share_is_a_percent_without_its_sign() -> None:
    # The guide: "نسبة الوفيات 70%" is a percent, not 70 dead; the sign left out or written first.
    assert figures("وارتفعت نسبة الوفيات إلى 70 خلال الأسبوع") == [(70, "percent")]
    assert figures("ارتفعت الأسعار بنسبة %70 خلال العام") == [(70, "percent")]
    # A figure with its own noun keeps it; the next figure after a share is not one (and with
    # no unit nor counted noun it is not kept as a fact).
    found = quantities("ارتفع بنسبة 5% إلى 300 خلال", month_words=MONTH_WORDS)
    assert [(m.value, m.counted, m.sure) for m in found] == [
        (5, "percent", True),
        (300, "other", False),
    ]


def test_cents_are_money() -> None:
    assert figures("وصعدت عقود خام غرب تكساس الوسيط 34 سنتا، لتبلغ") == [(34, "money")]


def test_cases_of_a_counted_thing_count_it() -> None:
    assert figures("أما معدل حوادث القتل سنوياً فهي 1800 حالة وفاة خلال الأعوام الأخيرة.") == [
        (1800, "killed")
    ]
    assert figures("ووثقت 561 حالة اعتقال تعسفي") == [(561, "arrested")]
    assert figures("إضافة إلى تسجيل 1100 حالة إصابة بالمرض") == [(1100, "other")]  # an illness


# Dates --------------------------------------------------------------------------------------


def test_city_in_a_name_is_no_future() -> None:
    # BB-internationalNews-25-20180214 (Wednesday 03:29 UTC): the airport closed on Monday.
    text = "واضطر الركاب المسافرون عبر مطار لندن سيتي في بريطانيا الاثنين إلى البحث عن خطط بديلة"
    assert days(text, date(2018, 2, 14)) == [(date(2018, 2, 12), "resolved")]


def test_weekdays_after_days_recur() -> None:
    # AL-sport-192-20180222: the fans want matches kept on Saturdays and Sundays.
    text = "مطالبة بالإبقاء على المنافسات في أيام السبت والأحد بشكل أساسي"
    assert days(text, date(2018, 2, 22)) == []


def test_a_quoted_outlet_and_an_idiom_are_no_today() -> None:
    assert days('وفقا لما نقلت عنه قناة "روسيا اليوم" الحكومية الروسية.', date(2018, 2, 19)) == []
    assert days('بوعشرين من مقر جريدة "أخبار اليوم" الناطقة', date(2018, 2, 27)) == []
    assert days("وهذه الظاهرة ليست وليدة اليوم، بل إنها موجودة", date(2018, 2, 23)) == []


def test_the_two_when_a_dual_verb_agrees() -> None:
    assert days("وقال المدرب إن الاثنين يستحقان الفرصة", date(2018, 2, 22)) == []
    # "يوم الاثنين" stays Monday whatever follows.
    monday = days("وقال الرئيسان يوم الاثنين إنهما يتفقان", date(2018, 2, 22))
    assert monday == [(date(2018, 2, 19), "resolved")]


def test_a_weekday_right_after_inna_takes_the_verb_before() -> None:
    # FR-sport-8-20180208 (Thursday): the lunch was on the coming Saturday ("جاي إن" is a name).
    text = "يستقبل الرئيس الكوري الجنوبي مون جاي إن السبت على الغداء الوفد الكوري الشمالي"
    assert days(text, date(2018, 2, 8)) == [(date(2018, 2, 10), "resolved")]


def test_a_day_off_announced_is_ahead_one_named_as_a_cause_is_not() -> None:
    # The "a holiday announced for the coming days" (published Tuesday 20 February).
    text = "وأعلنت الحكومة عطلة رسمية يوم الأحد بمناسبة العيد الوطني"
    assert days(text, date(2018, 2, 20)) == [(date(2018, 2, 25), "resolved")]
    # SK-economy-59-20180222 (Thursday): the reports were put off by Presidents' Day, Monday 19.
    cause = "وتأجل التقريران كلاهما يوما بسبب عطلة في الولايات المتحدة يوم الاثنين."
    assert days(cause, date(2018, 2, 22)) == [(date(2018, 2, 19), "resolved")]


def test_the_eve_of_an_event_far_before_its_day() -> None:
    # The guide's "عشية مباراة السبت" with a long name between (published Tuesday).
    text = "وقال المدرب في مؤتمر صحفي عشية مباراة فريقه أمام ريال مدريد في الدوري الإسباني لكرة القدم يوم السبت إن"
    assert days(text, date(2018, 2, 20)) == [(date(2018, 2, 24), "resolved")]


def test_getting_ready_for_or_missing_an_event_is_ahead() -> None:
    # AL-sport-43-20180216 (Friday): Bayern played Besiktas on Tuesday 20 February.
    text = "ويغيب أرتورو فيدل عن مباراة يوم الثلاثاء بسبب الإيقاف"
    assert days(text, date(2018, 2, 16)) == [(date(2018, 2, 20), "resolved")]
    # AL-sport-300-20180227 (Tuesday): the friendly in Basra was on Wednesday 28 February.
    ready = "إلى قائمة المنتخب السعودي التي تستعد لخوض مواجهة العراق وديا يوم الأربعاء في البصرة"
    assert days(ready, date(2018, 2, 27)) == [(date(2018, 2, 28), "resolved")]


# The labelled samples -----------------------------------------------------------------------

# Measured when the rules were added (docs/evaluation.md, round 16): quantities 147/150, dates
# 79/80; before them 138/150 and 73/80. A change that lowers one fails here.
FLOORS = {"quantities": 0.97, "dates": 0.975}


def _rows(name: str, folder: Path = SAMPLES) -> list[dict[str, Any]]:
    return [json.loads(line) for line in (folder / name).read_text(encoding="utf-8").splitlines()]


def _located(
    documents: dict[str, Document], row: dict[str, Any], size: int
) -> tuple[int, Sentence]:
    """The item's offset in its sentence, and the sentence (the anchor found in the clean body)."""
    doc = documents[row["article"]]
    at = _locate(doc.body, row["anchor"], row["anchor_offset"], size)
    assert at is not None, row["id"]
    sentence = next(s for s in doc.sentences if s.start <= at < s.end)
    return at - sentence.start, sentence


def _figure_right(row: dict[str, Any], found: list[QuantityMention]) -> bool:
    """Right: no figure where the label has none, or the labelled value and counted thing."""
    if not found:
        return not row["figure"]
    m = found[0]
    if not row["figure"] or m.value_kind != row["value_kind"] or m.counted not in row["counted"]:
        return False
    if m.value_kind == "vague":
        return True
    value = [m.low, m.high] if m.value_kind == "range" else m.value
    return value == row["value"]


def sample_documents(
    shared_data: Callable[[str], Path], *groups: list[dict[str, Any]]
) -> dict[str, Document]:
    """The analysed ANT articles of labelled rows."""
    ids = {r["article"] for rows in groups for r in rows}
    articles = ant_articles(shared_data(ANT), ids)
    return {c.article.id: analyse(c) for c in clean_articles(articles)}


def figures_right(rows: list[dict[str, Any]], documents: dict[str, Document]) -> int:
    """How many labelled figure mentions marsad reads right (value, kind and counted thing)."""
    right = 0
    for row in rows:
        at, sentence = _located(documents, row, row["size"])
        mentions = quantities(sentence.text, month_words=MONTH_WORDS)
        right += _figure_right(row, [m for m in mentions if m.sure and m.start <= at < m.end])
    return right


def dates_right(rows: list[dict[str, Any]], documents: dict[str, Document]) -> int:
    """How many labelled expressions marsad dates right: the labelled day, or none for none;
    an ambiguous one (``ambiguous``) is right with no day or only a day of low certainty."""
    right = 0
    for row in rows:
        size = len(row["expression"])
        at, sentence = _located(documents, row, size)
        published = datetime.fromisoformat(row["published"]).date()
        found = {
            resolve(m, published, "stated")
            for m in date_mentions(sentence.text)
            if m.start < at + size and at < m.end
        }
        if row.get("ambiguous"):
            right += all(certainty == "low" for _, certainty in found)
            continue
        expected = set() if row["day"] is None else {date.fromisoformat(row["day"])}
        right += {day for day, _ in found} == expected
    return right


@pytest.mark.slow
def test_the_labelled_february_samples(shared_data: Callable[[str], Path]) -> None:
    figures_rows, date_rows = _rows("quantities.jsonl"), _rows("dates.jsonl")
    documents = sample_documents(shared_data, figures_rows, date_rows)
    assert figures_right(figures_rows, documents) / len(figures_rows) >= FLOORS["quantities"]
    assert dates_right(date_rows, documents) / len(date_rows) >= FLOORS["dates"]
