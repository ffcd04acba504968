"""Language identification: Arabic script counts first, py3langid for the rest."""

from __future__ import annotations

import re

from marsad.lang.arabic import script_profile


def detect_language(text: str, default: str = "ar") -> str:
    """ISO 639-1 code of the text's language; ``default`` when there is too little text."""
    arabic, latin = script_profile(text)
    if arabic + latin < 20:
        return default
    if arabic >= latin:
        return "ar"
    import py3langid  # loaded lazily: its model takes a moment to read

    code, _score = py3langid.classify(text)
    return str(code)


_ARABIC_LETTER = re.compile("[\u0621-\u064a\u0671-\u06d3\u06fa-\u06ff]")
_LATIN_LETTER = re.compile("[A-Za-z\u00c0-\u024f]")


def dominant_script(text: str) -> str | None:
    """ "arabic", "latin", or None when the text has no letters of either."""
    # Most lines hold one script: one scan for a letter of the other settles them (cleaning
    # asks this of every line; counting both scripts took a fifth of the cleaning).
    has_latin = _LATIN_LETTER.search(text) is not None
    if not has_latin:
        return "arabic" if _ARABIC_LETTER.search(text) else None
    if _ARABIC_LETTER.search(text) is None:
        return "latin"
    arabic, latin = script_profile(text)
    if arabic == latin == 0:
        return None
    return "arabic" if arabic >= latin else "latin"
