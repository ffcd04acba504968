"""What the summary's reader was shown: a kind noun or a surname told only by a lead the summary
does not show is not told (summarize/shown_told.py, issue 16 round 19)."""

from datetime import UTC, datetime

import numpy as np

from marsad.lang import analyse
from marsad.model import Article, CleanArticle, Document
from marsad.summarize.base import StoryText
from marsad.summarize.select import select
from marsad.summarize.shown_told import untold_when_shown

# A story of two articles on a footballer's ban: only the first article's lead names the
# committee, and neither title does.
COMMITTEE = "قررت لجنة الانضباط في الاتحاد السعودي لكرة القدم إيقاف اللاعب أربع مباريات."
LEAD = "أوقف الاتحاد السعودي لكرة القدم لاعب الأهلي أربع مباريات بسبب ألفاظ بذيئة."
MIDDLE = "وكان اللاعب قد تلقى إنذارا في المباراة السابقة أمام الهلال في الرياض."
KIND = "وفرضت اللجنة غرامة قدرها 40 ألف ريال سعودي على الظهير الأيمن."
SURNAME = "وقال دوجاريك إن المنظمة الدولية تتابع القضية مع الاتحاد الآسيوي."


def _document(article_id: str, paragraphs: list[str], title: str) -> Document:
    article = Article(
        id=article_id,
        title=title,
        text="\n".join(paragraphs),
        source=article_id,
        published=datetime(2018, 2, 20, tzinfo=UTC),
    )
    return analyse(CleanArticle(article=article, paragraphs=tuple(paragraphs)))


def _story(*later: str) -> StoryText:
    return StoryText.build(
        [
            _document("first", [COMMITTEE], "إيقاف لاعب الأهلي أربع مباريات"),
            _document("second", [LEAD, MIDDLE, *later], "عقوبة على ظهير الأهلي"),
        ],
        attribution_threshold=0.99,
        paraphrases=False,
    )


def test_a_kind_told_only_by_a_lead_not_shown_is_left_out() -> None:
    story = _story(KIND)
    texts = [s.text for s in story.sentences]
    first, lead, kind = texts.index(COMMITTEE), texts.index(LEAD), texts.index(KIND)
    # Read statically, the first article's lead tells "اللجنة": it may be shown alone.
    assert story.predecessor[kind] < 0
    assert untold_when_shown(story, [lead, kind]) == [lead]
    # Shown after the lead that names the committee, it is told.
    assert untold_when_shown(story, [first, lead, kind]) == [first, lead, kind]
    # Right after its own previous sentence it is not shown alone.
    middle = texts.index(MIDDLE)
    assert untold_when_shown(story, [lead, middle, kind]) == [lead, middle, kind]


def test_a_surname_told_only_by_a_lead_not_shown_is_left_out() -> None:
    named = "وأكد ستيفان دوجاريك المتحدث باسم الأمم المتحدة أن العقوبة قيد الدراسة."
    story = StoryText.build(
        [
            _document("first", [named], "الأمم المتحدة تتابع عقوبة لاعب الأهلي"),
            _document("second", [LEAD, named, MIDDLE, SURNAME], "عقوبة على ظهير الأهلي"),
        ],
        attribution_threshold=0.99,
        paraphrases=False,
    )
    texts = [s.text for s in story.sentences]
    lead, surname = texts.index(LEAD), texts.index(SURNAME)
    first = next(i for i, s in enumerate(story.sentences) if s.article == "first")
    assert story.predecessor[surname] < 0
    assert untold_when_shown(story, [lead, surname]) == [lead]
    assert untold_when_shown(story, [first, lead, surname]) == [first, lead, surname]


def test_a_surname_told_only_by_its_own_lead_not_shown_is_left_out() -> None:
    # February 2018 (issue 16, round 21): "وقال كوين في بيانه …" shown after another
    # article's lead, the full name "مايكل كوين" only in its own lead, not shown.
    own_lead = "اعترف مايكل كوين المحامي الشخصي للاعب بدفع الغرامة نيابة عنه يوم الثلاثاء."
    said = "وقال كوين في بيانه للصحيفة إن اللاعب لم يطلب منه دفع الغرامة."
    story = StoryText.build(
        [
            _document("first", [LEAD], "عقوبة على ظهير الأهلي"),
            _document("second", [own_lead, MIDDLE, said], "محامي اللاعب يدفع الغرامة"),
        ],
        attribution_threshold=0.99,
        paraphrases=False,
    )
    texts = [s.text for s in story.sentences]
    lead, told_by, surname = texts.index(LEAD), texts.index(own_lead), texts.index(said)
    assert story.predecessor[surname] < 0  # read statically, every lead is told
    assert untold_when_shown(story, [lead, surname]) == [lead]
    assert untold_when_shown(story, [told_by, lead, surname]) == [told_by, lead, surname]


def test_an_untitled_single_article_is_its_scorers_choice() -> None:
    article = Article(
        id="easc",
        title="",
        text="\n".join([LEAD, MIDDLE, KIND]),
        source="easc",
        published=datetime(2018, 2, 20, tzinfo=UTC),
    )
    story = StoryText.build(
        [analyse(CleanArticle(article=article, paragraphs=(LEAD, MIDDLE, KIND)))],
        attribution_threshold=0.99,
        paraphrases=False,
    )
    assert untold_when_shown(story, [0, 2]) == [0, 2]


