"""Relevance and the latest development in summaries, on sentences of February 2018 ANT articles:
an article of another event gives no sentence, a one-line flash repeating its title is not
used, a story over more than a day tells its latest report, a stale figure is left out."""

from datetime import UTC, datetime, timedelta

import numpy as np

from marsad.lang import analyse
from marsad.model import Article, Claim, CleanArticle, Discrepancy, Document, SummarySentence
from marsad.summarize import StoryText, summarize
from marsad.summarize.disputes import mark_disputes
from marsad.summarize.relevance import article_closeness, peripheral, usable
from marsad.summarize.select import select

START = datetime(2018, 2, 25, 14, 0, tzinfo=UTC)

# Two reports of a call to strike at the UN in Geneva (Al Arabiya, Sky News Arabia) and a
# report of a general strike in Gaza the clustering put in the same story (story b8344888).
GENEVA_AL = [
    "أعلن مسؤول نقابي الأحد أن دعوة وجهت إلى موظفي الأمم المتحدة في جنيف للتوقف عن العمل "
    "الثلاثاء نصف يوم، احتجاجاً على الاقتطاعات في الرواتب.",
    'وقال ايان ريتشاردز، رئيس مجلس التنسيق بين نقابات وجمعيات العاملين في الأمم المتحدة في جنيف، الأحد "لقد جربنا في السابق أشكالا أخرى من الاحتجاجات لم تؤت ثمارها، ولم يتركوا لنا أي خيار آخر".',
    "وأوضح ريتشاردز أنه لا يعرف بالتحديد عدد العاملين الذين سيستجيبون لدعوة الإضراب الثلاثاء "
    "من بين العاملين الـ9500 مع الأمم المتحدة في جنيف.",
    "وتتزامن هذه الدعوة للإضراب مع توقع وصول نحو 100رئيس دولة أو وزير أو ممثل دولة إلى جنيف "
    "للمشاركة في الدورة الـ37 لمجلس حقوق الإنسان.",
]
GENEVA_SK = [
    "يعتزم موظفو الأمم المتحدث في جنيف الإضراب عن العمل الثلاثاء المقبل نصف يوم، احتجاجا على "
    "الاقتطاعات في الرواتب.",
    'وقال إيان ريتشاردز، رئيس مجلس التنسيق بين نقابات وجمعيات العاملين بالأمم المتحدة في جنيف "لقد جربنا في السابق أشكالا أخرى من الاحتجاجات لم تؤت ثمارها، ولم يتركوا لنا أي خيار آخر".',
    "وتتزامن هذه الدعوة للاضراب مع توقع وصول نحو مئة رئيس دولة، أو وزير، أو ممثل دولة إلى "
    "جنيف للمشاركة في الدورة الـ37 لمجلس حقوق الإنسان.",
]
GAZA = [
    "شل إضراب عام الاثنين كافة المرافق والدوائر الحكومية بما فيها قطاعات الصحة والتعليم والقضاء "
    'في غزة تلبية لدعوة من نقابة الموظفين العموميين في القطاع احتجاجاً على "تجاهل" حكومة الوفاق '
    "الفلسطيني لحقوق الموظفين.",
    "وهذا هو الإضراب الاحتجاجي الثاني الذي تنفذه النقابة خلال الشهر الجاري.",
    'وقال خليل حمادة الناطق باسم نقابة الموظفين إن هذا الإضراب "جزء من فعاليات احتجاجية للموظفين '
    'ستتواصل إلى أن تستجيب الحكومة لحقوق الموظفين بالكامل".',
    'وأشار إلى أن الموظفين "لم يتلقوا سوى ما قيمته 40% من رواتبهم منذ خمسة أشهر".',
    "ويتلقى هؤلاء الموظفون دفعة من الراتب بقيمة ألف شيكل (250 دولار تقريباً) شهرياً تدفع لهم "
    "مباشرة من وزارة المالية في غزة التي لا تزال تواصل الجباية وجمع الضرائب في القطاع.",
]


def _document(
    article_id: str, source: str, paragraphs: list[str], hours: float = 0, title: str = "عنوان"
) -> Document:
    article = Article(
        id=article_id,
        title=title,
        text="\n".join(paragraphs),
        source=source,
        published=START + timedelta(hours=hours),
    )
    return analyse(CleanArticle(article=article, paragraphs=tuple(paragraphs)))


def _geneva() -> list[Document]:
    return [
        _document("al", "alarabia", GENEVA_AL, 0),
        _document("sk", "skynews", GENEVA_SK, 1),
        _document("gaza", "alarabia", GAZA, 20),
    ]


def test_an_article_of_another_event_gives_no_summary_sentence() -> None:
    documents = _geneva()
    closeness = article_closeness(StoryText.build(documents, attribution_threshold=0.5))
    assert closeness["gaza"] < min(closeness["al"], closeness["sk"])
    summary = summarize(documents, words=120)
    assert summary
    assert all(sentence.article != "gaza" for sentence in summary)


