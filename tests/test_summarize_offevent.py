"""Another event than the story's (issue 19, round 14), on sentences of February 2018 ANT
articles: a roundup's other match ("وفي مباراة ثانية …"), an earlier event ("وفي وقت سابق هذا
الأسبوع …"), another side's next fixture and a preview published before the result give no
summary sentence; the side's own next match and a pre-match article that announces nothing stay
usable."""

from marsad.model import Document
from marsad.summarize import StoryText, summarize
from marsad.summarize.offevent import (
    earlier_like,
    next_fixture,
    other_event,
    other_match,
    other_ruling,
    stale_preview,
)
from storydocs import sentences_document

# skynews, 2018-02-20T21:48:34+00:00: تعادل ثمين لبرشلونة.. وخماسية للبايرن
CHELSEA_SK = [
    "تعادل برشلونة الإسباني مع مضيفه تشلسي الإنجليزي 1-1، الثلاثاء، على ملعب ستامفورد بريدج في لندن في ذهاب الدور ثمن النهائي لمسابقة دوري أبطال أوروبا لكرة القدم.",
    "وسجل البرازيلي ويليان (62) لتشلسي، والأرجنتيني ليونيل ميسي (75) لبرشلونة.",
    "وتمنح هذه النتيجة أفضلية نسبية لبرشلونة إذ يكفيه التعادل سلبيا على ملعبه في مباراة الإياب التي تقام في 14 مارس.",
    "وفي مباراة ثانية في ثمن النهائي، قسا بايرن ميونيخ الألماني على ضيفه بشكتاش التركي عندما هزمه 5-صفر في ميونيخ في مواجهة الذهاب، ليضع قدما في ربع النهائي.",
]
# alarabia, 2018-02-21T01:37:48+04:00: ميسي يسجل لبرشلونة وينهي عقدة ملعب تشيلسي
CHELSEA_AL = [
    "خيم التعادل الإيجابي 1-1 على مباراة تشيلسي الإنجليزي مع ضيفه برشلونة الإسباني يوم الثلاثاء على ملعب ستامفورد بريدج في ذهاب دور الستة عشر لدوري أبطال أوروبا لكرة القدم.",
    "وتقدم البرازيلي ويليان بهدف لتشيلسي في الدقيقة 62 ثم أدرك الأرجنتيني ليونيل ميسي التعادل لبرشلونة في الدقيقة 75.",
    "وفي المباراة الأخرى، وضع بايرن ميونيخ قدما في الدور ربع النهائي بعد أن سحق ضيفه بشكتاش التركي 5 - صفر بأقدام ليفاندوفسكي، هدفان، مولر، هدفان، والفرنسي كومان.",
]
# france24, 2018-02-14T08:55:29+00:00: باريس سان جرمان في مهمة الإطاحة بريال مدريد …
PREVIEW_FR = [
    'سيكون ملعب "سانتياغو برنابيو" مساء الأربعاء مسرحا لمواجهة ساخنة واعدة بين ريال مدريد وضيفه باريس سان جرمان في ذهاب ثمن نهائي دوري أبطال أوروبا لكرة القدم.',
    'وسيسعى زملاء النجم البرازيلي نيمار إلى الإطاحة بـ"ملك" أوروبا وحامل اللقب بهدف طي صدمة الخروج المذل أمام برشلونة قبل عام.',
    "ودافع مدرب الفريق الفرنسي، الإسباني أوناي إيمري، عن لاعبيه قائلا إنهم في أفضل الحالات لمواجهة العملاق الإسباني.",
]
# france24, 2018-02-15T00:52:15+00:00: رونالدو "العجيب" يقود ريال مدريد إلى فوز كبير …
RESULT_FR = [
    "قلب ريال مدريد تخلفه صفر-1 إلى فوز كبير على ضيفه باريس سان جرمان (3-1) في مباراة الذهاب من ثمن نهائي دوري أبطال أوروبا لكرة القدم، والتي أقيمت مساء الأربعاء على ملعب سانتياغو برنابيو.",
    "وهز كريستيانو رونالدو شباك الحارس أريولا مرتين ليبلغ عدد أهدافه في هذه المنافسة 116 هدفا، منها 101 مع النادي الملكي.",
    "وتجري مباراة الإياب في 6 آذار/مارس في باريس.",
]
# skynews, 2018-02-21T16:23 (story c6d344d2): a pre-match article that announces no match
ARSENAL_SK = [
    "أكد مدرب فريق أرسنال، أرسين فينغر، غياب ثنائي خط وسط أرون رامسي ومسعود أوزيل، عن مواجهة إياب الدور 32 في الدوري الأوروبي لكرة القدم أمام أوسترسوندس، يوم الخميس.",
    "وقال فينغر إن اللاعبين يعانيان من إصابات طفيفة.",
]
# skynews, 2018-02-17T18:15:47+00:00: برشلونة يتأهب لتشلسي بثنائية في مرمى إيبار
EIBAR_SK = [
    'تغلب برشلونة على مضيفه إيبار، بهدفين نظيفين، السبت، ضمن منافسات المرحلة 24 من الدوري الإسباني لكرة القدم، قبل أن يشد الرحال إلى لندن لمواجهة تشلسي بدور الـ16 من "أبطال أوروبا" الثلاثاء المقبل.',
    "ثنائية الضيوف حملت توقيع لويس سواريز (16) وجوردي ألبا قبل نهاية الوقت الأصلي للمباراة بدقيقتين.",
    "ورفع برشلونة رصيده إلى 62 نقطة متفوقا بعشر نقاط على أتليتيكو مدريد الذي يستضيف أتليتيك بيلباو الأحد.",
    "وسيحل ريال مدريد حامل اللقب ضيفا على ريال بيتيس في اليوم ذاته.",
]
# skynews, 2018-02-24T21:50:59+00:00: كأس الملك: الأهلي إلى نصف النهائي
AHLI_SK = [
    "تأهل الأهلي السعودي إلى الدور نصف النهائي في مسابقة كأس الملك لكرة القدم بفوزه على الفيحاء بركلات الترجيح 4-3 بعد تعادلهما 2-2 في الوقتين الأصلي والإضافي السبت.",
    "وتقدم الفيحاء مرتين بواسطة الأرجنتيني جوناثان غوميز (21) والكولومبي دانيلو اسبريا (100)، وعادل الأهلي عن طريق صالح العمري (85) وعبد الفتاح عسيري (109).",
    "ويلتقي الأهلي في دور الأربعة مع الفائز من مباراة القادسية والفيصلي.",
]
# BBC, 2018-02-25T18:10 (story 0bb3903a): محكمة عراقية تقضي بإعدام 16 امرأة تركية …
COURT_BB = [
    "قضت محكمة عراقية الأحد بإعدام 16 إمرأة تركية شنقا بعد إدانتهن بتهمة الانتماء إلى تنظيم الدولة الإسلامية.",
    'ونددت منظمة هيومان رايتس ووتش بالاحكام الصادرة بحق النساء التركيات الأحد، واصفة إياه بأنها "غير عادلة".',
    "وفي وقت سابق هذا الاسبوع، قضت محكمة في بغداد بالسجن لسبعة أشهر على مواطنة فرنسية تدعى ميلينا بوغدير، لدخول العراق بطريق غير شرعية.",
    "وفي وقت سابق الأحد، قال مصدر قضائي إن المحكمة استمعت إلى إفادات النساء.",
]
# alarabia, 2018-02-21T17:52:11+04:00 (a preview recalling the last meeting's 3-0) and
# 2018-02-22T22:56:42+04:00 (the 1-0 result), story 3ff07bf9
NASSR_PREVIEW = [
    "يسعى النصر لرد اعتباره أمام الباطن حينما يستضيفه يوم الخميس على ستاد الأمير فيصل بن فهد بالعاصمة الرياض، في الدور ربع النهائي لكأس الملك.",
    "وسيكون أمام النصر فرصة كبيرة للثأر من الباطن الذي كرر تفوقه على أصفر العاصمة حينما هزمه بثلاثية نظيفة يوم الخميس الماضي على ذات الملعب في المرحلة 22 من الدوري السعودي للمحترفين.",
]
NASSR_RESULT = [
    "فجّر الباطن مفاجأة من العيار الثقيل بعدما أقصى النصر من كأس الملك بفوزه عليه 1-صفر، في الدور ربع النهائي في المواجهة التي احتضنها استاد الأمير فيصل بن فهد بالعاصمة الرياض.",
]


