"""Off-topic sentences (issue 19, ninth round), on sentences of February 2018 ANT articles: a
programme's blurb ("في هذا العدد من برنامج …", "سيروي لنا …", "ويناقش البرنامج …") gives no
summary sentence when the story has news to tell; of two reports far apart in words and two days
apart whose leads the pair classifier ties one way only, the summary tells one event."""

from marsad.model import Document
from marsad.summarize import StoryText, summarize
from marsad.summarize.relevance import broadcast, usable
from storydocs import sentences_document
from test_summarize_event import FLORIDA_BBC, FLORIDA_CNN

# france24, 2018-02-19T18:17:26+00:00: ليبيا - هجرة: فر من الاستبداد فوقع في "الاستعباد"
LIBYA_FR_BLURB = [
    "إعداد توفيق مجيد في هذا العدد من برنامج حدث اليوم شهادة سوداني من شمال دارفور مر بليبيا قبل أن يصل إلى أوروبا وهو طالب لجوء سياسي، اسمه النور محمدين آدم.",
    "سيروي لنا ما الذي تعرض إليه في أم الأرانب في بني وليد وفي سبها وجدابيا.",
]
# france24, 2018-02-17T11:26:52+00:00: فارون من الجحيم الليبي ومهاجرون حالمون بأوروبا …
AGADEZ_FR = [
    "تواجه مدينة أغاديز بالنيجر موجة كبيرة من المهاجرين السودانيين الفارين من ليبيا.",
    "فيما تعتبر هذه المدينة، الواقعة على أبواب الصحراء، ممرا رئيسيا يسلكه المهاجرون الذين يفرون من دول غرب أفريقيا بحثا عن حياة أفضل في أوروبا.",
    "الأسبوع الأول من شهر فبراير/شباط شهد زيادة هامة في عدد اللاجئين السودانيين الفارين من الجحيم الليبي والذين وصلوا إلى مدينة أغاديز الواقعة على مداخل صحراء تينري بالنيجر.",
    "وتشير إحصاءات نشرتها هذه الإدارة أن ما لا يقل عن 1200 مهاجر أجنبي قدموا ملفاتهم للحصول على اللجوء السياسي.",
]
# alarabia, 2018-02-25 (story 5dc01163): مرايا: أبناء الإخوان في كنف داعش
MIRROR_AL = [
    'حلقة جديدة يقدمها الزميل، مشاري الذايدي، بعنوان "أبناء الإخوان في كنف داعش"، في برنامج #مرايا اليومي، الذي يبث على شاشة "العربية" من الأحد إلى الخميس عند الساعة 6:45 مساء بتوقيت السعودية.',
    "ويناقش البرنامج شؤون الخليج والعالم العربي، والتطورات والإقليمية والدولية.",
]
# News that names an episode or speaks in the first person plural is no blurb (February).
NOT_BLURBS = [
    # alarabia, 2018-02-25: a contest's result in "this episode"
    "وأوضحت أحلام أن الحلقات المقبلة ستشهد منافسة مغايرة، وأنه رغم فوز عاصي الحلاني في هذه الحلقة بعدد من الأصوات المميزة إلا أن الوضع سيتغير في الحلقات المقبلة.",
    # skynews, 2018-02-27: a minister's "we will discuss"
    'وقال: "سيكون هناك اجتماع في الرياض في أبريل. سنناقش السياسة، نحتاج إلى موقف مشترك لمعرفة ما يمكننا القيام به".',
    # skynews, 2018-02-28: "Qatar keeps telling us", quoted
    'كما أكد أن "قطر التي ما فتئت تحدثنا عن احترام كرامة الانسان وحقوق الشعوب في تقرير مصيرها هي ذاتها التي تحتضن قيادات التنظيم الدولي لجماعة الإخوان".',
]
# alarabia, 2018-02-26T20:31:34+04:00 (story c3be9679): إيسكو: لن تلعب في ريال مدريد إلا إذا كنت فرنسياً
ISCO_AL = [
    "اتهم النجم الإسباني إيسكو لاعب ريال مدريد مدربه زين الدين زيدان بأنه ينحاز إلى اللاعبين الفرنسيين ويمنحهم دقائق أكثر من غيرهم، لأنه يتحدث معهم نفس اللغة.",
    'وقالت صحيفة "دياريو قول" الإسبانية إن إيسكو سأل المقربين منه قائلاً "هل يجب أن أكون فرنسياً أو أتحدث اللغة حتى أحصل على مزيد من دقائق اللعب؟!".',
    "وزادت الأسئلة التي تدور حول علاقة زيدان ببعض لاعبي ريال مدريد ومنهم إيسكو الذي كان نجماً للفريق الموسم الماضي، لكنه لم يعد يحظى بالقبول لدى الجهاز الفني لنادي العاصمة الإسبانية.",
    "ويرى إيسكو أن زيدان يمنح رافائيل فاران وكريم بنزيمة وثيو هيرنانديز فرص لعب أكثر مما يستحقون لأنه يتحدث معهم ذات اللغة، ويستطيع التواصل معهم بشكل أسهل من اللاعبين الإسبان.",
    "وقدم إيسكو حالة زميله داني سيبايوس كدليل لما اتهم به مدربه، بعدما دفع به لمدة نصف دقيقة في مباراة ليغانيس وسط الأسبوع الماضي، لأنه لا يعتبره أحد اللاعبين الذين يريد تواجدهم في الفريق، معتبراً أن سيبايوس سيكون لاعباً هاماً لدى زيدان لو كان فرنسياً.",
    "وأثارت قرارات زيدان بالاعتماد على كريم بنزيمة كلاعب أساسي في تشكيلة ريال مدريد اللاعبين، وكذلك الجماهير، كونه لم يسجل لمدة 3 أشهر في الدوري الإسباني، وكذلك منحه الفرصة تلو الأخرى لمواطنه ثيو هيرنانديز ليلعب بديلاً عن البرازيلي مارسيلو.",
    "ويرى المقربون من النادي الإسباني وجود أحزاب في غرفة ملابس ريال مدريد، ومنها اللاعبون الذين يرون أنهم مهمشون في وجود زيدان، ويتزعمهم إيسكو وسيبايوس بالإضافة إلى ماركو أسينسيو.",
]
# skynews, 2018-02-28T17:23:37+00:00 (story c3be9679): عقب الهزيمة.. شجار بغرفة ملابس ريال مدريد بطله إيسكو
QUARREL_SK = [
    "لم تمر خسارة ريال مدريد، مساء الثلاثاء، أمام إسبانيول بهدف نظيف، مرور الكرام، حيث شهدت غرفة الملابس مناوشات بين إيسكو وسيرجيو راموس.",
    "وانهزم الريال أمام إسبانيول بهدف نظيف سجله جيرار مورينو في الوقت القاتل من عمر المبارة.",
    'وقال موقع "سبورت إنغليش" إن إيسكو كان غاضبا من قرار مدرب الفريق زين الدين زيدان باستبداله، وإشراك كريم بنزيمة.',
    'وأضافت أن إيسكو استغرق حوالي 45 ثانية لمغادرة أرضية الملعب، مضيفة "هذا الأمر استفز سيرجيو راموس، قائد ريال مدريد".',
    'ووفق صحفي حضر الواقعة، فإن راموس وجه خطابا شديد اللهجة لزميله في الفريق إيسكو، حيث قال له "في ريال مدريد .. لابد أن تغادر الملعب بسرعة عند استبدالك".',
    'وأضاف "كما يجب أن تظهر بحالة جيدة".',
    "يشار إلى أن النادي الملكي يحتل المركز الثالث بـ51 نقطة، مبتعدين عن المتصدر برشلونة بـ14 نقطة.",
]


