"""A summary never shows a sentence that needs context without its predecessor right before
it, also when its article's lead is moved up to open the summary."""

from datetime import UTC, datetime

import numpy as np

from marsad.lang import analyse
from marsad.model import Article, CleanArticle, Document
from marsad.summarize.base import StoryText
from marsad.summarize.select import select


def _document(article_id: str, day: int, paragraphs: list[str], title: str = "عنوان") -> Document:
    article = Article(
        id=article_id,
        title=title,
        text="\n".join(paragraphs),
        source=article_id,
        published=datetime(2018, 2, day, tzinfo=UTC),
    )
    return analyse(CleanArticle(article=article, paragraphs=tuple(paragraphs)))


def test_a_leaning_sentence_moves_up_with_the_lead_it_follows() -> None:
    # From February 2018 ANT (Jordan's cabinet reshuffle): the later article's lead opens the
    # summary; its next sentence ("the statement") must come with it.
    lead = "أجرى رئيس الوزراء الأردني هاني الملقي الأحد تعديلا في حكومته شمل تسعة وزراء."
    leaning = 'وأكد البيان "الموافقة على إجراء تعديل على حكومة هاني الملقي" بعد مشاورات.'
    earlier = "صدرت الإرادة الملكية بالموافقة على تعيين وزراء جدد في الحكومة الأردنية صباحا."
    story = StoryText.build(
        [_document("earlier", 24, [earlier]), _document("later", 25, [lead, leaning])],
        attribution_threshold=0.99,
        paraphrases=False,
    )
    texts = [s.text for s in story.sentences]
    assert story.sentences[texts.index(leaning)].needs_context
    scores = np.zeros(len(texts))
    scores[texts.index(lead)], scores[texts.index(leaning)], scores[texts.index(earlier)] = 3, 2, 1
    summary = [s.text for s in select(story, scores, words=1000, redundancy=0.99)]
    assert summary == [lead, leaning, earlier]


def test_a_sentence_pointing_back_is_not_shown_alone_in_a_titled_article() -> None:
    # From February 2018 ANT (the new Red Bull car; round 11): in a one-article summary, "كذلك"
    # and "but" go on from the sentence before, as they do among several articles.
    lead = "كشف فريق ريد بول عن سيارته الجديدة التي سيخوض بها موسم الفورمولا 1 المقبل."
    middle = "وقد تطلب تركيب نظام الحماية جهدا كبيرا من حيث تصنيع هيكل قوي بشكل كاف."
    pointing = "ولكن رئيس الفريق كريستيان هورنر قال إن التغييرات تساعد السيارة على المدى الطويل."
    title = 'الكشف عن سيارة "ريد بول" الجديدة'
    story = StoryText.build(
        [_document("one", 20, [lead, middle, pointing], title=title)],
        attribution_threshold=0.99,
        paraphrases=False,
    )
    assert not story.sentences[2].needs_context
    scores = np.array([3.0, 1.0, 2.0])
    summary = [s.text for s in select(story, scores, words=28, redundancy=0.99)]
    assert pointing not in summary
    # Read in order under no title (EASC's plain articles), it may be shown alone.
    untitled = StoryText.build(
        [_document("one", 20, [lead, middle, pointing], title="")],
        attribution_threshold=0.99,
        paraphrases=False,
    )
    assert pointing in [s.text for s in select(untitled, scores, words=28, redundancy=0.99)]


def test_what_a_sentence_ending_in_a_colon_introduces_is_not_shown_alone() -> None:
    # From February 2018 ANT (AL-sport-106-20180219; round 12): the quote was shown alone as a
    # summary's opening sentence, its speaker in the line before ("… يقول:") lost.
    intro = "أسطورة الملاكمة الأمريكية شوغر راي ليونارد يقول:"
    quote = (
        "“لا شيء يمكن أن يرضي خارج الحلبة.. لا يوجد شيء في الحياة يمكن أن يقارن أن تكون بطل "
        "العالم، ويدك رفعت في تلك اللحظة من المجد”."
    )
    after = "وحقق ياسر القحطاني مع الهلال والمنتخب بطولات كثيرة خلال مسيرته الطويلة في الملاعب."
    story = StoryText.build(
        [_document("one", 19, [intro, quote, after], title="ياسر القحطاني!")],
        attribution_threshold=0.99,
        paraphrases=False,
    )
    texts = [s.text for s in story.sentences]
    assert texts == [intro, quote, after]
    assert not story.sentences[1].needs_context
    assert story.predecessor.tolist() == [-1, 0, -1]
    summary = [
        s.text for s in select(story, np.array([1.0, 3.0, 2.0]), words=1000, redundancy=0.99)
    ]
    assert summary == [after]


