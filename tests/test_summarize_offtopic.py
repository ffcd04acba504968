"""Off-topic sentences (issue 19, ninth round), on sentences of February 2018 ANT articles: a
programme's blurb ("في هذا العدد من برنامج …", "سيروي لنا …", "ويناقش البرنامج …") gives no
summary sentence when the story has news to tell."""

from datetime import datetime

from marsad.lang import analyse
from marsad.model import Article, CleanArticle, Document
from marsad.summarize import StoryText, summarize
from marsad.summarize.relevance import broadcast, usable

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


def _story(documents: list[Document]) -> StoryText:
    return StoryText.build(documents, attribution_threshold=0.5)


def _libya() -> list[Document]:
    return [
        _document(
            "fr30",
            "france24",
            "2018-02-19T18:17:26+00:00",
            'ليبيا - هجرة: فر من الاستبداد فوقع في "الاستعباد"',
            LIBYA_FR_BLURB,
        ),
        _document(
            "fr14",
            "france24",
            "2018-02-17T11:26:52+00:00",
            "فارون من الجحيم الليبي ومهاجرون حالمون بأوروبا تتقاطع طرقهم بأغاديز في النيجر",
            AGADEZ_FR,
        ),
    ]


def test_programme_blurbs_are_flagged_and_news_is_not() -> None:
    blurbs = _document("al", "alarabia", "2018-02-25T10:00:00+04:00", "مرايا", MIRROR_AL)
    assert broadcast(_story([blurbs])).tolist() == [True, True]
    assert broadcast(_story(_libya())).tolist() == [True, True, False, False, False, False]
    news = _document("x", "skynews", "2018-02-27T10:00:00+00:00", "أخبار", NOT_BLURBS)
    assert not broadcast(_story([news])).any()


def test_a_blurb_gives_no_summary_sentence_beside_news() -> None:
    documents = _libya()
    for words in (60, 120):
        summary = summarize(documents, words=words)
        assert summary, words
        assert all(s.article == "fr14" for s in summary), [s.text for s in summary]
        assert summary[0].text == AGADEZ_FR[0]


def test_a_story_of_blurbs_alone_still_gets_a_summary() -> None:
    blurbs = _document("al", "alarabia", "2018-02-25T10:00:00+04:00", "مرايا", MIRROR_AL)
    assert not usable(_story([blurbs])).any()
    assert [s.text for s in summarize([blurbs], words=120)] == MIRROR_AL
