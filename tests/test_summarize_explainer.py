"""Explainer members (issue 19, round 30), on made-up sentences: a profile ("من هو …؟") or an
infographic beside a news report gives at most its first sentence, after the news; a story of
explainers alone, or a title asking what the event holds, is left alone."""

from marsad.summarize import StoryText, summarize
from marsad.summarize.explainer import explainer_sentences, is_explainer
from storydocs import sentences_document

NEWS = [
    "عين مجلس الأمن الدولي الخميس الدبلوماسي سامر الخطيب مبعوثا جديدا إلى البلاد.",
    "وقال رئيس المجلس إن الخطيب سيبدأ مهامه الأسبوع المقبل في العاصمة.",
    "ورحبت الحكومة والمعارضة بتعيين المبعوث الجديد في بيانين منفصلين.",
]
PROFILE = [
    "أصبح الدبلوماسي سامر الخطيب مبعوثا جديدا إلى البلاد بعد موافقة مجلس الأمن.",
    "يتحدث سامر الخطيب ست لغات ويقيم في مدينة ساحلية منذ سنوات طويلة.",
    "درس سامر الخطيب الهندسة في جامعة لندن ثم عمل في منظمة إغاثة دولية.",
]


def test_a_who_or_why_title_or_an_infographic_is_an_explainer() -> None:
    assert is_explainer("من هو سامر الخطيب المبعوث الجديد؟")
    assert is_explainer("لماذا تأخر تعيين المبعوث؟")
    assert is_explainer("إنفوغرافيك.. مبعوثو الأمم المتحدة منذ 2011")
    assert not is_explainer("ما هي الأرقام التي حطمها المهاجم أمام الفريق الضيف؟")
    assert not is_explainer(
        "من هو المرشح؟ سؤال يطرحه الناخبون"
    )  # the question is not the title's end
    assert not is_explainer("مجلس الأمن يعين مبعوثا جديدا")


def test_a_profile_beside_the_news_gives_at_most_its_lead_after_the_news() -> None:
    documents = [
        sentences_document(
            "news", "bbc", "2018-02-16T10:00:00+00:00", "مجلس الأمن يعين مبعوثا جديدا", NEWS[:1]
        ),
        sentences_document(
            "who", "alarabia", "2018-02-16T12:00:00+00:00", "من هو سامر الخطيب؟", PROFILE
        ),
    ]
    story = StoryText.build(documents, attribution_threshold=0.5)
    assert explainer_sentences(story).tolist() == [False] + [True] * 3
    summary = summarize(documents, words=400)
    texts = [s.text for s in summary]
    assert summary and not any("لغات" in t or "الهندسة" in t for t in texts), texts
    assert texts[0] == NEWS[0]


def test_explainers_alone_tell_their_story() -> None:
    documents = [
        sentences_document(
            "who", "alarabia", "2018-02-16T12:00:00+00:00", "من هو سامر الخطيب؟", PROFILE
        ),
        sentences_document(
            "who2", "bbc", "2018-02-16T13:00:00+00:00", "من هو المبعوث الجديد؟", PROFILE
        ),
    ]
    story = StoryText.build(documents, attribution_threshold=0.5)
    assert not explainer_sentences(story).any()
    assert not explainer_sentences(StoryText.build(documents[:1], attribution_threshold=0.5)).any()
