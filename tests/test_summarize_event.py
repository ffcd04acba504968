"""On the event (issue 19, eighth round), on sentences of February 2018 ANT articles: of two
articles about two events the clustering glued, the summary tells one; background in the
reporter's words ("وكان … قد …", a year long past, "يذكر أن") comes after the news."""

from datetime import datetime

from marsad.lang import analyse
from marsad.model import Article, CleanArticle, Document
from marsad.summarize import StoryText, summarize
from marsad.summarize.relevance import background, usable

# BBC, 2018-02-16T04:02:46+00:00 (story 2eacc7d1): جنيفر انيستون تنفصل عن زوجها جاستن ثيرو
ANISTON_BBC = [
    "أعلنت الممثلة الأمريكية جينيفر انيستون انفصالها عن الممثل والمخرج جاستن ثيرو بعد زواج استمر عامين.",
    'وقالت انيستون وثيرو إن القرار كان "مشتركا وجاء بمودة" بنهاية العام الماضي.',
    'ولم يكشف الطرفان عن أسباب الطلاق ولكنها أكدا استمرار "صداقتهما".',
    "وكان ثيرو،46 عاما، وانيستون، 49 عاما، قد تزوجا في عام 2015 في لوس انجليس في حفل خاص.",
    "وتواعد الطرفان لأربع سنوات قبل أن يقررا الزواج.",
    'وفي بيان مشترك، قال الزوجان "نحن صديقان حميمان قررنا الانفصال كزوجين لكننا نتطلع للاحتفاظ بصداقتنا العزيزة".',
    'وأضاف البيان "بطبيعة الحال كنا نتمنى إتمام الأمر سرا لكن في ظل أجواء النميمة التي لن تترك أي فرص للتكهن والتأليف قررنا إطلاع الجميع على الحقيقة بأنفسنا".',
    'ويعد هذا الزواج الثاني لأنيستون التي نالت شهرتها من المسلسل الكوميدي الشهير "فريندز" فقد كانت متزوجة من النجم الشهير براد بيت لخمس سنوات ولكنهما انفصلا عام 2005.',
    "ثم ارتبط براد بيت بالنجمة انجلينا جولي قبل أن ينفصلا في عام 2016.",
    'ويشتهر جاستن ثيرو بدوره في مسلسل "The Leftovers" كما أنه اشترك في كتابة سيناريو فيلم "Zoolander 2" للنجم بن ستيلر.',
]
# alarabia, 2018-02-16T11:22:55+04:00 (story 2eacc7d1): جنيفر أنيستون وجاستن ثيرو يعلنان انفصالهما
ANISTON_AL = [
    "أعلنت النجمة جنيفر أنيستون وزوجها الممثل جاستن ثيرو انفصالهما بعد زواج استمر سنتين، على ما ورد في بيان صدر عن النجمين.",
    "ويعود تاريخ اللقاء بين أنيستون وثيرو، اللذين تشاركا دارة فارهة في حي بيل اير الراقي في لوس أنجلوس، إلى سنة 2008 فيما بدأت قصة الحب بينهما في 2011.",
    'وقال الثنائي في البيان: "لقطع الطريق أمام الشائعات، قررنا إعلان انفصالنا"، متحدثين عن "قرار مشترك اتخذ بحب في نهاية العام الماضي. نحن صديقان مقربان قررا إنهاء حياتهما المشتركة كزوجين لكننا نرغب في الاستمرار بالتمتع بصداقتنا".',
    'وكان هذا الزواج الثاني لنجمة مسلسل "فرندز Friends" الشهير.',
    "فقد تزوجت جنيفر انيستون الممثل براد بيت في العام 2000 ليشكلا حينها ثنائياً من بين الأكثر إثارة للاهتمام في هوليوود.",
    "وهما تطلقا في 2005 ليقترن بيت بعدها بالنجمة أنجيلينا جولي التي عاد وانفصل عنها.",
    "وتشارك جاستن ثيرو المعروف بأدواره في أعمال تلفزيونية وسينمائية عدة، حياته مع مصممة الأزياء هيدي بيفنز على مدى 14 عاماً قبل لقائه بجنيفر أنيستون.",
]
# skynews, 2018-02-22T22:41:43+00:00 (story 35675afe): قتلى في هجومين لبوكو حرام الإرهابية في الكاميرون وتشاد
CAMEROON_SK = [
    "قُتل خمسة مدنيين وجنديان في هجومين جديدين لحركة بوكو حرام في الكاميرون وتشاد، بحسب ما أفادت مصادر محلية.",
    'وقال مصدر قريب من السلطات الادارية في الحدود الشمالية للكاميرون رفض كشف هويته ان "مجموعة من مقاتلي بوكو حرام توغلوا ليل (الثلاثاء) في أساغاشيا"، مضيفا أن "المهاجمين قتلوا خمسة أشخاص وأصابوا خمسة آخرين بجروح".',
    "وأكد مسؤول في الأجهزة الأمنية للكاميرون الهجوم والحصيلة.",
    "وأساغاشيا بلدة حدودية تتيح الوصول إلى نيجيريا بشكل مباشر وشهدت توغلات عدة لحركة بوكو حرام في السابق.",
    "في تشاد، قتل جنديان في كمين للحركة الأربعاء، بحسب ما أعلن مسؤول عسكري رفيع.",
    'وتابع المصدر أن الهجوم وقع في غرب البلاد في منطقة بحيرة تشاد بالقرب من الحدود مع نيجيريا بينما كانت القوات عائدة من دورية، مضيفا أن "مهاجمي بوكو حرام اختفوا في الجزر" على البحيرة.',
    'ومنذ 2014، عندما بدأت الكاميرون تتصدى لبوكو حرام، قتلت الجماعة "2000 مدني وعسكري" وخطفت "نحو ألف شخص" في أقصى شمال البلاد، كما ذكرت مجموعة الأزمات الدولية.',
]
# alarabia, 2018-02-23T04:09:54+04:00 (story 35675afe): اختفاء 100 فتاة في نيجيريا بعد هجوم لبوكو حرام
NIGERIA_AL = [
    "قال عدد من الأهالي في نيجيريا إن أكثر من 100 فتاة مفقودات بعد 3 أيام من هجوم متطرفين من جماعة بوكو حرام على مدرستهن الواقعة شمالي نيجيريا.",
    "وتزيد المخاوف من احتمالات اختطافهن على غرار حادثة سابقة وقعت قبل 4 سنوات.",
    "جاء ذلك بعد اعتراف مسؤولين حكوميين في ولاية يوبي بأن حوالي 50 فتاة لم يتم التوصل إليهن بعد هجوم على إحدى قرى نيجيريا، بسبب تعثر إمكانية الوصول إلى المنطقة.",
    "وكانت بوكو حرام قد روعت العالم عندما اختطفت 276 فتاة من مدرسة داخلية في تشيبوك قبل نحو 4 سنوات.",
    "بينما فرت حينها بعض الفتيات، فيما أفرج عن كثيرات أخريات في إطار مفاوضات.",
    "وما زالت هناك 100 فتاة في قبضة الخاطفين.",
]


