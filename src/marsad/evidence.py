"""Story evidence beyond the whole-text bag of words: the headline and the lead.

Two articles about one event share their headline words and their opening sentences far
more than two articles that only share a topic's vocabulary. A pair classifier (logistic
regression on the February days of the blind story gold, ``python -m marsad.eval.train_stories``)
weighs three cosines: the whole text's, the headlines' and the leads'. Its weights, relative to
the whole-text cosine, ship as JSON (``models/story_pairs.json``); the similarity of two articles
is then the weighted mean of the three cosines. Each cosine is a dot product of unit TF-IDF
rows, so the mean is one dot product of the rows put side by side, each scaled by the square
root of its weight: averages over groups stay dot products of summed rows, and the batch
clusterer and the store's streaming one compute the same thing.

The headline and lead IDF count a background corpus (``models/story_background.json``: the
document frequencies of ANT before March 2018) beside the run's own articles: in a run of a
handful of articles a name in every headline would otherwise weigh least of all, and two
reports of one event would share nothing that counts.
"""

from __future__ import annotations

import json
import re
from collections.abc import Container, Iterable, Sequence
from dataclasses import dataclass, replace
from importlib import resources
from typing import Any

import numpy as np
from scipy.sparse import csr_matrix, hstack

from marsad.caches import cached
from marsad.facts.entities import EntityMention, entity_mentions, person_key
from marsad.lang.arabic import normalize
from marsad.lang.clitics import without_proclitic
from marsad.lang.vectors import tfidf
from marsad.model import Document
from marsad.settings import Settings

MODEL_FILE = "story_pairs.json"
BACKGROUND_FILE = "story_background.json"
# Term marks: the headline's and the lead's terms are counted beside the text's, as terms of
# their own (control characters sort before any word and never occur in a term).
TITLE = "\x01"
LEAD = "\x02"
MARKS = (TITLE, LEAD)
# The places and names of the headline and lead (``named_terms``) are counted under a mark that
# sorts before the blocks': no similarity reads them, only the one-theme rule (``apart_rows``).
NAMED = "\x00"
PLACE = NAMED + "p:"
HEADLINE_PLACE = NAMED + "h:"
NAME = NAMED + "n:"
# Organisations: a theme two countries share (ISIS, the IMF) does not make one event.
ORGANISATION = NAMED + "o:"
_PLACE_TYPES = frozenset({"country", "city"})
# A city or region named beside a locality holds two articles' localities together (two towns
# of Eastern Ghouta shelled on one day are one event when both name the Ghouta; localities.py).
HELD = NAMED + "y:"
_HELD_TYPES = frozenset({"city", "region"})
# The cities and regions where an event is (localities.other_days_rows): a capital only after
# a locative ("في الرياض", "إلى الرياض", "بمحافظة صنعاء"), since as a subject it stands for
# its government ("واشنطن ولندن وباريس وبرلين تدين طهران": a reaction, no place; February 2018).
EVENT_PLACE = NAMED + "c:"
CAPITALS = frozenset(
    {
        *("موسكو", "مينسك", "يريفان", "دوشنبه", "بيشكيك", "طشقند", "كييف", "واشنطن", "لندن"),
        *("باريس", "برلين", "بروكسل", "بكين", "طوكيو", "أنقرة", "طهران", "القاهرة", "الرياض"),
        *("أبوظبي", "الدوحة", "بغداد", "دمشق", "بيروت", "صنعاء", "طرابلس", "الخرطوم", "الرباط"),
        *("الجزائر العاصمة", "تونس العاصمة", "نور سلطان", "أستانا", "فيينا", "روما", "مدريد"),
    }
)
_LOCATIVE = re.compile(
    r"(?:(?<!\w)[وف]?(?:في|إلى|الى)\s+|(?<!\w)[وف]?ب|(?:محافظة|مدينة|العاصمة)\s+)#?$"
)
# The news agencies of the organisation lexicon (facts/lexicons/organizations.tsv).
AGENCIES = frozenset(
    {
        *("وكالة فرانس برس", "رويترز", "أسوشيتد برس", "الأناضول", "تاس", "سانا", "واس", "وام"),
        *("سبوتنيك", "قنا", "كونا", "إرنا", "وكالة الأنباء الألمانية", "شينخوا"),
    }
)
BLOCKS = ("text", "title", "lead")
LEAD_SENTENCES = 3  # the opening sentences that state the event


