"""Quantities: a number or vague amount, its qualifier, its counted noun and what it counts."""

from __future__ import annotations

from dataclasses import dataclass

from marsad.facts._numbers import Number, read_number
from marsad.facts._text import CLAUSE_BREAKS, Token, stems, tokenize, word_set

# Qualifiers written before a figure, in matching form. "اقترب من" (approached) is "about".
_QUALIFIERS: dict[tuple[str, ...], str] = {
    ("نحو",): "about", ("حوالي",): "about", ("زهاء",): "about", ("قرابه",): "about",
    ("ما", "يقارب"): "about", ("يقارب",): "about", ("ما", "يناهز"): "about",
    ("اقترب", "من"): "about", ("اكثر", "من"): "more_than", ("ما", "يزيد", "على"): "more_than",
    ("ما", "يزيد", "عن"): "more_than", ("يزيد", "على"): "more_than", ("اقل", "من"): "less_than",
    ("لا", "يقل", "عن"): "at_least", ("about",): "about", ("around",): "about",
    ("nearly",): "about", ("almost",): "about", ("approximately",): "about", ("some",): "about",
    ("more", "than"): "more_than", ("over",): "more_than", ("at", "least"): "at_least",
    ("less", "than"): "less_than", ("fewer", "than"): "less_than", ("up", "to"): "up_to",
}  # fmt: skip
# Counted nouns in the plural or accusative (tanween alef) mapped to one lemma.
_LEMMAS = {
    "ايام": "يوم", "يوما": "يوم", "جنود": "جندي", "جنديا": "جندي", "اشخاص": "شخص",
    "شخصا": "شخص", "قتلي": "قتيل", "قتيلا": "قتيل", "عناصر": "عنصر", "عنصرا": "عنصر",
    "ساعات": "ساعه", "اسابيع": "اسبوع", "اشهر": "شهر", "شهور": "شهر", "سنوات": "سنه",
    "اعوام": "عام", "عاما": "عام", "دول": "دوله", "طائرات": "طائره", "مدنيين": "مدني",
    "متظاهرين": "متظاهر", "محتجين": "محتج", "محتجا": "محتج", "جرحي": "جريح",
    "مصابين": "مصاب", "معتقلين": "معتقل", "اطفال": "طفل", "troops": "troop",
    "soldiers": "soldier", "people": "person", "days": "day",
}  # fmt: skip
# Nouns in the dual count two: "يومين" = 2 days (closed list; the dual ending is ambiguous).
_DUAL_NOUNS = {"يومين": "يوم", "يومان": "يوم", "اسبوعين": "اسبوع", "شهرين": "شهر",
               "عامين": "عام", "سنتين": "سنه", "ساعتين": "ساعه"}  # fmt: skip
TIME_UNITS = frozenset({"يوم", "اسبوع", "شهر", "سنه", "عام", "ساعه", "دقيقه", "day", "week"})
# What a figure counts. Cumulative counts grow over time, so a later larger figure is an update.
CONCEPTS: dict[str, frozenset[str]] = {
    "deaths": word_set("قتيل قتلي قتلا مقتل قتل قتلت قتلوا حتفهم وفاه وفيات ضحايا ضحيه اودت "
                        "توفي killed dead deaths died"),
    "injured": word_set("جريح جرحي جرح اصابه اصيب اصيبوا اصابات مصاب مصابين injured "
                         "wounded"),
    "arrests": word_set("اعتقال معتقل معتقلين اعتقل اعتقلت موقوف موقوفين اوقف توقيف احتجاز "
                         "محتجز محتجزين arrested detained arrests"),
    "troops": word_set("جندي جنود عسكري عسكريين قوام قوامها troops soldiers troop "
                        "soldier"),
    "displaced": word_set("نازح نازحين لاجئ لاجئين displaced refugees"),
}  # fmt: skip
CUMULATIVE = frozenset({"deaths", "injured", "arrests", "displaced"})
# Who is counted, when narrower than "people": different scopes are never a conflict.
SCOPES: dict[str, frozenset[str]] = {
    "protesters": word_set("محتج محتجين متظاهر متظاهرين protesters demonstrators"),
    "security": word_set("امن شرطه شرطي شرطيين police"),
    "civilians": word_set("مدني مدنيين civilians"),
    "children": word_set("طفل اطفال children"),
}  # fmt: skip
_NOT_NOUNS = word_set("من في علي الي عن حتي و او ثم منذ خلال بعد قبل مع of in on to and or "
                       "the a since")  # fmt: skip
# The article and the proclitics seen on counted nouns ("من الجنود", "بالعشرات").
_NOUN_PREFIXES = ("وبال", "وال", "بال", "لل", "ال", "و", "ب")
_ABOUT_MARGIN = 0.1  # "نحو 2000" is read as 2000 ± 10% when judging whether figures agree


@dataclass(frozen=True, slots=True, kw_only=True)
class QuantityMention:
    """One figure in one sentence: value or range, qualifier, counted noun, concept, span."""

    text: str
    value: float | None
    low: float | None
    high: float | None
    qualifier: str | None
    unit: str | None
    concept: str | None
    scope: str | None
    start: int
    end: int

    @property
    def key(self) -> tuple[object, ...]:
        """What two mentions must share to be the same fact."""
        return (self.concept or self.unit, self.scope, self.value, self.low, self.high)


