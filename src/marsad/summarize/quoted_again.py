"""A speaker's word told twice in one article: a sentence quoting a word or two of the speaker's,
and a later sentence quoting the whole phrase that holds them.

An Arabic report gives the speaker's key word in quotation marks inside its own sentence and then
quotes the statement it comes from ("وقالت إنها "محطمة" لكن "نفسي وصحتي" يجب أن تأتي أولا" /
"وكتبت ليدي غاغا لجمهورها "أنا محطمة لدرجة أنني غير قادرة على وصف ما أشعر به""; "وصف ظريف
كلمة نتانياهو بأنها "سيرك هزلي"" / "وقال ظريف: "لقد تسنى لكم مشاهدة سيرك هزلي هذا الصباح""):
one statement, told as a report and again as a quote. The pair classifier, fit on pairs of
different articles, reads such pairs under its cuts.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from marsad.caches import cached
from marsad.lang.names import skeleton
from marsad.lang.terms import terms
from marsad.summarize.figure_repeats import counts
from marsad.summarize.lead_repeats import names
from marsad.summarize.pairs import quoted_spans
from marsad.summarize.quoted_lead import long_quotes
from marsad.summarize.repeats import repeats_in_order

if TYPE_CHECKING:
    from marsad.summarize.base import StoryText

# A speaker's word is a quoted span of at most this many words; a longer span is a statement of
# its own, which ``quoted_lead`` and the pair classifier read.
KEY_WORDS = 3
_MARKS = re.compile(r"[«»“”\"]")
# "أن"/"إن" with "ب" and a pronoun ("بأنها", "إنه", "أنهم"): what introduces reported words.
_THAT = re.compile(r"[وف]?ب?[أإا]ن(?:ه|ها|هم|هما|هن|ني|نا|ي)?")


def quoted_again(story: StoryText, ordered: Sequence[int]) -> dict[int, int]:
    """For chosen sentences in reading order (``ordered``), each one whose quote holds a word
    an earlier chosen sentence of its own article quotes (``_quotes_again``), mapped to that
    earlier one: the later is the repeat. Not a sentence another chosen one leans on, nor one
    giving a count the earlier does not (``figure_repeats.counts``: a count of its own is news;
    an age, "(31 عاما)", is not)."""

    def may_repeat(index: int) -> bool:
        return bool(long_quotes(story.sentences[index].text))

    def tells(index: int, other: int) -> bool:
        sentence, told = story.sentences[index], story.sentences[other]
        return (
            sentence.article == told.article
            and counts(sentence.text) <= counts(told.text)
            and _quotes_again(told.text, sentence.text)
        )

    return repeats_in_order(story, ordered, may_repeat, tells)


def _quotes_again(told: str, text: str) -> bool:
    """True when ``text``'s long quotes hold every term of one of ``told``'s short quoted spans
    (``key_words``), loosely spelled (``lang.names.skeleton``: "حلما" / "حلم")."""
    quoted = frozenset().union(*(_terms(span) for span in long_quotes(text)))
    return any(key <= quoted for key in key_words(told))


@cached(20_000)
def key_words(text: str) -> tuple[frozenset[str], ...]:
    """The terms of each span of at most ``KEY_WORDS`` words ``text`` quotes (``quoted_spans``:
    with a speech verb) that names no person, body or place: quotation marks also set off
    names ("منظمة "هيومان رايتس ووتش"", "تنظيم "داعش""), which any later quote may name."""
    found = []
    for span in quoted_spans(text):
        if len(span.split()) > KEY_WORDS or names(span) - {""} or not _reported(text, span):
            continue
        if key := _terms(span):
            found.append(key)
    return tuple(found)


def _reported(text: str, span: str) -> bool:
    """True when ``span``'s quotation mark follows "أن"/"إن" (with "ب" or a pronoun) within two
    words: the speaker's words are reported ("قالت إنها "محطمة""، "وصف الكلمة بأنها "سيرك
    هزلي""، "كشف أنه سيحقق "حلما""), while a name follows its kind noun ("مبادرة "صناع الأمل"":
    the one wrong change of February without this test, a later quote naming the initiative)."""
    start = text.find(span)
    before = _MARKS.sub(" ", text[:start]).split()[-2:] if start > 0 else []
    return any(_THAT.fullmatch(word) for word in before)


def _terms(span: str) -> frozenset[str]:
    return frozenset(skeleton(term) for term in terms(span, "ar"))
