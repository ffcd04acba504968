"""Which people and which event a figure counts, read from its sentence for discrepancies: a
sub-population named in the figure, a total since a war began, a figure of an earlier event."""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date

from marsad.caches import cached
from marsad.facts._calendar import AMBIGUOUS_MONTHS, MONTHS
from marsad.facts._dual_counts import dual_person
from marsad.facts._figure_dating import MONTH_AFTER_REACH, dates_figure
from marsad.facts.entities import EntityMention
from marsad.facts.gazetteer import lexicon_rows
from marsad.facts.quantities import CONCEPTS, SCOPES, QuantityMention
from marsad.lang.arabic import normalize
from marsad.lang.clitics import stems
from marsad.lang.words import word_set

BODIES = "bodies"
# Who a count covers when its own noun says so, beyond the quantity's scopes: soldiers are one
# side's toll ("35 جنديا" claimed by al-Shabaab beside 18 dead in all); passengers and crew are
# parts of all on board ("26 راكبا" beside "32 شخصا" on one plane). Fighters are left out:
# "اثنان من المقاتلين الروس" then "خمسة مواطنين روس" were one count (February gold).
# Militants are the other side's dead ("مقتل 71 إرهابيا" beside "7 من عناصر الجيش"); bodies
# found or seen are those recovered so far ("11 جثة" in one morgue), a part of a toll.
POPULATIONS: dict[str, frozenset[str]] = {
    "soldiers": word_set("جندي جنود جنديا عسكري عسكريين عسكريا soldiers"),
    "militants": word_set(
        "مسلح مسلحين مسلحا مسلحون متشدد متشددين متشددا متشددون متطرف متطرفين متطرفا متطرفون "
        "ارهابي ارهابيين ارهابيا ارهابيون تكفيري تكفيريين تكفيريا متمرد متمردين متمردا "
        "متمردون جهادي جهاديين جهاديا militants gunmen insurgents"
    ),
    BODIES: word_set("جثه جثث جثمان جثامين جثمانا bodies"),
    "passengers": word_set("راكب ركاب راكبا passengers"),
    "crew": word_set("طاقم طاقمها الطاقم crew"),
}  # fmt: skip
FORCES = "forces"  # soldiers named by their force after "من": "7 من عناصر الجيش"
# The armed side each population fights on. The two sides' dead are two counts, never one
# count told narrower ("7 من عناصر الجيش" beside "71 إرهابيا"); civilians beside soldiers
# stay another population of one attack (``scope``, as February 2018's labels have it).
_SIDES = {"soldiers": "forces", "security": "forces", FORCES: "forces", "militants": "militants"}
DEAD_OR_MISSING = "dead or missing"
_ONLY_APART = frozenset({"militants", FORCES, DEAD_OR_MISSING})
_MISSING = word_set("مفقود مفقودين مفقودا مفقودون missing")
_MISSING_WORDS = 4  # "قتيل ومفقود", "بين قتيل وجريح ومفقود": the words after the figure
# "بينهم أربعة أطفال" after a figure names a part of it: its population is not the whole's
# ("أوقع 14 قتيلا بينهم أربعة اطفال" counts all the dead, not children).
_PART_AFTER = re.compile(r"^[\s،,]*(?:\S+\s+)?(?:من\s+)?(?:بينهم|بينهن|منهم|منهن|including)(?!\w)")
_NOUN_WORDS = 3  # words after the figure read for its population ("6 من أفراد الطاقم")
# The seriously wounded are a population of their own: outlets count them apart from all the
# wounded ("جرح أربعة جنود، إصابة اثنين منهم بالغة" beside "ثلاثة جنود أصيبوا بجروح خطيرة
# ورابعا بجروح طفيفة": 2 against 3 seriously wounded, each beside 4 wounded in all; February
# 2018 blind gold). Told by a severity adjective in the words after the figure.
SERIOUSLY_INJURED = "seriously injured"
_SEVERE = word_set("خطيرة خطرة بالغة حرجة بليغة critical serious seriously")
_SEVERE_WORDS = 4  # "ثلاثة جنود أصيبوا بجروح خطيرة": the noun, the verb, "بجروح", the adjective


