"""Sentence splitting: paragraphs (line breaks) first, then sentencex inside each paragraph.
sentencex handles Arabic punctuation (؟ ، ؛) and glued sentences such as "…الشغب.وأفاد", but
cuts after Latin letters written in Arabic ("الرحلة إم. إتش. 17", "بنوك بي. إن. بي") and after
one-letter abbreviations ("د. محمد", "J. Smith"): those cuts are joined again here."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from sentencex import get_sentence_boundaries

from marsad.lang.pauses import is_pause, starts_with_initial
from marsad.lang.questions import question_goes_on


@dataclass(frozen=True, slots=True)
class Span:
    """A sentence's place: paragraph index and character offsets in the joined body."""

    paragraph: int
    start: int
    end: int
    text: str


PARAGRAPH_SEPARATOR = "\n"
# Names of Latin letters as Arabic news spells them (with and without hamza), which sentencex
# takes for words ending a sentence when an abbreviation's dot follows them.
_LETTER_NAMES = (
    "إيه|ايه|إي|اي|بي|سي|دي|إف|اف|جي|إتش|اتش|إيتش|ايتش|آي|جاي|جيه|كيه|كي|إل|ال|إم|ام|إن|ان|"
    "أو|او|كيو|آر|أر|ار|إس|اس|تي|يو|في|دبليو|إكس|اكس|واي|زد|زي"
)
# A piece ending in a letter name or a single letter (Arabic or Latin) and its dot is cut at an
# abbreviation or an initial ("إم. إتش. 17", "جون إف. كينيدي", "د. محمد"): on February 2018
# ANT no sentence ends in one, and every such cut sentencex made was inside a name. A letter
# name after "و" is an initial too ("داميان ليلارد وسي. جي. مكولوم"), except "وام." (WAM, the
# Emirates news agency, the one February sentence ending in "و" and a letter name). A letter
# name right after another one's dot is inside a dotted acronym ("بي.دبليو.سي", PwC; "بي.في.إيه").
_ENDS_IN_LETTER = re.compile(
    rf"(?:^|[\s(\"«.])(?:{_LETTER_NAMES}|\w|و(?!ام\.)(?:{_LETTER_NAMES}))\.\s*$"
)


# A dot before a domain ending is inside a name ("بيت.كوم", "العربية.نت"), not a sentence's
# end; elsewhere a dot glued to the next word is ("اندلعت أعمال الشغب.وأفاد مراسل"). A dot
# between two Latin letters with no space is inside a name too ("Pop.Up", "Drive.AI", "G.R").
_GLUED_DOT = re.compile(r"\w\.(?:كوم|نت|com|net|org)(?!\w)|[A-Za-z]\.[A-Za-z]", re.IGNORECASE)


def join_paragraphs(paragraphs: Sequence[str]) -> str:
    """The body text that sentence offsets refer to."""
    return PARAGRAPH_SEPARATOR.join(paragraphs)


def split_sentences(paragraphs: Sequence[str], language: str) -> Iterator[Span]:
    """Sentences of the paragraphs, with offsets into ``join_paragraphs(paragraphs)``."""
    offset = 0
    for number, paragraph in enumerate(paragraphs):
        for start, end in _paragraph_spans(paragraph, language):
            yield Span(number, offset + start, offset + end, paragraph[start:end])
        offset += len(paragraph) + len(PARAGRAPH_SEPARATOR)


def _paragraph_spans(paragraph: str, language: str) -> Iterator[tuple[int, int]]:
    for start, end in _joined(paragraph, language):
        # Trim the surrounding whitespace so a span is exactly the sentence's text.
        while start < end and paragraph[start].isspace():
            start += 1
        while end > start and paragraph[end - 1].isspace():
            end -= 1
        if any(ch.isalnum() for ch in paragraph[start:end]):
            yield start, end


def _joined(paragraph: str, language: str) -> Iterator[tuple[int, int]]:
    """sentencex's boundaries, with the cuts after abbreviations joined again."""
    pending: tuple[int, int] | None = None
    # Round brackets are read as square ones (same length, so offsets hold): with a second
    # bracketed group in a paragraph, sentencex's Arabic rules cut before each "(" and miss the
    # real ends after it ("حمودى (10) والنيجيري أجايي (77)، … هدف الإنتاج. ورفع …").
    masked = paragraph.replace("(", "[").replace(")", "]")  # str.translate is 3x slower
    for boundary in get_sentence_boundaries(language, masked):
        start, end = int(boundary["start_index"]), int(boundary["end_index"])
        if pending is not None and (
            _cut_at_abbreviation(paragraph[pending[0] : pending[1]], paragraph[start:end])
            or _GLUED_DOT.match(paragraph, max(pending[1] - 2, 0))
        ):
            pending = (pending[0], end)
            continue
        if pending is not None:
            yield pending
        pending = (start, end)
    if pending is not None:
        yield pending


def _cut_at_abbreviation(before: str, after: str) -> bool:
    """True when the cut between two pieces falls after an abbreviation, an initial, a pause
    (lang/pauses.py) or a question inside a sentence (lang/questions.py), not a sentence."""
    if not before.rstrip().endswith("."):  # every rule below but one is about a dot
        return question_goes_on(before, after)
    return (
        bool(_ENDS_IN_LETTER.search(before))
        or starts_with_initial(before, after)
        or is_pause(before, after)
    )