def _document(
    article_id: str, source: str, published: str, title: str, sentences: list[str]
) -> Document:
    article = Article(
        id=article_id,
        title=title,
        text="\n".join(sentences),
        source=source,
        published=datetime.fromisoformat(published),
    )
    return analyse(CleanArticle(article=article, paragraphs=tuple(sentences)))


def _boko_haram() -> list[Document]:
    return [
        _document(
            "sk",
            "skynews",
            "2018-02-22T22:41:43+00:00",
            "قتلى في هجومين لبوكو حرام الإرهابية في الكاميرون وتشاد",
            CAMEROON_SK,
        ),
        _document(
            "al",
            "alarabia",
            "2018-02-23T04:09:54+04:00",
            "اختفاء 100 فتاة في نيجيريا بعد هجوم لبوكو حرام",
            NIGERIA_AL,
        ),
    ]


def _aniston() -> list[Document]:
    return [
        _document(
            "bbc",
            "BBC",
            "2018-02-16T04:02:46+00:00",
            "جنيفر انيستون تنفصل عن زوجها جاستن ثيرو",
            ANISTON_BBC,
        ),
        _document(
            "al",
            "alarabia",
            "2018-02-16T11:22:55+04:00",
            "جنيفر أنيستون وجاستن ثيرو يعلنان انفصالهما",
            ANISTON_AL,
        ),
    ]