def test_the_summary_leaves_out_a_kind_its_reader_was_not_shown() -> None:
    story = _story(KIND)
    texts = [s.text for s in story.sentences]
    scores = np.zeros(len(texts))
    scores[texts.index(LEAD)], scores[texts.index(KIND)] = 3.0, 2.0
    room = len(LEAD.split()) + len(KIND.split())  # no room for the first article's lead
    shown = [s.text for s in select(story, scores, words=room, redundancy=0.99)]
    assert LEAD in shown
    assert KIND not in shown


def test_a_kind_told_by_a_chosen_sentence_may_come_alone() -> None:
    # The committee is named only in the first article's second sentence, which the summary
    # shows: "وفرضت اللجنة …" no longer needs its own predecessor.
    opening = "أوقف الاتحاد السعودي لكرة القدم لاعبا أربع مباريات بعد مباراة الأهلي والهلال."
    story = StoryText.build(
        [
            _document("first", [opening, COMMITTEE], "إيقاف لاعب الأهلي أربع مباريات"),
            _document("second", [LEAD, MIDDLE, KIND], "عقوبة على ظهير الأهلي"),
        ],
        attribution_threshold=0.99,
        paraphrases=False,
    )
    texts = [s.text for s in story.sentences]
    kind = texts.index(KIND)
    assert story.predecessor[kind] >= 0 and story.leans_on_told[kind]
    scores = np.zeros(len(texts))
    scores[texts.index(LEAD)], scores[texts.index(COMMITTEE)], scores[kind] = 3.0, 2.5, 2.0
    room = sum(len(t.split()) for t in (LEAD, COMMITTEE, KIND))
    shown = [s.text for s in select(story, scores, words=room, redundancy=0.99)]
    assert KIND in shown and MIDDLE not in shown
    assert shown.index(COMMITTEE) < shown.index(KIND)


def test_the_second_half_of_a_sentence_is_left_out_when_shown_alone() -> None:
    # February 2018 ANT (issue 16, round 20): "إذ …" is the reason for the sentence before;
    # right after it, it reads as meant, and waits for nothing in ``select``.
    since = "إذ تلقى الظهير الأيمن غرامة قدرها 40 ألف ريال سعودي بعد المباراة."
    story = _story(since)
    texts = [s.text for s in story.sentences]
    lead, middle, second = texts.index(LEAD), texts.index(MIDDLE), texts.index(since)
    assert story.predecessor[second] < 0
    assert untold_when_shown(story, [lead, second]) == [lead]
    assert untold_when_shown(story, [lead, middle, second]) == [lead, middle, second]


def test_an_event_acted_on_and_told_only_by_a_lead_not_shown_is_left_out() -> None:
    # Issue 16, round 24: the attack is the thing claimed, not the subject; only the first
    # article's lead tells it.
    attack = "قتل ثلاثة أشخاص في هجوم انتحاري استهدف مركزا للشرطة في العاصمة."
    claimed = "وأعلن تنظيم داعش المسؤولية عن الهجوم، بحسب وكالة أعماق التابعة له."
    story = StoryText.build(
        [
            _document("first", [attack], "حداد في العاصمة"),
            _document("second", [LEAD, MIDDLE, claimed], "عقوبة على ظهير الأهلي"),
        ],
        attribution_threshold=0.99,
        paraphrases=False,
    )
    texts = [s.text for s in story.sentences]
    first, lead, later = texts.index(attack), texts.index(LEAD), texts.index(claimed)
    # Read statically, the first article's lead tells "الهجوم": it may be shown alone.
    assert story.predecessor[later] < 0
    assert untold_when_shown(story, [lead, later]) == [lead]
    assert untold_when_shown(story, [first, lead, later]) == [first, lead, later]


def test_a_word_of_time_shown_alone_is_left_out() -> None:
    # February 2018 (round 32, fragments34): "عندها برزت ناشطات …" shown after another
    # sentence than its own previous one: the reader is not told when.
    then = "وعندها فرضت اللجنة غرامة قدرها 40 ألف ريال سعودي على الظهير الأيمن."
    story = _story(then)
    texts = [s.text for s in story.sentences]
    lead, middle, later = texts.index(LEAD), texts.index(MIDDLE), texts.index(then)
    first = next(i for i, s in enumerate(story.sentences) if s.article == "first")
    assert untold_when_shown(story, [first, lead, later]) == [first, lead]
    # Right after its own previous sentence it reads as meant.
    assert untold_when_shown(story, [first, lead, middle, later]) == [first, lead, middle, later]


def test_a_turn_is_dropped_from_a_sentence_shown_alone() -> None:
    turn = "إلى ذلك، قال المتحدث باسم الاتحاد إن اللاعب سيستأنف القرار أمام لجنة الاستئناف."
    story = _story(turn)
    texts = [s.text for s in story.sentences]
    scores = np.zeros(len(texts))
    scores[texts.index(LEAD)], scores[texts.index(turn)] = 3.0, 2.0
    # Room for both leads and the turn, not for the sentence between the lead and the turn.
    room = sum(story.sentences[texts.index(t)].word_count for t in (LEAD, COMMITTEE, turn))
    shown = [s.text for s in select(story, scores, words=room, redundancy=0.99)]
    assert MIDDLE not in shown
    assert shown[-1] == "قال المتحدث باسم الاتحاد إن اللاعب سيستأنف القرار أمام لجنة الاستئناف."
