"""Issue 18, ninth round: junk an editor saw on every story page, each kind on the February 2018
ANT sentence it was found in: numbers with the Egyptian "ر" separator, minutes and age groups
read as figures, entities from a word of another sense."""

from __future__ import annotations

from datetime import UTC, datetime
from functools import partial

import pytest

from marsad.facts import extract_story_facts
from marsad.facts.dates import MONTH_WORDS
from marsad.facts.entities import entity_mentions
from marsad.facts.gazetteer import gazetteer
from marsad.facts.quantities import quantities
from marsad.facts.quotes import could_name
from marsad.lang import analyse
from marsad.model import Article, CleanArticle, Document
from speakerkit import article_speakers

speakers = partial(article_speakers, source="bbc", published=datetime(2018, 2, 22, 9, tzinfo=UTC))


def _document(text: str) -> Document:
    at = datetime(2018, 2, 14, 9, tzinfo=UTC)
    article = Article(id="a", title="", text=text, source="ae", published=at)
    return analyse(CleanArticle(article=article, paragraphs=(text,)))


def figures(text: str) -> list[tuple[object, str | None]]:
    """(value, counted noun) of each figure of a sentence."""
    return [(m.value, m.unit) for m in quantities(text, month_words=MONTH_WORDS)]


def test_digits_around_ra_are_one_number() -> None:
    # Logical order: the right-hand group comes first; one digit after it is the decimals.
    text = "وقدرت الصحيفة ثمن هذه الممتلكات بـ 6ر9 مليون ريال (2.9 مليون دولار)."
    assert figures(text)[0] == (9_600_000, "ريال")
    # Three digits before ر are the thousands' remainder (the form the issue cites, 29,225).
    assert figures("شنت الطائرات 225ر29 غارة")[0] == (29_225, "غاره")


@pytest.mark.parametrize(
    "sentence",
    [
        "أضاف هدفين آخرين في الدقيقتين 43 و71، فيما كان الهدفان الآخران من ضربتي جزاء",
        "وسجل زكرياء حذراف (45 و64) ووليد الكرتي (61) وأيوب الكعبي",
        "ولعب مع ميلان السابق على منتخبي دون 20 و21 عاما، قبل أن يمنح مهمة الإشراف",
        "وسبقت له المشاركة مع منتخبي البرازيل تحت 17 و20 عاما.",
        "وهاجم تشيلسي السابق انضم لأكاديمية الفريق تحت 19 عاما.",
        "لا يجوز لأي فرد غير مؤهل بموجب المادتين 62 و63 من الدستور أن يتولى رئاسة حزب",
    ],
)
def test_minutes_articles_and_age_groups_are_no_figures(sentence: str) -> None:
    assert figures(sentence) == []


def test_a_figure_after_and_is_no_counted_noun() -> None:
    # "و21" is the list's next figure, not what 14 counts.
    found = figures("خمسا وثلاثين فتاة بين سن 14 و21 عاما، بعضهن من اوساط متواضعة")
    assert (14, "و21") not in found
    assert (14, None) in found


def entities(text: str) -> list[str]:
    """Canonical names of the entity mentions of a sentence."""
    return [m.canonical for m in entity_mentions(text)]


@pytest.mark.parametrize(
    ("sentence", "gone"),
    [
        # A common noun with a clitic or the article, or an indefinite adjective after it.
        ("وهو النداء الذي لم يستجب له اللاعب بحماس كبير، وقد تكرر الموقف ذاته", "حماس"),
        ("يشعر المستخدمون بالحماس للظهور غير المتوقع لوجوه بعض المشاهير", "حماس"),
        ("لقي الزوج والجدة مصرعهما بعد دقائق بين أيدي الأطباء", "جدة"),
        # The feminine of أيمن after a feminine noun, where a nisba would end in -ية.
        ("ومررها إلى كيفن غاميرو في الناحية اليمنى داخل منطقة الجزاء", "اليمن"),
        ("ظهر مرتديا الثوب السوداني التقليدي مع عصا في يده اليمنى.", "اليمن"),
        # A person's origin, not the country taking part.
        ("وهو مغني بوب بورتوريكي من أصول إسبانية، وحائز على جائزة غرامي", "إسبانيا"),
        ("وكان فوجيموري الذي ينحدر من أصل ياباني، حكم البيرو", "اليابان"),
    ],
)
def test_a_word_of_another_sense_is_no_entity(sentence: str, gone: str) -> None:
    assert gone not in entities(sentence)