@dataclass(frozen=True, slots=True, eq=False)
class Background:
    """Document frequencies of marked headline and lead terms in a background corpus."""

    documents: int
    terms: np.ndarray  # sorted marked terms (numpy unicode array)
    frequency: np.ndarray  # documents using each term

    def of(self, words: np.ndarray) -> np.ndarray:
        """The background frequency of each marked term (0 when absent)."""
        if not len(self.terms) or not len(words):
            return np.zeros(len(words), dtype=np.int64)
        at = np.minimum(np.searchsorted(self.terms, words), len(self.terms) - 1)
        found: np.ndarray = np.where(self.terms[at] == words, self.frequency[at], 0)
        return found

    def frequencies(self, terms: Iterable[str]) -> dict[str, int]:
        """The background frequency of each of some marked terms."""
        words = list(terms)
        return dict(zip(words, self.of(np.array(words, dtype=str)).tolist(), strict=True))

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Background:
        """Read the JSON form: per block, term -> documents using it."""
        pairs = [
            (mark + term, int(count))
            for mark, block in ((TITLE, "title"), (LEAD, "lead"))
            for term, count in data[block].items()
        ]
        pairs.sort()
        return cls(
            documents=int(data["documents"]),
            terms=np.array([term for term, _ in pairs], dtype=str),
            frequency=np.array([count for _, count in pairs], dtype=np.int64),
        )


@dataclass(frozen=True, slots=True, kw_only=True)
class StoryEvidence:
    """Weights of the headline and lead cosines, relative to the whole text's (1), and the
    background frequencies their IDF counts (none: the run's articles alone)."""

    title: float = 0.0
    lead: float = 0.0
    info: dict[str, Any] | None = None
    background: Background | None = None

    @property
    def total(self) -> float:
        """The sum of the three weights (the similarity is divided by it)."""
        return 1.0 + self.title + self.lead

    def scale(self, block: str) -> float:
        """The factor of a block's unit rows: the square root of its share of the weights."""
        weight = {"text": 1.0, "title": self.title, "lead": self.lead}[block]
        return float(np.sqrt(weight / self.total))

    def to_dict(self) -> dict[str, Any]:
        """JSON form."""
        return {"blocks": list(BLOCKS), "title": self.title, "lead": self.lead, "info": self.info}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> StoryEvidence:
        """Read the JSON form; weights for other blocks are an error."""
        if tuple(data.get("blocks", ())) != BLOCKS:
            raise ValueError(f"story pair model blocks {data.get('blocks')} differ from {BLOCKS}")
        title, lead = float(data["title"]), float(data["lead"])
        if title < 0 or lead < 0:
            raise ValueError("story pair model weights must not be negative")
        return cls(title=title, lead=lead, info=dict(data.get("info") or {}))


@cached()
def shipped_evidence() -> StoryEvidence:
    """The story pair weights and the background frequencies shipped in marsad/models/."""
    models = resources.files("marsad").joinpath("models")
    evidence = StoryEvidence.from_dict(json.loads(models.joinpath(MODEL_FILE).read_text("utf-8")))
    table = json.loads(models.joinpath(BACKGROUND_FILE).read_text("utf-8"))
    return replace(evidence, background=Background.from_dict(table))


def evidence_of(settings: Settings) -> StoryEvidence:
    """The shipped weights when ``settings.story_evidence``, else none (the text alone)."""
    return shipped_evidence() if settings.story_evidence else StoryEvidence()