def population(mention: QuantityMention, sentence: str, *, civilians_apart: bool = False) -> str:
    """Who a figure counts: its scope, unless only a part named after it gave that scope; else
    a population its own words name (``POPULATIONS``); "all" by default. Civilians are all: most
    tolls of the dead are of civilians whether or not the sentence says so; with
    ``civilians_apart`` (the event counts armed dead too) they are a population of their own."""
    if seriously_injured(mention, sentence):
        return SERIOUSLY_INJURED
    if dead_or_missing(mention, sentence):
        return DEAD_OR_MISSING
    scope = mention.scope
    if (
        scope is not None
        and _PART_AFTER.match(sentence[mention.end :])
        and not any(_in(word, SCOPES[scope]) for word in mention.text.split())
    ):
        scope = None  # the scope came from the part after "بينهم"
    if scope is not None and (scope != "civilians" or civilians_apart):
        return scope
    words = [*mention.text.split(), *_noun_after(sentence[mention.end :])]
    # A dual names its people by its singular ("جنديين": two soldiers).
    words += [one for word in words if (one := dual_person(normalize(word))) is not None]
    if mention.scope is None and _of_forces(words):
        return FORCES
    for name, listed in POPULATIONS.items():
        if any(_in(word, listed) for word in words):
            return name
    return "all"


# An army or a force after the partitive "من" names soldiers however its members are called:
# "7 من عناصر الجيش", "اثنان من قوة مكافحة الإرهاب", "7 أفراد من قوات الجيش".
_FORCES = word_set("جيش الجيش قوات القوات قوه القوه")
_PARTITIVE = word_set("من")


def _of_forces(words: list[str]) -> bool:
    """True when "من" right after the value or its noun is followed, within two words, by an
    army or a force."""
    return any(
        _in(word, _PARTITIVE) and any(_in(after, _FORCES) for after in words[i + 1 : i + 3])
        for i, word in enumerate(words[1:3], start=1)
    )


def never_compared(one: str, other: str) -> bool:
    """True when two populations' counts are different things: two armed sides (``apart``),
    or the dead counted with the missing beside a count of the dead alone."""
    return apart(one, other) or (one != other and DEAD_OR_MISSING in (one, other))


def compared(name: str) -> str:
    """The population a count is compared under once ``never_compared`` let it be: militants,
    a force after "من" and the dead with the missing only keep counts apart, else they are
    all, as before they were read (a ``scope`` of them against a toll: March 2018, counts
    only, 14/23 right flags became 16/29)."""
    return "all" if name in _ONLY_APART else name


def apart(one: str, other: str) -> bool:
    """True when two populations fight on different sides (``_SIDES``): no one is in both, so
    their counts are two things, never a narrower count of one (``scope``)."""
    sides = (_SIDES.get(one), _SIDES.get(other))
    return None not in sides and sides[0] != sides[1]


def dead_or_missing(mention: QuantityMention, sentence: str) -> bool:
    """True when a count of the dead counts the missing with them ("400 ألف قتيل ومفقود"):
    a missing word among the words after the figure, to the clause's end."""
    if mention.concept != "killed":
        return False
    for word in sentence[mention.end :].split()[:_MISSING_WORDS]:
        bare = word.strip("«»،,.:\"'()")
        if _in(bare[1:] if bare.startswith("و") else bare, _MISSING):
            return True
        if word[-1] in "،,.:؛" or any(ch.isdigit() for ch in word):
            return False
    return False


def seriously_injured(mention: QuantityMention, sentence: str) -> bool:
    """True when a count of the wounded is told as of the seriously wounded (``_SEVERE``):
    "اثنين منهم \"بالغة\"", "اثنان منهم بحالة خطرة", "أصيبوا بجروح خطيرة"."""
    if mention.concept != "injured":
        return False
    after = _noun_after(sentence[mention.end :], _SEVERE_WORDS)
    return any(_in(word.strip("«»،,.:\"'()"), _SEVERE) for word in after)


def _noun_after(text: str, size: int = _NOUN_WORDS) -> list[str]:
    """Up to ``size`` words after a figure, to the clause's end: not the next figure's
    ("مقتل 10 أشخاص وإصابة 15 جنديا")."""
    kept: list[str] = []
    for word in text.split()[:size]:
        if word.startswith("و") or any(ch.isdigit() for ch in word):
            break
        kept.append(word)
        if word[-1] in "،,.:؛":
            break
    return kept


def _in(word: str, listed: frozenset[str]) -> bool:
    return any(form in listed for form in stems(normalize(word.strip("،,.:\"'()"))))


