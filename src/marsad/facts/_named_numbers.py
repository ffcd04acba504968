"""Numbers that name a thing rather than count it: model codes after a Latin letter spelled in
Arabic, a short quoted name that holds a number, and the number of a list's step."""

from __future__ import annotations

from marsad.caches import cached
from marsad.facts._counted import PERCENT_WORDS, load_counted
from marsad.facts._quote_words import QUOTE_MARKS
from marsad.facts._quoted_titles import naming_head
from marsad.facts.gazetteer import gazetteer
from marsad.lang.clitics import stems
from marsad.lang.names import fold
from marsad.lang.stopwords import ARABIC as _STOPWORDS
from marsad.lang.tokens import Token
from marsad.lang.words import word_set

# Latin letters spelled in Arabic, in matching form: before a number they write a model's code
# ("غالاكسي إس 9", "جي 20", "سي 57", "إف 16", "إيه-آر 15", "إس آند بي 500"). Letters whose
# spelling is also a common word are left out (إن، أو، في، أم، أي، ال).
LATIN_LETTERS = word_set(
    "بي سي دي إف اف جي إتش اتش كيه كاي آر ار إس اس تي يو كيو دبليو إكس اكس واي زد إيه ايه"
)
_DASHES = frozenset({"-", "–", "—"})
_NAME_SPAN = 5  # tokens of a quoted name at most ("غالاكسي إس 9 بلاس")


def names_a_thing(tokens: list[Token], first: int) -> bool:
    """True when the digits at ``first`` name a model, an outlet or a list's step."""
    return (
        _after_letter(tokens, first)
        or _in_quoted_name(tokens, first)
        or _list_step(tokens, first)
        or _alone_in_quotes(tokens, first)
        or _after_latin_name(tokens, first)
        or _in_titled_quotes(tokens, first)
        or _in_known_name(tokens, first)
        or _before_letter(tokens, first)
    )


def _before_letter(tokens: list[Token], first: int) -> bool:
    """Digits followed by a Latin letter's name are a code ("بخاصية "3 دي"", 3D; "شبكات 4 جي",
    4G): a count is followed by what it counts, never by a letter."""
    if not tokens[first].text[:1].isdigit() or first + 1 >= len(tokens):
        return False
    return tokens[first + 1].norm in LATIN_LETTERS


_NAME_WORDS = 3  # words before the digits in a lexicon name ("فرانس 24", "مجموعة الـ20")


def _in_known_name(tokens: list[Token], first: int) -> bool:
    """True when the digits at ``first`` close the name of an entity of the lexicons with the
    words just before them, a proclitic off the first ("لفرانس24" is "ل" + France 24, the
    outlet; the tokens split a word written onto digits, ``lang.tokens``)."""
    if first < 1 or not tokens[first].text[:1].isdigit():
        return False
    phrases = gazetteer().phrases
    digits = fold(tokens[first].text)
    for size in range(1, min(_NAME_WORDS, first) + 1):
        words = [fold(t.text) for t in tokens[first - size : first]]
        if any((head, *words[1:], digits) in phrases for head in stems(words[0])):
            return True
    return False


def _after_letter(tokens: list[Token], first: int) -> bool:
    """A Latin letter's name just before the number, a dash allowed between ("إيه-آر 15"), a
    proclitic on it ("لإس9"); or one of the letters that are also words (إن، أو ...) written
    onto the digits after another letter's name: a code ("إتش7 إن4", "إتش1إن1")."""
    i = first - 1
    if i >= 1 and tokens[i].text in _DASHES:
        i -= 1
    if i < 0:
        return False
    word, glued = tokens[i].norm, tokens[i].end == tokens[first].start
    if word in LATIN_LETTERS:
        return True
    # After "و" ("وإف 35"), or another proclitic when written onto the digits ("لإس9"): a
    # spaced "لدى 56" is "at", not "ل" + D.
    if any(form in LATIN_LETTERS for form in stems(word)) and (glued or word[0] == "و"):
        return True
    letter = glued and word in _WORD_LETTERS
    return letter and any(t.norm in LATIN_LETTERS for t in tokens[max(0, i - 3) : i])


