"""Language identification: Arabic script counts first, py3langid for the rest."""

from __future__ import annotations

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


def dominant_script(text: str) -> str | None:
    """ "arabic", "latin", or None when the text has no letters of either."""
    arabic, latin = script_profile(text)
    if arabic == latin == 0:
        return None
    return "arabic" if arabic >= latin else "latin"
