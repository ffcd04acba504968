"""Arabic normalization for matching. Original text is kept for display; these forms only match."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence

from marsad.caches import cached

# Written here rather than taken from pyarabic/tashaphyne, which are GPL.
_DIACRITIC_CHARS = "\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed"  # a character class's body
_TATWEEL = "\u0640"
# Zero-width and bidi controls: invisible, but they break matching and can spoof display order.
_INVISIBLE_CHARS = "\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff\u00ad"
_INVISIBLE = re.compile(f"[{_INVISIBLE_CHARS}]")
# What the matching forms drop, in one pass (the three sets apart took over twice as long on a
# sentence: 9.1 against 4.0 us for light_normalize of 234 characters).
_DROPPED = re.compile(f"[{_INVISIBLE_CHARS}{_DIACRITIC_CHARS}{_TATWEEL}]")
_LETTER_PAIRS = tuple(
    {
        "أ": "ا",
        "إ": "ا",
        "آ": "ا",
        "ٱ": "ا",
        "ى": "ي",
        "ة": "ه",
        "ؤ": "و",
        "ئ": "ي",
        "ک": "ك",  # Persian/Urdu keheh, seen in scraped Arabic text
        "ی": "ي",  # Persian yeh
        "ۀ": "ه",
        "،": ",",
        "؛": ";",
        "؟": "?",
        "«": '"',
        "»": '"',
        "“": '"',
        "”": '"',
        "„": '"',
        "‘": "'",
        "’": "'",
    }.items()
)
_DIGIT_PAIRS = tuple(zip("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789", strict=True))
_ALEF_PAIRS = (("أ", "ا"), ("إ", "ا"), ("آ", "ا"), ("ٱ", "ا"))
_NOT_ARABIC_LETTER = re.compile("[^\u0621-\u064a\u0671-\u06d3\u06fa-\u06ff]+")
_NOT_LATIN_LETTER = re.compile("[^A-Za-z\u00c0-\u024f]+")


def _codepoints(body: str) -> list[int]:
    """The code points of a character class's body of characters and ranges (``a-z_``)."""
    found: list[int] = []
    at = 0
    while at < len(body):
        if at + 2 < len(body) and body[at + 1] == "-":
            found += range(ord(body[at]), ord(body[at + 2]) + 1)
            at += 3
        else:
            found.append(ord(body[at]))
            at += 1
    return found


def _replace_all(text: str, pairs: tuple[tuple[str, str], ...]) -> str:
    # A chain of str.replace is about 40 times faster than str.translate on Arabic text,
    # which CPython translates one character at a time through a dict (measured on ANT).
    for old, new in pairs:
        if old in text:
            text = text.replace(old, new)
    return text


def _nfkc(text: str) -> str:
    # The quick check is several times cheaper than normalizing text that already is NFKC.
    return text if unicodedata.is_normalized("NFKC", text) else unicodedata.normalize("NFKC", text)


def strip_invisible(text: str) -> str:
    """Remove zero-width, soft-hyphen and bidi control characters."""
    return _INVISIBLE.sub("", text)


def normalize_digits(text: str) -> str:
    """Turn Arabic-Indic and Persian digits into ASCII digits."""
    return _replace_all(text, _DIGIT_PAIRS)


# What ``normalize`` removes and replaces, as one table of single characters. No replacement is
# itself removed or replaced, so one ``str.translate`` gives what the chain of steps gives.
_MATCHING: dict[int, str | None] = {
    **dict.fromkeys(_codepoints(_INVISIBLE_CHARS + _DIACRITIC_CHARS + _TATWEEL)),
    **{ord(old): new for old, new in _LETTER_PAIRS + _DIGIT_PAIRS},
}
# Up to this length (a word, a name) one translate is faster than the chain of steps; past it
# the chain is (CPython translates non-ASCII text one character at a time). Measured on ANT
# words: 0.8-1.8 us against 1.6-4.5 us for 8-24 characters, even at 32, slower from 48 on.
SHORT_TEXT = 24


def normalize(text: str) -> str:
    """Matching form: NFKC, no diacritics or tatweel, unified alef/yeh/teh marbuta/hamza carriers,
    ASCII digits and punctuation, lower-case Latin, single spaces. Idempotent."""
    return _normalize_short(text) if len(text) <= SHORT_TEXT else _normalize(text)


# Words and names are normalized again and again (news vocabulary is Zipfian: the facts and
# summaries of February 2018 ask for about 250,000 short texts): one dict lookup instead.
@cached(65_536)
def _normalize_short(text: str) -> str:
    """``normalize`` of a short text (a word, a name), remembered."""
    return _normalize(text)


def _normalize(text: str) -> str:
    """``normalize``, computed."""
    text = _nfkc(text)
    if len(text) <= SHORT_TEXT:
        return " ".join(text.translate(_MATCHING).lower().split())
    return _normalize_steps(text)


def _normalize_steps(text: str) -> str:
    """``normalize`` of an NFKC text, one step after another (long texts)."""
    text = _replace_all(_replace_all(_DROPPED.sub("", text), _LETTER_PAIRS), _DIGIT_PAIRS).lower()
    return " ".join(text.split())  # much faster than re.sub(r"\s+") on long Arabic text


# Each character of a matching form and the characters ``normalize`` turns into it.
_WRITTEN = {
    new: new + "".join(old for old, same in _LETTER_PAIRS + _DIGIT_PAIRS if same == new)
    for _, new in _LETTER_PAIRS + _DIGIT_PAIRS
}


def written_pattern(form: str) -> str:
    """A regular expression for the texts whose ``normalize`` is ``form`` (a word or a few,
    already normalized): each character as any that normalizes to it, the marks ``normalize``
    drops allowed between them, any spaces for one. Finds a normalized phrase in the original."""
    dropped = f"[{_DIACRITIC_CHARS}{_TATWEEL}]*"
    parts = [r"\s+" if char == " " else f"[{re.escape(_WRITTEN.get(char, char))}]" for char in form]
    return dropped.join(parts)


def normalize_lines(lines: Sequence[str]) -> list[str]:
    """``normalize`` of each line, in one pass over the text (no step crosses a line break)."""
    if not lines:
        return []
    text = _DROPPED.sub("", _nfkc("\n".join(lines)))
    text = _replace_all(_replace_all(text, _LETTER_PAIRS), _DIGIT_PAIRS).lower()
    return [" ".join(line.split()) for line in text.split("\n")]


def strip_marks(text: str) -> str:
    """The text without diacritics, tatweel or invisible marks, letters otherwise as written:
    patterns over words match "بيّن"/"أكّد" as "بين"/"أكد"."""
    return _DROPPED.sub("", text) if _DROPPED.search(text) else text


def light_normalize(text: str) -> str:
    """Stemmer input: no diacritics, tatweel or invisible marks, one alef, ASCII digits.
    Keeps ة and ى, which the Snowball Arabic stemmer uses to find suffixes."""
    text = _DROPPED.sub("", _nfkc(text))
    return _replace_all(_replace_all(text, _ALEF_PAIRS), _DIGIT_PAIRS)


def script_profile(text: str) -> tuple[int, int]:
    """Counts of Arabic and Latin letters in the text."""
    return len(_NOT_ARABIC_LETTER.sub("", text)), len(_NOT_LATIN_LETTER.sub("", text))