def _story(documents: list[Document]) -> StoryText:
    return StoryText.build(documents, attribution_threshold=0.5)


def _libya() -> list[Document]:
    return [
        sentences_document(
            "fr30",
            "france24",
            "2018-02-19T18:17:26+00:00",
            'ليبيا - هجرة: فر من الاستبداد فوقع في "الاستعباد"',
            LIBYA_FR_BLURB,
        ),
        sentences_document(
            "fr14",
            "france24",
            "2018-02-17T11:26:52+00:00",
            "فارون من الجحيم الليبي ومهاجرون حالمون بأوروبا تتقاطع طرقهم بأغاديز في النيجر",
            AGADEZ_FR,
        ),
    ]


def test_programme_blurbs_are_flagged_and_news_is_not() -> None:
    blurbs = sentences_document("al", "alarabia", "2018-02-25T10:00:00+04:00", "مرايا", MIRROR_AL)
    assert broadcast(_story([blurbs])).tolist() == [True, True]
    assert broadcast(_story(_libya())).tolist() == [True, True, False, False, False, False]
    news = sentences_document("x", "skynews", "2018-02-27T10:00:00+00:00", "أخبار", NOT_BLURBS)
    assert not broadcast(_story([news])).any()


def test_a_blurb_gives_no_summary_sentence_beside_news() -> None:
    documents = _libya()
    for words in (60, 120):
        summary = summarize(documents, words=words)
        assert summary, words
        assert all(s.article == "fr14" for s in summary), [s.text for s in summary]
        assert summary[0].text == AGADEZ_FR[0]


