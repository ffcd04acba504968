"""Arabic normalization for matching. Original text is kept for display; these forms only match."""

from __future__ import annotations

import re
import unicodedata

# Written here rather than taken from pyarabic/tashaphyne, which are GPL.
_DIACRITICS = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed]")
_TATWEEL = "\u0640"
# Zero-width and bidi controls: invisible, but they break matching and can spoof display order.
_INVISIBLE = re.compile("[\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff\u00ad]")
_LETTER_MAP = str.maketrans(
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
    }
)
_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")
_SPACES = re.compile(r"\s+")
ARABIC_LETTER = re.compile("[\u0621-\u064a\u0671-\u06d3\u06fa-\u06ff]")
LATIN_LETTER = re.compile("[A-Za-z\u00c0-\u024f]")


def strip_invisible(text: str) -> str:
    """Remove zero-width, soft-hyphen and bidi control characters."""
    return _INVISIBLE.sub("", text)


def normalize_digits(text: str) -> str:
    """Turn Arabic-Indic and Persian digits into ASCII digits."""
    return text.translate(_DIGITS)


def normalize(text: str) -> str:
    """Matching form: NFKC, no diacritics or tatweel, unified alef/yeh/teh marbuta/hamza carriers,
    ASCII digits and punctuation, lower-case Latin, single spaces. Idempotent."""
    text = unicodedata.normalize("NFKC", text)
    text = strip_invisible(text)
    text = _DIACRITICS.sub("", text).replace(_TATWEEL, "")
    text = text.translate(_LETTER_MAP).translate(_DIGITS).lower()
    return _SPACES.sub(" ", text).strip()


_ALEF_MAP = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا"})


def light_normalize(text: str) -> str:
    """Stemmer input: no diacritics, tatweel or invisible marks, one alef, ASCII digits.
    Keeps ة and ى, which the Snowball Arabic stemmer uses to find suffixes."""
    text = strip_invisible(unicodedata.normalize("NFKC", text))
    text = _DIACRITICS.sub("", text).replace(_TATWEEL, "")
    return text.translate(_ALEF_MAP).translate(_DIGITS)


def script_profile(text: str) -> tuple[int, int]:
    """Counts of Arabic and Latin letters in the text."""
    return len(ARABIC_LETTER.findall(text)), len(LATIN_LETTER.findall(text))