def test_two_articles_of_two_events_give_one_events_summary() -> None:
    """Boko Haram's raids in Cameroon and Chad and the schoolgirls missing in Nigeria (story
    35675afe): before, the summary told both, the Nigerian lead and then four Cameroonian
    sentences."""
    documents = _boko_haram()
    story = StoryText.build(documents, attribution_threshold=0.5)
    assert usable(story).all()  # without the scores neither article is the story's
    summary = summarize(documents, words=120)
    assert len({sentence.article for sentence in summary}) == 1
    assert len(summary) >= 3


def test_two_articles_of_one_event_both_tell_it() -> None:
    """Two reports of one event stay two sources: Aniston's separation (close articles)."""
    summary = summarize(_aniston(), words=120)
    assert {sentence.article for sentence in summary} == {"bbc", "al"}


def test_background_is_flagged_and_news_is_not() -> None:
    story = StoryText.build(_aniston(), attribution_threshold=0.5)
    flagged = dict(zip((s.text for s in story.sentences), background(story).tolist(), strict=True))
    assert flagged[ANISTON_BBC[3]]  # "وكان ثيرو … قد تزوجا في عام 2015"
    assert flagged[ANISTON_AL[4]]  # "تزوجت … براد بيت في العام 2000"
    assert flagged[ANISTON_AL[1]]  # "ويعود تاريخ اللقاء … إلى سنة 2008"
    assert not flagged[ANISTON_BBC[0]] and not flagged[ANISTON_AL[0]]  # the leads
    assert not flagged[ANISTON_BBC[1]]  # "بنهاية العام الماضي": last year is news
    assert not flagged[ANISTON_BBC[5]]


def test_a_dated_pluperfect_a_since_year_and_a_said_are_news() -> None:
    """ "مساء أمس" dates the arrest reported in the pluperfect (story ab5dafad); "since 1973"
    dates Federer's record (a50faf58); "وذكر" is "he said", not "يذكر أن" (e0301c32)."""
    news = [
        "وكانت قوات الأمن المصرية قد ألقت القبض على أبو الفتوح مساء أمس، بدعوى اتصاله بجماعة "
        "الإخوان المسلمين المحظورة، بحسب ما ذكرته وكالة أنباء الشرق الأوسط الرسمية.",
        "وفاز فيدرر، 36 عاما، بنتيجة 4-6 و6-1 و6-1 ليضمن الحصول على النقاط الكافية ليصبح أكبر "
        "لاعب يتصدر التصنيف منذ انطلاقه في 1973.",
        "وذكر العمري أن بعض المصادر تحدثت عن حجم سوق يصل إلى 20 مليار دولار منذ الآن وحتى رؤية 2030.",
    ]
    aside = [
        "يذكر أن أتلتيكو توج بلقب المسابقة عامي 2010 و2012 على حساب فولام الإنجليزي ومواطنه "
        "أتلتيك بلباو على التوالي.",
        "من جهة أخرى أعلن مكتب النائب العام في وقت سابق عن تعيين نساء في وظيفة محقق للمرة "
        "الأولى في تاريخ المملكة.",
    ]
    documents = [
        _document(
            "a", "BBC", "2018-02-15T09:14:26+00:00", "عنوان", [ANISTON_BBC[0], *news, *aside]
        ),
        _document("b", "alarabia", "2018-02-16T11:22:55+04:00", "عنوان", ANISTON_AL),
    ]
    story = StoryText.build(documents, attribution_threshold=0.5)
    flagged = dict(zip((s.text for s in story.sentences), background(story).tolist(), strict=True))
    assert not any(flagged[text] for text in news)
    assert all(flagged[text] for text in aside)


def test_background_comes_after_the_news() -> None:
    """Before, the Aniston summary gave her 2015 wedding and her marriage to Brad Pitt in 2000
    (story 2eacc7d1); within 120 words the news leaves them no room now."""
    shown = [sentence.text for sentence in summarize(_aniston(), words=120)]
    assert ANISTON_BBC[3] not in shown and ANISTON_AL[4] not in shown
    assert ANISTON_BBC[0] in shown or ANISTON_AL[0] in shown
    # Ranked last, not banned: a budget the news does not fill takes them.
    assert ANISTON_BBC[3] in [sentence.text for sentence in summarize(_aniston(), words=400)]
