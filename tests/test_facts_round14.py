"""Issue 18, round 14: junk of the facts panel of ten random February 2018 multi-outlet stories
(ANT sentences, shortened): names read as counts, fighters not read as people, a past weekday
read as a coming one, an attack's nisba read as the toll's place."""

from __future__ import annotations

from datetime import UTC, date, datetime

from marsad.facts import extract_story_facts
from marsad.facts.dates import MONTH_WORDS, date_mentions, resolve
from marsad.facts.quantities import quantities
from marsad.lang import analyse
from marsad.model import Article, CleanArticle


def figures(text: str) -> list[tuple[object, str | None, str | None]]:
    """(value, counted noun, concept) of each figure of a sentence."""
    return [(m.value, m.unit, m.concept) for m in quantities(text, month_words=MONTH_WORDS)]


def day_of(text: str, published: date) -> date | None:
    """The day the first date mention of ``text`` resolves to."""
    return resolve(date_mentions(text)[0], published, "resolved")[0]


def test_an_offshore_block_and_a_cup_round_name_not_count() -> None:
    # France 24, 15 February 2018; Sky, 23 February 2018.
    text = "في إشارة إلى الرقعة 9 التي وقع لبنان عقودا مع ثلاث شركات دولية"
    assert figures(text) == [(3, "شركات", None)]
    assert figures("خلال مباراتهما في إياب دور 32 للدوري الأوروبي لكرة القدم") == []


def test_a_relative_pronoun_is_no_counted_noun() -> None:
    assert figures("وأصيب 5 الذين كانوا في السيارة") == [(5, None, "injured")]


def test_fighters_named_by_their_creed_are_people() -> None:
    # Al Arabiya and Sky, 23 February 2018: the toll of a French strike in Mali.
    text = "قال المتحدث إن جنودا فرنسيين قتلوا نحو 10 متطرفين الأسبوع الماضي في مالي"
    assert figures(text) == [(10, "متطرفين", "killed")]
    assert figures("وقد أدت واحدة منها إلى مقتل نحو 10 متشددين")[0][2] == "killed"


def test_qad_and_a_perfect_verb_tell_of_a_day_past() -> None:
    # Sky, Friday 23 February 2018: the strike was on Saturday the 17th, not the 24th.
    text = (
        "وكان الجيش الفرنسي قد أعلن مساء الخميس أنه شارك في عدد كبير من العمليات، "
        "وقد أدت واحدة منها إلى مقتل نحو 10 متشددين السبت، بعد ثلاثة أيام"
    )
    friday = date(2018, 2, 23)
    days = [resolve(m, friday, "resolved")[0] for m in date_mentions(text)]
    assert days == [date(2018, 2, 22), date(2018, 2, 17)]
    # "قد" then an imperfect is "may": no past.
    assert day_of("قد يلتقي الرئيس نظيره السبت", friday) == date(2018, 2, 24)


def test_a_future_verb_inside_a_quotation_is_not_the_weekday_verb() -> None:
    # BBC, Thursday 22 February 2018: Trump spoke to the students on Wednesday the 21st.
    text = 'وقال ترامب لطلاب مدرسة مارجوري ستونيمان دوغلاس يوم الأربعاء :"سنتخذ إجراءات قوية"'
    assert day_of(text, date(2018, 2, 22)) == date(2018, 2, 21)
    # Outside a quotation the verb after the weekday still tells of a coming one.
    assert day_of("أمام نيوكاسل يونايتد، السبت، فهل سيسجل", date(2018, 2, 22)) == date(2018, 2, 24)


def test_an_attack_nisba_is_not_the_toll_place() -> None:
    # France 24, 17 February 2018: the dead were in Afrin, in Syria, not in Turkey.
    text = "ووفقا للمرصد، قتل 78 مدنيا على الأقل خلال العملية التركية."
    article = Article(id="fr", title="", text=text, source="fr")
    facts = extract_story_facts([analyse(CleanArticle(article=article, paragraphs=(text,)))])
    tolls = [f for f in facts.facts if f.kind == "quantity" and f.value == 78]
    assert [f.extra["place"] for f in tolls] == [None]


def test_a_tally_of_many_operations_is_not_an_update_of_one_strike() -> None:
    # Al Arabiya and Sky, 23 February 2018: 10 killed in one strike, 30 in many operations.
    one = "قال المتحدث إن جنودا فرنسيين قتلوا نحو 10 متطرفين الأسبوع الماضي في مالي."
    many = (
        'وأضاف الرئيس الفرنسي أن هذا الهجوم حصل "بعد عدد كبير من العمليات التي قامت بها قوات '
        'فرنسية في مالي، وأسفرت عن وقوع أكثر من ثلاثين قتيلا في صفوف الإرهابيين".'
    )
    recent = "وقال ماكرون إن جيش بلاده قتل أكثر من ثلاثين مسلحا في الفترة الأخيرة شمالي مالي."
    for other in (many, recent):
        documents = [
            analyse(
                CleanArticle(
                    article=Article(
                        id=source,
                        title="",
                        text=text,
                        source=source,
                        published=datetime(2018, 2, 23, hour, tzinfo=UTC),
                    ),
                    paragraphs=(text,),
                )
            )
            for source, text, hour in (("alarabia", one, 10), ("sky", other, 18))
        ]
        assert list(extract_story_facts(documents).discrepancies) == []


def test_a_relative_clause_in_the_perfect_tells_of_a_day_done() -> None:
    # Al Arabiya, Friday 23 February 2018: the operation was on Saturday the 17th.
    text = "قال الكولونيل اريك ستيجر، إن العملية التي جرت السبت ضد إرهابيين في جنوب شرق البلاد"
    assert day_of(text, date(2018, 2, 23)) == date(2018, 2, 17)
    assert day_of("المباراة التي ستجري السبت", date(2018, 2, 23)) == date(2018, 2, 24)


def test_hundreds_and_tens_in_words_are_one_number() -> None:
    # France 24, February 2018: asylum claims heard in ninety days instead of 120.
    assert figures("بدلا من مئة وعشرين يوما")[0][:2] == (120, "يوم")
    assert figures("شكلوا نحو ثلثي المهاجرين البالغ عددهم مائتي وخمسة آلاف")[0][0] == 205_000
    assert figures("بغرامة أكثر من خمسمئة وخمسين دولارا")[0][:2] == (550, "دولار")


def test_words_after_a_figure_that_are_no_counted_noun() -> None:
    # An accusative scale stands for the noun; "منهما" (of the two), "بالتحديد" (exactly).
    assert figures("استقبلت فرنسا نحو 15 ألفا العام الماضي")[0][:2] == (15_000, None)
    assert figures("سجل 101 بالتحديد") == [(101, None, None)]
    assert figures("تقدم 10 آلاف بطلب لجوء وقبل 6500 منهما")[1][:2] == (6500, None)
    assert figures("انخفاض مبيعات آي فون 8 بلس") == []
