"""What a figure counts (the extensible lexicon ``lexicons/counted.tsv``), who gives it inside
the text, and whether it is a running total or one day's count."""

from __future__ import annotations

from importlib.resources import files
from typing import Literal

from marsad.caches import cached
from marsad.facts._numbers import ARABIC_WEEKDAYS
from marsad.lang.clitics import stems
from marsad.lang.tokens import CLAUSE_BREAKS, Token
from marsad.lang.words import word_set

ValueKind = Literal["exact", "range", "vague"]
Source = str
TimeScope = Literal["cumulative", "one_day", "unclear"]

# A count "since" something ("منذ بدء الحملة") covers longer than any stated period, in days.
SINCE_DAYS = 10_000.0

CURRENCIES = word_set(
    "دولار يورو جنيه ريال درهم دينار ليره روبل روبيه استرليني ين يوان dollar euro pound "
    # Cents move prices ("ارتفع برنت 34 سنتا"): an amount of money, not a count.
    "سنت سنتات cents "
    # Sub-units of the riyal, pound, dinar and franc ("50 هللة", "25 قرشا", "100 فلس").
    "هللة هللات قرش قروش قرشا فلس فلسا سنتيم سنتيمات "
    # Currencies of Latin America, Korea, Europe and Israel ("2 مليون بوليفار", "118.5 مليار وون").
    "بوليفار بيزو وون فرنك كرونه شيكل "
    # Iran's rial counted in tomans ("الخمسة آلاف تومان"; BBC, February 2018).
    "تومان"
)
PERCENT_WORDS = word_set("% ٪ بالمئة بالمائة المئة المائة percent")
# Words before a number that names something rather than counts it: a UN resolution, an
# article of a law, a phone model, a match minute ("أصيب في الدقيقة 26").
ID_WORDS = word_set(
    "القرار قرار رقم الرقم المادة مادة البند بند الفصل الفقرة نوت نوتس غالاكسي جالاكسي آيفون "
    "ايفون الدقيقة الجولة الرحلة الطراز موديل الإصدار إصدار النسخة الصفحة الطريق الكيلو "
    "طراز بوينغ بوينج ايرباص ميغ سوخوي المركز المرتبة الحلقة الساعة تي المرحله "
    "الكتيبة الفورمولا فورمولا "
    # An offshore block, a cup round, a phone name, not count: "الرقعة 9", "دور 32", "آي فون 8".
    "الرقعة رقعة البلوك دور فون "
    # Minutes of goals ("في الدقائق 46 و61 و89"), a unit's number ("اللواء 35 مدرع"), a
    # century ("القرن 21"), an edition ("الطبعة 23"), a race series and a phone make.
    "الدقائق اللواء القرن الطبعة فورميولا نوكيا "
    "note galaxy iphone resolution article flight boeing airbus"
)
# A resolution's number a few words after the word "قرار" ("قرار مجلس الأمن 2254").
# The plural too: "خرقا لقرارات مجلس الأمن 476 و478 لعام 1980" (two resolutions, no count).
RESOLUTION_WORDS = word_set("القرار قرار القرارات قرارات resolution resolutions")
# A running total is told with these words near it ("ارتفعت الحصيلة إلى", "حتى الآن").
_CUMULATIVE_CUES = word_set(
    "حصيلة الحصيلة ارتفع ارتفعت ترتفع ليرتفع لترتفع إجمالي الإجمالي مجمل منذ الآن total toll"
)
_CUE_WINDOW = 6  # tokens either side of a figure searched for a cumulative cue
_ACCORDING = word_set("حسب بحسب وفق وفقا طبقا نقلا according")
# "حسب ما أفاد المرصد", "وفق ما قال مدير المرصد", "حسبما ذكرت الوكالة": "ما" and a verb of
# telling come between "according to" and the name (they were read as the name's first words).
_ACCORDING_WHAT = word_set("حسبما بحسبما وفقما")
_WHAT = word_set("ما")
# Verbs of telling: their subject is a figure's source ("قالت الشرطة"), a day after one dates
# the telling (``quantities``). Fewer than ``quotes.SPEECH_VERBS``, the verbs that cite words.
SOURCE_VERBS = word_set(
    "قال قالت أفاد أفادت أعلن أعلنت ذكر ذكرت أكد أكدت أوضح أوضحت أحصى أحصت said reported "
    # A body that estimates a crowd or a toll gives it: "وقدرت الشرطة عدد المتظاهرين بـ...".
    "قدرت تقدر estimated"
)
# Words that end a source's name ("قالت الشرطة إن", "حسب المنظمين في باريس").
_SOURCE_STOPS = ARABIC_WEEKDAYS | word_set(
    "إن أن ان انه إنه أنها انها بأن في على عن من إلى الى مع بعد قبل منذ خلال و that in on of to "
    "أمس اليوم غدا مساء صباح عدد"  # "قدرت الشرطة عدد المتظاهرين": the count, not the name
    # A relative pronoun or a preposition with a pronoun ends a name: "مؤسس الجبهة الذي",
    # and "التي أعلنت عنها روسيا" tells what was announced, not who gave the figure.
    " الذي التي الذين اللذين اللتين عنها عنه عنهم منها منه منهم فيها فيه لها له لهم عليها"
    " عليه عليهم بها به اليها اليه لهما عنهما منهما"
)
_SOURCE_WORDS = 4  # longest source name kept
# Verbal nouns of a casualty or an arrest open what a source told ("أعلنت الوزارة مقتل شخص"):
# never a word of its name. (Not the whole counted lexicon: "مصدر عسكري", "مدير المستشفى".)
_TOLD_EVENTS = word_set(
    "مقتل مصرع وفاة إصابة جرح سقوط اعتقال توقيف احتجاز فقدان اختفاء نزوح إجلاء تشريد"
)


