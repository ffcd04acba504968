"""The latest state of a story told over several publication times (issue 19, item 3, round
15): a toll that a later article of the story raises ("3 قتلى" then "ارتفع عدد القتلى إلى 16")
is shown by the later sentence, and an action announced in the future ("سيوقع", "من المقرر أن
يعلن") that a later article reports done ("وقع", "أعلن") is not shown: the reader would take
the early figure or the pending state as the current one."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import datetime

import numpy as np

from marsad.facts.quantities import quantities
from marsad.lang.arabic import normalize
from marsad.lang.names import skeleton
from marsad.summarize.base import StoryText
from marsad.summarize.events import EVENT_COSINE, TOLL_CONCEPTS, tolls

# Two sentences of one development share this many content words besides the figure and the
# verb (in their loose spelling, ``lang.names.skeleton``): the place, the actor, the victims.
SHARED_TERMS = 2

# The future or pending mood, in the matching form (``normalize``): the prefix س or the word
# سوف before an imperfect (يـ/تـ/نـ/أ: "سيوقع", "وستعلن", "سوف يلتقي"), or an imperfect after
# "من المقرر / من المتوقع / من المنتظر / ينتظر / يعتزم أن" ("من المقرر ان يصوت"). The verb's
# stem is what follows the person prefix: the perfect of the same verb is that stem, or alef +
# stem for the derived forms IV, VII, VIII and X (يعلن / اعلن, يجتمع / اجتمع, يستقبل / استقبل).
PENDING = re.compile(
    r"(?:^|\s)[وف]?(?:س|سوف\s+|(?:من\s+ال(?:مقرر|متوقع|منتظر)|[يت]نتظر|[يت]عتزم)\s+ان\s+)"
    r"[يتنا](\w{3,})"
)
# ... searched only in sentences holding one of these (most sentences hold none).
PENDING_HINT = re.compile(r"(?:^|\s)[وف]?س[يتنأ]|سوف|المقرر|المتوقع|المنتظر|نتظر|عتزم")
# A plural or dual ending of the imperfect ("سيصوتون", "سيلتقيان") is not part of the stem.
_IMPERFECT_ENDING = re.compile(r"(?:ون|ان|وا|ين)$")
# A form I verb whose root ends in waw keeps it in the imperfect and spells it alef in the perfect
# ("سيدعو" / "دعا", "سينجو" / "نجا", "سيبدو" / "بدا"): the perfect is the stem with its last
# letter made alef. (A yaa-final root, "سيبني" / "بنى", and form IV, "سيلقي" / "ألقى", already
# match: ``normalize`` spells alif maqsura as yaa.)
_WAW_FINAL = "و"
# The perfect's endings: "وقع", "وقعت", "وقعوا", "وقعتا" (the dual's bare "ا" is left out: it is
# the accusative's alef, "آملا", "طلبا").
_PERFECT_ENDINGS = ("", "ت", "وا", "تا")
# A form I perfect is spelled as its verbal noun ("قرار الولايات المتحدة نقل سفارتها", "لا
# تستطيع طلب الدعم", "رفض نشر أسلحة"): a word counts as a perfect verb only when its form shows
# it (the ending ت / وا / تا) or it opens its clause (the sentence's first word, or after the
# clitic و/ف: Arabic news puts the verb first, "وأغلقت الكنيسة أبوابها", "وصوت أعضاء المجلس").
# February's flagged sentences, read: 10 of 20 were such nouns or other subjects' verbs.
_VERB_ENDINGS = ("ت", "وا", "تا")
# Short stems match unrelated words; three letters is a root. (A doubled root's two-letter
# stem in form IV, "ستقر" / "أقرت", was dropped: its perfect is spelled as an elative, "من
# المتوقع أن تقل" / "أقل من", February.)
MIN_STEM = 3
# A perfect that tells an earlier time than the report is not the announced action done: the
# pluperfect "كان قد" (background), "في وقت سابق", "سابقا", "الماضي/الماضية" ("حضرت شقيقة كيم …
# حفل افتتاح الألعاب في وقت سابق هذا الشهر" is not the closing ceremony a delegation "سيحضر",
# February).
EARLIER = re.compile(r"(?:^|\s)[وف]?كان(?:ت)?\s+قد\s|سابق|الماضي")
# A later article tells its update in its lead; a toll further down is often another event's
# background (February: the 44 dead of an earlier train crash, a week's 250 dead of Ghouta,
# Mogadishu's 500 dead of the October bombing, each below a later article's lead).
UPDATE_LEAD = 3


def overtaken(story: StoryText) -> np.ndarray:
    """Mask of the sentences that announce an action in the future or pending mood
    (``PENDING``) whose verb a later-published article of the story gives in the perfect, in a
    sentence sharing ``SHARED_TERMS`` + 1 words with it (February: "محكمة تشيكية ستقرر ما إذا
    كانت ستسلمه أم ستطلق سراحه" beside "أطلقت محكمة تشيكية … سراح"): once the action is
    reported, its announcement is stale."""
    found = np.zeros(len(story.sentences), dtype=bool)
    if len(story.documents) < 2:
        return found
    published = {d.id: d.article.published for d in story.documents}
    pending = [
        (n, stems)
        for n, s in enumerate(story.sentences)
        if published[s.article] is not None
        and PENDING_HINT.search(s.text)
        and (stems := _pending_stems(s.text))
    ]
    if not pending:
        return found
    words: dict[int, frozenset[str]] = {}
    for n, stems in pending:
        when = published[story.sentences[n].article]
        for m, other in enumerate(story.sentences):
            later = published[other.article]
            if later is None or when is None or later <= when:
                continue
            if m not in words:
                words[m] = _perfect_words(other.text)
            if _done(stems, words[m]) and _shared(story, n, m, SHARED_TERMS + 1):
                found[n] = True
                break
    return found


def _perfect_words(text: str) -> frozenset[str]:
    """The words of a sentence that may be a perfect verb (``_VERB_ENDINGS``): none
    when it is itself pending (``PENDING``: "بات من المقرر أن يتأهل" reports no qualification)
    or tells an earlier time (``EARLIER``)."""
    normal = normalize(text)
    if PENDING.search(normal) or EARLIER.search(normal):
        return frozenset()
    found: set[str] = set()
    for position, word in enumerate(normal.split()):
        bare = word[1:] if word[:1] in "وف" and len(word) > MIN_STEM else word
        if not position or bare != word:  # the verb opens the sentence or a clause
            found.update((word, bare))
        elif word.endswith(_VERB_ENDINGS):
            found.add(word)
    return frozenset(found)


def _pending_stems(text: str) -> frozenset[str]:
    """The perfect stems (without ending) of the verbs a sentence puts in the future or
    pending mood: the imperfect's stem, and with an alef (forms IV, VII, VIII, X)."""
    perfects: set[str] = set()
    for found in PENDING.findall(normalize(text)):
        stem = _IMPERFECT_ENDING.sub("", found) if len(found) > MIN_STEM else found
        perfects.update((stem, "ا" + stem))
        if stem.endswith(_WAW_FINAL):
            perfects.add(stem[:-1] + "ا")
    return frozenset(perfects)


def _done(perfects: frozenset[str], words: frozenset[str]) -> bool:
    """True when ``words`` hold one of the perfect stems with a perfect's ending."""
    return any(f"{stem}{ending}" in words for stem in perfects for ending in _PERFECT_ENDINGS)


def _shared(story: StoryText, one: int, two: int, needed: int) -> bool:
    """True when two sentences share ``needed`` content words (loose spelling)."""
    first = {skeleton(t) for t in story.sentences[one].terms}
    second = {skeleton(t) for t in story.sentences[two].terms}
    return len(first & second) >= needed


def counts(text: str) -> dict[tuple[str, str | None, str | None], int]:
    """The exact tolls a sentence gives, by concept, scope and time scope (killed / injured,
    of civilians …, in a day or since a start): the largest of each. ``events.tolls`` is the
    cheap test before the quantity reader."""
    if not tolls(text):
        return {}
    found: dict[tuple[str, str | None, str | None], int] = {}
    for mention in quantities(text):
        value = mention.value
        if (
            mention.counted in TOLL_CONCEPTS
            and mention.value_kind == "exact"
            and mention.sure
            and value is not None
            and float(value).is_integer()
        ):
            key = (mention.counted, mention.scope, mention.time_scope)
            found[key] = max(found.get(key, 0), int(value))
    return found


def latest_figures(
    story: StoryText,
    chosen: list[int],
    candidates: np.ndarray,
    words: int,
    repeats: Callable[[int, list[int]], bool],
) -> None:
    """Replace each chosen sentence giving a toll that a later-published article raises (the
    same concept and scope, a larger count, in a sentence of the same development:
    ``_updating``) by that later sentence, in place; a chosen sentence another one leans on,
    or whose replacement does not fit ``words`` or repeats another chosen sentence, stays
    (its dispute note, when the facts stage saw the update, shows the later figure)."""
    if len(story.documents) < 2:
        return
    published = {d.id: d.article.published for d in story.documents}
    leaned_on = {int(story.predecessor[i]) for i in chosen}
    for index in list(chosen):
        if index in leaned_on or published[story.sentences[index].article] is None:
            continue
        later = _updating(story, index, candidates, published)
        if later is None:
            continue
        rest = [i for i in chosen if i != index]
        if later in chosen:
            chosen[:] = rest
            continue
        used = sum(story.sentences[i].word_count for i in rest)
        if used + story.sentences[later].word_count > words or repeats(later, rest):
            continue
        chosen[chosen.index(index)] = later


def _updating(
    story: StoryText,
    index: int,
    candidates: np.ndarray,
    published: dict[str, datetime | None],
) -> int | None:
    """The candidate sentence of a later-published article giving the largest update of a
    toll of sentence ``index`` (the same concept and scope, a larger count), close to it in
    words (``EVENT_COSINE`` and ``SHARED_TERMS``); None when there is none."""
    own = counts(story.sentences[index].text)
    if not own:
        return None
    when = published[story.sentences[index].article]
    best: tuple[int, int] | None = None
    for other in np.flatnonzero(candidates).tolist():
        if story.sentences[other].index >= UPDATE_LEAD:
            continue
        later = published[story.sentences[other].article]
        if when is None or later is None or later <= when:
            continue
        if story.similarity[index, other] < EVENT_COSINE:
            continue
        theirs = counts(story.sentences[other].text)
        raised = [theirs[key] for key, value in own.items() if theirs.get(key, 0) > value]
        if not raised or not _shared(story, index, other, SHARED_TERMS):
            continue
        if best is None or max(raised) > best[0]:
            best = (max(raised), other)
    return None if best is None else best[1]