# Latin letters spelled like Arabic words ("إن" N, "أو" O, "في" V, "أم" M, "أي" I): a code's
# letter only when written onto its digits after another letter of the code.
_WORD_LETTERS = word_set("إن ان أو او في أم ام أي اي")


def _in_quoted_name(tokens: list[Token], first: int) -> bool:
    """Digits inside a quoted span of a few words, after a name word and closing it or followed
    by one Latin word before the mark: a name ("نوكيا 8110"، "سبورت 360"، "نوكيا 8 Sirocco"), not
    words said ("قتل 5 أشخاص": an Arabic word after the number may be what it counts; "أكثر من
    100": a particle before it)."""
    if not tokens[first].text[:1].isdigit() or first < 2:
        return False
    before = tokens[first - 1]
    if not before.text[:1].isalpha() or before.norm in _STOPWORDS:
        return False
    close = next(
        (k for k in range(first + 1, min(len(tokens), first + 3)) if tokens[k].text in QUOTE_MARKS),
        None,
    )
    if close is None:
        return False
    if close == first + 2 and not tokens[first + 1].text.isascii():
        return False  # "قتل 5 أشخاص": an Arabic word after the number may be what it counts
    start = next(
        (
            k
            for k in range(first - 1, max(-1, close - _NAME_SPAN - 2), -1)
            if tokens[k].text in QUOTE_MARKS
        ),
        None,
    )
    if start is None:
        return False
    # A counted word in the span makes it words said ("عدد القتلى بلغ 300"), not a name.
    counted = _counted_words()
    return not any(form in counted for t in tokens[start + 1 : first] for form in stems(t.norm))


@cached()
def _counted_words() -> frozenset[str]:
    """Every word of the counted-things lexicon, in matching form."""
    return frozenset().union(*load_counted()[0].values())


# A quoted span right after a naming noun is a title, and its numbers are words of the title:
# "برنامج "60 دقيقة"" (a television programme), "فيلم «120 نبضة في الدقيقة»", "فيلم "73
# درجة"" (issue 18, round 20; a counted word inside does not make it words said, unlike
# ``_in_quoted_name``: the head names what the span is).
_TITLE_SPAN = 6  # tokens from the opening mark to the number, and from it to the closing one


def _in_titled_quotes(tokens: list[Token], first: int) -> bool:
    """True when the number at ``first`` stands in a quoted span opened just after a naming
    noun (``_quoted_titles.naming_head``) and closed a few tokens after it."""
    back = range(first - 1, max(-1, first - 1 - _TITLE_SPAN), -1)
    opening = next((k for k in back if tokens[k].text in QUOTE_MARKS), None)
    if opening is None or opening < 1 or not naming_head(tokens[opening - 1].text):
        return False
    ahead = range(first + 1, min(len(tokens), first + 1 + _TITLE_SPAN))
    return any(tokens[k].text in QUOTE_MARKS for k in ahead)


def _list_step(tokens: list[Token], first: int) -> bool:
    """ "6) انقر على تصدير": a number opening a sentence and closed by a bracket is a step."""
    return first == 0 and len(tokens) > 1 and tokens[1].text == ")"


def _alone_in_quotes(tokens: list[Token], first: int) -> bool:
    """Digits alone between quote marks label a thing ("الدفعة "29"", "القضية "4000"", a
    scorer's minute "باستوس "35""): a count quoted from words said keeps its noun inside."""
    if not (0 < first < len(tokens) - 1 and tokens[first].text[:1].isdigit()):
        return False
    return tokens[first - 1].text in QUOTE_MARKS and tokens[first + 1].text in QUOTE_MARKS


def _after_latin_name(tokens: list[Token], first: int) -> bool:
    """Digits right after a Latin-script name in Arabic text are its version or model ("iOS
    11", "Snapdragon 845", "ATR 72"): Arabic text counts with an Arabic noun. A name has a
    capital letter; English text around ("killed 12 people") is left to the counting rules,
    and a share stays one ("لدى Easyjet 45%")."""
    if first < 1 or not tokens[first].text[:1].isdigit():
        return False
    name = tokens[first - 1].text
    if not (name.isascii() and name.isalpha() and any(c.isupper() for c in name)):
        return False
    after = tokens[first + 1].norm if first + 1 < len(tokens) else ""
    return not ((after.isascii() and after.isalpha()) or after in PERCENT_WORDS)