def marked_terms(title: Sequence[str], document: Document) -> list[str]:
    """The headline's terms and the lead's, each with its block's mark. An article without a
    headline is headed by its first sentence (else it could never be as similar as others)."""
    if not title and document.sentences:
        title = document.sentences[0].terms
    lead = document.body_terms(LEAD_SENTENCES)
    return [*(TITLE + term for term in title), *(LEAD + term for term in lead)]


def named_terms(title: str, document: Document) -> list[str]:
    """The countries and cities (``PLACE``; the headline's also as ``HEADLINE_PLACE``), the
    people (``NAME``) and the organisations (``ORGANISATION``) that the headline and lead name,
    by the facts stage's lexicon with its variants and place adjectives, each once. People are
    keyed by their folded last name; news agencies (a credit, not a subject) are left out. The
    cities and regions again, keyed as match sides (``HELD``: localities.py reads them)."""
    found: dict[str, None] = {}
    texts = (title, *(sentence.text for sentence in document.sentences[:LEAD_SENTENCES]))
    for number, text in enumerate(texts):
        for mention in entity_mentions(text):
            if mention.type in _HELD_TYPES:
                first = normalize(mention.canonical).split()[0]
                found.update(dict.fromkeys(HELD + key for key in side_keys(first)))
                if _event_place(mention, text):
                    found.update(dict.fromkeys(EVENT_PLACE + key for key in side_keys(first)))
            if mention.type in _PLACE_TYPES:
                found[PLACE + mention.canonical] = None
                if not number:
                    found[HEADLINE_PLACE + mention.canonical] = None
            elif mention.type == "person" or mention.form == "titled":
                found[NAME + (person_key(mention.canonical) or mention.canonical)] = None
            elif mention.type == "organization" and mention.canonical not in AGENCIES:
                found[ORGANISATION + mention.canonical] = None
    return list(found)


def _event_place(mention: EntityMention, text: str) -> bool:
    """Whether a city or region mention is where something happens: any but a capital, and a
    capital after a locative (``CAPITALS``)."""
    if mention.canonical not in CAPITALS or mention.text.startswith("ب"):
        return True
    return _LOCATIVE.search(text[: mention.start]) is not None


def apart_rows(named: csr_matrix, words: np.ndarray, pairs: np.ndarray) -> np.ndarray:
    """Of each pair of rows of ``named_terms`` counts (``words``: their columns' terms), whether
    both headlines name a place and the two name no place and no person in common: one theme
    in two countries (a deficit in Turkey, one in the US; ISIS recruits in Israel and the US).
    A shared organisation is the theme, not the event, and does not keep them together."""
    if not len(pairs) or not len(words):
        return np.zeros(len(pairs), dtype=bool)
    text = words.astype(str)
    headline = np.char.startswith(text, HEADLINE_PLACE).astype(np.float64)
    shared_kinds = np.char.startswith(text, PLACE) | np.char.startswith(text, NAME)
    present = csr_matrix((named > 0).astype(np.float64))
    placed = np.asarray(present @ headline).ravel() > 0
    shared = present[pairs[:, 0]].multiply(present[pairs[:, 1]])
    common = np.asarray(shared @ shared_kinds.astype(np.float64)).ravel()
    found: np.ndarray = placed[pairs[:, 0]] & placed[pairs[:, 1]] & (common == 0)
    return found


def apart_named(first: Iterable[str], second: Iterable[str]) -> bool:
    """``apart_rows`` of one pair of articles from their ``named_terms`` (the store's
    streaming clusterer weighs its pairs one at a time)."""
    one, two = set(first), set(second)
    placed = any(term.startswith(HEADLINE_PLACE) for term in one) and any(
        term.startswith(HEADLINE_PLACE) for term in two
    )
    return placed and not any(term.startswith((PLACE, NAME)) for term in one & two)