def _story(documents: list[Document]) -> StoryText:
    return StoryText.build(documents, attribution_threshold=0.5)


def _chelsea() -> list[Document]:
    return [
        sentences_document("sk", "skynews", "2018-02-20T21:48:34+00:00", "تعادل", CHELSEA_SK),
        sentences_document("al", "alarabia", "2018-02-21T01:37:48+04:00", "ميسي", CHELSEA_AL),
    ]


def _madrid(preview: str = "2018-02-14T08:55:29+00:00") -> list[Document]:
    return [
        sentences_document("fr3", "france24", preview, "باريس سان جرمان في مهمة", PREVIEW_FR),
        sentences_document("fr1", "france24", "2018-02-15T00:52:15+00:00", "فوز", RESULT_FR),
        sentences_document("ar", "skynews", "2018-02-14T10:00:00+00:00", "أرسنال", ARSENAL_SK),
    ]


def test_a_roundups_other_match_is_another_event() -> None:
    assert other_match(_story(_chelsea())).tolist() == [False] * 3 + [True] + [False] * 2 + [True]
    summary = summarize(_chelsea(), words=400)
    assert not any("بايرن" in s.text for s in summary), [s.text for s in summary]


def test_an_earlier_event_of_the_week_is_another_event_and_a_same_day_one_is_not() -> None:
    court = sentences_document("bb", "BBC", "2018-02-25T18:10:00+00:00", "إعدام", COURT_BB)
    other = sentences_document("sk", "skynews", "2018-02-25T11:51:00+00:00", "إعدام", COURT_BB[:2])
    assert other_event(_story([court, other])).tolist() == [False, False, True, False] + [False] * 2
    assert not other_event(_story([court])).any()  # one article's summary is its own


