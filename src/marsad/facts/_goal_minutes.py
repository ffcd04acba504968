"""Goal minutes of football reports (issue 18, round 18): the minute one scorer's goal is given
at by each outlet, so that "ويليان في الدقيقة 31" against "عند الدقيقة 32" is a conflict."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol

from marsad.lang.clitics import without_proclitic
from marsad.lang.names import fold
from marsad.model import Claim, Discrepancy, Document

LABEL = {"ar": "دقيقة الهدف", "en": "goal minute"}
# A sentence tells a goal when it has a goal noun or a scoring verb (سجل، أحرز، هز الشباك،
# أدرك التعادل، افتتح التسجيل); other minutes (a card, a missed chance) are not goals.
_GOAL = re.compile(r"هدف|أهداف|سجل|تسجيل|أحرز|الشباك|شباك|التعادل|ثنائية|هاتريك")
# A minute in brackets is a goal's only in a sentence of scoring ("وسجل ... (61)", "بأهداف ...
# (15)"): a bare "هدف" is also "aim" ("بهدف دعم"), and brackets hold many other numbers.
_SCORED = re.compile(r"سجل|أحرز|أهداف|الأهداف|ثنائية|هاتريك|توقيع|الشباك")


# A scoring verb or the net, not "أهداف", which is also "targets" ("عدد (5) أهداف للعناصر").
_SCORER = re.compile(r"سجل|أحرز|توقيع|الشباك|شباك|ثنائية|هاتريك")


def tells_scoring(sentence: str) -> bool:
    """True when a sentence tells who scored (``_SCORER``): its "NAME (N)" are goal minutes."""
    return _SCORER.search(sentence) is not None


# "الدقيقة 32", "الدقيقة، 11": one goal's minute; a dual or plural ("الدقيقتين 16 و88") gives
# two goals whose scorers are named together, so no minute is tied to one of them.
_MINUTE = re.compile(r"(?<![\w])(?:ال)?دقيقة[،,]?\s+(\d{1,3})(?!\s*(?:و|،|,)\s*\d)")
# "سواريز (16)": a minute in brackets right after its scorer; "(50 و73)" is two goals.
_BRACKET = re.compile(r"\((\d{1,3})\)")
_TOLD = re.compile(r"دقيق|\(\d")  # a body that may tell a goal's minute at all
_WORD = re.compile(r"[\u0621-\u064a]+")
_REACH = 8  # words either side of "الدقيقة N" searched for the scorer's name
_CLOSE = 5  # minutes apart: the same goal told two ways (a later goal is further off)
# Words of any goal sentence, never a scorer's name.
_COMMON_WORDS = (
    "هدف الهدف بهدف هدفا هدفه هدفها هدفي أهداف الأهداف الدقيقة دقيقة الشوط الأول الثاني "
    "الثالث الرابع الخامس الفريق المباراة مباراة ضربة ركلة جزاء رأس برأسه تسديدة الكرة "
    "الشباك شباك المرمى مرمى التعادل تقدم وتقدم أضاف وأضاف سجل وسجل سجله سجلها تسجيل "
    "التسجيل أحرز وأحرز عبر بواسطة طريق عند بعد قبل حتى لكن بعدما الذي التي على إلى "
    "اللاعب لاعب المهاجم مهاجمه المدافع مدافعه البديل الحارس أصحاب الأرض الضيوف النتيجة "
    "لينتهي وينتهي ليتقدم هذا هذه ذلك منها فيما بينما افتتح أدرك قلص الفارق عزز ثان "
    "ثالث رابع خامس حيث كما كان وكان"
)
# After its minute, a goal's clause ends at a comma, a clause word or a new scoring verb on
# "و" ("في الدقيقة 34 وسجل ناتشو ..." names the next goal's scorer, not this one's).
_AFTER_STOPS = frozenset(("قبل", "لكن", "ثم", "بينما", "فيما", "حيث", "بعدما"))
_NEW_CLAUSE = re.compile(r"^[وف](?:سجل|أضاف|تقدم|أحرز|عادل|تعادل|قلص|أدرك|رد|هز)")


@dataclass(frozen=True, slots=True)
class GoalMinute:
    """One outlet's minute for a goal, with the words that may name its scorer."""

    article: str
    outlet: str
    minute: int
    names: frozenset[str]
    sentence: str

    def written(self, name: str) -> str:
        """The sentence's word whose key is ``name`` (for the reason an editor reads)."""
        return next((w for w in _WORD.findall(self.sentence) if _key(w) == name), name)


def _key(word: str) -> str:
    """A name word as two outlets may both write it: folded, without و/ب/ل and the article."""
    word = without_proclitic(fold(word), ("و", "ب", "ل"), keep=4)
    return word.removeprefix("ال") if len(word) > 5 else word


def _after_window(sentence: str, at: int) -> int:
    """Where the clause of a minute at ``at`` ends: the first comma, clause word or new
    scoring verb after it."""
    for match in re.finditer(r"[،,]|[\u0621-\u064a]+", sentence[at:]):
        word = match.group()
        if word in "،," or word in _AFTER_STOPS or _NEW_CLAUSE.match(word):
            return at + match.start()
    return len(sentence)


def _name_words(words: Sequence[str]) -> frozenset[str]:
    """Candidate name words: no common word of a goal sentence, three letters or more."""
    keys = {_key(w) for w in words}
    return frozenset(k for k in keys if len(k) >= 3 and k not in _COMMON)