# Headlines sharing at most this many terms share at most their subject (a name): days apart,
# two items on one person or club, not one event (Mourinho on United, then Smalling).
SUBJECT_TERMS = 1


def subject_only_rows(title: csr_matrix, pairs: np.ndarray) -> np.ndarray:
    """Of each pair of rows of headline term counts, whether the two headlines share at most
    ``SUBJECT_TERMS`` terms."""
    if not len(pairs):
        return np.zeros(0, dtype=bool)
    present = csr_matrix((title > 0).astype(np.float64))
    shared = present[pairs[:, 0]].multiply(present[pairs[:, 1]])
    found: np.ndarray = np.asarray(shared.sum(axis=1)).ravel() <= SUBJECT_TERMS
    return found


def subject_only(first: Iterable[str], second: Container[str]) -> bool:
    """``subject_only_rows`` of one pair of articles from their marked headline terms."""
    return sum(1 for term in first if term in second) <= SUBJECT_TERMS


# A match report states a score (2-1, 1-صفر) in its headline or lead and names the sides after
# a word that introduces the opponent (فوز X على Y, X أمام Y, بين X و Y). The sides (``SIDE``)
# and every word of the headline and lead (``SIDE_WORD``) are counted as named terms, keyed
# loosely (``side_key``): two reports of one match name each other's sides somewhere.
SIDE = NAMED + "s:"
SIDE_WORD = NAMED + "w:"
# The headline's sides and words again, apart (``HEADLINE_SIDE``, ``HEADLINE_WORD``): a
# roundup's lead names the night's other matches, its headline only its own.
HEADLINE_SIDE = NAMED + "t:"
HEADLINE_WORD = NAMED + "u:"
# A score a match report states, its two numbers in order (``SCORE_KEY`` + "1-3" for 3-1).
SCORE_KEY = NAMED + "g:"
SCORE = re.compile(r"(?<!\w)(?:\d{1,2}|صفر)\s*[-–]\s*(?:\d{1,2}|صفر)(?!\w)")
_WORDS = re.compile(r"\w+")
RESULT_VERBS = (
    *("يهزم", "هزم", "تهزم", "يسحق", "سحق", "تسحق", "يقصي", "أقصى", "تقصي", "يكتسح", "اكتسح"),
    *("يتجاوز", "تجاوز", "يتخطى", "تخطى", "يصعق", "يقهر", "قهر", "يحبط", "أحبط", "يعبر"),
)
OPPONENT = (
    *("على", "أمام", "ضد", "مع", "بين", "من", "against", "over", "with", "beat", "beats"),
    *RESULT_VERBS,
)
# A headline stating a result (``RESULT``): a score, or a verb that wins or loses a match.
RESULT = NAMED + "r:"
_RESULT_WORDS = (
    *RESULT_VERBS,
    *("يسقط", "أسقط", "تسقط", "يفوز", "فاز", "تفوز", "يتغلب", "تغلب", "يخسر", "خسر", "تخسر"),
)
# Words between the opponent's word and its name (على ضيفه X), folded as ``side_key`` reads.
_BEFORE_NAME = (
    *("ضيفه", "مضيفه", "غريمه", "نظيره", "منافسه", "جاره", "ضيفها", "مضيفها", "غريمها"),
    *("نظيرها", "فريق", "نادي", "منتخب", "الفريق", "النادي", "المنتخب", "فريقي", "ناديي"),
    *("منتخبي", "ضيف", "مضيف", "بطل", "حامل", "متصدر", "وصيف", "the"),
)
# Match words an opponent's word may introduce (على ملعب, أمام الجماهير): not a side.
_NOT_SIDES = (
    *("ملعب", "ملعبه", "أرضه", "استاد", "ستاد", "مسابقة", "المسابقة", "الدوري", "التوالي"),
    *("مباراة", "المباراة", "ركلة", "ركلات", "المركز", "مركز", "لقب", "اللقب", "نهاية", "مرحلة"),
    *("المرحلة", "الجولة", "البطولة", "الموسم", "الفوز", "التعادل", "الهزيمة", "نقطة", "نقاط"),
    *("هدف", "هدفين", "أهداف", "الأهداف", "شوط", "الشوط", "دقيقة", "الدقائق", "المرمى"),
    *("الصدارة", "الترتيب", "الوقت", "فرصة", "الفرص", "خسارة", "هجوم", "قمة", "جدول", "الدور"),
    *("النتيجة", "الجماهير", "جماهير", "match", "game", "season", "home", "goal", "goals"),
)


