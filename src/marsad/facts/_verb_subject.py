"""Reading a speech verb's subject: a name, an office, a body, a statement's issuer."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from itertools import pairwise

from marsad.facts._name_words import named_speaker
from marsad.facts._quote_words import (
    AFTER_NAME,
    BODY_HEADS,
    CARRIED,
    GROUP_HEADS,
    NO_NAMES,
    NO_TOKEN,
    NOT_SPEAKERS,
    OUTLETS,
    PREPOSITIONS,
    QUOTE_MARKS,
    QUOTED_NAME_WORDS,
    REPORT,
    REPORTS,
    SPEAKER_TYPES,
    STATEMENTS,
    SUBJECT_BREAKS,
    SUBJECT_GAP,
    SUBJECT_STOPS,
    SUBJECT_WORDS,
    THAT,
    TITLE_WORDS,
    UNNAMED,
)
from marsad.facts._speaker_names import (
    after_preposition,
    body_before,
    body_named,
    first_word,
    fronted_subject,
    held,
    kin_name,
    known_then_title,
    name_after,
    name_at,
    name_before,
    name_in_subject,
    name_then_title,
    nisba_then_name,
    opens_clause,
    short_name_then_title,
    title_name_title,
    titled_before,
)
from marsad.facts._speaker_words import _kin, _span, is_title
from marsad.facts._speech_verbs import is_speech_verb
from marsad.facts._statements import (
    issued_by,
    names_report,
)
from marsad.facts._titled_names import apposition, plain_word, titled_run, to_someone
from marsad.facts.entities import EntityMention
from marsad.lang.arabic import normalize
from marsad.lang.clitics import stems
from marsad.lang.stopwords import ARABIC
from marsad.lang.tokens import Token, tokenize
from marsad.lang.words import word_set


def _speaker(
    entities: Sequence[EntityMention],
    verb: tuple[int, int] | None,
    limit: int,
    text: str = "",
    names: Mapping[str, str] | None = None,
) -> str | None:
    """The verb's subject (``_subject_of``) when it is written as a name: none rather than a
    span holding a verb or a verbal noun ("يفقد ريال", "لإجبار موانئ")."""
    found = _subject_of(entities, verb, limit, text, names)
    return None if found is None else named_speaker(found, _kin)


def _subject_of(
    entities: Sequence[EntityMention],
    verb: tuple[int, int] | None,
    limit: int,
    text: str = "",
    names: Mapping[str, str] | None = None,
) -> str | None:
    """The verb's subject: a person named after it (Arabic is verb-first), else an office
    ("وزير خارجية قطر", not the country), else the body or the words right after the verb
    ("وقالت الشرطة"), else a subject written just before the verb. None rather than a guess."""
    named = [e for e in entities if e.type in SPEAKER_TYPES and e.form != "nisba"]
    if verb is None:
        before = [e for e in named if e.end <= limit]
        return before[-1].canonical if before else None
    if text and (body := _statement_of(text, verb[1], limit)):
        return body
    if text and (body := issued_by(text, verb[1], limit, BODY_HEADS)):
        return body  # "وأفاد بيان من وزارة الخارجية أنه": the body that issued it
    if text and (fronted := fronted_subject(text, verb[0], entities)):
        return fronted  # "كانت سبيس إكس أعلنت أنها": the subject written before the verb
    start = attributed_from(text, verb) if text else verb[1]
    if text and start != verb[1] and (body := _statement_of(text, start, limit)):
        return body  # "وذكر مراسل ...، نقلا عن بيان للجيش الإسرائيلي، أن": its issuer
    if text and start == verb[1] and names_report(text, verb[1]):
        # "وأشار التقرير إلى": the article loop puts its issuer in ("ونقل التقرير على لسان
        # X": X speaks, read below)
        return REPORT
    # "أكد على أن إصرار نتنياهو ... كان "غير صحيح"": who is named after أن is not the subject.
    subject = _span(text, start, limit) if text else []
    limit = next((t.start for t in subject if t.norm in THAT), limit)
    words = [t for t in subject if t.end <= limit]  # the words the subject may be written in
    known = NO_NAMES if names is None else names
    if text and _pronoun_subject(text, verb, start, words):
        return None
    if text and words and words[0].norm in GROUP_HEADS:
        # "أشار عدد من الدبلوماسيين من الذين حضروا النقاش،": a group, no name after it
        return _group(subject_words(text, start, limit))
    if words and _kin(words[0].text):
        return kin_name(words[1:])
    if unnamed := _unnamed_for(words, start, limit, entities):
        return unnamed
    if name := known_then_title(words, known):
        return name
    if text and (apposed := apposition(text, start, limit, entities, known)):
        return apposed
    # "وقال بيتر سلامة نائب مدير عام المنظمة": the name first, then the title
    first = words[0] if words else NO_TOKEN
    if plain_word(first) and (name := name_then_title(text, start, limit, sizes=(2,))):
        return name
    if text and (name := nisba_then_name(text, words, limit, entities)):
        return name
    if name := title_name_title(words):
        return name
    if name := short_name_then_title(words):
        return name
    if text and (name := titled_run(text, start, limit, entities)):
        return name
    after = [
        e for e in named if start <= e.start < limit and not body_named(e) and not held(text, e)
    ]
    # "وقالت المسؤولة السياسية للصحافيين في أول زيارة ... منذ خلفت الزعيم جيري أدامز": a
    # person this many words after the verb is no longer its subject.
    people = [
        e
        for e in after
        if e.type == "person"
        and len(_span(text, start, e.start)) <= TITLE_WORDS
        and not _described(text, start, e.start)
    ]
    if people:
        # "وقال المتحدث باسم الكرملين ديمتري بيسكوف": the person, not the office's institution.
        return people[0].canonical
    phrase = subject_words(text, start, limit) if text else None
    if phrase and is_title(phrase):
        return name_after(text, start, limit, phrase, known, entities) or phrase
    if text and (name := name_at(text, start, known)):
        return name
    if text and (name := name_then_title(text, start, limit)):
        return name
    if text and (name := name_in_subject(text, start, limit, known, entities)):
        return name
    if after and first_word(text, start, after[0]):
        return after[0].canonical
    if phrase:
        return phrase
    # Subject-first ("وزارة الدفاع الروسية قالت", "ولكن عراقجي قال"): right before the verb.
    if text and (name := name_before(text, verb[0], known)):
        return name
    if text and (name := titled_before(text, verb[0], entities)):
        return name
    if text and (body := body_before(text, verb[0])):
        return body
    # "على أرض بلاده عُمان، وأضاف": a comma between a country and the verb parts them
    # ("وكان وزير الخارجية الأمريكي السابق، جون كيري، أكد": a person's does not).
    before = [
        e
        for e in named
        if verb[0] - SUBJECT_GAP <= e.end <= verb[0]
        and (e.type == "person" or "،" not in text[e.end : verb[0]])
    ]
    if before and not after_preposition(text, before[-1].start):
        return before[-1].canonical if opens_clause(text, before[-1], verb[0]) else None
    return None


def _group(phrase: str | None) -> str | None:
    """A group's phrase up to the first stop word but the "من" of "عدد من": "عدد من شهود
    العيان" of "عدد من شهود العيان كانوا داخل المبنى"."""
    if phrase is None:
        return None
    words = phrase.split()
    end = next(
        (k for k, w in enumerate(words) if k and normalize(w) in ARABIC and k != 1),
        len(words),
    )
    return " ".join(words[:end])