_COMMON = frozenset(_key(word) for word in _COMMON_WORDS.split())


def sentence_minutes(sentence: str, article: str, outlet: str) -> list[GoalMinute]:
    """The goal minutes of one sentence, each with the words nearest it (the other minutes'
    words go to them: "ويليان عند الدقيقة 32، قبل أن يتعادل ... لوكاكو عند الدقيقة 39")."""
    if not _GOAL.search(sentence):
        return []
    words = [(m.start(), m.group()) for m in _WORD.finditer(sentence)]
    found: list[tuple[int, int, list[str]]] = []
    for match in _BRACKET.finditer(sentence) if _SCORED.search(sentence) else ():
        before = [w for at, w in words if at < match.start()][-2:]
        found.append((match.start(), int(match.group(1)), before))
    spots = [(m.start(1), int(m.group(1))) for m in _MINUTE.finditer(sentence)]
    ends = {at: _after_window(sentence, at + 1) for at, _ in spots}
    for at, minute in spots:
        index = sum(1 for start, _ in words if start < at)
        near = []
        for k in range(max(0, index - _REACH), min(len(words), index + _REACH)):
            start = words[k][0]
            # The word goes to the nearest minute whose clause can hold it: before the minute,
            # or after it and before its clause ends.
            holders = [spot for spot in spots if start < spot[0] or start < ends[spot[0]]]
            nearest = min(holders, key=lambda spot: abs(spot[0] - start), default=None)
            if nearest is not None and nearest[0] == at:
                near.append(words[k][1])
        found.append((at, minute, near))
    return [
        GoalMinute(article, outlet, minute, _name_words(near), sentence)
        for _, minute, near in found
        if 0 < minute <= 130
    ]


def _single(minutes: Sequence[GoalMinute]) -> dict[tuple[str, str], GoalMinute]:
    """(article, name word) → the one minute an article gives it; a word near two minutes of
    one article (a team, a scorer of two goals) names no single goal."""
    seen: dict[tuple[str, str], set[int]] = {}
    first: dict[tuple[str, str], GoalMinute] = {}
    for item in minutes:
        for name in item.names:
            seen.setdefault((item.article, name), set()).add(item.minute)
            first.setdefault((item.article, name), item)
    return {key: first[key] for key, values in seen.items() if len(values) == 1}


def goal_minute_conflicts(minutes: Sequence[GoalMinute], *, language: str) -> list[Discrepancy]:
    """Conflicts between outlets over one scorer's goal minute: both name the scorer near one
    minute only, neither gives the other's minute for them, and the two are close."""
    single = _single(minutes)
    given: dict[str, dict[int, list[GoalMinute]]] = {}
    for (_, name), item in sorted(single.items(), key=lambda pair: pair[0]):
        given.setdefault(name, {}).setdefault(item.minute, []).append(item)
    found: list[Discrepancy] = []
    told: set[tuple[str, int]] = set()  # one goal told under two name words is one conflict
    for name, by_minute in sorted(given.items(), key=lambda pair: -sum(map(len, pair[1].values()))):
        if len(by_minute) != 2:
            continue
        (low, first), (high, second) = sorted(by_minute.items())
        if high - low > _CLOSE or {i.outlet for i in first} & {i.outlet for i in second}:
            continue
        sides = {(i.article, i.minute) for i in (*first, *second)}
        if sides & told:
            continue
        told |= sides
        found.append(_conflict(name, (low, first), (high, second), language=language))
    return found


class ToldMinute(Protocol):
    """An outlet's article giving a minute in a sentence (a goal's, a flight's)."""

    @property
    def article(self) -> str: ...
    @property
    def outlet(self) -> str: ...
    @property
    def sentence(self) -> str: ...


def minutes_conflict(
    subject: str, head: str, sides: Sequence[tuple[int, Sequence[ToldMinute]]]
) -> Discrepancy:
    """A conflict between outlets' minutes of one thing: a claim per side, and a reason
    (``head``, then each minute with the outlets giving it) an editor can check."""
    claims = tuple(
        Claim(value=minute, text=group[0].sentence, sources=tuple(i.article for i in group))
        for minute, group in sides
    )
    shown = " / ".join(
        f"{minute} ({', '.join(sorted({i.outlet for i in group}))})" for minute, group in sides
    )
    return Discrepancy(
        subject=subject, kind="conflict", claims=claims, explanation=f"{head}: {shown}"
    )


def _conflict(name: str, *sides: tuple[int, list[GoalMinute]], language: str) -> Discrepancy:
    """The discrepancy of one goal's two minutes, with a reason naming the scorer."""
    subject = LABEL.get(language, LABEL["en"])
    return minutes_conflict(subject, sides[0][1][0].written(name), sides)


def story_goal_conflicts(documents: Sequence[Document], *, language: str) -> list[Discrepancy]:
    """Goal-minute conflicts of one story (nothing unless two outlets tell a goal's minute)."""
    told = [d for d in documents if _TOLD.search(d.body)]
    if len({d.article.source for d in told}) < 2:
        return []
    minutes = [
        minute
        for document in told
        for sentence in document.sentences
        for minute in sentence_minutes(sentence.text, document.id, document.article.source)
    ]
    return goal_minute_conflicts(minutes, language=language)