# The article, alone or after a one-letter proclitic (longest first).
_ARTICLE_FORMS = ("وال", "بال", "فال", "كال", "لل", "ال")


def side_keys(word: str) -> list[str]:
    """A normalized word's loose keys: without its article and a leading clitic (and with
    it, as a clitic cannot be told from a name's first letter), its long vowels and hamzas
    dropped after the first letter: تشيلسي and تشلسي, ويست and وست, لبرشلونة and برشلونة meet."""
    forms = [word]
    if (bare := without_proclitic(word, _ARTICLE_FORMS)) != word:
        forms.append(bare)
    if word[:1] in "وبلفك" and len(word) >= 5:
        forms.append(word[1:])
    return list(dict.fromkeys(form[0] + form[1:].translate(_VOWELS) for form in forms))


_VOWELS = str.maketrans("", "", "اويىءئؤأإآةه")
# The word lists as ``match_sides`` reads words: normalized.
_OPPONENT = frozenset(map(normalize, OPPONENT))
_SKIP = frozenset(map(normalize, _BEFORE_NAME))
_NOT_SIDE = frozenset(map(normalize, _NOT_SIDES))
_RESULT = frozenset(map(normalize, _RESULT_WORDS))


def match_sides(title: str, document: Document) -> list[str]:
    """The sides a match report names (``SIDE``: the headline's first word and the word after
    each opponent's word) and the keys of all its headline and lead words (``SIDE_WORD``);
    none unless the headline or lead states a score."""
    texts = (title, *(sentence.text for sentence in document.sentences[:LEAD_SENTENCES]))
    if not any(SCORE.search(text) for text in texts):
        return []
    sides: dict[str, None] = {}
    keys: dict[str, None] = dict.fromkeys(
        SCORE_KEY + score_key(found.group(0)) for text in texts for found in SCORE.finditer(text)
    )
    for number, text in enumerate(texts):
        words = [word for word in _WORDS.findall(normalize(text)) if not word.isdigit()]
        for word in words:
            said = side_keys(word)
            keys.update(dict.fromkeys(SIDE_WORD + key for key in said))
            if not number:
                keys.update(dict.fromkeys(HEADLINE_WORD + key for key in said))
        if not number and (SCORE.search(text) or _RESULT.intersection(words)):
            keys[RESULT] = None
        named = [0] if not number and words else []
        named += [at + 1 for at, word in enumerate(words) if word in _OPPONENT]
        for after in named:
            while after < len(words) and words[after] in _SKIP:
                after += 1
            if after < len(words) and words[after] not in _NOT_SIDE | _OPPONENT:
                found = side_keys(words[after])
                sides.update(dict.fromkeys(SIDE + key for key in found))
                if not number:
                    keys.update(dict.fromkeys(HEADLINE_SIDE + key for key in found))
    return [*sides, *keys] if sides else []


def score_key(score: str) -> str:
    """A score's two numbers in order, so 3-1 and 1 - 3 meet (صفر is 0)."""
    numbers = sorted(int(side) if side.isdigit() else 0 for side in re.split(r"\s*[-–]\s*", score))
    return "-".join(map(str, numbers))