def test_a_noun_told_before_waits_for_its_predecessor() -> None:
    # From February 2018 ANT (the internet-addiction clinic): "العيادة", introduced without the
    # article in the sentence before, was shown alone in a one-article summary.
    lead = "تستقبل مصحات في الولايات المتحدة شبانا يقضون ساعات طويلة أمام الشاشات كل يوم."
    intro = 'وتوجد في ولاية واشنطن عيادة "بارادايم"، وهي مبنى فاخر كثير الأشجار في أعلى تلة.'
    told = "وتستقبل العيادة الأطفال والمراهقين الذين تتراوح أعمارهم بين 12 و18 عاما."
    title = 'مصحة لعلاج "إدمان الإنترنت" مقابل 1600 دولار في الليلة'
    story = StoryText.build(
        [_document("one", 20, [lead, intro, told], title=title)],
        attribution_threshold=0.99,
        paraphrases=False,
    )
    assert not story.sentences[2].needs_context
    assert story.predecessor.tolist() == [-1, -1, 1]
    scores = np.array([3.0, 1.0, 2.0])
    room = len(lead.split()) + len(told.split())  # no room for the sentence it needs
    assert [s.text for s in select(story, scores, words=room, redundancy=0.99)] == [lead]
    summary = [s.text for s in select(story, scores, words=1000, redundancy=0.99)]
    assert summary == [lead, intro, told]
    # Read in order under no title (EASC's plain articles), it may be shown alone.
    untitled = StoryText.build(
        [_document("one", 20, [lead, intro, told], title="")],
        attribution_threshold=0.99,
        paraphrases=False,
    )
    assert untitled.predecessor.tolist() == [-1, -1, -1]


def test_this_step_far_into_a_sentence_waits_for_its_predecessor() -> None:
    # From February 2018 ANT (Ethiopia's state of emergency; round 16): "هذه الخطوة" after
    # "إن" was shown alone in a summary; what the step is was told in the sentence before.
    lead = "أعلنت إثيوبيا حالة الطوارئ في البلاد بعد يوم واحد من استقالة رئيس الوزراء."
    step = "وقررت الحكومة منع التجمعات في العاصمة والمدن الكبرى لمدة ستة أشهر كاملة."
    pointing = "وقال بيان صادر عن الإذاعة الرسمية إن هذه الخطوة ضرورية لوقف موجة الاحتجاجات."
    title = "إثيوبيا تعلن الطوارئ بعد استقالة رئيس وزرائها"
    story = StoryText.build(
        [_document("one", 16, [lead, step, pointing], title=title)],
        attribution_threshold=0.99,
        paraphrases=False,
    )
    assert not story.sentences[2].needs_context
    assert story.predecessor.tolist() == [-1, -1, 1]
    scores = np.array([3.0, 1.0, 2.0])
    room = len(lead.split()) + len(pointing.split())  # no room for the sentence it needs
    assert pointing not in [s.text for s in select(story, scores, words=room, redundancy=0.99)]
    summary = [s.text for s in select(story, scores, words=1000, redundancy=0.99)]
    assert summary == [lead, step, pointing]


def test_a_pointer_to_the_pages_picture_is_never_chosen() -> None:
    # From February 2018 ANT (an infographic article; round 16): the digest shows no picture.
    lead = "تحكم الحيوانات مناطق كثيرة في العالم لا يسكنها الإنسان منذ قرون طويلة."
    pointer = "الإنفوغرافيك المرفق يوضح المناطق والممالك التي تديرها الحيوانات بصورة مطلقة."
    story = StoryText.build(
        [_document("one", 27, [lead, pointer], title="ممالك تديرها الحيوانات فقط")],
        attribution_threshold=0.99,
        paraphrases=False,
    )
    assert not story.eligible[1]
    summary = [s.text for s in select(story, np.array([1.0, 3.0]), words=1000, redundancy=0.99)]
    assert summary == [lead]