def test_a_preview_before_the_result_gives_no_summary_sentence() -> None:
    flagged = stale_preview(_story(_madrid())).tolist()
    assert flagged == [True] * 3 + [False] * 3 + [False] * 2  # Wenger's news announces no match
    summary = summarize(_madrid(), words=400)
    assert summary[0].text == RESULT_FR[0]
    assert not any(s.article == "fr3" for s in summary), [s.text for s in summary]


def test_a_previews_recalled_score_is_not_the_result() -> None:
    """ "هزمه بثلاثية نظيفة يوم الخميس الماضي" is the last meeting's score: the preview stays
    stale beside the next day's 1-0 (round 17, February)."""
    nassr = [
        sentences_document("al1", "alarabia", "2018-02-21T17:52:11+04:00", "النصر", NASSR_PREVIEW),
        sentences_document("al2", "alarabia", "2018-02-22T22:56:42+04:00", "الباطن", NASSR_RESULT),
    ]
    assert stale_preview(_story(nassr)).tolist() == [True, True, False]


def test_a_preview_published_after_the_result_is_not_stale() -> None:
    assert not stale_preview(_story(_madrid("2018-02-15T08:00:00+00:00"))).any()


def test_another_sides_next_fixture_is_left_out_and_the_sides_own_is_kept() -> None:
    eibar = sentences_document("sk", "skynews", "2018-02-17T18:15:47+00:00", "إيبار", EIBAR_SK)
    ahli = sentences_document("sk2", "skynews", "2018-02-24T21:50:59+00:00", "الأهلي", AHLI_SK)
    assert next_fixture(_story([eibar, ahli])).tolist() == [False] * 3 + [True] + [False] * 3


