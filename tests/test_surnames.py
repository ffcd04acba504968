"""A speaker named by the last name alone, the full name told only before (lang/surnames.py,
issue 16 round 18)."""

import pytest

from marsad.lang.surnames import surname_only

TOLD = "40 اتهاماً جنسياً ضد موظفي الأمم المتحدة أعلنت الأمم المتحدة أنها تلقت 40 اتهاماً."
EARLIER = [
    "وقال المتحدث باسم الأمم المتحدة ستيفان دوجاريك إن القائمة تشمل 15 اتهاماً.",
    "وقال المتحدث باسم الحكومة محمد المومني إن القرار نهائي.",
    "وتتكون اللجنة من الكاتب روبرت ماكروم والروائية كاميلا شامسي.",
]


@pytest.mark.parametrize(
    "text",
    [
        # February 2018 ANT: the last name after a speech verb, then what is said.
        'وأضاف دوجاريك: "أي اتهام يتعلق بموظفينا يقوض قيمنا".',
        "وأضاف دوجاريك أن التحقيقات جارية.",
        "وقالت شامسي: اعتدت أن أقرأ جميع الروايات الفائزة.",
        "وأوضح دوجاريك أيضا أن الأرقام أولية.",
        # The imperfect of a speech verb.
        "ويضيف دوجاريك: الأرقام أولية.",
        'وأضاف دوجاريك قوله: "سنحقق في كل اتهام".',
        # A family name of the nisba shape, with the article (round 21: "وأوضح المومني أنه
        # سيتم منح الجنسية …", February 2018).
        "وأوضح المومني أنه سيتم منح الجنسية للمستثمر.",
        "وأكد المومني: القرار نهائي.",
    ],
)
def test_a_last_name_told_only_before_leans_back(text: str) -> None:
    assert surname_only(text, "ar", TOLD, EARLIER)


@pytest.mark.parametrize(
    ("text", "told", "earlier"),
    [
        # The title or a lead names the person: the reader knows who it is.
        ("وأضاف دوجاريك أن التحقيقات جارية.", TOLD + " ستيفان دوجاريك", EARLIER),
        # Named nowhere before: a name the sentence introduces, not one told before.
        ("وقال غوتيريش إن الوضع مأساوي.", TOLD, EARLIER),
        # Named before, but not after a first name ("وفتح كوك تحقيقا" is no full name).
        ("وقال كوك إن المبيعات قوية.", TOLD, ["وفتح كوك تحقيقا في الأمر."]),
        # A word with the article is a body or a title, not a last name ("وقال النادي").
        ("وقال النادي إن العقوبة نهائية.", TOLD, ["وفتح النادي تحقيقا بالتعاون مع الشرطة."]),
        # A nisba word with the article that no earlier sentence gave after a first name.
        ("وقال المومني إن القرار نهائي.", TOLD, ["وأعلن المومني القرار أمس."]),
        ("وأكد المحامي أن موكله بريء.", TOLD, ["وحضر المحامي الجلسة مع موكله."]),
        # The nisba family name the title or a lead names.
        ("وأوضح المومني أنه سيتم منح الجنسية.", TOLD + " محمد المومني", EARLIER),
        # A noun its quote names ('ولفت تقرير "بلومبرغ" إلى …'), not a last name.
        ('ولفت تقرير "بلومبرغ" إلى أن الاستثمارات تراجعت.', TOLD, ["نشرت وكالة تقرير مفصلا."]),
        # The full name in the sentence itself.
        ("وقال ستيفان دوجاريك إن القائمة طويلة.", TOLD, EARLIER),
    ],
)
def test_a_speaker_the_reader_knows_stands_alone(text: str, told: str, earlier: list[str]) -> None:
    assert not surname_only(text, "ar", told, earlier)


def test_only_arabic_is_read() -> None:
    assert not surname_only("Dujarric added that ...", "en", TOLD, EARLIER)


# A family name with the article that is no nisba ("الخضور", "الشماع", "القدوة"): an earlier
# sentence introduced the person in full, a title, a speech verb or a name chain before the
# first name (issue 16, round 25; February 2018 ANT).
INTRODUCED = [
    "وقال المتحدث باسم وزارة التربية الفلسطينية صادق الخضور إن الوزير منع من الدخول.",
    "وقال يوسف المحمود إن الحكومة مستعدة.",
    "وقال رئيس الهيئة أحمد بن عقيل الخطيب إن الجدول جاهز.",
]


@pytest.mark.parametrize(
    "text",
    [
        "وأشار الخضور إلى أن هذه المرة الثالثة.",
        'وتابع الخضور "هذا المنع يأتي في إطار التصعيد".',
        "ودعا المحمود إلى تمكين الحكومة.",
        'وقال الخطيب "بدأنا فعلا في تشييد البنية التحتية".',
    ],
)
def test_a_family_name_with_the_article_introduced_before_leans_back(text: str) -> None:
    assert surname_only(text, "ar", TOLD, INTRODUCED)


@pytest.mark.parametrize(
    ("text", "earlier"),
    [
        # A common noun after a word in construct or a verb: a body or a kind, no family name.
        ("وقالت الشرطة إن المشتبه به فر.", ["وفي يوليو الماضي، اتهمت الشرطة رجلا."]),
        ("وقال المركز إن التضخم ارتفع.", ["وبحسب رأي المركز فإن الأسعار ترتفع."]),
        # Written without its article elsewhere: a common noun ("تقرير المنظمة").
        ("وقال التقرير إن الهجمات تزداد.", ["وقال الخبير سامي التقرير إن تقرير المنظمة جاهز."]),
        # A plural of people ("المشجعون").
        ("وقال المشجعون إنهم غاضبون.", ["وقال المتحدث سامي المشجعون إنهم سيحتجون."]),
        # "على" is a preposition, not the first name "علي".
        ("وأضاف البيان أن الممارسات مستمرة.", ["ومن الأطراف الموقعة على البيان حزبان."]),
        # A relative pronoun before a verb is no title before a first name.
        ("وقالت اللجنة إن القرار نهائي.", ["وهو الحظر الذي ستعلنه اللجنة اليوم."]),
    ],
)
def test_a_definite_word_no_name_introduced_stands(text: str, earlier: list[str]) -> None:
    assert not surname_only(text, "ar", TOLD, earlier)


def test_a_family_name_with_the_article_the_title_names_stands() -> None:
    told = TOLD + " صادق الخضور"
    assert not surname_only("وأشار الخضور إلى أن هذه المرة الثالثة.", "ar", told, INTRODUCED)
