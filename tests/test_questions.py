"""A question mark inside a sentence (a quoted question the sentence goes on after, a question's
"or" half) is not an end; a question followed by its answer or another sentence still is."""

from marsad.lang.questions import question_goes_on
from marsad.lang.sentences import split_sentences


def _texts(paragraph: str) -> list[str]:
    return [span.text for span in split_sentences([paragraph], "ar")]


def test_quoted_question_then_a_comma_goes_on() -> None:
    assert _texts('وكتب اللاعب "هل هذا معقول؟"، وفقا للوكالة. وقال المدرب إنه غاضب.') == [
        'وكتب اللاعب "هل هذا معقول؟"، وفقا للوكالة.',
        "وقال المدرب إنه غاضب.",
    ]


def test_quoted_question_then_an_attribution_goes_on() -> None:
    assert _texts("سأل «لماذا تأخر القطار؟» قال المسافر بغضب.") == [
        "سأل «لماذا تأخر القطار؟» قال المسافر بغضب."
    ]
    assert question_goes_on('وتساءل "أين الماء؟!"', "في إشارة إلى الجفاف.")


def test_or_after_a_question_is_its_second_half() -> None:
    assert _texts("القطار أم السيارة؟ أم الطائرة أسرع؟ سؤال صعب.") == [
        "القطار أم السيارة؟ أم الطائرة أسرع؟",
        "سؤال صعب.",
    ]


def test_question_then_answer_or_new_sentence_stays_cut() -> None:
    assert _texts("لماذا؟ لأن الطريق مغلق.") == ["لماذا؟", "لأن الطريق مغلق."]
    assert not question_goes_on('وتساءل "هل يصل الوفد؟"', "وتواصلت الصحيفة مع الوزارة.")
    assert not question_goes_on("هل يصل الوفد؟", "، ثم قال")


def test_latin_dot_without_space_is_inside_a_name() -> None:
    assert _texts("افتتح متجر Pop.Up في دبي اليوم. وقال المدير إنه جديد.") == [
        "افتتح متجر Pop.Up في دبي اليوم.",
        "وقال المدير إنه جديد.",
    ]