# "وأضاف نافالني، وهو أشد خصوم الرئيس فلاديمير بوتين، أنه": "وهو/وهي" opens a clause that
# describes the subject; a person named in it is someone else.
_DESCRIBED = word_set("وهو وهي")


def _described(text: str, start: int, at: int) -> bool:
    """True when a "وهو/وهي" clause opens between the verb's subject (``start``) and ``at``."""
    return any(t.norm in _DESCRIBED for t in _span(text, start, at))


_PRONOUN_THAT = THAT - {"ان", "بان", "that"}
_PRONOUN_ENDS = ("ه", "ة", "ها", "هم", "هن", "نا", "ني", "ي", "ى")  # how _PRONOUN_THAT words end


def _pronoun_subject(text: str, verb: tuple[int, int], start: int, words: Sequence[Token]) -> bool:
    """True when the verb's subject is a pronoun, so no name after it is: right after "إنه/أنها"
    ("إنه أبلغ الرئيس التركي، رجب طيب إردوغان، بأن": the one told), or followed by "عن"
    ("من قال عن ترامب": whom the words are about). ``words``: the words after the verb."""
    before = text[max(0, verb[0] - 12) : verb[0]].split()
    if before and before[-1].endswith(_PRONOUN_ENDS) and normalize(before[-1]) in _PRONOUN_THAT:
        return True
    return start == verb[1] and bool(words) and words[0].norm == "عن"


_UNNAMED_PHRASE = 5  # words of an unnamed source's description kept


def _unnamed_for(
    words: Sequence[Token], start: int, limit: int, entities: Sequence[EntityMention]
) -> str | None:
    """ "قال متحدث باسم الرئيس الفلبيني رودريجو دوتيرتي": an unnamed source (an indefinite
    "متحدث", "مسؤول", "مصدر") speaks for the person named after it, who is not the speaker."""
    if not words or words[0].norm not in UNNAMED:
        return None
    person = next((e for e in entities if e.type == "person" and start <= e.start < limit), None)
    if person is None:
        return None
    kept: list[str] = []
    for token in words:
        if token.start >= person.start or token.text in SUBJECT_BREAKS:
            break
        kept.append(token.text)
    return " ".join(kept[:_UNNAMED_PHRASE])