def test_a_story_of_blurbs_alone_still_gets_a_summary() -> None:
    blurbs = sentences_document("al", "alarabia", "2018-02-25T10:00:00+04:00", "مرايا", MIRROR_AL)
    assert not usable(_story([blurbs])).any()
    assert [s.text for s in summarize([blurbs], words=120)] == MIRROR_AL


def _isco(quarrel_published: str = "2018-02-28T17:23:37+00:00") -> list[Document]:
    return [
        sentences_document(
            "al",
            "alarabia",
            "2018-02-26T20:31:34+04:00",
            "إيسكو: لن تلعب في ريال مدريد إلا إذا كنت فرنسياً",
            ISCO_AL,
        ),
        sentences_document(
            "sk",
            "skynews",
            quarrel_published,
            "عقب الهزيمة.. شجار بغرفة ملابس ريال مدريد بطله إيسكو",
            QUARREL_SK,
        ),
    ]


def test_two_events_of_one_actor_two_days_apart_give_one_events_summary() -> None:
    # The pair classifier ties Isco's accusation (lead) to the quarrel report's "Isco was
    # angry at being replaced" (logit 0.46), not the other way: before, the summary told both.
    summary = summarize(_isco(), words=120)
    assert len({s.article for s in summary}) == 1, [s.text for s in summary]


def test_the_same_reports_within_a_day_keep_both() -> None:
    summary = summarize(_isco("2018-02-27T10:00:00+00:00"), words=120)
    assert {s.article for s in summary} == {"al", "sk"}


def test_one_events_two_reports_whose_leads_tie_both_ways_keep_both() -> None:
    # Florida's shooting and the blogger the FBI was warned of (CNN, the same day, 19 hours
    # later): each lead states a fact of the other, so even two days apart both are told.
    for cnn in ("2018-02-15T21:27:43+00:00", "2018-02-17T21:27:43+00:00"):
        florida = [
            sentences_document("bbc", "BBC", "2018-02-15T02:07:38+00:00", "17 قتيلا", FLORIDA_BBC),
            sentences_document("cnn", "CNN", cnn, "مدوّن حذّر السلطات", FLORIDA_CNN),
        ]
        assert {s.article for s in summarize(florida, words=120)} == {"bbc", "cnn"}, cnn