def _side_matrices(
    named: csr_matrix, text: np.ndarray, marks: tuple[str, str] = (SIDE, SIDE_WORD)
) -> tuple[csr_matrix, csr_matrix, csr_matrix] | None:
    """Which columns each row of ``named_terms`` holds, and per side (one column each) whether
    the row names it as a match's side and whether it names it at all (``marks``: the headline
    and lead's, or the headline's alone); None without sides."""
    side_mark, said_mark = marks
    side = np.flatnonzero(np.char.startswith(text, side_mark))
    said = np.flatnonzero(np.char.startswith(text, said_mark))
    if not len(side):
        return None
    stripped = [t[len(side_mark) :] for t in text[side]] + [t[len(said_mark) :] for t in text[said]]
    keys, at = np.unique(np.array(stripped, dtype=str), return_inverse=True)
    shape = (len(text), len(keys))
    present = csr_matrix((named > 0).astype(np.float64))
    to_side = csr_matrix((np.ones(len(side)), (side, at[: len(side)])), shape=shape)
    to_said = csr_matrix((np.ones(len(said)), (said, at[len(side) :])), shape=shape)
    return present, csr_matrix(present @ to_side), csr_matrix(present @ to_said)


def rivals_rows(named: csr_matrix, words: np.ndarray, pairs: np.ndarray) -> np.ndarray:
    """Of each pair of rows of ``named_terms`` and ``match_sides`` counts, whether both are
    match reports naming one side, stating no score in common, and one headline states a
    result: one side's two matches (Federer's rounds) when days apart, not one match."""
    found = np.zeros(len(pairs), dtype=bool)
    if not len(pairs) or not len(words):
        return found
    text = words.astype(str)
    matrices = _side_matrices(named, text)
    if matrices is None:
        return found
    present, sides, saids = matrices
    scored = np.flatnonzero(np.char.startswith(text, SCORE_KEY))
    result = np.flatnonzero(text == RESULT)
    scores = csr_matrix(present[:, scored])
    stated = np.asarray(present[:, result].sum(axis=1)).ravel() > 0
    reports = np.asarray(sides.sum(axis=1)).ravel() > 0
    both = reports[pairs[:, 0]] & reports[pairs[:, 1]]
    both &= stated[pairs[:, 0]] | stated[pairs[:, 1]]
    first, second = pairs[both, 0], pairs[both, 1]
    named_second = np.asarray(sides[first].multiply(saids[second]).sum(axis=1)).ravel()
    named_first = np.asarray(sides[second].multiply(saids[first]).sum(axis=1)).ravel()
    common = np.asarray(scores[first].multiply(scores[second]).sum(axis=1)).ravel()
    found[both] = ((named_second > 0) | (named_first > 0)) & (common == 0)
    return found


def rivals(first: Iterable[str], second: Iterable[str]) -> bool:
    """``rivals_rows`` of one pair of articles from their named terms (the store's clusterer)."""
    one, two = set(first), set(second)
    sides_one, sides_two = _marked(one, SIDE), _marked(two, SIDE)
    if not sides_one or not sides_two or not (RESULT in one or RESULT in two):
        return False
    if _marked(one, SCORE_KEY) & _marked(two, SCORE_KEY):
        return False
    return bool(sides_one & _marked(two, SIDE_WORD) or sides_two & _marked(one, SIDE_WORD))


def _marked(terms: Iterable[str], mark: str) -> set[str]:
    """What follows ``mark`` in the terms that carry it (a side's key, a score's)."""
    return {term[len(mark) :] for term in terms if term.startswith(mark)}


