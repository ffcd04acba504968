"""Words that look like a day but are not one: named days ("الجمعة العظيمة"), "X of the day"
("طبق اليوم"), the verb "لامس", and names in quotes read as a future verb (issue 18, round 19)."""

from __future__ import annotations

from marsad.lang.clitics import stems
from marsad.lang.tokens import Token
from marsad.lang.words import word_set

# A weekday followed by one of these adjectives names a feast or a day in history, not a day of
# this week: "اتفاق الجمعة العظيمة" (the Good Friday Agreement, 1998), "الجمعة السوداء" (Black
# Friday), "الأحد الدامي" (Bloody Sunday), "الثلاثاء الكبير" (Super Tuesday). Read on ANT,
# February 2018 (the Good Friday Agreement dated twice as the coming Friday).
_NAMED_DAY = word_set(
    "العظيمة العظيم الحزينة السوداء الأسود الدامي الدامية الكبير الكبرى المقدس المقدسة"
)


def named_day(tokens: list[Token], i: int) -> bool:
    """True when the weekday at ``i`` is followed by an adjective naming a day (``_NAMED_DAY``)."""
    return i + 1 < len(tokens) and tokens[i + 1].norm in _NAMED_DAY


# "اليوم" after one of these nouns is "of the day" or "of nowadays", not the publication day:
# "طبق اليوم" (the dish of the day), "وجوه اليوم" (today's faces), "شباب اليوم", "عالم اليوم",
# "حياتنا اليوم" (our life nowadays; a possessive "-نا" is allowed). Read on ANT, February 2018
# (an opinion column's "وجوه اليوم", a quote's "في حياتنا اليوم") and the March editors' read.
_OF_THE_DAY = word_set(
    "طبق وجبة وجوه جيل أجيال شباب عالم حياة مجتمع واقع زمن عصر نجم سؤال حكمة صورة لقطة"
)


def of_the_day(tokens: list[Token], i: int) -> bool:
    """True when "اليوم" at ``i`` is the second term of "X of the day" (``_OF_THE_DAY``)."""
    if i < 1:
        return False
    word = tokens[i - 1].norm
    if word.endswith("نا") and len(word) > 4:
        word = word[:-2]
        word = word[:-1] + "ه" if word.endswith("ت") else word  # "حياتنا" -> "حياه"
    return any(form in _OF_THE_DAY for form in stems(word))


# "في اليوم" ending a clause is a rate, not the publication day: "50 مليون ساعة في اليوم",
# "أكثر من مرة في اليوم؟" (3 of 45 bare "اليوم" entries drawn from February's timelines).
# "حتى اليوم" (so far) is left a date: the round-17 February labels give it the publication day.
_RATE_ENDS = frozenset({".", "،", ",", "؟", "?", "!", '"', "»", "”", ")", ";", "؛"})


def per_day(tokens: list[Token], i: int) -> bool:
    """True when "اليوم" at ``i`` is "في اليوم" ending a clause (``_RATE_ENDS``) or inside one
    with no definite word after it (``_rate_inside``)."""
    if i < 1 or tokens[i - 1].norm != "في":
        return False
    return i + 1 >= len(tokens) or tokens[i + 1].text in _RATE_ENDS or _rate_inside(tokens, i)


def _rate_inside(tokens: list[Token], i: int) -> bool:
    """True when "في اليوم" goes on with an indefinite word: a rate inside the clause."""
    # Today is "اليوم" with no "في"; "في اليوم" names a day only with a definite word after it
    # ("في اليوم التالي", "في اليوم الأول"). Before an indefinite word it is "per day": "21
    # ساعة في اليوم وإطعامهن", "درس واحد في اليوم لن يسبب", "250 ألف يورو في اليوم إذا" (all 3
    # such "في اليوم" in February 2018's bodies are rates; "مرتين في اليوم" in the March read).
    nxt = tokens[i + 1]
    return nxt.text[:1].isalpha() and not nxt.norm.startswith(("ال", "وال"))


# "اليوم ... لكن غدا" sets now against the future, not two calendar days: "يتم تسييرها عن بعد
# اليوم، لكن غدا الأسلحة يمكنها أن تتعلم", "على كوكب الأرض اليوم، ربما غدا عند استيطان كوكب
# مارس" (the only 2 "غدا" after such a particle in February 2018's bodies, both rhetoric). A
# schedule joins the days with "و" ("تقام اليوم وغداً"), which stays two dates.
_CONTRAST = word_set("لكن ولكن ربما وربما بل")
_TOMORROW = word_set("غدا")
_CONTRAST_REACH = 3  # tokens from "اليوم" to its "غدا": "اليوم، لكن غدا"