# Tokens after the verb searched for "نقلا عن" ("ذكرت في وقت سابق الاثنين، نقلا عن": 7; at 10
# instead of 6, February's digest gives 4 more sources their words, all right by reading).
_FROM = 10


def attributed_from(text: str, verb: tuple[int, int]) -> int:
    """Where the speaker's name starts: after the verb, or after "عن" for "نقلت X عن Y" (or
    "على لسان Y")."""
    tokens = [t for t in tokenize(text) if t.start >= verb[0]]
    if len(tokens) > 3 and tokens[1].norm == "بيان" and tokens[2].norm in ("صادر", "عن"):
        # "وأعلن بيان صادر عن الاتحاد التونسي لكرة القدم أن": the body that issued it
        at = next((t for t in tokens[2:4] if t.norm == "عن"), None)
        return at.end if at is not None else verb[1]
    if not tokens:
        return verb[1]
    if not any(form in REPORTS for form in stems(tokens[0].norm)):
        # "وذكرت الصحيفة نقلا عن المسؤول": the words are the one's after "نقلا عن"
        window = tokens[1:_FROM]
        pairs = pairwise(window)
        return next((b.end for a, b in pairs if a.norm == "نقلا" and b.norm == "عن"), verb[1])
    # "ونقلت وكالة الأنباء الإيرانية الرسمية على لسان صفوي قوله", "نقلت صحيفة "..." اليوم
    # الاثنين عن مسؤول أميركي كبير"
    at = next((t for t in tokens[1 : CARRIED + 1] if t.norm in ("عن", "لسان")), None)
    return at.end if at is not None else verb[1]


_NOT_ISSUERS = word_set("البيان بيان آخر أحد إحدى")


def _quoted_after_lam(words: Sequence[Token]) -> str | None:
    """The name in quote marks (one to three words) right after a detached "لـ", then
    nothing or the verb's "that"/preposition: "تقرير لـ"وول ستريت جورنال" إلى أن"."""
    if len(words) < 5 or words[1].text not in ("لـ", "ل") or words[2].text not in QUOTE_MARKS:
        return None
    close = next((k for k in range(3, len(words)) if words[k].text in QUOTE_MARKS), None)
    if close is None or not 1 <= close - 3 <= QUOTED_NAME_WORDS:
        return None
    after = words[close + 1] if close + 1 < len(words) else None
    closes = after is None or after.norm in THAT | SUBJECT_STOPS or after.text in SUBJECT_BREAKS
    if not closes:
        return None
    inner = words[3:close]
    return " ".join(t.text for t in inner) if all(t.text[0].isalpha() for t in inner) else None


def _statement_of(text: str, start: int, limit: int) -> str | None:
    """ "وقال بيان للقيادة الأميركية في أفريقيا إن", "وقال بيان لوزارة الداخلية، الاثنين، إن":
    the body whose statement it is."""
    words = _span(text, start, limit)
    if len(words) < 3 or words[0].norm not in STATEMENTS:
        return None
    construct = False
    if quoted := _quoted_after_lam(words):
        return quoted  # "أشار تقرير لـ"وول ستريت جورنال" إلى أن": the paper whose report it is
    if words[1].norm.startswith("لل"):
        name = ["ال" + words[1].text[2:]]  # "للقيادة": ل and القيادة
    elif words[1].norm.startswith("ل") and words[1].norm[1:] in BODY_HEADS:
        # ل on a body's head in construct, with no article ("لوزارة الداخلية", "لهيئة"):
        # the issuer, as "للقيادة" is; any other ل word is to whom or what for ("لحظة").
        name = [words[1].text[1:]]
    elif words[1].norm in BODY_HEADS and words[1].norm not in STATEMENTS | _NOT_ISSUERS:
        # "وقال بيان النيابة العامة", "بيان وزارة الداخلية": the statement's issuer in construct
        name = [words[1].text]
        construct = True
    else:
        return None
    for token in words[2:]:
        if token.text in SUBJECT_BREAKS or token.norm in SUBJECT_STOPS or token.norm in THAT:
            break
        if not token.text[0].isalpha() or len(name) == SUBJECT_WORDS:
            return None
        name.append(token.text)
    # a head in construct needs its complement: "تقرير لصحيفة "ميرور"" names no one by "صحيفة"
    if construct and len(name) == 1:
        return None
    return " ".join(name) if len(name) > 1 or name[0].startswith("ال") else None


