"""Persian and Urdu letters typed into Arabic text, written as the Arabic letters they stand for.

A writer on a Persian or Urdu keyboard types ی (U+06CC), ک (U+06A9) and ھ (U+06BE) where Arabic
has ي/ى, ك and ه ("یأتي هذا", "الاستھلاکي"; 7 February 2018 ANT articles). Matching folds ی and
ک, but every rule that reads the text as written misses the word, and a reader sees odd letters.
"""

from __future__ import annotations

import re

# The Persian/Urdu letters and what they stand for in Arabic text.
_PERSIAN = "\u06cc\u06a9\u06be"
# Arabic's own yeh, alef maqsura and kaf: Persian and Urdu keyboards never type them, so a text
# holding more of them than of the Persian letters is Arabic typed partly on such a keyboard
# (every February 2018 article with Persian letters: 80 to 359 Arabic ones against 2 to 19).
_ARABIC_ONLY = re.compile("[\u064a\u0649\u0643]")
_PERSIAN_LETTERS = re.compile(f"[{_PERSIAN}]")
# Persian ی has no dots at a word's end and looks there like Arabic alef maqsura ى, which is how
# the reader saw it ("إلی" is "إلى"; both February 2018 word-final cases); inside a word it has
# dots and is Arabic yeh ي. Matching folds ى and ي alike, so the choice only keeps the look.
_FINAL_YEH = re.compile("\u06cc(?![\u0621-\u064a\u066e-\u06d3\u06fa-\u06ff])")
_WORD = re.compile(f"\\S*[{_PERSIAN}]\\S*")


def persian_in_arabic(text: str, language: str | None) -> bool:
    """True when the text has Persian/Urdu letters and is Arabic (by its ``language`` or,
    without one, by holding more Arabic-only letters than Persian ones)."""
    if not any(letter in text for letter in _PERSIAN):
        return False
    if language and not language.lower().startswith("ar"):
        return False
    return len(_ARABIC_ONLY.findall(text)) > len(_PERSIAN_LETTERS.findall(text))


def write_arabic_letters(line: str) -> tuple[str, list[str]]:
    """The line with ی, ک, ھ written as Arabic letters, and the words that were changed."""
    if not any(letter in line for letter in _PERSIAN):
        return line, []
    words = _WORD.findall(line)
    line = _FINAL_YEH.sub("\u0649", line)
    line = line.replace("\u06cc", "\u064a").replace("\u06a9", "\u0643").replace("\u06be", "\u0647")
    return line, words