# A total since a war, an intervention, a year or years ago began ("قتل 45 جنديا روسيا في سوريا
# منذ بدء التدخل العسكري", "منذ مطلع العام"): the war's count, never the same count as one
# event's toll in it. A total since a day or since a campaign began ("منذ يوم الأحد", "منذ بدء
# الحملة") is the event's own running count (Ghouta's 403 then 500, February 2018).
_WAR_LONG = re.compile(
    r"منذ\s+(?:عام\s+|سنة\s+)?(?:19|20)\d\d"
    r"|منذ\s+(?:بدء|بداية|انطلاق|اندلاع)\s+(?:ال)?(?:حرب|نزاع|صراع|أزمة|ازمة|ثورة|تدخل"
    r"|عمليات\s+العسكرية|انتفاضة|احتلال)"
    r"|منذ\s+اندلاع|منذ\s+(?:مطلع|بداية|بدء)\s+(?:العام|السنة)|منذ\s+(?:سنوات|أعوام|اعوام|عقود)"
    r"|since\s+(?:19|20)\d\d"
)


def war_long(mention: QuantityMention, sentence: str) -> bool:
    """True when a figure is a total since a war or a year began (``_WAR_LONG``) after it."""
    return _WAR_LONG.search(sentence, mention.end) is not None


# An event dated months or years back: "بعد خمسة أشهر على زلزال", "قبل ثلاث سنوات"; or in an
# era ("إبان الحكم العثماني", "خلال الحرب العالمية").
AGO = re.compile(
    r"(?:قبل|بعد)\s+(?:نحو\s+|حوالي\s+)?(?:\S+\s+)?(?:أشهر|اشهر|شهور|سنوات|أعوام|اعوام|عقود"
    r"|عاما|عام|سنة|شهرا)(?:\s+(?:على|من))?(?!\w)"
    r"|(?:إبان|ابان)\s+(?:ال)?(?:حكم|حقبة|عهد|حرب)|الحرب\s+العالمية"
)
MONTH_NAMES = {
    words[0]: number
    for words, (calendar, number) in MONTHS.items()
    if calendar == "gregorian" and len(words) == 1 and words not in AMBIGUOUS_MONTHS
}
# A month named without a year this many months before publication or more (up to half a year)
# is last year's or months ago: another event than a story of the day.
MONTHS_BACK = (2, 6)
NEXT_WORDS = word_set("المقبل القادم المقبله القادمه")
_YEAR_AFTER = re.compile(r"^\s*[/\s\S]{0,16}?(?:19|20)\d\d")


def background(mention: QuantityMention, sentence: str, published: date | None) -> bool:
    """True when a figure's sentence dates it months back (``AGO``, or a month named without a
    year 2-6 months before ``published``) where the date can date it (``dates_figure``): an
    earlier event's count, not this one's. "بعد N أشهر على X" dates what follows it as N months
    after X: only a figure after it, in X, is X's ("بعد أشهر من مقتل 41 شخصا"); one before it is
    of now ("إلغاء عشر حفلات ... بعد أشهر من تأجيلها", February 2018 ANT, round 29)."""
    figure = (mention.start, mention.end)
    rest = sentence[: mention.start] + " " * (mention.end - mention.start) + sentence[mention.end :]
    for match in AGO.finditer(rest):
        after_only = match.group().startswith("بعد")
        if (not after_only or mention.start >= match.end()) and dates_figure(
            figure, rest, *match.span()
        ):
            return True
    return background_month(rest, published, figure) is not None


def background_month(
    text: str, published: date | None, figure: tuple[int, int] | None = None
) -> int | None:
    """The month, named without a year, 2-6 months before ``published`` that a sentence dates
    its event to ("وفي أغسطس الماضي" in February), or None: two outlets' figures of that month
    are one earlier event's (Sky's 44 dead against BBC's 41 in August's Alexandria crash). With
    a ``figure`` span, only a month that dates that figure (``dates_figure``) counts."""
    for start, end, number in past_months(text, published):
        if figure is None or dates_figure(
            figure, text, start, end, reach=MONTH_AFTER_REACH, clause=True
        ):
            return number
    return None


def past_months(text: str, published: date | None) -> list[tuple[int, int, int]]:
    """(start, end, month) of the months named without a year 2-6 months before ``published``,
    not a coming one ("مارس المقبل") nor the start of a running total ("منذ ديسمبر")."""
    if published is None:
        return []
    found = []
    words = list(re.finditer(r"[^\s/]+", text))  # "أغسطس/آب"
    for i, word in enumerate(words):
        bare = normalize(word.group().strip("،,.:\"'()"))
        bare = bare[1:] if bare[:1] in ("ف", "و", "ب") and bare[1:] in MONTH_NAMES else bare
        number = MONTH_NAMES.get(bare)
        if number is None or (i + 1 < len(words) and normalize(words[i + 1].group()) in NEXT_WORDS):
            continue
        if i > 0 and normalize(words[i - 1].group()) in ("منذ", "since"):
            continue  # "منذ ديسمبر": a running total since then
        # A year follows, after the month's other name ("ديسمبر/كانون الأول 2017"): the
        # year rules read it.
        if _YEAR_AFTER.match(" ".join(w.group() for w in words[i + 1 : i + 4])):
            continue
        if MONTHS_BACK[0] <= (published.month - number) % 12 <= MONTHS_BACK[1]:
            found.append((*word.span(), number))
    return found


