"""Issue 18, round 25 (speakers17): speakers an editor sees. A bare kind noun as the verb's
subject ("وأشار النادي") is the body the article named with that kind; a described role
("وقال نجم منتخب مصر") is the person the sentence before opens with; a title with its
complement no one nearby holds ("وأضاف الوزير التركي") is given as the text writes it; a
statement's issuer in construct ("وقال بيان النيابة العامة") speaks."""

from __future__ import annotations

from marsad.facts._kind_subject import kind_subject
from speakerkit import article_speakers as _article_speakers
from speakerkit import quote_speakers, sentence_speakers

_KINDS = frozenset({"نادي", "برنامج"})


def test_a_bare_kind_noun_right_after_the_verb_is_read_as_its_subject() -> None:
    text = "وأشار النادي إلى أن لاعبه خضع لفحص طبي."
    assert kind_subject(text, len("وأشار"), _KINDS) == "نادي"
    text = "وأضاف البرنامج، أنه يمكن تقديم الطلب عبر البوابة."
    assert kind_subject(text, len("وأضاف"), _KINDS) == "برنامج"
    # a name or a description goes on after the kind noun: not a bare kind
    text = "وقال النادي الأهلي إن المدرب باق."
    assert kind_subject(text, len("وقال"), _KINDS) is None


def test_the_club_is_the_club_the_article_named_before() -> None:
    speakers = quote_speakers(
        'أعلن نادي ليون الفرنسي أن لاعبه سيغيب عن الملاعب أسبوعين بسبب "إصابة في الركبة".',
        "وأشار النادي إلى أن لاعبه خضع لفحص بالرنين المغناطيسي وكانت نتائجه مطمئنة للجهاز الطبي.",
    )
    assert speakers[-1] is not None and "ليون" in speakers[-1]


def test_the_club_with_no_club_named_before_is_nobody() -> None:
    speakers = quote_speakers(
        "خرج اللاعب من المباراة مصابا في الدقيقة الستين.",
        "وأشار النادي إلى أن لاعبه خضع لفحص بالرنين المغناطيسي وكانت نتائجه مطمئنة للجهاز الطبي.",
    )
    assert speakers == [None]


_SCORED = "وسجل صلاح 22 هدفا في 26 مباراة لعبها مع ليفربول في الدوري هذا الموسم."


def test_a_described_role_is_the_person_the_sentence_before_opens_with() -> None:
    quote = 'وقال نجم منتخب مصر البالغ من العمر 25 عاما: "جئت إلى هنا من أجل حصد الألقاب".'
    assert _article_speakers(_SCORED, quote, people=["محمد صلاح"]) == ["محمد صلاح"]


def test_an_unnamed_source_with_its_nisba_is_not_the_person_before() -> None:
    quote = 'وقال خبير رياضي: "اللاعب يحتاج إلى راحة طويلة قبل المباريات الحاسمة".'
    assert _article_speakers(_SCORED, quote, people=["محمد صلاح"]) == ["خبير رياضي"]


def test_a_title_with_its_complement_no_one_nearby_holds_is_given_as_written() -> None:
    speakers = quote_speakers(
        "تعقد الدول المجاورة اجتماعا في عمان لبحث الأوضاع على الحدود.",
        'وأضاف الوزير التركي خلال المؤتمر المشترك أن "هذا ينطبق على كل المدن الحدودية".',
    )
    assert speakers == ["الوزير التركي"]


def test_a_bare_title_stays_nobody_s() -> None:
    speakers = quote_speakers(
        "تعقد الدول المجاورة اجتماعا في عمان لبحث الأوضاع على الحدود.",
        'وأضاف الوزير خلال المؤتمر المشترك أن "هذا ينطبق على كل المدن الحدودية".',
    )
    assert speakers == [None]


def test_a_statement_s_issuer_in_construct_speaks() -> None:
    text = 'وقال بيان النيابة العامة "أصدر النائب العام قرارا بتكليف المحامين بالمتابعة".'
    assert sentence_speakers(text) == ["النيابة العامة"]
    # a generic head alone ("الخارجية") names no one body: nobody's, as before
    text = 'وأضاف بيان الخارجية: "تأتي التوجيهات لمساعدة أهالي القطاع في ظروفهم الصعبة".'
    assert sentence_speakers(text) == [None]


def test_a_role_in_construct_with_the_person_s_name_is_someone_else() -> None:
    speakers = _article_speakers(
        "وقال إيلي كمير إنه لم يرتكب أي مخالفة في القضية المرفوعة ضده.",
        "وقال محامي كامير، في مستندات المحكمة، إن موكله أدلى بشهادته في عام 2016.",
        people=["إيلي كمير"],
    )
    assert speakers == ["إيلي كمير", None]