@pytest.mark.parametrize(
    ("sentence", "kept"),
    [
        ("وقال مسؤول في حركة حماس إن الحركة ترفض", "حماس"),
        ("وأعلنت حماس أنها ستشارك في الحوار", "حماس"),
        ("وقال مصدر في الجيش اليمنى إن", "اليمن"),
        ("وقالت الحكومة السورية في بيان", "سوريا"),
        ("وانتقل اللاعب إلى العين الإماراتى.", "الإمارات"),
        ("التقى الوزير الإسباني نظيره في مدريد", "إسبانيا"),
    ],
)
def test_the_entity_in_its_own_sense_stays(sentence: str, kept: str) -> None:
    assert kept in entities(sentence)


def test_a_news_agency_is_no_entity_of_the_story() -> None:
    # The agency relays the story (credited as the outlet); the people it reports on stay.
    text = "وأوردت وكالة الأنباء الإماراتية (وام) أن الشيخ محمد بن راشد استقبل الوفد."
    assert "وام" in entities(text)
    story = extract_story_facts([_document(text)])
    names = {f.value for f in story.facts if f.kind == "entity"}
    assert "وام" not in names
    assert gazetteer().agencies >= {"وام", "رويترز", "وكالة فرانس برس", "أسوشيتد برس"}


@pytest.mark.parametrize(
    ("sentence", "word"),
    [
        # How the words were said, an adverb of time, an addressee: no one's name.
        ('وأوضح بالقول "لقد ارتكبنا أخطاء في النسخة الأخيرة من البطولة".', "بالقول"),
        ('وقال النائب العام للمملكة العربية السعودية حينها إن 100 مليار دولار "أسيء '
         'استخدامها".', "حينها"),
        ("لكن مسؤولا سعوديا بارزا قال لرويترز إن أي تسوية تتضمن اعترافا بالذنب.", "لرويترز"),
        ('إذ نشر صورة تجمعهما معا وكتب فوقها "كل عيد حب سعيد"', "فوقها"),
    ],
)  # fmt: skip
def test_a_word_of_the_sentence_is_no_speaker(sentence: str, word: str) -> None:
    assert word not in speakers(sentence)


def test_could_name_keeps_names() -> None:
    assert could_name("لافروف") and could_name("زيدان") and could_name("النائب العام")
    assert not could_name("فوقها") and not could_name("لـCNN") and not could_name("لفرانس24")


@pytest.mark.parametrize(
    ("sentence", "word"),
    [
        ("وفي هذه الجولة تعادل كولون مع هانوفر 1 - 1 وفوز فرايبورغ على فيردر بريمن", "فوز"),
        ("وكان الريال قد حسم لقاء الذهاب على أرضه 3-1 بفضل ثنائية للنجم البرتغالي", "فضل"),
        ("مباراته الشهيرة أمام ريال مدريد التي انتهت 3-0 للفريق الكاتالوني.", "فريق"),
    ],
)
def test_the_word_after_a_score_is_not_what_it_counts(sentence: str, word: str) -> None:
    # The score stays a figure (the guide labels scores as goals); the next clause's word with
    # its proclitic is not its counted noun.
    assert all(unit != word for _, unit in figures(sentence))
    assert figures(sentence)


def test_a_range_before_its_noun_or_a_percent_keeps_them() -> None:
    assert (10, "percent") in [
        (m.value, m.counted) for m in quantities("الكهربائية بنسبة 2-10% على مستوى المنازل")
    ]
