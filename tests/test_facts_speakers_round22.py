"""Issue 18, round 22 (speakers13): a speech verb after a fronted circumstance continues the
speaker of the sentence before; an outlet spoken to, a press conference or a bare statement is
no speaker (the statement's issuer is); a family name two people of the article share is
nobody's alone."""

from __future__ import annotations

from marsad.facts._circumstance import circumstance_before
from marsad.facts._occasions import without_occasion
from marsad.facts._quote_words import BODY_HEADS
from marsad.facts._statements import bare_statement, statement_issuer
from marsad.facts.entities import one_name, two_people
from marsad.facts.quotes import ArticleNames, quote_mentions
from speakerkit import quote_speakers


def test_a_verb_after_a_circumstance_continues_the_speaker_before() -> None:
    speakers = quote_speakers(
        "أكد زعيم المعارضة الروسية أليكسي نافالني إنه اعتقل من قبل الشرطة صباح اليوم.",
        "وبعد أقل من ساعة من بث نبأ اعتقاله، قال إن الشرطة أخلت سبيله دون توجيه تهمة.",
    )
    assert speakers == ["أليكسي نافالني", "أليكسي نافالني"]


def test_a_circumstance_after_a_sentence_that_quotes_no_one_continues_nothing() -> None:
    speakers = quote_speakers(
        "أكد زعيم المعارضة الروسية أليكسي نافالني إنه اعتقل من قبل الشرطة صباح اليوم.",
        "وشهدت العاصمة الروسية احتجاجات واسعة في الأسابيع الماضية.",
        "وبعد أقل من ساعة من بث نبأ اعتقاله، قال إن الشرطة أخلت سبيله دون توجيه تهمة.",
    )
    assert speakers[1:] == [None]


def _before_verb(text: str) -> bool:
    return circumstance_before(text, text.rindex(" ") + 1)


def test_a_circumstance_that_turns_to_another_is_no_continuation() -> None:
    assert _before_verb("ورداً على سؤال يتعلق بالأحكام، أشار")
    assert not _before_verb("من جهته، قال")  # "من جهته": someone else speaks
    assert not _before_verb("وفي المقابل، قال")
    assert not _before_verb("وأكد الوزير، قال")  # a verb and its subject, no circumstance
    assert not _before_verb("وبعد ساعة قال")  # no comma closes a circumstance


def test_an_outlet_spoken_to_or_an_occasion_is_no_speaker() -> None:
    assert without_occasion("سابيو لرويترز") == "سابيو"
    assert without_occasion("مسؤول عسكري أمريكي لـCNN") == "مسؤول عسكري أمريكي"
    assert without_occasion("مصدر أمني لبي بي سي") == "مصدر أمني"
    assert without_occasion("لفرانس برس") is None
    assert without_occasion("مؤتمر صحافي") is None
    assert without_occasion("في تصريحات تلفزيونية") is None
    # a body's own construct with ل stays whole
    assert without_occasion("المركز الإعلامي للجيش اليمني") == "المركز الإعلامي للجيش اليمني"
    assert without_occasion("منظمة الأمم المتحدة للطفولة") == "منظمة الأمم المتحدة للطفولة"


def test_the_speaker_told_an_outlet_is_the_speaker_alone() -> None:
    speakers = quote_speakers(
        "وقال المرصد السوري لحقوق الإنسان لرويترز إن القوات التركية سيطرت على ثلاث قرى."
    )
    assert speakers == ["المرصد السوري لحقوق الإنسان"]


def test_a_bare_statement_speaks_for_its_issuer_named_before() -> None:
    speakers = quote_speakers(
        "وبحسب بيان وزارة العدل الأميركية، فإن المشتبه بهما احتجزا في جنوب إفريقيا.",
        "وأضاف البيان أن لائحة الاتهام شملت التآمر ومحاولة تصدير مواد إلى لبنان.",
    )
    assert speakers[-1] == "وزارة العدل الأميركية"


def test_a_bare_statement_whose_issuer_is_not_named_is_nobodys() -> None:
    speakers = quote_speakers(
        "أعلنت إدارة المنتخب قائمة اللاعبين المشاركين في المعسكر الذي ينطلق في جدة.",
        "وأضاف البيان أن المنتخب سيخوض مباراة ودية أمام منتخب مولدوفا في المعسكر.",
    )
    assert speakers == [None] * len(speakers)


def test_a_statement_issuer_is_read_from_a_construct_or_a_preposition() -> None:
    text = "جاء ذلك في بيان من وزارة الخارجية الأميركية حول التحالف في اليمن."
    assert statement_issuer(text, BODY_HEADS) == "وزارة الخارجية الأميركية"
    text = "وتستنكر العائلة بيان وزارة الداخلية وما جاء فيه من اتهامات."
    assert statement_issuer(text, BODY_HEADS) == "وزارة الداخلية"
    assert statement_issuer("وقالت الشرطة إن التحقيق مستمر.", BODY_HEADS) is None
    assert bare_statement("البيان")
    assert not bare_statement("البيان القطري")  # may be another statement than the one told


def test_a_family_name_two_people_share_is_nobodys_alone() -> None:
    assert two_people(["أيمن الحريري", "رفيق الحريري"])
    assert not two_people(["رجب طيب أردوغان", "طيب أردوغان"])
    assert not two_people(["دميتري بيسكوف", "ديمتري بيسكوف"])
    assert not two_people(["عبدالفتاح السيسي", "عبد الفتاح السيسي"])
    texts = [
        "التقى أيمن الحريري وفدا من المستثمرين في بيروت يوم الاثنين.",
        "وكان والده رفيق الحريري قد أسس الشركة قبل عقود.",
        "وقال الحريري إن الاستثمارات الجديدة ستوفر آلاف الوظائف في لبنان.",
    ]
    names = ArticleNames(texts, ["أيمن الحريري", "رفيق الحريري"])
    assert names.person("الحريري") is None
    found = quote_mentions(texts[-1], [], names=names)
    assert [quote.speaker for quote in found] != ["رفيق الحريري"]


def test_a_second_person_of_the_family_found_as_a_speaker_parts_the_name() -> None:
    names = ArticleNames(["وقال أيمن الحريري إن الشركة رابحة."], ["أيمن الحريري"])
    assert names.person("الحريري") == "أيمن الحريري"
    names.learn("رفيق الحريري")
    assert names.person("الحريري") is None


def test_one_person_of_the_family_keeps_the_name() -> None:
    names = ArticleNames(["وقال أيمن الحريري إن الشركة رابحة."], ["أيمن الحريري"])
    names.learn(["الحريري", "أيمن الحريري"][1])
    assert names.person("الحريري") == "أيمن الحريري"


def test_one_persons_spellings_stay_one_name_under_a_shared_family() -> None:
    # the story keeps "بنيامين نتنياهو" one person though a junk extent shares the family name
    assert one_name("بنيامين نتانياهو", "بنيامين نتنياهو")
    assert one_name("جواد ظريف", "محمد جواد ظريف")
    assert not one_name("جواد ظريف تصريحات نتانياهو", "بنيامين نتانياهو")