# "مجموعة مكونة من 6 أشخاص حيث أصيب اثنان منهم": a figure whose counted verb comes after it,
# before "N منهم", counts the group a part of which was hurt, not those hurt.
_PART_OF_IT = re.compile(r"(?:^|\s)(\S+)\s+(?:منهم|منهن|منهما)(?!\w)")
_NUMBER_WORD = re.compile(r"\d|^(?:ال)?(?:اثن|ثلاث|أربع|اربع|خمس|ست|سبع|ثماني|تسع|عشر|واحد)")
_PART_REACH = 60  # characters after a figure searched for "N منهم"


def whole_of_a_part(mention: QuantityMention, sentence: str) -> bool:
    """True when a figure's counted word comes only after it, before a part of it ("6 أشخاص حيث
    أصيب اثنان منهم"): the group's size, not the count (not "جرح أربعة ... إصابة اثنين منهم")."""
    if mention.concept is None:
        return False
    after = sentence[mention.end : mention.end + _PART_REACH]
    part = _PART_OF_IT.search(after)
    if part is None or _NUMBER_WORD.search(part.group(1)) is None:
        return False
    words = CONCEPTS.get(mention.concept, frozenset())
    start = max(sentence.rfind(mark, 0, mention.start) for mark in ("،", ",", "."))
    before = sentence[start + 1 : mention.end].split()
    between = after[: part.start()].split()
    return not any(_in(w, words) for w in before) and any(_in(w, words) for w in between)


# "ثلاثة جنود أصيبوا بجروح خطيرة ورابعاً بجروح طفيفة": an ordinal after "و" adds one to the
# figure before it, which is a term of the count, not the count.
_ONE_MORE = re.compile(
    r"^[^،,.]{0,40}?\sو(?:ثاني|ثالث|رابع|خامس|سادس|سابع|ثامن|تاسع|عاشر)(?:ا|اً|ة|ةً)?(?!\w)"
)


def one_more_added(mention: QuantityMention, sentence: str) -> bool:
    """True when "و" and an ordinal follow a figure in its clause (``_ONE_MORE``)."""
    return _ONE_MORE.match(sentence[mention.end :]) is not None


@cached()
def countries_of() -> dict[str, str]:
    """The country each town or region lies in (``lexicons/within.tsv``)."""
    return dict(lexicon_rows("within.tsv"))  # two columns a row: place, country


def in_one_town(countries: set[str], towns: list[set[str]]) -> int | None:
    """The index of the only place set among ``towns`` with a town or region of one of
    ``countries`` (a toll placed only "في اليمن" beside one placed "في عدن": one event), or
    None when there is none or several (two towns of Syria: which one is unknown)."""
    within = countries_of()
    found = [i for i, places in enumerate(towns) if any(within.get(p) in countries for p in places)]
    return found[0] if len(found) == 1 else None


# "حيث" (where) opens a clause set in the place named just before it: in "«استؤنفت الغارات
# ... في ضواحي دوما» في الغوطة الشرقية حيث قتل نحو 519 مدنيا" the dead are Eastern Ghouta's, and
# Douma, named before that place, locates the strikes the quote tells of (ANT, February 2018).
_WHERE = re.compile(r"(?:^|\s)و?حيث(?!\w)")
WHERE_REACH = 25  # characters from the place's end to "حيث" ("الغوطة الشرقية المحاصرة حيث")


def in_where_clause(
    places: Sequence[EntityMention], sentence: str, start: int
) -> list[EntityMention]:
    """A figure's places less those named before the place a "حيث" clause holding the figure
    is set in (``_WHERE``); all of them when the figure is in no such clause."""
    cues = [m for m in _WHERE.finditer(sentence, 0, start) if "." not in sentence[m.end() : start]]
    if not cues:
        return list(places)
    cue = cues[-1].start()
    before = [p for p in places if p.end <= cue and cue - p.end <= WHERE_REACH]
    if not before:
        return list(places)
    head = max(before, key=lambda p: p.end)
    return [p for p in places if p.start >= head.start]
