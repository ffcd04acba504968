"""Quantities, round 20 of issue 18: the kinds found in 60 random February articles outside
every facts gold (docs/evaluation.md): the convicted are counted as arrested, "N الجاري" is a
day, a scorer's bracketed minute and a number in a quoted title are no counts, a currency
left out after "إلى/و" is the figure before's, and in-text sources no longer take
"ما أفاد", a relative pronoun or the told noun as their words. February 2018 ANT sentences."""

from __future__ import annotations

from marsad.facts.dates import MONTH_WORDS
from marsad.facts.quantities import quantities


def read(text: str) -> list[tuple[object, str]]:
    """(value or (low, high), counted) of each figure of a sentence."""
    found = quantities(text, month_words=MONTH_WORDS)
    return [(m.value if m.value is not None else (m.low, m.high), m.counted) for m in found]


def sources(text: str) -> list[str | None]:
    """The in-text source of each typed figure of a sentence."""
    return [m.source for m in quantities(text, month_words=MONTH_WORDS) if m.concept]


def test_the_convicted_and_sentenced_are_arrested() -> None:
    # SK-internationalNews-49-20180219, SK-internationalNews-77-20180222
    sentence = "ذكرت وزارة العدل النيجيرية الاثنين، أن أكثر من 200 شخص أدينوا في تهم تتعلق بصلتهم"
    assert read(sentence) == [(200, "arrested")]
    sentence = "تعتزم ولايات ألاباما وفلوريدا تنفيذ أحكام بالإعدام في حق 3 مدانين في جرائم قتل"
    assert read(sentence) == [(3, "arrested")]
    sentence = "وقالت الوزارة إن 45 شخصا يشتبه بأنهم على صلة ببوكو حرام أدينوا وسجنوا"
    assert read(sentence) == [(45, "arrested")]
    # "إدانة" is also condemnation: it types nothing.
    assert read("وسط إدانة دولية واسعة، قتل 5 أشخاص في الهجوم") == [(5, "killed")]
    # A conviction word elsewhere in the sentence leaves other counts of people as they were.
    sentence = "وأدين رجلان في القضية، التي قالت السلطات إنها شملت تعرض المئات من أطفال المنطقة"
    assert read(sentence) == [((200, 999), "other")]


def test_a_day_of_the_current_month_is_no_count() -> None:
    # AL-internationalNews-186-20180224; CN-sport-22-20180219
    sentence = "سيتوجه غدًا 25 الجاري، مع وفد يضم خمسة من وزراء الخارجية العرب، إلى بروكسل"
    assert read(sentence) == [(5, "other")]
    assert read("في الخرطوم، في 22 من الشهر الجاري.") == []
    assert read("في 22 من الجاري.") == []


def test_a_scorers_bracketed_minute_is_no_count_whatever_follows() -> None:
    # SK-sport-167-20180228
    sentence = (
        "وسجل أهداف الأهلي مروان محسن (65) ووليد سليمان (77) والمغربي وليد أزارو (86) ليرفع "
        "رصيده إلى 72 نقطة"
    )
    assert read(sentence) == [(72, "other")]
    # Outside a sentence of scoring, a bracketed number before a noun counts it; "أهداف" is
    # also "targets" (6ca8219bc6e4270a, February's digest).
    assert [v for v, _ in read("وتضم القائمة (697) شركة من القطاع الخاص")] == [697]
    sentence = 'أن "القوات الجوية استهدفت عدد (5) أهداف للعناصر الإرهابية وتدميرها'
    assert [v for v, _ in read(sentence)] == [5]


def test_a_number_in_a_quoted_title_is_no_count() -> None:
    # AL-internationalNews-16-20180218, FR-culture-9-20180202
    sentence = 'وقال تيلرسون، في مقابلة مع برنامج "60 دقيقة" على شبكة "سي بي أس" الإخبارية'
    assert read(sentence) == []
    assert read("وعرض فيلم «120 نبضة في الدقيقة» في 30 صالة") == [(30, "other")]
    # Quoted words said keep their figure: no naming noun opens them.
    assert read('وكتب في تغريدة "قتل 5 أشخاص في الهجوم"') == [(5, "killed")]


def test_a_unit_left_out_after_a_link_is_the_figure_befores() -> None:
    # AL-sport-76-20180214
    sentence = "التي تم تخفيضها إلى 20 ريالاً بعد أن وصلت إلى 50، وهو قرار يحسب للهيئة"
    assert read(sentence) == [(20, "money"), (50, "money")]
    # A share's next figure may be a level: it takes no unit ("ارتفع بنسبة 5% إلى 300").
    assert read("ارتفع المؤشر بنسبة 5% إلى 300 نقطة")[1] == (300, "other")
    assert read("وخصصت 3 ملايين دولار للإغاثة و5 ملايين أخرى للإعمار") == [
        (3_000_000, "money"),
        (5_000_000, "money"),
    ]
    # The scale left out too ("و5 أخرى" for 5 million): no sum is made of 5.
    assert read("وخصصت 3 ملايين دولار للإغاثة و5 أخرى للإعمار")[1] == (5, "other")
    # A clause break ends it, and counts of people keep their own verbs.
    assert read("دفعت الشركة 20 دولارا، وغادر 5") == [(20, "money"), (5, "other")]
    assert read("قتل 3 أشخاص وأصيب 5 آخرون") == [(3, "killed"), (5, "injured")]


def test_a_source_is_the_name_after_what_was_told() -> None:
    # FR-middleEast-22-20180218, SK-middleEast-76-20180226
    sentence = "أدى القصف إلى مقتل 14 شخصا على الأقل، بحسب ما أفاد المرصد السوري لحقوق الإنسان."
    assert sources(sentence) == ["المرصد السوري لحقوق الإنسان"]
    sentence = "كما قتل 19 من قوات النظام، في اشتباكات، حسبما أفاد المرصد السوري لحقوق الإنسان."
    assert sources(sentence) == ["المرصد السوري لحقوق الإنسان"]
    # The relative clause's verb may carry a pronoun or be no verb of telling.
    sentence = "وقتل 13 مدنيا في القصف، بحسب ما نقلته وكالة الأنباء السورية."
    assert sources(sentence) == ["وكالة الأنباء السورية"]


def test_a_source_name_ends_before_a_relative_a_pronoun_or_the_told_noun() -> None:
    # SK-middleEast-92-20180227: Russia announced the truce, not the toll.
    sentence = (
        "دخلت الهدنة التي أعلنت عنها روسيا لخمس ساعات حيز التنفيذ، بعد القصف الذي أودى "
        "بحياة أكثر من 560 مدنياً."
    )
    assert sources(sentence) == [None]
    # SK-internationalNews-119-20180224
    sentence = "أعلنت وزارة الداخلية الافغانية مقتل شخص واحد على الاقل وجرح ستة آخرين، السبت."
    assert sources(sentence) == ["وزارة الداخلية الافغانية"]
    # 04e13622f101ebc7 (February's digest): "peers of theirs" told the BBC.
    sentence = "وقتل اثنان من المقاتلين، حسب ما أبلغ أقران لهما بي بي سي"
    assert sources(sentence) == ["أقران"]
    # A word of the counted lexicon that is no verbal noun stays in the name.
    sentence = "وقال مصدر عسكري إن تسعة قتلى سقطوا في الهجوم"
    assert sources(sentence) == ["مصدر عسكري"]
    # AL-internationalNews-237-20180226
    sentence = "وأوضح مؤسس الجبهة الذي أزاحته ابنته أن الإرهاب أوقع مئات القتلى"
    assert sources(sentence) == ["مؤسس الجبهة"]