@cached()
def load_counted() -> tuple[dict[str, frozenset[str]], frozenset[str], frozenset[str]]:
    """The counted-things lexicon: words per counted thing, the cumulative ones, the weak ones."""
    text = files("marsad.facts").joinpath("lexicons", "counted.tsv").read_text(encoding="utf-8")
    words: dict[str, frozenset[str]] = {}
    cumulative, weak = set(), set()
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        name, kind, listed = line.split("\t")
        words[name] = word_set(listed)
        if kind == "cumulative":
            cumulative.add(name)
        elif kind == "weak":
            weak.add(name)
    return words, frozenset(cumulative), frozenset(weak)


def time_scope(period: float | None, tokens: list[Token], start: int) -> TimeScope:
    """``cumulative`` for a running total, ``one_day`` for a day's count, else ``unclear``."""
    if period is not None and period >= SINCE_DAYS:
        return "cumulative"
    at = next((i for i, t in enumerate(tokens) if t.start >= start), len(tokens))
    near = tokens[max(0, at - _CUE_WINDOW) : at + _CUE_WINDOW]
    if any(form in _CUMULATIVE_CUES for t in near for form in stems(t.norm)):
        return "cumulative"
    if period == 1:
        return "one_day"
    return "unclear"


def in_text_source(tokens: list[Token], first: int, last: int) -> Source | None:
    """Who gives the figure inside the text: the words after "حسب/وفقا لـ/نقلا عن" after the
    figure, else before it ("200 ألف بحسب المنظمين و50 ألفا بحسب الشرطة": each figure its
    own), else the subject of a speech verb before the figure ("قالت الشرطة إن")."""
    for i in (*range(last + 1, len(tokens)), *range(first)):
        token = tokens[i]
        if _has(token, _ACCORDING | _ACCORDING_WHAT):
            after = i + 1
            if token.norm.endswith("نقلا") and after < len(tokens) and tokens[after].norm == "عن":
                after += 1
            if found := _name(tokens, _past_what_told(tokens, after, token)):
                return found
    for i in range(first - 1, -1, -1):
        if _has(tokens[i], SOURCE_VERBS) and (found := _name(tokens, i + 1)):
            return found
    return None


def _past_what_told(tokens: list[Token], i: int, according: Token) -> int:
    """The index of the name after "حسب ما أفاد" / "حسبما ذكرته": past "ما" and the verb of
    its relative clause, whatever verb it is ("نقلته", "أبلغ")."""
    if according.norm in _ACCORDING_WHAT:
        return i + 1
    return i + 2 if i < len(tokens) and tokens[i].norm in _WHAT else i


def _has(token: Token, words: frozenset[str]) -> bool:
    return any(form in words for form in stems(token.norm))


def _name(tokens: list[Token], i: int) -> str | None:
    words: list[str] = []
    for token in tokens[i : i + _SOURCE_WORDS]:
        norm = token.norm
        if token.text in CLAUSE_BREAKS or norm in _SOURCE_STOPS or _a_figure(token.text):
            break
        if words and norm.startswith("ب") and len(norm) > 4:
            break  # "أفادت الشرطة بمقتل": the preposition opens what was said
        if words and norm in _TOLD_EVENTS:
            break  # "أعلنت وزارة الداخلية الأفغانية مقتل شخص": the verbal noun of what was told
        words.append(_without_preposition(token.text) if not words else token.text)
    return " ".join(words) or None


def _a_figure(word: str) -> bool:
    """True when a word opens another figure: "50", "و50" (a source's name ends before it)."""
    return word[:1].isdigit() or (word[:1] in "وف" and word[1:2].isdigit())


def _without_preposition(word: str) -> str:
    """ "للشرطة" → "الشرطة", "لوزارة" → "وزارة" (after "وفقا")."""
    if word.startswith("لل") and len(word) > 4:
        return "ال" + word[2:]
    if word.startswith("ل") and len(word) > 4:
        return word[1:]
    return word
