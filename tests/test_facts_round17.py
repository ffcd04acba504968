"""Figures and relative dates, round 17 of issue 18: number words written onto ب/ل, numbers
alone in quotes or after a Latin-script name, days of "the month" and years of an era,
spectators and fans as a crowd, more currencies; a market named after its weekday, the Nth day
of a span, "on this day" years ago, awaiting an event. February 2018 ANT sentences (article ids
given), and the engineer's labelled February sample (``tests/data/facts_round17``)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest

from test_facts_round16 import _rows as rows
from test_facts_round16 import dates_right, days, figures, figures_right, sample_documents

SAMPLES = Path(__file__).parent / "data" / "facts_round17"


# Figures ------------------------------------------------------------------------------------


def test_a_number_word_written_onto_a_preposition_is_read() -> None:
    # FR-culture-9-20180202: three million viewers, not the vague "millions".
    text = 'من جهته سجل فيلم "معنى العيد" رقما قياسيا بثلاثة ملايين مشاهد في قاعات العرض'
    assert figures(text) == [(3_000_000, "other")]
    assert figures("كما حددت المحكمة كفالة بخمسة آلاف جنيه مصري") == [(5000, "money")]
    assert figures("وحقق الفريق فوزا بثلاثة أهداف مقابل هدف") == [(3, "other")]
    assert figures("ووقع سانشيز عقدا يمتد لأربع سنوات ونصف") == [(4, "other")]
    assert figures("لست أدري ما الذي حدث") == []  # "لست" is "I am not", no six


def test_a_number_alone_in_quotes_is_a_name() -> None:
    # AL-internationalNews-242-20180227, SK-internationalNews-173-20180228, AL-sport-193-20180223.
    assert figures('والتحق بالقوات المسلحة في العام 1978 الدفعة "29" وهو حاصل على دبلوم') == []
    assert figures('بين القاضية والمحقق الرئيسي في القضية "4000"، تقرر نقل هذا الملف') == []
    assert figures('أما الهدف الوحيد للضيوف فكان للفرنسي هارلم غنوهيريه "82".') == []
    assert figures('وقال: "قتل 5 أشخاص"') == [(5, "killed")]  # words said keep their count


def test_a_number_after_a_latin_name_is_its_version() -> None:
    # SK-technology-8-20180217, SK-technology-7-20180217, the Iranian ATR of 18 February.
    assert figures("إلى الاستفادة من مزايا نظام التشغيل الجديد، iOS 11، الذي تقول إنه") == []
    assert figures("من قبل معالجات Snapdragon 845 المصنعة بتقنية") == []
    assert figures("وكانت الطائرة المنكوبة، وهي من طراز ATR 72، تبلغ من العمر") == []
    # A share after a company's name stays a share (AL-economy, February).
    assert figures("فالفجوة لدى Tui Airways 47%، ولدى Easyjet 45%") == [
        (47, "percent"),
        (45, "percent"),
    ]


def test_a_day_of_the_month_and_a_year_of_an_era_are_dates() -> None:
    # SK-internationalNews-11-20180218, SK-sport-145-20180227, BB-culture-8-20180213.
    assert figures("خلال الفترة من السابع من فبراير إلى 17 من الشهر نفسه لحساب صحيفة") == []
    assert figures("ضد الأرجنتين وإنجلترا في مانشستر ولندن في 23 مارس المقبل و27 منه.") == []
    assert figures("الذي حكم البلاد في الفترة من 1336 إلى 1353 قبل الميلاد، الذي اتجه") == []
    assert figures("وقتل 17 من الشرطة في الهجوم") == [(17, "killed")]  # "من" + no month


def test_spectators_and_fans_are_a_crowd_and_more_currencies_are_money() -> None:
    # AL-sport-80-20180213; the Norwegian crowns of February (SK-internationalNews).
    assert figures("وأقيمت المباراة الثانية في فلسطين بحضور 8 آلاف متفرج، وأدارها") == [
        (8000, "crowd")
    ]
    assert figures("وقال إبراهيم إن الحضور سيتخطى 65 ألف مشجع") == [(65000, "crowd")]
    text = "قالت الحكومة النرويجية إنها تعتزم إنفاق 100 مليون كرونة نرويجية"
    assert figures(text) == [(100_000_000, "money")]
    # BB-economy-2-20180217: a bolivar's ب is its own, not the preposition.
    text = "لشغل وظائف رجال أمن مقابل 2 مليون بوليفار شهريا"
    assert figures(text) == [(2_000_000, "money")]


# Dates --------------------------------------------------------------------------------------


def test_a_market_named_after_its_weekday_is_no_date() -> None:
    # SK-middleEast-112-20180227, AL-internationalNews-122-20180220.
    text = 'واستهدف القصف تجمعا لميليشات الحوثي بالقرب من "سوق الاثنين"، في مديرية المتون'
    assert days(text, date(2018, 2, 27)) == []
    assert days("وأحرز الجيش تقدما كبيرا باتجاه سوق الخميس غرب مديرية", date(2018, 2, 20)) == []


def test_the_nth_day_and_this_day_years_ago_are_not_today() -> None:
    # AL-sport-29-20180216, AL-economy-122-20180228, AL-culture-49-20180203.
    text = "بطولة لعبة البلوت، من اليوم الرابع حتى الثامن من شهر أبريل."
    assert [d for d in days(text, date(2018, 2, 16)) if d[0] == date(2018, 2, 16)] == []
    assert days("شهد اليوم الرابع لمعرض القوات المسلحة", date(2018, 2, 28)) == []
    text = "في مثل هذا اليوم قبل ٤٣ عاماً، استيقظ المصريون على خبر رحيل كوكب الشرق"
    assert days(text, date(2018, 2, 3)) == []


def test_awaiting_an_event_puts_it_ahead() -> None:
    # AL-sport-274-20180226 (Monday): the leaders' match was on Thursday 1 March.
    text = "ومنح «قبلة الحياة» للفريق الوصلاوي، انتظاراً لـ «موقعة الخميس» بين المتصدر"
    assert days(text, date(2018, 2, 26)) == [(date(2018, 3, 1), "resolved")]


# The labelled sample ------------------------------------------------------------------------

# Measured when the rules were added (docs/evaluation.md, round 17): quantities 189/200, dates
# 74/80; before them 180/200 and 70/80. A change that lowers one fails here.
# quant9 lowered "quantities" on purpose (188/200 -> 186/200, 0.94 -> 0.93): the items are
# figures marsad kept, so a figure no longer given scores as a miss; it no longer gives figures
# with no unit nor counted noun, 7 of them here (5 right "other", 2 wrong), as the blind gold's
# unseen stories showed such figures right 4 times in 10 (docs/evaluation.md, quant9).
FLOORS = {"quantities": 0.93, "dates": 0.92}


@pytest.mark.slow
def test_the_labelled_february_sample(shared_data: Callable[[str], Path]) -> None:
    figure_rows, date_rows = rows("quantities.jsonl", SAMPLES), rows("dates.jsonl", SAMPLES)
    documents = sample_documents(shared_data, figure_rows, date_rows)
    assert figures_right(figure_rows, documents) / len(figure_rows) >= FLOORS["quantities"]
    assert dates_right(date_rows, documents) / len(date_rows) >= FLOORS["dates"]