def sides_rows(
    named: csr_matrix, words: np.ndarray, pairs: np.ndarray, headlines: bool = False
) -> np.ndarray:
    """Of each pair of rows of ``named_terms`` and ``match_sides`` counts (``words``: their
    columns' terms), whether both are match reports and neither's headline and lead name a
    side of the other: two matches (a Europa League night's), not one. With ``headlines``,
    whether both headlines name a side, one states a result, and neither headline names a
    side of the other's: a roundup's lead names the night's other matches, so the first test
    misses it (the result keeps out headlines whose first word is no side: 'مخاوف من غياب')."""
    found = np.zeros(len(pairs), dtype=bool)
    if not len(pairs) or not len(words):
        return found
    text = words.astype(str)
    marks = (HEADLINE_SIDE, HEADLINE_WORD) if headlines else (SIDE, SIDE_WORD)
    matrices = _side_matrices(named, text, marks)
    if matrices is None:
        return found
    present, sides, saids = matrices
    reports = np.asarray(sides.sum(axis=1)).ravel() > 0
    both = reports[pairs[:, 0]] & reports[pairs[:, 1]]
    if headlines:
        stated = np.asarray(present[:, np.flatnonzero(text == RESULT)].sum(axis=1)).ravel() > 0
        both &= stated[pairs[:, 0]] | stated[pairs[:, 1]]
    first, second = pairs[both, 0], pairs[both, 1]
    named_by = sides[first].multiply(saids[second]) + sides[second].multiply(saids[first])
    found[both] = np.asarray(named_by.sum(axis=1)).ravel() == 0
    return found


def sides_apart(first: Iterable[str], second: Iterable[str], headlines: bool = False) -> bool:
    """``sides_rows`` of one pair of articles from their named terms (the store's clusterer)."""
    one, two = set(first), set(second)
    if headlines and RESULT not in one and RESULT not in two:
        return False
    side_mark, said_mark = (HEADLINE_SIDE, HEADLINE_WORD) if headlines else (SIDE, SIDE_WORD)
    sides_one, sides_two = _marked(one, side_mark), _marked(two, side_mark)
    if not sides_one or not sides_two:
        return False
    return not (sides_one & _marked(two, said_mark) or sides_two & _marked(one, said_mark))


def block_columns(vocabulary: np.ndarray) -> list[slice]:
    """Column ranges of the text, headline and lead blocks of a sorted vocabulary (the marks
    sort before any word, so each block is one run of columns); the named terms (``NAMED``)
    are the columns before the headline's."""
    title, lead, text = np.searchsorted(vocabulary, [TITLE, LEAD, chr(ord(LEAD) + 1)]).tolist()
    return [slice(text, len(vocabulary)), slice(title, lead), slice(lead, text)]


def named_columns(vocabulary: np.ndarray) -> slice:
    """Column range of the named terms (``named_terms``) of a sorted vocabulary."""
    return slice(0, int(np.searchsorted(vocabulary, TITLE)))


def combine(blocks: Sequence[csr_matrix], evidence: StoryEvidence) -> csr_matrix:
    """Unit rows of the three blocks side by side, each scaled by its share of the weights:
    the dot product of two rows is the weighted mean of their three cosines."""
    if not evidence.title and not evidence.lead:
        return blocks[0]
    scaled = [block * evidence.scale(name) for block, name in zip(blocks, BLOCKS, strict=True)]
    return csr_matrix(hstack(scaled, format="csr"))


def weigh(counts: csr_matrix, words: np.ndarray, background: Background | None) -> csr_matrix:
    """Unit TF-IDF rows of a block's raw counts (``words``: its columns' marked terms), the
    IDF counting the background's documents beside these rows."""
    if background is None:
        return tfidf(counts)
    return tfidf(counts, prior=background.of(words), prior_documents=background.documents)