def test_a_sentence_sharing_no_term_with_another_article_is_peripheral() -> None:
    """A February sentence of another story ("the film's date is not set") inside a Geneva
    report shares no term with the other reports; the leads, which do, stay usable."""
    stray = "ولم يحدد بعد موعد إطلاق الفيلم الجديد."
    story = StoryText.build(
        [
            _document("al", "alarabia", [*GENEVA_AL, stray]),
            _document("sk", "skynews", GENEVA_SK, 1),
        ],
        attribution_threshold=0.5,
    )
    late = dict(zip((s.text for s in story.sentences), peripheral(story).tolist(), strict=True))
    assert late[stray]
    assert not late[GENEVA_AL[0]] and not late[GENEVA_SK[0]]
    # Chosen only when every other sentence was considered: not within 60 words.
    shown = [s.text for s in select(story, np.ones(len(story.sentences)), words=60, redundancy=0.5)]
    assert stray not in shown


def test_a_one_line_flash_repeating_its_title_is_not_a_summary_sentence() -> None:
    """A kind the round-5 March check found ("استنفار عام في بئر السبع …", body = title)."""
    flash = "موظفو الأمم المتحدة في جنيف يدعون إلى الإضراب الثلاثاء."
    story = StoryText.build(
        [
            _document("flash", "alarabia", [flash], 0, title=flash.rstrip(".")),
            _document("al", "alarabia", GENEVA_AL, 1),
            _document("sk", "skynews", GENEVA_SK, 2),
        ],
        attribution_threshold=0.5,
    )
    mask = dict(zip((s.text for s in story.sentences), usable(story).tolist(), strict=True))
    assert not mask[flash]
    assert mask[GENEVA_AL[0]]
    # The same line under a title of its own is an ordinary one-sentence article.
    story = StoryText.build(
        [
            _document("flash", "alarabia", [flash], 0, title="إضراب في الأمم المتحدة"),
            _document("al", "alarabia", GENEVA_AL, 1),
            _document("sk", "skynews", GENEVA_SK, 2),
        ],
        attribution_threshold=0.5,
    )
    assert usable(story)[0]


def test_a_story_over_more_than_a_day_tells_its_latest_report() -> None:
    """Articles every ten hours are one news cycle, so the cycle rule does not reach the last
    day; its lead, a fact no chosen sentence states, takes the place of the lowest-scoring
    sentence even when the scorer ranks it last."""
    latest = (
        "وافتتح مجلس حقوق الإنسان دورته في موعدها صباح الثلاثاء بكلمة للأمين العام أنطونيو "
        "غوتيريش عن الحرب في سوريا."
    )
    documents = [
        _document("al", "alarabia", GENEVA_AL, 0),
        _document("sk", "skynews", GENEVA_SK, 10),
        _document("al2", "alarabia", GENEVA_AL[:1] + GENEVA_SK[2:], 20),
        _document("new", "bbc", [latest], 30),
    ]
    story = StoryText.build(documents, attribution_threshold=0.5)
    last = [s.text for s in story.sentences].index(latest)
    scores = -np.arange(len(story.sentences), dtype=float)
    scores[last] = -100.0
    shown = [s.text for s in select(story, scores, words=60, redundancy=0.5)]
    assert latest in shown
    # Within a day, the scores alone decide.
    within = [
        _document(d.id, d.article.source, [s.text for s in d.sentences], n)
        for n, d in enumerate(documents)
    ]
    story = StoryText.build(within, attribution_threshold=0.5)
    assert latest not in [s.text for s in select(story, scores, words=60, redundancy=0.5)]


def test_a_stale_figure_is_left_out_when_the_latest_is_shown() -> None:
    old = "وقتل ما لا يقل عن 80 مدنيا في غارات على الغوطة الشرقية قرب دمشق."
    new = "ارتفع عدد القتلى المدنيين في غارات الغوطة الشرقية إلى 250 قتيلا خلال يومين."
    other = "ودعت الأمم المتحدة إلى وقف فوري للقتال في الغوطة الشرقية."
    summary = [
        SummarySentence(text=old, article="a1", sentence=0, sources=("a1",)),
        SummarySentence(text=other, article="a3", sentence=0, sources=("a3",)),
        SummarySentence(text=new, article="a2", sentence=0, sources=("a2",)),
    ]
    update = Discrepancy(
        subject="قتلى",
        kind="update",
        claims=(
            Claim(value=80, text=old, sources=("a1",), date="2018-02-19"),
            Claim(value=250, text=new, sources=("a2",), date="2018-02-21"),
        ),
    )
    shown = mark_disputes(summary, [update], {"a1": "A", "a2": "B", "a3": "C"})
    assert [s.text for s in shown] == [other, new]
    # Without the latest figure in the summary, the earlier one stays, with its note.
    alone = mark_disputes(summary[:2], [update], {"a1": "A", "a2": "B", "a3": "C"})
    assert [s.text for s in alone] == [old, other]
    assert alone[0].disputes