# alarabia, 2018-02-23T17:07:35+04:00 (story f28db093): نهائي مبكر بين ميلان وأرسنال …
DRAW_AL = [
    "أسفرت قرعة بطولة الدوري الأوروبي لكرة القدم التي سحبت اليوم الجمعة في مقر الاتحاد الأوروبي (يويفا) بمدينة نيون السويسرية، عن لقاء ميلان الإيطالي مع أرسنال الإنجليزي، في أبرز مواجهات دور الستة عشر.",
    "وفي المواجهات الأخرى بالدور نفسه، يلتقي لاتسيو الإيطالي مع دينامو كييف الأوكراني ولايبزغ الألماني مع زينيت سان بطرسبرج الروسي.",
]


def test_a_draws_other_ties_are_the_draw_itself() -> None:
    draw = sentences_document("al2", "alarabia", "2018-02-23T17:07:35+04:00", "قرعة", DRAW_AL)
    story = _story([draw, *_chelsea()])
    assert other_match(story).tolist() == [False] * 2 + [False] * 3 + [True] + [False] * 2 + [True]


# skynews, 2018-02-23T13:57:38+00:00 (story 1bcef952): وزير الخارجية السعودي: قطر تختبئ وراء …
JUBEIR_SK = [
    'قال وزير الخارجية السعودي، عادل الجبير، إن قطر "لا تبدو كما يظهرها الإعلام للعالم، فهي تختبئ وراء جانب مظلم يدعم الإرهاب ويموله"، مؤكدا أن "الدول المقاطعة تريد من قطر إيقاف ذلك والعودة للحضن الخليجي".',
    'وشدد الجبير، في تصريحات أدلى بها خلال حديثه أمام أعضاء لجنة العلاقات الخارجية في البرلمان الأوروبي، على أن "الاتفاق النووي مع إيران يعاني من نواقص، ويجب على المجتمع الدولي تعديل الاتفاق".',
    'وفي سياق آخر، أكد وزير الخارجية السعودي أن "جميع الموانئ والمطارات في اليمن مفتوحة وأن هناك عمل جار على زيادة القدرة الاستيعابية في عدد من الموانئ اليمنية".',
    "وفي سياق متصل، قال الجبير إن قطر تدعم جماعات متطرفة في المنطقة.",
]


def test_a_turn_to_another_matter_is_another_event() -> None:
    jubeir = sentences_document("sk", "skynews", "2018-02-23T13:57:38+00:00", "الجبير", JUBEIR_SK)
    other = sentences_document("cn", "CNN", "2018-02-23T12:00:00+00:00", "الجبير", JUBEIR_SK[:2])
    assert (
        other_match(_story([jubeir, other])).tolist() == [False, False, True, False] + [False] * 2
    )
    summary = summarize([jubeir, other], words=400)
    assert not any("الموانئ" in s.text for s in summary), [s.text for s in summary]
    assert not other_event(_story([jubeir])).any()  # one article's summary is its own


# skynews, 2018-02-26T01:19 and alarabia, 2018-02-25T23:15 (story 596f31d8), the same wire copy:
# نيجيريا تعترف بفقدان 110 تلميذات في هجوم لبوكو حرام
DAPCHI = [
    "أكدت الحكومة النيجيرية الأحد أن 110 تلميذات مفقودات بعد هجوم شنته جماعة بوكو حرام الإرهابية على مدرستهن في دابشي في شمال شرق نيجيريا، بعد أيام من الصمت الرسمي، في حين أعلنت السلطات نشر تعزيزات جوية.",
    "ويذكر ما حصل بعملية خطف جماعي لنحو 276 تلميذة في شيبوك في ولاية بورنو العام 2014، أثارت صدمة عالمية، بعد أن اعتبرتهن بوكو حرام سبايا.",
    'ومساء الاثنين، فرت التلميذات المذعورات من المدرسة حين اقتحم مدججون بالأسلحة في ملابس عسكرية المدينة صائحين "الله اكبر".',
]
# BBC, 2018-02-18T19:49 (story c50e0e4e): the attack ranked, not another one recalled
PARKLAND_BB = [
    "خرج آلاف في مسيرة في واشنطن احتجاجا على فوضى السلاح بعد مذبحة المدرسة في فلوريدا.",
    "ويعد هجوم المدرسة هو الأسوأ والأكثر دموية منذ حادث مماثل في مدرسة عام 2012.",
]