def subject_words(text: str, start: int, limit: int) -> str | None:
    """Up to five words right after the verb, up to "إن/أن", a colon, a quote or a comma;
    None when they start with a pronoun, a preposition or nothing a speaker is named with."""
    if name := _quoted_subject(_span(text, start, limit)):
        return name
    words: list[str] = []
    quoted = False
    for token in _span(text, start, limit):
        if token.text in _NAME_OPENS and not quoted and _names_next(words):
            # "أفادت قناة "فوكس 17"", "قناة (دبليو.كيه.آر.إن)", "متحدث باسم "وايمو"": the name
            quoted = True
            continue
        if quoted:
            if token.text in QUOTE_MARKS or token.text == ")":
                break
            words.append(token.text)
            continue
        if _unnamed_where(words, token, text, limit):
            words.append(token.text)  # "مصادر في الخارجية التركية": where the source is
            continue
        if token.text in SUBJECT_BREAKS or token.norm in SUBJECT_STOPS:
            break
        if words and to_someone(token):
            break  # "وأضاف المتحدث للصحفيين"
        if len(words) == 1 and words[0].startswith("ال") and token.norm[:1] == "ل":
            break  # "وأوضح المصدر لرويترز أن": to whom, after a head word alone
        if is_speech_verb(token.norm):
            break  # "الكاتب ويضيف"
        if token.text[0].isdigit():
            return None
        words.append(token.text)
        if len(words) == SUBJECT_WORDS:
            break
    if len(words) > 1 and normalize(words[1]) in _MEDIA:
        return None  # "مصادر إعلامية": reports, how the words reached the outlet
    if len(words) == 2 and normalize(words[0]) in OUTLETS and normalize(words[1]).endswith("يه"):
        return None  # "صحيفة محلية", "قناة أمريكية": an outlet no one named
    if not words or not (is_title(words[0]) or body_by_head(words)):
        # "وقال في بيان", "قال له": no subject written here; "وقالت الفتاة", "وأضاف اللاعب":
        # a person the text named before, whom a word alone cannot tell.
        return None
    return " ".join(words)


# A group of companies named after its kind ("أكدت مجموعة ليبرتي ميديا"): the body speaks; a
# preposition after it makes it a group of people ("مجموعة من الخبراء"), no body. (Round 24,
# speakers16: "اتحاد رابطة نقابة تحالف ائتلاف بنك مرصد صندوق" as such kinds gained none on
# February's half A and gave half B one wrong speaker: left out.)
_NAMED_BODY_HEADS = word_set("مجموعة")


def body_by_head(words: Sequence[str]) -> bool:
    """True for an organisation's kind followed by its name (not by a preposition)."""
    return (
        len(words) > 1
        and normalize(words[0]) in _NAMED_BODY_HEADS
        and normalize(words[1]) not in PREPOSITIONS
    )


def _unnamed_where(words: list[str], token: Token, text: str, limit: int) -> bool:
    """True for "في"/"من" right after an unnamed source ("مصادر في الخارجية التركية",
    "مسؤول في الحكومة") when a body follows, not how it was said ("مسؤول في مؤتمر صحفي")."""
    if len(words) != 1 or token.norm not in ("في", "من") or normalize(words[0]) not in UNNAMED:
        return False
    after = next(iter(_span(text, token.end, limit)), NO_TOKEN)
    return after.norm.startswith("ال") and after.norm[2:] not in NOT_SPEAKERS


_MEDIA = word_set("إعلامية إعلامي صحفية صحافية صحفي صحافي")


def _quoted_subject(tokens: list[Token]) -> str | None:
    """ "وتقول "فيسبوك" إنها", "وأوضحت "غوغل" على مدونتها": a short name in quote marks right
    after the verb, then إن/أن or a preposition, is the body that speaks."""
    if len(tokens) < 3 or tokens[0].text not in QUOTE_MARKS:
        return None
    close = next((i for i, t in enumerate(tokens[1:], 1) if t.text in QUOTE_MARKS), None)
    if close is None or not 1 <= close - 1 <= QUOTED_NAME_WORDS:
        return None
    if close + 1 < len(tokens) and tokens[close + 1].norm not in PREPOSITIONS | AFTER_NAME:
        return None
    inner = tokens[1:close]
    if not all(t.text[0].isalpha() for t in inner):
        return None
    return " ".join(t.text for t in inner)


_NAME_OPENS = QUOTE_MARKS | {"("}


def _names_next(words: list[str]) -> bool:
    """True when the words so far are a head a quoted name follows: "قناة", "متحدث باسم"."""
    return len(words) == 1 or (len(words) == 2 and normalize(words[1]) == "باسم")


def told_to(token: Token, entities: Sequence[EntityMention]) -> bool:
    """ "لرويترز", "لبي بي سي": ل and a body or a person, to whom it was said."""
    return token.norm[:1] == "ل" and any(
        e.start == token.start and e.type in SPEAKER_TYPES and normalize(e.canonical)[:1] != "ل"
        for e in entities
    )
