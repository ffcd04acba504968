"""One fact once across outlets: a quote reported in full and in part, a sentence another
article's sentence contains (real February 2018 sentences, issue 19, eighth round)."""

import sys

import numpy as np
import pytest

from marsad.lang import analyse
from marsad.model import Article, CleanArticle, Document
from marsad.summarize.base import StoryText
from marsad.summarize.pairs import quoted_terms, same_quote

# ba7234a7: Al Arabiya quotes two words of what France 24 quotes in full.
IN_PART = 'وحذر نتنياهو إيران ملوحاً بقطعة الطائرة المسيرة قائلاً: "لا تختبروا" إسرائيل.'
IN_FULL = (
    'وقال نتانياهو في مؤتمر ميونيخ للأمن "لدي رسالة للطغاة في طهران + لا تختبروا عزم إسرائيل!+".'
)
# e8f6729f: one quoted word in common ("هجوم") is not one quote.
GENERAL = (
    'وقال الجنرال البارز في سلاح الجو الإسرائيلي، تومر بار، إن الرد كان "أقوى هجوم" من نوعه '
    "ضد سوريا منذ حرب لبنان عام 1982."
)
PRIME_MINISTER = (
    'قال رئيس الوزراء الإسرائيلي، بنيامين نتنياهو، إن بلاده ستدافع عن نفسها "ضد أي هجوم"، '
    "بعد غارات جوية شنتها في سوريا تعد هي الأوسع منذ عقود."
)
# 312b3f23: Sky News's second report adds a sentence its first report's lead contains.
FIRST_REPORT = [
    "تعتزم ولايات ألاباما وفلوريدا وتكساس الأميركية تنفيذ أحكام بالإعدام في حق 3 مدانين في "
    "جرائم قتل، الخميس، لكن توصيات هيئة محلفين وجهود محامين قد تحول دون ذلك.",
    'وذكرت وكالة "رويترز"، أنه في حال تطبيق الأحكام فستكون المرة الأولى خلال ثماني سنوات التي '
    "يجري فيها إعدام ثلاثة في نفس اليوم من المحكوم عليهم بهذه العقوبة.",
    "وكانت آخر مرة يجري فيها تنفيذ ثلاث عقوبات بالإعدام في يوم واحد عام 2010 في ولايات لويزيانا "
    "وأوهايو وتكساس، طبقا لما ذكره مركز معلومات عقوبة الإعدام، وهو مؤسسة غير ربحية.",
    "لكن هناك أسبابا في كل من الولايات الثلاث يمكن أن توقف تنفيذ العقوبة، من بينها توصية غير "
    "مسبوقة بتخفيفها في تكساس التي شهدت تنفيذ جميع الإعدامات الثلاثة التي تمت في الولايات "
    "المتحدة هذا العام.",
]
SECOND_REPORT = [
    "قالت إدارة الإصلاح في ولاية فلوريدا بالولايات المتحدة، إن حكما بالإعدام نفذ الخميس في مدان "
    "بجريمة اغتصاب وقتل تعود إلى عام 1993.",
    "وقد تزامن ذلك مع تخفيف حاكم ولاية تكساس عقوبة إعدام في حق مدان بالقتل، قبل نحو ساعة من "
    "تنفيذها، بعد أن ناشد والده السلطات العفو وحصل على توصية نادرة بالرأفة.",
    "ومن المقرر أيضا إعدام مدان بالقتل في ولاية ألاباما.",
]
FILLER = [
    "وقالت وزارة الخارجية إن الوزير سيزور العاصمة الأسبوع المقبل لبحث التعاون الاقتصادي.",
    "وأعلنت الشركة عن أرباح فصلية تفوق توقعات المحللين في السوق المالية.",
    "وشهدت المدينة أمطارا غزيرة أدت إلى إغلاق عدد من الطرق الرئيسية.",
    "وفاز الفريق المحلي على ضيفه في مباراة حضرها آلاف المشجعين مساء السبت.",
    "وارتفعت أسعار الذهب في التعاملات المبكرة مع تراجع الدولار أمام العملات.",
    "وافتتح المعرض الدولي للكتاب أبوابه أمام الزوار بمشاركة مئات الناشرين.",
]


def _document(article_id: str, source: str, paragraphs: list[str]) -> Document:
    article = Article(id=article_id, title="عنوان", text="\n".join(paragraphs), source=source)
    return analyse(CleanArticle(article=article, paragraphs=tuple(paragraphs)))


def _story(first: str, second: str) -> tuple[StoryText, int, int]:
    """A story of two articles of different outlets, each a sentence among unrelated ones
    (so that the quote's words are rare in the story, as in a real one)."""
    documents = [
        _document("a1", "alarabia", [first, *FILLER]),
        _document("b1", "france24", [*FILLER[::-1], second]),
    ]
    story = StoryText.build(documents, attribution_threshold=0.5)
    texts = [s.text for s in story.sentences]
    return story, texts.index(first), texts.index(second)


@pytest.mark.parametrize("rule", [True, False])
def test_a_quote_in_part_and_in_full_is_one_fact(
    rule: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    if not rule:
        monkeypatch.setattr(
            sys.modules["marsad.summarize.pairs"],
            "same_quote",
            lambda story: np.zeros((len(story.sentences),) * 2, dtype=bool),
        )
    story, part, full = _story(IN_PART, IN_FULL)
    # the classifier alone reads them as two facts: the rule is what joins them
    assert bool(story.same_fact[part, full]) is rule
    assert bool(story.same_fact[full, part]) is rule


def test_one_common_quoted_word_is_not_one_quote() -> None:
    story, general, minister = _story(GENERAL, PRIME_MINISTER)
    assert not same_quote(story)[general, minister]


def test_words_in_quotes_without_a_speaker_are_a_name_not_a_quote() -> None:
    named = 'وتنفذ قوات التحالف عملية "السيف الحاسم" إلى جانب العمليات الرئيسية.'
    assert quoted_terms(named, "ar") == frozenset()
    assert quoted_terms(IN_PART, "ar")
    assert quoted_terms('من جانبه، وصف ظريف تصريحات نتانياهو "بالسيرك الهزلي"', "ar")


@pytest.mark.parametrize("share", [0.6, 1.01])
def test_a_sentence_another_article_contains_is_the_same_fact(
    share: float, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys.modules["marsad.summarize.pairs"], "CONTAINED", share)
    documents = [
        _document("sk77", "skynews", FIRST_REPORT),
        _document("sk98", "skynews", SECOND_REPORT),
    ]
    story = StoryText.build(documents, attribution_threshold=0.5)
    lead, contained = 0, len(story.sentences) - 1
    # the classifier alone (logit -0.23) reads two facts: the containment joins them
    assert bool(story.same_fact[contained, lead]) is (share <= 1.0)
    # the lead holds the short sentence, not the other way round: no credit that way
    assert not story.restates[lead, contained]
