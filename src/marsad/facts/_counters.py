"""Who counts: the kind of counter a figure's in-text source names (``lexicons/counters.tsv``:
official, medical, monitor, organisers, media, opposition). A ministry's and a monitor's figures
of one day are two counters of one count, not a count that grew (``discrepancies``)."""

from __future__ import annotations

from marsad.facts.gazetteer import lexicon_rows
from marsad.lang.arabic import normalize
from marsad.lang.clitics import stems

_KINDS: dict[str, str] = {normalize(row[0]): row[1] for row in lexicon_rows("counters.tsv")}


def counter_kind(source: str | None) -> str | None:
    """The kind of the first word of ``source`` the lexicon knows ("مصدر بوزارة الداخلية":
    official), or None."""
    for word in (source or "").split():
        for form in stems(normalize(word.strip("«»\"'()،,"))):
            if form in _KINDS:
                return _KINDS[form]
    return None


def two_counters(one: str | None, other: str | None) -> bool:
    """True when two sources are counters of two kinds (a ministry and a monitor)."""
    kinds = (counter_kind(one), counter_kind(other))
    return None not in kinds and kinds[0] != kinds[1]
