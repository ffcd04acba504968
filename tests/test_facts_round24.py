"""Quantities, round 24 of issue 18: kinds an editor's blind read found wrong (in the abstract):
one length of time in several units shown as several figures, years in words read as counts,
units of measure cut short, a capacity read as a crowd, the base of a share read
as a crowd.
Sentences from February 2018 ANT articles or made up in their style."""

from __future__ import annotations

from marsad.facts.dates import MONTH_WORDS
from marsad.facts.quantities import quantities


def read(text: str) -> list[tuple[object, str | None, str]]:
    """(value, unit, text) of each figure of a sentence that is kept as a fact."""
    return [(m.value, m.unit, m.text) for m in quantities(text, month_words=MONTH_WORDS) if m.sure]


def test_one_length_of_time_is_one_figure() -> None:
    sentence = "وقضت المحكمة بسجنه عامين وتسعة أشهر و22 يوما بتهمة الاحتيال."
    assert read(sentence) == [(2, "عام", "عامين وتسعة أشهر و22 يوما")]
    # SK-sport-91-20180223: a race time; "دقائق" is a minute (its lemma was lost to "ئ").
    sentence = "الذي احتفظ بالقميص الأحمر بزمن 11 ساعة و6 دقائق و36 ثانية."
    assert read(sentence) == [(11, "ساعه", "11 ساعة و6 دقائق و36 ثانية")]
    # A dual with no figure of its own between the parts.
    assert read("بثلاث ساعات ودقيقتين و55 ثانية، متفوقا")[0][0] == 3
    # SK-technology-23-20180215: the same unit twice is two lengths.
    assert [v for v, _, _ in read("بعد شهرين و8 أشهر من الولادة")] == [2, 8]
    # A count of people after a time is no part of it.
    assert (3, "جندي") in [(v, u) for v, u, _ in read("خلال ساعتين و3 جنود قتلوا")]


def test_years_in_words_are_no_counts() -> None:
    assert read("في ألف وتسعمائة وستة وثمانين انفجر المفاعل.") == []
    assert read("ولد عام ألف وتسعمائة ستة وثمانين.") == []
    assert read("بين عامي ستة وثمانين وتسعين.") == []
    assert read("منذ حرب سبعة وستين لم يتغير شيء.") == []
    # A count so written names what it counts.
    assert read("وصل عددهم إلى ألف وتسعمائة وخمسين متظاهرا.")[0][0] == 1950


def test_units_of_measure_keep_their_compound_form() -> None:
    # BB-internationalNews-25-20180214, BB-middleEast-48-20180219, SK-economy-15-20180215
    assert read("تقدِّر أن مساحة 570 كيلومترا مربعا من ذلك البلد")[0][1] == "كيلومتر مربع"
    sentence = "من 400 مليون قدم مكعب يوميا، إلى 1.2 مليار قدم مكعب في منتصف العام"
    assert [u for _, u, _ in read(sentence)] == ["قدم مكعب يوميا", "قدم مكعب"]
    assert read("ارتفع بمقدار 250 ألف برميل يوميا في بداية 2018")[0][1] == "برميل يوميا"
    assert read("تمتد على مساحة تبلغ 266 ألف كلم مربع، ولها ساحل")[0][1] == "كلم مربع"


def test_a_capacity_is_no_crowd() -> None:
    # SK-sport-40-20180220: a stadium's capacity.
    assert read("إذ يتسع لأكثر من 99 ألف متفرج، وسيشهد بعض التحديثات") == []
    assert read("ويستوعب الملعب 60 ألف متفرج.") == []
    # A crowd at the match stays one.
    found = quantities("وأقيمت المباراة أمام 60 ألف متفرج.")
    assert [m.counted for m in found if m.sure] == ["crowd"]


def counted(text: str) -> list[tuple[object, str]]:
    """(value or (low, high), counted) of each figure kept as a fact."""
    found = quantities(text, month_words=MONTH_WORDS)
    return [
        (m.value if m.value is not None else (m.low, m.high), m.counted) for m in found if m.sure
    ]


def test_the_base_of_a_share_is_no_crowd() -> None:
    # BB-technology-52-20180227: one in ten respondents.
    assert counted("إذ قال واحد من كل عشرة مشاركين إنهم يدخلون على تلك المواقع") == []


def test_numbers_written_onto_a_preposition_or_the_article() -> None:
    # SK-sport-40-20180220 ("لستة" read as the vague "آلاف"), BB-economy-5-20180215.
    assert read("منح لستة آلاف شخص.")[0][0] == 6000
    assert counted("مستقرة عند حافة الخمسة آلاف تومان") == [(5000, "money")]
    assert read("لست أدري كم عددهم") == []
    # BB-technology-1-20180218: "ألفي" is a name (Alfie) before "أن", no 2000.
    assert read("ويريد والدا ألفي أن يتلقى طفلهما العلاج") == []
    assert read('وقالت جدة الطفل إن العلاج يعني أن "ألفى قد نجا من حكم الإعدام') == []
    assert counted("نشرت ألفي جندي.") == [(2000, "troops")]