def test_this_x_that_another_articles_lead_names_may_be_shown_alone() -> None:
    # Among several articles the summary opens with their leads: "this step" that one of them
    # names is told by an earlier summary sentence (round 16), not by the article's own lead.
    lead_a = "أعلنت الحكومة خطوة لإغلاق المدارس في العاصمة لمدة أسبوعين بسبب الاحتجاجات."
    lead_b = "خرج آلاف المحتجين إلى شوارع العاصمة مساء الأحد للمطالبة برحيل الحكومة."
    step = "وقال المتحدث الرسمي باسم الحكومة في مؤتمر صحفي إن هذه الخطوة ضرورية لحماية الطلاب."
    title = "احتجاجات في العاصمة"
    alone = StoryText.build(
        [
            _document(
                "b", 16, [lead_b, "وأغلقت المتاجر أبوابها في وسط المدينة طوال اليوم.", step], title
            )
        ],
        attribution_threshold=0.99,
        paraphrases=False,
    )
    assert alone.predecessor.tolist() == [-1, -1, 1]
    both = StoryText.build(
        [
            _document("a", 16, [lead_a], title),
            _document(
                "b", 16, [lead_b, "وأغلقت المتاجر أبوابها في وسط المدينة طوال اليوم.", step], title
            ),
        ],
        attribution_threshold=0.99,
        paraphrases=False,
    )
    assert both.predecessor.tolist()[-1] == -1


def test_a_last_name_told_only_before_waits_for_its_predecessor() -> None:
    # From February 2018 ANT (UN sexual-abuse allegations; round 18): "وأضاف دوجاريك" was
    # shown alone; who Dujarric is was told only in the sentence before ("ستيفان دوجاريك").
    lead = "أعلنت الأمم المتحدة أنها تلقت 40 اتهاماً بانتهاك و استغلال جنسي في ثلاثة أشهر."
    named = "وقال المتحدث باسم الأمم المتحدة ستيفان دوجاريك إن القائمة تشمل 15 اتهاماً."
    surname = 'وأضاف دوجاريك: "أي اتهام يتعلق بموظفينا يقوض قيمنا ومبادئنا".'
    title = "40 اتهاماً جنسياً ضد موظفي الأمم المتحدة خلال 3 أشهر"
    story = StoryText.build(
        [_document("one", 23, [lead, named, surname], title=title)],
        attribution_threshold=0.99,
        paraphrases=False,
    )
    assert not story.sentences[2].needs_context
    assert story.predecessor.tolist() == [-1, -1, 1]
    scores = np.array([3.0, 1.0, 2.0])
    room = len(lead.split()) + len(surname.split())  # no room for the sentence it needs
    assert surname not in [s.text for s in select(story, scores, words=room, redundancy=0.99)]


def test_a_body_named_by_its_kind_and_not_told_waits_for_its_predecessor() -> None:
    # From February 2018 ANT (carmakers' sales; round 19): "ولم تصدر المنظمة …" was shown
    # alone; which organization was told only in the sentence before, not in the title or lead.
    lead = "تنشر كبرى شركات صناعة السيارات في العالم أرقام مبيعاتها لعام 2017 هذه الأيام."
    named = "وتصدر المنظمة الدولية لمصنعي السيارات تصنيفا سنويا لأكبر المصنعين في العالم."
    kind = "ولم تصدر المنظمة تصنيفها لعام 2017 حتى الآن رغم انتهاء العام."
    title = "ما هو الكيان الأكبر لتصنيع السيارات في العالم؟"
    story = StoryText.build(
        [_document("one", 23, [lead, named, kind], title=title)],
        attribution_threshold=0.99,
        paraphrases=False,
    )
    assert not story.sentences[2].needs_context
    assert story.predecessor.tolist() == [-1, -1, 1]
    scores = np.array([3.0, 1.0, 2.0])
    room = len(lead.split()) + len(kind.split())  # no room for the sentence it needs
    assert kind not in [s.text for s in select(story, scores, words=room, redundancy=0.99)]
