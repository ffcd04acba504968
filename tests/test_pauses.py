"""Dots that are not sentence ends: a name's one-letter initial, ".." as a pause inside a
sentence; and the ".." and "و" cases that stay ends."""

from marsad.lang.pauses import is_pause, starts_with_initial
from marsad.lang.sentences import split_sentences


def _texts(paragraph: str) -> list[str]:
    return [span.text for span in split_sentences([paragraph], "ar")]


def test_initial_after_a_first_name_is_not_an_end() -> None:
    assert _texts("كشفت التحقيقات أن المقرصن إيلي.غ، وهو لبناني، اخترق الحسابات. وقال المحقق.") == [
        "كشفت التحقيقات أن المقرصن إيلي.غ، وهو لبناني، اخترق الحسابات.",
        "وقال المحقق.",
    ]


def test_initial_at_the_end_of_a_paragraph() -> None:
    assert _texts("وأوقفت الشرطة المشتبه به محمد.ع") == ["وأوقفت الشرطة المشتبه به محمد.ع"]


def test_detached_wa_opens_a_sentence() -> None:
    # BBC writes "و" apart from its verb: "الخاصة. و شيدت" is two sentences.
    assert not starts_with_initial("الخاصة.", "و شيدت الحكومة المدينة.")
    assert starts_with_initial("إيلي.", "غ، وهو لبناني")
    assert not starts_with_initial("إلخ.", "و.. و.. إلخ")


def test_initial_opening_a_sentence_after_a_space() -> None:
    # "ب. الخطيب" after a sentence's dot and a space opens the next sentence with an initial.
    assert _texts("وصل الوفد إلى بيروت. ب. الخطيب قال إن الزيارة ناجحة.") == [
        "وصل الوفد إلى بيروت.",
        "ب. الخطيب قال إن الزيارة ناجحة.",
    ]
    assert starts_with_initial("المقرصن إيلي. ", "غ، وهو لبناني")


def test_short_lead_in_before_pause_is_joined() -> None:
    assert _texts("أبريل 2016.. شنت قوات النخبة عملية عسكرية. وانتهت العملية.") == [
        "أبريل 2016.. شنت قوات النخبة عملية عسكرية.",
        "وانتهت العملية.",
    ]


def test_negated_definite_noun_goes_on() -> None:
    assert _texts("كان الجمهور في نابولي يشجعون مارادونا.. لا الأرجنتين. وقال آخر") == [
        "كان الجمهور في نابولي يشجعون مارادونا.. لا الأرجنتين.",
        "وقال آخر",
    ]


def test_negated_verb_opens_a_sentence() -> None:
    before = "لقد أصبحت تعيش في عالمك الخاص بعيدا عن الناس.."
    assert not is_pause(before, "لا تسمع صيحات جمهور الهلال ولا الإدارة.")


def test_alternative_and_complement_go_on() -> None:
    assert is_pause("إما أنها سماعات مضروبة في الملعب..", "أو أن التحكيم من الموديل القديم..")
    assert is_pause("وقال إن الشعب لا يريد هذه الحرب..", "بل الإنسانية كلها ترفضها.")


def test_open_quote_goes_on() -> None:
    before = 'وكتب المهاجم في حسابه على تويتر "هذه فكرة لكم يا رفاق..'
    assert is_pause(before, 'دوري كرة السلة يقدم مباراة كل النجوم."')


def test_long_sentence_before_pause_stays_an_end() -> None:
    before = "وخرج أغلب مسئولي الأندية ليعلنوا للناس انهم لم يرفضوا عودة الجماهير.."
    assert not is_pause(before, "وفعل أكثر من ذلك.")


def test_question_before_dots_stays_an_end() -> None:
    assert not is_pause("إذن أين المشكلة؟..", "أعتقد أنها في التأهيل.")


def test_bare_dots_opening_a_paragraph_are_not_joined() -> None:
    assert not is_pause("..", "ومع نظرة سريعة للحاضر لا نتذكر سوى القليل.")


def test_that_is_or_a_phrase_of_cause_or_measure_goes_on() -> None:
    # February 2018 ANT: the phrase qualifies the clause before "..".
    before = "قرر مجلس الإدارة تفعيل عقد المهاجم وضمه بشكل نهائي..."
    assert is_pause(before, "بناء على بند العقد الموقع بين إدارة الناديين.")
    before = "انتقل من القادسية في صفقة كانت حديث المجالس حتى انتهت للهلال عام 2005 .."
    assert is_pause(before, "برقم قياسي بلغ 22 مليون ريال.")
    before = "ومن هنا نشأت فكرة تغيير تركيبة البكتيريا في جسد الإنسان.."
    assert is_pause(before, "أي أن وصفة الطبيب في المستقبل ستكون بكتيريا.")


def test_in_general_or_a_preposition_opens_a_sentence_after_dots() -> None:
    before = "وخرج أغلب مسئولي الأندية ليعلنوا للناس انهم لم يرفضوا عودة الجماهير.."
    assert not is_pause(before, "بصورة عامة لم يتغير شيء في الدوري.")
    assert not is_pause(before, "من السهل تنظيم البطولات واستقطاب النجوم.")


def test_bracket_after_pause_belongs_to_the_piece_before() -> None:
    assert _texts(
        "رفع الجمهور «الشمس تشرق علينا».. (شعار الفريق الأول) ثم غادر. وانتهى الحفل."
    ) == [
        "رفع الجمهور «الشمس تشرق علينا».. (شعار الفريق الأول) ثم غادر.",
        "وانتهى الحفل.",
    ]


def test_a_list_announced_before_pause_is_joined() -> None:
    assert is_pause("وقال المدرب إن التشكيلة الأساسية ستكون كالآتي..", "أحمد وعلي ومحمود.")
    assert not is_pause("وقال المدرب إن التشكيلة الأساسية جاهزة تماما..", "أحمد سيلعب غدا.")
