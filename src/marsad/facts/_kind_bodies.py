"""Bodies an article names by a kind noun ("صحيفة الغارديان", "حزب العيش والحرية"), so that
"الصحيفة" or "الحزب" alone as a speaker stands for the one body of that kind it named."""

from __future__ import annotations

import re

from marsad.caches import cached
from marsad.facts._name_words import not_a_name
from marsad.lang.arabic import normalize
from marsad.lang.stopwords import ARABIC
from marsad.lang.tokens import CLAUSE_BREAKS, Token, tokenize, words_of
from marsad.lang.words import word_set

_QUOTES = frozenset({'"', "«", "»", "“", "”"})
_NAME_WORDS = 5  # "هيئة الاتصالات وتقنية المعلومات", "صحيفة وول ستريت جورنال"
# Words that end a name written without ال: what was said (إن/أن, فإن), from whom ("عن"),
# a weekday or a time word after the body.
_ENDS = word_set(
    "إن أن ان فإن فان بأن انه أنه إنه عن نقلا في على إلى الى من مع خلال عبر يوم أمس اليوم "
    "السبت الأحد الاحد الاثنين الإثنين الثلاثاء الأربعاء الاربعاء الخميس الجمعة التي الذي "
    "تقريرا بيانا تدعى يدعى تسمى تحت ضد بين لدى"
)


def _definite(token: Token) -> bool:
    """ "الإسبانية", "والحرية", "للأنباء": a word with the article, which continues a name."""
    return token.norm.startswith(("ال", "وال", "لل"))


# Feminine adjectives: a nisba فلانية ("فرنسية"), مفعولة ("مملوكة"), فعيلة ("كبيرة"), فعلة
# ("نشطة"). A verbal noun in construct, with its ا ("هيئة مراقبة الخصوصية"), also ends in ة
# and opens a name: no shape here matches it.
_FEMININE_ADJECTIVE = re.compile("^(?:.{2,}يه|م[^ا]{2}و[^ا]ه|[^ا]{2}ي[^ا]ه|[^ا]{3}ه)$")


def _agrees(word: str, kind: str) -> bool:
    """True for a word without ال that agrees with the kind noun as its adjective: a feminine
    one after a feminine kind ("شركة فرنسية", "شركة مملوكة"), a nisba in ي after a masculine
    one ("حزب يساري"). Names written without ال rarely take these shapes ("شركة نينتندو")."""
    if kind.endswith("ه"):
        return bool(_FEMININE_ADJECTIVE.match(word))
    return word.endswith("ي")


def _name_after(tokens: list[Token], at: int, kind: str) -> list[Token]:
    """The words naming the body after its kind noun at ``at``: a quoted name ("صحيفة "ميرور""),
    else a first word then words with ال ("وزارة الخارجية الروسية") or, after a first word
    without it, more such words then ال- words ("صحيفة واشنطن بوست الأمريكية"). None for an
    indefinite description: an adjective agreeing with the kind noun (``_agrees``) or ل+ال
    ("منظمة للدفاع عن النفس") right after it."""
    rest = tokens[at + 1 : at + 2 + _NAME_WORDS]
    if rest and rest[0].text in _QUOTES:
        name: list[Token] = []
        for token in rest[1:]:
            if token.text in _QUOTES:
                return name
            name.append(token)
        return []
    name = []
    for token in rest:
        bare = not _definite(token)
        if (
            token.text in CLAUSE_BREAKS
            or token.text in _QUOTES
            or not token.text[0].isalpha()
            or token.norm in _ENDS
            or not_a_name(token.norm, token.text)
            or (bare and name and (_definite(name[-1]) or token.norm in ARABIC))
        ):
            break
        if not name and (
            token.norm.startswith("لل")
            or token.norm in ARABIC  # "وهو حزب تحت التأسيس": a preposition, no name
            or (bare and _agrees(token.norm, kind))
        ):
            return []
        name.append(token)
    return name if len(name) <= _NAME_WORDS - 1 else []


def named_bodies(text: str, kinds: frozenset[str]) -> list[tuple[str, str]]:
    """(kind, name) for each body ``text`` names with a kind noun of ``kinds`` (matching form)
    right before its name: "وقالت صحيفة الغارديان" → ("صحيفه", "صحيفة الغارديان")."""
    if words_of(text).isdisjoint(written_kinds(kinds)):
        return []  # most sentences name no kind noun: one set test instead of a token loop
    return read_bodies(text, kinds)


def read_bodies(text: str, kinds: frozenset[str]) -> list[tuple[str, str]]:
    """``named_bodies`` without its prefilter: every token read as a possible kind noun."""
    tokens = tokenize(text)
    found = []
    for at, token in enumerate(tokens):
        # "وشركة", "لصحيفة"; not "للجنة", ل then the article written without its ا
        joined = token.norm[:1] in _JOINED and token.norm[1:] in kinds
        joined = joined and not token.norm.startswith("لل")
        kind, written = (token.norm[1:], token.text[1:]) if joined else (token.norm, token.text)
        if kind in kinds and (name := _name_after(tokens, at, kind)):
            found.append((kind, " ".join([written, *(t.text for t in name)])))
    return found


# The one-letter proclitics written onto a kind noun: "وشركة", "فوزارة", "بحزب", "لصحيفة".
_JOINED = "وفبل"


@cached(64)
def written_kinds(kinds: frozenset[str]) -> frozenset[str]:
    """Every word ``named_bodies`` reads as a kind noun: the kinds, bare or after a proclitic
    of ``_JOINED``; a sentence with none of them names no body (its prefilter)."""
    return kinds | {clitic + kind for clitic in _JOINED for kind in kinds}


def remember_bodies(bodies: dict[str, str | None], text: str, kinds: frozenset[str]) -> None:
    """Add the bodies ``text`` names to ``bodies`` (kind: name). A kind that names two bodies
    ("صحيفة آس" then "صحيفة ماركا") names no one body: None, no guess; the same name written
    shorter or longer ("صحيفة واشنطن بوست الأمريكية", "صحيفة واشنطن بوست") is one body, kept
    in its shorter form."""
    for kind, name in named_bodies(text, kinds):
        if kind not in bodies:
            bodies[kind] = name
        elif (known := bodies[kind]) is not None:
            # the shorter form: a name may run on into the verb's object ("اتهم حزب العيش
            # والحرية الأجهزة الأمنية")
            same = _same(known.split(), name.split())
            bodies[kind] = min(known, name, key=len) if same else None


def _same(one: list[str], other: list[str]) -> bool:
    """True when one name's words start the other's."""
    size = min(len(one), len(other))
    return one[:size] == other[:size]


def bare_kind(speaker: str) -> str | None:
    """The kind word of a bare definite kind noun ("الصحيفة" → "صحيفه"), else None: the key
    under which an article's earlier bodies of that kind are remembered."""
    word = normalize(speaker)
    if " " in speaker or not word.startswith("ال"):
        return None
    return word[2:]