def test_an_earlier_event_of_its_kind_recalled_is_another_event() -> None:
    """Chibok's 276 schoolgirls of 2014, recalled beside Dapchi's 110, give no summary sentence
    though both outlets carry the wire's line; "the worst since a similar attack in 2012" ranks
    this one and is kept (round 18, February)."""
    sky = sentences_document("sk", "skynews", "2018-02-26T01:19:00+00:00", "نيجيريا", DAPCHI)
    arabia = sentences_document("al", "alarabia", "2018-02-25T23:15:00+00:00", "نيجيريا", DAPCHI)
    assert earlier_like(_story([sky, arabia])).tolist() == [False, True, False] * 2
    summary = summarize([sky, arabia], words=400)
    assert not any("شيبوك" in s.text for s in summary), [s.text for s in summary]
    assert not other_event(_story([sky])).any()  # one article's summary is its own
    bbc = sentences_document("bb", "BBC", "2018-02-18T19:49:00+00:00", "مسيرة", PARKLAND_BB)
    # the BBC ranking kept; the Sky copy's Chibok line flagged
    assert earlier_like(_story([bbc, sky])).tolist() == [False, False, False, True, False]


# CNN and alarabia, 2018-02-21 (story ffdf8ecf): a disciplinary statement's list split into
# sentences, its other cases after the story's
RULING_CN = [
    "قررت لجنة الانضباط والأخلاق في الاتحاد السعودي لكرة القدم إيقاف لاعب النادي الأهلي، سعيد المولد، وتغريمه 40 ألف ريال سعودي لتلفظه بألفاظ بذيئة ومهينة تجاه مسؤول مباراة فريقه ضد الفيحاء.",
    "وذكر الاتحاد السعودي أن القرار قابل للاستئناف وفقا للمادة رقم 139 من لائحة الانضباط والأخلاق.",
]
RULING_AL = [
    "أصدرت لجنة الانضباط والأخلاق عدة عقوبات وغرامات بحق لاعبي الأهلي سعيد المولد وكلاوديمير دي سوزا، ومدرب الشباب دانيال كارينيو ونادي النصر.",
    "وإلزام النصر بدفع غرامة 100 ألف ريال، لقيام جماهيره بقذف علبة مياه أصابت أحد مسؤولي المباراة أمام الباطن ضمن الدوري السعودي للمحترفين.",
    "وإلزام أحمد الرحيلي لاعب الرائد بدفع غرامة 10 آلاف ريال، لعدم التزامه بارتداء البطاقة التعريفية أمام الاتفاق ضمن الدوري السعودي للمحترفين.",
    "وإيقاف المولد 4 مباريات لتلفظه بألفاظ مهينة تجاه مسؤول المباراة أمام الفيحاء.",
    "وإلزامه بدفع غرامة 40 ألف ريال.",
]


def test_a_rulings_other_cases_are_another_event() -> None:
    """A ruling's list item whose party no other article's lead names (Al-Nassr's fine, a Raed
    player's) gives no summary sentence; the story's own party's item and a verbal noun with a
    pronoun ("وإلزامه") are kept (February)."""
    cnn = sentences_document("cn", "CNN", "2018-02-21T12:00:00+00:00", "إيقاف", RULING_CN)
    arabia = sentences_document("al", "alarabia", "2018-02-21T13:00:00+00:00", "إيقاف", RULING_AL)
    assert other_ruling(_story([cnn, arabia])).tolist() == [False] * 3 + [True, True, False, False]
    assert other_event(_story([cnn, arabia])).tolist()[3:5] == [True, True]
    assert not other_event(_story([arabia])).any()  # one article's summary is its own
