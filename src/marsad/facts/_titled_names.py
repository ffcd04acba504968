"""Titled names: a title then a name ("اللواء شلال علي شائع"), appositions, name words."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from marsad.facts._article_names import ArticleNames
from marsad.facts._quote_words import (
    AFTER_NAME,
    BODIES,
    HONORIFICS,
    KINDS,
    NAME_END,
    NAME_PARTICLES,
    NAME_WORDS,
    NOT_NAMES,
    NOT_SPEAKERS,
    PREPOSITIONS,
    QUOTE_MARKS,
    QUOTED_NAME_WORDS,
    RANKS,
    RUN_WORDS,
    SHORT_NAME,
    SPEAKER_HEADS,
    SUBJECT_BREAKS,
    SUBJECT_STOPS,
    THAT,
    TITLE_WORDS,
    UNNAMED,
    WEEKDAYS,
)
from marsad.facts._speaker_words import _kin, _span, apposition_title, is_title
from marsad.facts._speech_verbs import is_speech_verb
from marsad.facts.entities import EntityMention
from marsad.lang.arabic import normalize
from marsad.lang.stopwords import ARABIC
from marsad.lang.tokens import Token
from marsad.lang.words import word_set


def name_word(token_norm: str, names: Mapping[str, str]) -> str | None:
    """The fuller name of a word the article writes as a name, or None. A definite word is a
    common noun ("التحقيقات", "المارينز") unless it ends as a nisba ("المري")."""
    if token_norm in ARABIC or token_norm in NOT_NAMES or token_norm in SPEAKER_HEADS:
        return None
    if token_norm in NOT_SPEAKERS:
        return None
    if isinstance(names, ArticleNames) and (person := names.person(token_norm)):
        return person  # "وقال الجبير" after "عادل الجبير": a person's last word
    if token_norm.startswith("ال") and not token_norm.endswith("ي"):
        return None  # family names with the article are nisbas: المري، الحبسي، القحطاني
    return names.get(token_norm)


def plain_word(token: Token) -> bool:
    """A word that can be part of a name: a word, no stop word, title or definite noun."""
    word = token.norm
    return (
        token.text[0].isalpha()
        and len(word) >= 3  # "وقالت لي :": no name
        and not token.text.startswith(("ال", "لل", "وال"))  # "ألين" is a name, "الوزير" not
        and not (word[0] in "بلكف" and word[1:] in ARABIC)  # "بهذه المناسبة"
        and word not in ARABIC
        and word not in SUBJECT_STOPS
        and word not in NOT_SPEAKERS
        and word not in SPEAKER_HEADS
        and not apposition_title(token.text)
        and not is_speech_verb(word)
        and not to_someone(token)
        and not _kin(token.text)
    )


_DESCRIBING = word_set("التي الذي الذين اللتي وهو وهي")


def titled_run(text: str, start: int, limit: int, entities: Sequence[EntityMention]) -> str | None:
    """ "قال الداعية السعودي البارز عبد الله المطلق إن", "وقال مدير أمن عدن اللواء الركن شلال
    علي شائع إن": a title right after the verb, then two or three plain words no lexicon
    knows that close the subject (before إن/أن, a weekday, "من"/"في", a comma or the quote)."""
    words = _span(text, start, limit)
    if len(words) < 3 or not apposition_title(words[0].text):
        return None
    named = _quoted_names(words)
    # After a body's kind no definite last name: "بعثة حفظ السلام", "الاتحاد التونسي لكرة القدم".
    person = normalize(words[0].text).removeprefix("ال") not in KINDS | BODIES | {"اتحاد"}
    for close in range(2, min(len(words), TITLE_WORDS + 4) + 1):
        last = close == len(words)  # the limit: إن/أن or the quote
        token = words[close] if not last else None
        if close in named:
            continue  # "المتحدث باسم شركة "آسمان" محمد الطبطبائي": a name in the title
        if token is not None and not (
            token.norm in THAT
            or token.text in SUBJECT_BREAKS
            or token.norm in _RUN_AFTER
            or token.norm in WEEKDAYS
            or to_someone(token)
        ):
            continue
        run = close
        if run > 2 and person and _definite_last(words[run - 1], words[run - 2]):
            run -= 1  # "المتحدث باسم شركة "آسمان" محمد الطبطبائي لوكالة الأنباء"
        while run > 1 and not in_entity(words[run - 1], entities) and _in_run(words, run - 1):
            run -= 1
        # "ليدي غاغا وفريقها": the name ends before a word joined by و.
        cut = next((i for i in range(run + 1, close) if words[i].text.startswith("و")), close)
        before = words[run - 1]
        particles = sum(t.norm in NAME_PARTICLES for t in words[run + 1 : cut])
        if (
            cut - run - particles in RUN_WORDS
            and (not plain_word(before) or in_entity(before, entities))
            and before.norm not in UNNAMED
            and before.norm not in NOT_SPEAKERS  # "في بيان صدر مؤخرا إنه": no name
            and not _governs(before)
            # "وأوضحت القوات التي تضم فصائل عربية", "وقال المركز، وهو منظمة ... غير ربحية
            # متخصصة": words of a clause describing the body, no name
            and not any(t.norm in _DESCRIBING for t in words[:run])
        ):
            return " ".join(t.text for t in words[run:cut])
        if token is None or token.norm in THAT or token.text in SUBJECT_BREAKS:
            return None
    return None


def _governs(token: Token) -> bool:
    """True when the words after this one are its object or genitive, never a name: a
    preposition ("على موقعه الرسمي", "من كثرة عدد المساجد") or an indefinite title ("رئيس
    وزراء لبنان": the office, not a person)."""
    if token.norm in PREPOSITIONS:
        return True
    return not token.norm.startswith("ال") and apposition_title(token.text)


def _quoted_names(words: list[Token]) -> set[int]:
    """Indices of the quote marks around a short name ("شركة "آسمان"", at most three words)."""
    marks = [i for i, t in enumerate(words) if t.text in QUOTE_MARKS]
    found: set[int] = set()
    for first, second in zip(marks[::2], marks[1::2], strict=False):
        if 1 <= second - first - 1 <= QUOTED_NAME_WORDS:
            found |= {first, second}
    return found


def to_someone(token: Token) -> bool:
    """ "لـ"إيسنا"", "لوكالة", "للصحفيين": to whom the words were said, after the name."""
    word = token.norm
    return (
        word == "ل"
        or word.startswith("لل")
        or (word[:1] == "ل" and (word[1:] in SPEAKER_HEADS or word[1:] in _BROADCASTERS))
    )


# "وقال لتلفزيون فلسطين": to whom, after the verb ("قناة", "وكالة" are speaker heads).
_BROADCASTERS = word_set("تلفزيون راديو إذاعة محطة")


def _in_run(words: Sequence[Token], at: int) -> bool:
    """A word of a name no lexicon knows: a plain word, or a particle inside it after one
    ("محمد بن هزام")."""
    inside = at > 0 and words[at].norm in NAME_PARTICLES and _run_word(words[at - 1])
    return inside or _run_word(words[at])


def _run_word(token: Token) -> bool:
    """A plain word, or "علي" written with ي (a name, where "على" is a preposition)."""
    return plain_word(token) or token.text == "علي"


# "عن" too: what or whom the words were about follows the name ("ويتحدث المحقق الأمريكي ألان
# فاين عن نظرة أكثر سخرية"); inside a title it closes no name ("المسؤول الرئيسي عن الدراسة").
_RUN_AFTER = frozenset({"من", "في", "بيان", "امام", "خلال", "عن"})


def in_entity(token: Token, entities: Sequence[EntityMention]) -> bool:
    return any(e.start <= token.start < e.end and e.type != "person" for e in entities)


def apposition(
    text: str,
    start: int,
    limit: int,
    entities: Sequence[EntityMention],
    names: Mapping[str, str],
) -> str | None:
    """ "وقال راموش هارديناج، رئيس وزراء كوسوفو، إنه": the name before the comma;
    "وقال الرئيس التنفيذي لأمازون، جيف بيزوس:": the name after it."""
    comma = text.find("،", start, limit)
    if comma < 0:
        return None
    head_words = [t for t in _span(text, start, comma) if t.text[0].isalpha()]
    rest_words = [t for t in _span(text, comma + 1, limit) if t.text[0].isalpha()]
    # "قال وزير الخارجية القطري، الشيخ محمد بن عبدالرحمن آل ثاني، إن", "قال الخبير
    # الاقتصادي ... من أصول مصرية، محمد العريان، إن": a name alone between two commas.
    if (
        head_words
        and apposition_title(head_words[0].text)
        and len(head_words) <= _LONG_TITLE
        and (between := _name_between_commas(text, comma + 1, limit, entities))
    ):
        return between
    if not head_words or not rest_words or len(head_words) > TITLE_WORDS:
        return None
    if apposition_title(rest_words[0].text) and (
        any(_is_name(t, entities, names) for t in head_words)
        or (
            2 <= len(head_words) <= 3
            and plain_word(head_words[0])
            and not any(apposition_title(t.text) or t.norm in ARABIC for t in head_words)
        )
        or name_words(head_words)  # "قال بشار الجعفري، مندوب سوريا", "تركي آل الشيخ،"
    ):
        # "وقال زين الدين زيدان، مدرب ريال مدريد،", "قال ميشي باتشواي، مهاجم بروسيا دورتموند،"
        return " ".join(t.text for t in head_words)
    if is_title(head_words[0].text):
        stop = NAME_END.search(text, comma + 1, limit)
        end = stop.start() if stop else limit
        name = [t for t in _span(text, comma + 1, end) if t.text[0].isalpha()]
        if name and len(name) <= 3 and any(_is_name(t, entities, names) for t in name):
            return " ".join(t.text for t in name)
    return None


_LONG_TITLE = 12  # words of a title before a comma and the name


def name_words(words: Sequence[Token]) -> bool:
    """Two to five words that read as a name: a plain first word, then plain words, particles
    (بن، آل، عبد) or a last word with the article ("بشار الجعفري", "تركي آل الشيخ")."""
    if not 2 <= len(words) <= NAME_WORDS or not plain_word(words[0]):
        return False
    return all(
        plain_word(token)
        or token.norm in NAME_PARTICLES
        or (at == len(words) - 1 and _definite_last(token, words[at - 1]))
        for at, token in enumerate(words[1:], 1)
    )


def _name_between_commas(
    text: str, start: int, limit: int, entities: Sequence[EntityMention]
) -> str | None:
    """The words from ``start`` to the next comma when they are a name: two to five words, an
    honorific first dropped, each a plain word, a particle (بن، آل، عبد) or a last word with
    the article after a plain one ("محمد العريان"); no place or body ("ومقره بريطانيا")."""
    comma = text.find("،", start, limit)
    if comma < 0:
        return None
    words = _span(text, start, comma)
    # "، الجنرال يوري إيفتوشنكو في بيان،": the name ends where how it was said begins
    cut = next((k for k, t in enumerate(words) if k >= 2 and t.norm in AFTER_NAME), None)
    words = words[:cut]
    if words and (words[0].norm in HONORIFICS or words[0].norm in RANKS):
        words = words[1:]
    if not (name_words(words) or _short_last(words)):
        return None
    if any(in_entity(token, entities) for token in words):
        return None
    return " ".join(t.text for t in words)


def _short_last(words: Sequence[Token]) -> bool:
    """ "، ريتشارد يو،", "، وانغ يي،": a plain first name and a two-letter family name (East
    Asian names), read between commas only, where a title before has announced a name."""
    if len(words) != 2 or not plain_word(words[0]):
        return False
    last = words[1]
    return len(last.norm) == SHORT_NAME and last.text.isalpha() and last.norm not in ARABIC


def _definite_last(token: Token, before: Token) -> bool:
    """ "العريان" after "محمد", "الطبطبائي" after "محمد": a last name with the article after a
    first name (not after a particle's own article: "عبد الله")."""
    word = token.norm
    if before.norm in NAME_PARTICLES:
        return word.startswith("ال") and len(word) >= 4 and word not in WEEKDAYS  # "آل الشيخ"
    return (
        word.startswith("ال")
        and len(word) >= 5
        and token.text[0].isalpha()
        and word not in WEEKDAYS
        and word not in ARABIC
        and word not in SPEAKER_HEADS
        and not apposition_title(token.text)
        and plain_word(before)
    )


def _is_name(token: Token, entities: Sequence[EntityMention], names: Mapping[str, str]) -> bool:
    """True when the word is part of a person's name: a person entity there, or a name word."""
    if any(e.type == "person" and e.start <= token.start < e.end for e in entities):
        return True
    return name_word(token.norm, names) is not None