# Headline subjects of a market report (stems): an outlet files one per trading session, each
# a new event on the same words (gold up, gold down). The dollar counts unless the headline
# states an amount in dollars (a deal of 15 billion dollars is not the dollar's price).
MARKET_SUBJECTS = frozenset(
    {
        *("نفط", "والنفط", "ذهب", "والذهب", "برن", "خام", "والخام", "اسهم", "بورص"),
        # بورصة as the stemmer cuts it (its ب read as a proclitic)
        "ورص",
        *("يورو", "استرلين", "الفض", "نايمكس", "ناسد"),
        *("oil", "gold", "brent", "crude", "stock", "euro", "sterl", "yen", "nasdaq"),
    }
)
DOLLAR = frozenset({"دولار", "dollar"})
AMOUNTS = frozenset({"مليار", "مليارا", "مليون", "ملاي", "billion", "million"})


def market_report(title: Iterable[str]) -> bool:
    """Whether a headline (its terms, marked with ``TITLE`` or not) names a market's price."""
    words = {term.removeprefix(TITLE) for term in title}
    return bool(words & MARKET_SUBJECTS) or bool(words & DOLLAR and not words & AMOUNTS)


def market_rows(title: csr_matrix, words: np.ndarray) -> np.ndarray:
    """``market_report`` of each row of headline counts (``words``: its columns' marked terms)."""
    if not title.shape[0] or not len(words):
        return np.zeros(title.shape[0], dtype=bool)

    def having(terms: frozenset[str]) -> np.ndarray:
        columns = np.isin(words, [TITLE + term for term in terms]).astype(np.float64)
        found: np.ndarray = np.asarray(title @ columns).ravel() > 0
        return found

    found: np.ndarray = having(MARKET_SUBJECTS) | (having(DOLLAR) & ~having(AMOUNTS))
    return found


# A session report's news is the market's move: stems of the headline words for up, down and
# flat (a bit each). Two of one outlet's reports whose headlines move differently (gold up,
# then gold down; oil steady, then oil up) are two sessions even a few hours apart.
MOVES = (
    frozenset(
        {
            *("ارتفاع", "ارتفع", "اعلي", "لاعلي", "مرتفع", "يرتفع", "ترتفع", "صعد", "صعود"),
            *("يصعد", "تصعد", "قفز", "يقفز", "تقفز", "مكاسب", "يكسب", "تكسب", "يربح"),
            *("تعاف", "تعافي", "يتعافي", "تتعافي"),
            *("rise", "rose", "gain", "high", "higher", "jump", "climb", "ralli", "up"),
        }
    ),
    frozenset(
        {
            *("تراجع", "يتراجع", "تتراجع", "انخفاض", "انخفض", "ينخفض", "تنخفض", "هبط", "هبوط"),
            *("يهبط", "تهبط", "خسار", "خساير", "يخسر", "تخسر", "ادني", "لادني", "يفقد", "تفقد"),
            *("يتهاوي", "تتهاوي"),
            *("fall", "fell", "drop", "slip", "low", "lower", "lose", "dip", "slide"),
        }
    ),
    frozenset(
        {
            *("مستقر", "استقرار", "استقر", "ثاب", "ثبا", "تغير", "تغيير"),
            *("steadi", "flat", "unchang", "stabl"),
        }
    ),
)


def market_move(title: Iterable[str]) -> int:
    """The moves a headline (its terms, marked or not) states, a bit each (up 1, down 2, flat
    4; 0: none)."""
    words = {term.removeprefix(TITLE) for term in title}
    return sum(1 << bit for bit, stems in enumerate(MOVES) if words & stems)


def move_rows(title: csr_matrix, words: np.ndarray) -> np.ndarray:
    """``market_move`` of each row of headline counts (``words``: its columns' marked terms)."""
    found = np.zeros(title.shape[0], dtype=np.int64)
    if not title.shape[0] or not len(words):
        return found
    for bit, stems in enumerate(MOVES):
        columns = np.isin(words, [TITLE + term for term in stems]).astype(np.float64)
        found |= (np.asarray(title @ columns).ravel() > 0).astype(np.int64) << bit
    return found


def moved(first: int, second: int) -> bool:
    """Whether two headlines' moves (``market_move``) both say something and differ."""
    return bool(first and second and first != second)