def lemma(word: str) -> str:
    """The counted noun's lemma: clitics and accusative alef off, plural to singular."""
    word = word.lower()
    for prefix in _NOUN_PREFIXES:
        if word.startswith(prefix) and len(word) - len(prefix) >= 3:
            word = word[len(prefix) :]
            break
    return _LEMMAS.get(word, word)


def _qualifier(tokens: list[Token], first: int) -> tuple[str | None, int]:
    for size in (3, 2, 1):
        start = first - size
        if start >= 0:
            words = tuple(
                stems(t.norm.lower())[-1 if size == 1 else 0] for t in tokens[start:first]
            )
            if words in _QUALIFIERS:
                return _QUALIFIERS[words], start
    return None, first


def _noun(tokens: list[Token], after: int, *, vague: bool) -> int | None:
    """Index of the counted noun right after the number (skipping "من" after a vague word)."""
    i = after
    if vague and tokens[after - 1].norm.startswith(("ال", "بال", "وال")):
        return None  # "مقتل العشرات": a definite vague word stands alone
    if i < len(tokens) and tokens[i].norm == "من":
        i += 1
    if i >= len(tokens) or not tokens[i].text[0].isalpha():
        return None
    return None if tokens[i].norm.lower() in _NOT_NOUNS else i


def _match(word: str, table: dict[str, frozenset[str]]) -> str | None:
    forms = (*stems(word.lower()), lemma(word))
    return next((name for name, words in table.items() if any(f in words for f in forms)), None)


def _context(
    tokens: list[Token], first: int, last: int, *, has_noun: bool
) -> tuple[str | None, str | None]:
    """Concept and scope from the counted noun, the words after it, then back in the clause."""
    concept = scope = None
    forward: list[int] = []
    for i in range(last + 1, min(len(tokens), last + 4)) if has_noun else ():
        if tokens[i].text in CLAUSE_BREAKS or tokens[i].norm.startswith("و"):
            break  # the next clause ("وجرح المئات") counts something else
        forward.append(i)
    order = [*range(first, last + 1), *forward, *range(first - 1, max(-1, first - 9), -1)]
    for i in order:
        if tokens[i].text in CLAUSE_BREAKS:
            if i < first:
                break
            continue
        found = _match(tokens[i].norm, CONCEPTS)
        if found and (concept is None or concept == "troops"):
            concept = found if concept is None or found != "troops" else concept
        scope = scope or _match(tokens[i].norm, SCOPES) if i >= first else scope
    return concept, scope


def _is_date_number(tokens: list[Token], number: Number, month_words: frozenset[str]) -> bool:
    """Days of a month and years are dates, not quantities."""
    nxt = tokens[number.last + 1].norm if number.last + 1 < len(tokens) else ""
    prev = tokens[number.first - 1].norm if number.first > 0 else ""
    if nxt in month_words or prev in month_words or lemma(prev) in month_words:
        return True
    if lemma(prev) in ("عام", "سنه", "year") or nxt == "ء":
        return True
    value = number.value
    is_year = value is not None and float(value).is_integer() and 1900 <= value <= 2100
    return is_year and not (nxt[:1].isalpha() and nxt not in _NOT_NOUNS)


def _range(value: float, qualifier: str | None) -> tuple[float | None, float | None]:
    if qualifier == "about":
        return value * (1 - _ABOUT_MARGIN), value * (1 + _ABOUT_MARGIN)
    if qualifier in ("more_than", "at_least"):
        return value, None
    if qualifier in ("less_than", "up_to"):
        return 0, value
    return value, value


def quantities(text: str, *, month_words: frozenset[str] = frozenset()) -> list[QuantityMention]:
    """Every figure in one sentence, with counted noun and concept. Never raises on any text."""
    tokens = tokenize(text)
    found: list[QuantityMention] = []
    i = 0
    while i < len(tokens):
        mention = _mention_at(tokens, i, text, month_words)
        if mention is None:
            i += 1
            continue
        found.append(mention[0])
        i = mention[1] + 1
    return found


def _read(tokens: list[Token], i: int) -> tuple[Number, str | None] | None:
    number = read_number(tokens, i)
    if number is not None:
        return number, None
    dual = _DUAL_NOUNS.get(stems(tokens[i].norm)[-1])
    if dual is None:
        return None
    return Number(first=i, last=i, value=2), dual


def _mention_at(
    tokens: list[Token], i: int, text: str, month_words: frozenset[str]
) -> tuple[QuantityMention, int] | None:
    read = _read(tokens, i)
    if read is None:
        return None
    number, unit = read
    if not number.vague and _is_date_number(tokens, number, month_words):
        return None
    qualifier, start = _qualifier(tokens, number.first)
    last = number.last
    if unit is None and (noun := _noun(tokens, number.last + 1, vague=number.vague)) is not None:
        unit, last = lemma(tokens[noun].norm), noun
    if number.vague:
        low, high, qualifier = number.low, number.high, "vague"
    else:
        assert number.value is not None  # exact numbers always carry a value
        low, high = _range(number.value, qualifier)
    concept, scope = _context(tokens, number.first, last, has_noun=last > number.last)
    if unit in TIME_UNITS:
        concept, scope = None, None
    mention = QuantityMention(
        text=text[tokens[start].start : tokens[last].end],
        value=number.value,
        low=low,
        high=high,
        qualifier=qualifier,
        unit=unit,
        concept=concept,
        scope=scope,
        start=tokens[start].start,
        end=tokens[last].end,
    )
    return mention, last
