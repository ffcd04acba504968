"""Whether a crediting article gives a summary sentence's details, not only its event.

An outlet's one-line flash ("انفجار في كابول") tells the event the shown sentence reports; the
shown sentence adds its details: the toll and other counts, who took part, where. The credit
paths read the event (the pair classifier, the event frame, the credit model); an outlet is
credited on the first line only when its article also gives the sentence's anchors: its toll
(in the sentences close to the shown one, in digits or words), and all but one or at least
half of its other anchors: its counts (a figure with its counted thing, rounded or not), its
participants (people and organizations named, not a source it cites) and its place (any of
the places it names). An article telling the event without them goes to the second line
("also told, in part"); one giving every anchor in other words joins the second line
(``also_told``).
"""

from __future__ import annotations

import re
from contextlib import suppress
from typing import TYPE_CHECKING

import numpy as np

from marsad.caches import cached
from marsad.facts.entities import entity_mentions
from marsad.facts.gazetteer import PLACE_TYPES
from marsad.lang.arabic import normalize
from marsad.lang.clitics import PROCLITICS, without_proclitic
from marsad.lang.names import skeleton
from marsad.summarize.credit import NEAR_COSINE
from marsad.summarize.events import tolls
from marsad.summarize.frames import _counts, _same_value

if TYPE_CHECKING:
    from marsad.summarize.base import StoryText

# Participants: who the sentence says acted or was acted on. Places, from the most precise:
# a report naming the city need not name its country ("في كابول" for "في العاصمة الأفغانية
# كابول"), so one place of the most precise kind the sentence names is enough.
_PARTICIPANTS = frozenset({"person", "organization"})
# A name after these words is the sentence's source ("بحسب وكالة رويترز", "قال المرصد"), not a
# participant: another outlet cites its own (``signature._SOURCE``, read the same way). The
# word starts a word, or follows only "و"/"ف" ("ونقل"): "النقل" of a ministry is no source.
_SOURCE = re.compile(
    r"(?<![^\Wوف])(?:وفق|بحسب|حسب|افاد|اورد|نقل|ذكر|مراسل|لوكاله|الوكاله|وكاله|according to)"
    r"\w*(?:\W+\w+){0,3}\W*$"
)
_MEDIUM = re.compile(r"(?:وكاله|صحيفه|موقع|قناه|اذاعه|مجله|تلفزيون)(?!\w)")
_WORD = re.compile(r"\w+")
# Share of a sentence's anchors besides its toll (its counts, participants and place)
# an article must give to be credited for it on the first line.
DETAILS_SHARE = 0.5


@cached(20_000)
def _names(text: str) -> tuple[frozenset[str], frozenset[str]]:
    """The participants ``text`` names and its places, each as the loose spelling
    (``lang.names.skeleton``) of its canonical name's last word: outlets write a name in full
    or in part ("يوسف بن علوي" / "بن علوي") and spell it their way (تورنبول / ترنبول)."""
    participants: set[str] = set()
    places: set[str] = set()
    for mention in entity_mentions(text):
        words = mention.canonical.split()
        if not words:
            continue
        last = skeleton(words[-1])
        # a nisba adjective describes and one word after a title with no office read ("لوزير
        # عربي", a minister who is Arab) is no sure name: neither is a participant to look for
        weak = mention.form == "nisba" or (
            mention.form == "titled" and mention.role is None and len(words) == 1
        )
        named = not weak and not _cited(text, mention.start, mention.text)
        if mention.type in _PARTICIPANTS and named:
            participants.add(last)
        elif mention.type in PLACE_TYPES:
            places.add(last)
    return frozenset(participants), frozenset(places)


def _cited(text: str, start: int, surface: str) -> bool:
    """True when a name is the sentence's source: after a source word (``_SOURCE``) or a
    medium's kind ("وكالة رويترز", "صحيفة ديلي ستار")."""
    return bool(_SOURCE.search(normalize(text[:start])) or _MEDIUM.match(normalize(surface)))


@cached(20_000)
def _loose_words(text: str) -> frozenset[str]:
    """The loose spellings of ``text``'s words, with and without their proclitics."""
    words = _WORD.findall(normalize(text))
    return frozenset(
        skeleton(form) for word in words for form in (word, without_proclitic(word, PROCLITICS))
    )


def close_sentences(story: StoryText, index: int, credit: int) -> list[int]:
    """Sentence ``credit`` and the sentences of its article close to sentence ``index`` (the
    credit model's ``NEAR_COSINE``, or the pair classifier leaning to one fact)."""
    start = story.articles.start(credit)
    end = story.articles.end(start)
    near = story.similarity[index, start:end] >= NEAR_COSINE
    logits = story.pair_logits
    if logits is not None:
        near |= logits["same"][index, start:end] >= 0
    return sorted({credit, *(np.flatnonzero(near) + start).tolist()})


def _held_counts(text: str, close: list[str], held: frozenset[str]) -> tuple[int, int]:
    """(counts of ``text`` that the sentences ``close`` give, counts): its exact figures with
    a counted thing (``frames._counts``: times and ages are not counted things), in digits or
    words (``held``), rounded or not."""
    values = [value for other in close for found in _counts(other).values() for value in found]
    for figure in held:
        with suppress(ValueError):
            values.append(float(figure))
    counts = {value for found in _counts(text).values() for value in found}
    given = sum(any(_same_value(value, other) for other in values) for value in counts)
    return given, len(counts)


def anchors_held(story: StoryText, index: int, credit: int) -> tuple[int, int] | None:
    """(anchors of sentence ``index`` the article of sentence ``credit`` gives, anchors), or
    None when it leaves out a toll of it (in the sentences close to it, ``close_sentences``).
    The anchors: its counts (given in the close sentences, in digits or words, rounded or
    not), its participants and its place (one anchor: any of the places it names), these two
    anywhere in the article."""
    text = story.sentences[index].text
    close = close_sentences(story, index, credit)
    held = frozenset().union(*(story.stated_figures(j) for j in close))
    if not _gives_toll(story, index, held):  # a flash on a blast without its dead
        return None
    participants, places = _names(text)
    given, total = _held_counts(text, [story.sentences[j].text for j in close], held)
    if not participants and not places:
        return given, total
    # a participant is named once in an article and then by its role ("الرئيس الأميركي"):
    # names and places are looked for in the whole article, figures beside the fact
    start = story.articles.start(credit)
    whole = [s.text for s in story.sentences[start : story.articles.end(start)]]
    named = frozenset().union(*(_loose_words(t) | _names(t)[0] | _names(t)[1] for t in whole))
    given += len(participants & named) + bool(places & named)
    total += len(participants) + bool(places)
    return given, total


def gives_details(story: StoryText, index: int, credit: int) -> bool:
    """True when the article of sentence ``credit`` (crediting sentence ``index``) gives the
    toll of sentence ``index`` and its other anchors (``anchors_held``), all but one of them
    or at least ``DETAILS_SHARE``: one anchor left out is no lost detail."""
    found = anchors_held(story, index, credit)
    if found is None:
        return False
    given, total = found
    return total - given < 2 or given >= DETAILS_SHARE * total


def _gives_toll(story: StoryText, index: int, held: frozenset[str]) -> bool:
    """True when ``held`` (figures of the crediting sentences) gives every toll of sentence
    ``index`` (``events.tolls``: the killed, the wounded, the arrested)."""
    return all(str(toll) in held for toll in tolls(story.sentences[index].text))