def now_against_future(tokens: list[Token], i: int) -> bool:
    """True for "غدا" after a contrast particle (``_CONTRAST``) with "اليوم" before it in the
    sentence, and for that "اليوم": the present and the future, no days."""
    if tokens[i].norm in _TOMORROW:
        contrasted = i >= 2 and tokens[i - 1].norm in _CONTRAST
        return contrasted and any(t.norm == "اليوم" for t in tokens[: i - 1])
    if tokens[i].norm != "اليوم":
        return False
    ahead = tokens[i + 1 : i + 1 + _CONTRAST_REACH]
    return any(
        t.norm in _TOMORROW and now_against_future(tokens, i + 1 + k) for k, t in enumerate(ahead)
    )


# "لامس" is the verb "touched" ("وكان الخام قد لامس في وقت سابق أعلى مستوى"), not "لأمس" (for
# yesterday), which is written with its hamza and is rare beside "ليوم أمس".
_TOUCHED = frozenset({"لامس", "ولامس", "فلامس"})


def touched(token: Token) -> bool:
    """True for the verb "لامس" read as "ل" + "أمس"."""
    return token.norm in _TOUCHED and "أ" not in token.text and "إ" not in token.text


_OPENERS = frozenset({"«", "“"})
_CLOSERS = frozenset({"»", "”"})
_NAME_WORDS = 4  # a quoted span of up to this many words is a name or a title


def in_quoted_name(tokens: list[Token], j: int) -> bool:
    """True when the word at ``j`` stands inside a short quoted span: a name or a title
    ("ثانوية "مارجوري ستونمان دوغلاس"", "«غالاكسي إس 9»"), whose words are not verbs of the
    clause around it; the nearest quote mark before opens the span and the nearest after
    closes it (a straight quote opens when an even number of them stand before it)."""
    before = [k for k in range(max(0, j - _NAME_WORDS), j) if _quote(tokens[k].text)]
    after = [
        k for k in range(j + 1, min(len(tokens), j + 1 + _NAME_WORDS)) if _quote(tokens[k].text)
    ]
    if not before or not after:
        return False
    opens, closes = tokens[before[-1]].text, tokens[after[0]].text
    if opens == '"':
        straight = sum(t.text == '"' for t in tokens[: before[-1]])
        return straight % 2 == 0 and closes == '"'
    return opens in _OPENERS and closes in _CLOSERS


def _quote(text: str) -> bool:
    return text == '"' or text in _OPENERS or text in _CLOSERS


# A perfect of the form فاعَل begins with "سا" like سـ + the أ- imperfect ("سأعود"): "سافرت"
# (she travelled), "ساهم" (took part), "ساعدت", "سانده". Its shape is "سا" + the root's last two
# letters + a perfect ending or object pronoun; a future "سأفعل" has three letters after "سا",
# and a hollow one ("سأقول", "سأموت") has و/ي second. Written with its hamza ("سأ") it stays a
# future. Read on ANT, February 2018 ("سافرت ... يوم الأحد" dated the coming Sunday).
_PERFECT_ENDS = ("", "ت", "تا", "وا", "ا", "نا", "تم", "ه", "ها", "هم", "ته", "وه")


def sa_perfect(token: Token) -> bool:
    """True when the word is a فاعل perfect ("سافرت", "وساهم"), not سـ + imperfect."""
    word = token.norm.removeprefix("و").removeprefix("ف")
    if not word.startswith("سا") or "سأ" in token.text:
        return False
    rest = word[2:]
    return any(
        len(rest) == 2 + len(end) and rest.endswith(end) and rest[1] not in "وىي"
        for end in _PERFECT_ENDS
    )


# "the same day": "باليوم نفسه من العام 2015", "وفي اليوم ذاته" (a proclitic on "اليوم" hides it
# from the noun checks of ``dates._relative``). "ليست وليدة اليوم أو البارحة" (not new): the
# second day word of the idiom is no day either. Read on a February 2018 timeline sample
# (tests/data/timeline_feb_engineer, round 29): both were filed as days of a story.
_SAME = word_set("نفسه نفسها ذاته ذاتها")
_BORN_OF = word_set("وليد وليدة وليده")
_OR = word_set("أو او و")


def same_day(tokens: list[Token], i: int) -> bool:
    """True when the day word at ``i`` is followed by "نفسه/ذاته" (the same day)."""
    return i + 1 < len(tokens) and tokens[i + 1].norm in _SAME


def born_of(tokens: list[Token], i: int) -> bool:
    """True when the day word at ``i`` is the second of "وليدة اليوم أو البارحة"."""
    return (
        i >= 3
        and tokens[i - 1].norm in _OR
        and tokens[i - 2].norm == "اليوم"
        and tokens[i - 3].norm in _BORN_OF
    )
