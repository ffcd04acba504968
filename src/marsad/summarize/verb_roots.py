"""The event a sentence reports by its verb's root: one class for the words outlets choose.

"قتل 20 شخصا في غارة" / "لقي 20 مدنيا حتفهم جراء قصف", "فاز ريال مدريد" / "تغلب ريال مدريد":
one event in other words. ``signature`` knows each class by a list of written words, and a form
the list lacks ("أحرز", "حتفهم", "أودى", "يتغلب", "احتجاز") leaves the two as two facts. Here the
first event word is found by its root (``lang.roots``) in the classes of ``event_roots.toml``
(one data file: roots that mean one event, with the verb form when only one form does), and two
sentences of the class are joined by ``signature.event_pairs`` with all its guards (the main
actor or place, no clashing figure, toll, score, city or weekday, published near each other).
"""

from __future__ import annotations

import tomllib
from functools import cache
from importlib import resources

from marsad.caches import cached
from marsad.lang.roots import readings, root_keys
from marsad.summarize.signature import VERB_WITHIN

DATA_FILE = "event_roots.toml"


@cache
def root_classes() -> dict[tuple[str, str | None], str]:
    """The event class of each (root, form) key of ``event_roots.toml`` (form None: the bare
    root's form I and its nouns; "اقتتال", infighting, is not a killing)."""
    text = resources.files("marsad.summarize").joinpath(DATA_FILE).read_text(encoding="utf-8")
    return root_keys(tomllib.loads(text), DATA_FILE)


@cached(100_000)
def word_class(word: str) -> str | None:
    """The event class of ``word`` by its root readings (``lang.roots.readings``), or None."""
    classes = root_classes()
    for root, form in sorted(readings(word)):
        found = classes.get((root, form)) or (classes.get((root, None)) if form == "I" else None)
        if found:
            return found
    return None


@cached(20_000)
def root_event(text: str) -> str | None:
    """The class of the first word among ``text``'s first ``signature.VERB_WITHIN`` whose root
    is an event's (``word_class``): the main verb is near the start ("وجه نتانياهو تحذيرا ...
    طائرة سقطت" is a warning)."""
    for word in text.split()[:VERB_WITHIN]:
        found = word_class(word.strip(".,:;!?،؛؟\"'«»“”()"))
        if found:
            return found
    return None
