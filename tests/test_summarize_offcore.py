"""Another day's development glued to a story (issue 19, round 23), on sentences of February
2018 ANT articles: Espérance de Tunis punished for its fans' riot (two outlets on the 17th) and
its first league defeat, to Club Africain, the next evening (Al Arabiya, the 18th)."""

from marsad.model import Document
from marsad.summarize import StoryText
from marsad.summarize.offcore import off_core
from marsad.summarize.offevent import other_event
from storydocs import sentences_document

# skynews, 2018-02-17T10:48:23+00:00: عقوبات مشددة على الترجي التونسي بعد "الشغب"
PUNISHED_SK = [
    "عاقبت الرابطة الوطنية المحترفة لكرة القدم في تونس نادي الترجي بخوض 3 مباريات كانت مقررة على أرضه، خارج ملعبه، بسبب أعمال الشغب التي شهدتها مباراته ضد النجم الساحلي.",
    "ويتعين على الترجي أيضا إصلاح الأضرار التي لحقت بملعب رادس. وفقا لوكالة الصحافة الفرنسية.",
    'وأعلنت وزارة الداخلية عن إصابة 38 عنصرا من قوات حفظ الأمن، بسبب المقذوفات النارية والحجارة والكراسي التي أطلقت من المدرجات "من قبل أنصار الترجي"، وفق "فرانس برس".',
]
# alarabia, 2018-02-17T17:13:15+04:00: معاقبة الترجي التونسي بلعب 3 مباريات خارج أرضه
PUNISHED_AL = [
    'عوقب الترجي التونسي بخوض مبارياته الثلاث المقبلة خارج ملعبه بعد أعمال شغب رافقت مباراته ضد النجم الساحلي بحسب ما أعلن مسؤول في رابطة الدوري التونسي لكرة القدم لوكالة فرانس برس، ويتعين على النادي إصلاح الأضرار التي لحقت بملعب رادس "الضاحية الجنوبية لتونس العاصمة".',
    "وكانت المباراة التي أقيمت الخميس وانتهت بفوز الترجي 3-2 توقفت مرتين بسبب مقذوفات نارية أطلقها مشجعو الترجي من المدرجات.",
    "وأعلنت وزارة الداخلية عن إصابة 38 عنصرا من قوات حفظ الأمن بسبب المقذوفات النارية والحجارة والكراسي التي اطلقت من المدرجات من قبل انصار الترجي.",
]
# alarabia, 2018-02-18T20:19:58+04:00: الأفريقي يلحق بالترجي الهزيمة الأولى في الدوري التونسي
DEFEAT_AL = [
    "حول الأفريقي تأخره بهدف إلى فوز مثير 2 - 1 على غريمه الترجي يوم الأحد، ليلحق به الهزيمة الأولى هذا الموسم ضمن منافسات الجولة التاسعة عشر من الدوري التونسي لكرة القدم.",
    "وأكمل الأفريقي سلسة عروضه القوية حيث حقق الفوز الخامس على التوالي في الدوري، ليصعد إلى المركز الثاني برصيد 36 نقطة بفارق ثماني نقاط عن المتصدر الترجي.",
    "وباغت المهاجم أنيس بن حتيرة، في أول ظهور له بشكل أساسي في تشكيلة الترجي، دفاع الأفريقي بهدف في الدقيقة السابعة عبر هجمة منسقة وتمريرة عرضية من الجزائري يوسف البلايلي.",
]


def _story(defeat_published: str) -> StoryText:
    documents: list[Document] = [
        sentences_document(
            "sk21",
            "skynews",
            "2018-02-17T10:48:23+00:00",
            'عقوبات مشددة على الترجي التونسي بعد "الشغب"',
            PUNISHED_SK,
        ),
        sentences_document(
            "al22",
            "alarabia",
            "2018-02-17T17:13:15+04:00",
            "معاقبة الترجي التونسي بلعب 3 مباريات خارج أرضه",
            PUNISHED_AL,
        ),
        sentences_document(
            "al9",
            "alarabia",
            defeat_published,
            "الأفريقي يلحق بالترجي الهزيمة الأولى في الدوري التونسي",
            DEFEAT_AL,
        ),
    ]
    return StoryText.build(documents, attribution_threshold=0.5)


def test_the_next_days_match_is_outside_the_core() -> None:
    story = _story("2018-02-18T20:19:58+04:00")
    found = off_core(story)
    assert [s.article for s, off in zip(story.sentences, found, strict=True) if off] == [
        "al9"
    ] * len(DEFEAT_AL)
    assert (other_event(story) >= found).all()


def test_an_article_of_the_same_day_is_in_the_core() -> None:
    story = _story("2018-02-17T20:19:58+04:00")  # within a day of the others: one group
    assert not off_core(story).any()


def test_two_articles_have_no_core() -> None:
    story = _story("2018-02-18T20:19:58+04:00")
    two = StoryText.build([d for d in story.documents if d.id != "al22"], attribution_threshold=0.5)
    assert not off_core(two).any()
