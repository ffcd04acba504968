"""Finding quote spans in a sentence: direct quotes, reported speech, their speakers."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import replace
from functools import partial

from marsad.caches import cached
from marsad.facts._according import _according, according_first, said_by
from marsad.facts._agreement import bare_genders
from marsad.facts._announced import (
    announced_from,
    announces,
    names_subject,
    states_stance,
    stresses,
)
from marsad.facts._article_names import ArticleNames
from marsad.facts._carried import opening_subject
from marsad.facts._circumstance import circumstance_before
from marsad.facts._manner import MANNER, opens_with_manner
from marsad.facts._marked_verbs import marked_verb_positions
from marsad.facts._named_after import clause_named_after, named_after
from marsad.facts._narrator import narration_only, narrator_from
from marsad.facts._numbers import ARABIC_WEEKDAYS
from marsad.facts._quote_words import (
    CONTINUATION_CHARS,
    HOW_WORDS,
    INFORM_VERBS,
    MIN_QUOTE_WORDS,
    NO_NAMES,
    NO_SUBJECT,
    OPENING_THAT_WINDOW,
    OPENING_VERB_WINDOW,
    POINT_VERBS,
    PREPOSITIONS,
    QUOTE_MARKS,
    QUOTED,
    REPORT,
    REPORTS,
    SPEAKER_TYPES,
    THAT,
    THAT_WINDOW,
    VERB_WINDOW,
)
from marsad.facts._quoted_titles import names_a_thing
from marsad.facts._said_after import CUE_WORDS
from marsad.facts._speaker_names import sentence_subject
from marsad.facts._speaker_words import _span, apposition_title, could_name, is_title
from marsad.facts._speech_verbs import QuoteMention, is_speech_verb, verb_positions
from marsad.facts._statements import (
    could_issue,
    tells_report,
)
from marsad.facts._titled_names import name_word, to_someone
from marsad.facts._verb_subject import _speaker, subject_words, told_to
from marsad.facts.entities import EntityMention
from marsad.lang.arabic import normalize
from marsad.lang.clitics import stems
from marsad.lang.tokens import Token, tokenize, words_of
from marsad.lang.words import word_set


def _direct(
    text: str,
    entities: Sequence[EntityMention],
    verbs: list[tuple[int, int]],
    names: Mapping[str, str],
) -> list[QuoteMention]:
    found = []
    for match in QUOTED.finditer(text):
        quote = next(group for group in match.groups() if group is not None)
        verb = next((v for v in reversed(verbs) if v[1] <= match.start()), None)
        cited = verb is not None and match.start() - verb[1] <= VERB_WINDOW
        colon = text[: match.start()].rstrip().endswith((":", "："))
        short = len(quote.split()) < MIN_QUOTE_WORDS and not colon
        stance = None
        if short or not cited:
            # a short quote only as a stance verb's object: after قال/ذكر it is a name or a
            # scare quote ("مراسلة "فوكس نيوز"", "نفت ... بشكل "قاطع"")
            cite = () if short else verbs
            stance = _stance_speaker(text, entities, match.start(), names, cite, short=short)
        if stance is None and short:
            continue  # scare quotes and names: "إرهابي", "حفظ السلام"
        if names_a_thing(text, match.start()):
            continue  # the name of the noun before it: "لشبكة "إي إس بي إن"", "بعنوان "...""
        speaker = stance
        cited = cited or stance is not None
        if cited and speaker is None:
            # "وصرح لافروف ... قائلا": try each verb before the quote, nearest first.
            before = [v for v in reversed(verbs) if v[1] <= match.start()]
            someone = bool(before) and _someone_after(text, before[0])
            if someone:
                before = before[:1]  # "وتابع بينيل الجلسة ...، وقال أحدهم "..."": one of them
            speaker = next(
                (who for v in before if (who := _speaker(entities, v, match.start(), text, names))),
                None,
            )
            if not someone:
                speaker = speaker or sentence_subject(text, entities, match.start())
        elif verb is not None and (far := _far_speaker(text, entities, verb, match.start(), names)):
            cited, speaker = True, far
        opens = not text[: match.start()].strip(" و")  # the quote opens the sentence
        if not cited and (after := named_after(text, match.end(), entities, names, opens)):
            cited, speaker = True, after  # "«...»، قال X", "«...»، بحسب X"
        found.append(
            QuoteMention(
                text=quote.strip(),
                kind="direct",
                speaker=speaker,
                start=match.start(),
                end=match.end(),
                cited=cited,
            )
        )
    return found


# Subjects that name no one: "وقال أحدهم", "وقال بعضهم", "وقال أحد الضحايا", "وقال شخص آخر".
_SOMEONE = word_set("أحدهم إحداهن أحدهما إحداهما بعضهم شخص")


def _someone_after(text: str, verb: tuple[int, int]) -> bool:
    """True when the verb's subject is someone unnamed ("قال أحدهم"): an earlier verb's
    subject is then not the speaker."""
    first = next(iter(_span(text, verb[1], len(text))), None)
    return first is not None and first.norm in _SOMEONE


# Words right after a verb that has no subject of its own: a preposition or "إن".
_NO_OWN_SUBJECT = PREPOSITIONS | THAT | {"ب", "بـ"}


def _stance_speaker(
    text: str,
    entities: Sequence[EntityMention],
    quote_start: int,
    names: Mapping[str, str],
    verbs: Sequence[tuple[int, int]] = (),
    *,
    short: bool = False,
) -> str | None:
    """The subject of a speech or stance verb citing the quote at ``quote_start``, however
    short ("نددت الولايات المتحدة "بالمسؤولية الخاصة""): only a person or a body the lexicons
    or the article name, written right after the verb (what follows it is the verb's object).
    A verb with no subject ("وطالبت بـ"..."") shares the one of the verb before it. A ``short``
    quote must be the verb's object, not inside the speech it reports after إن/أن."""
    cited = sorted([*verbs, *marked_verb_positions(text)], reverse=True)
    for verb in (v for v in cited if v[1] <= quote_start):
        if quote_start - verb[1] > VERB_WINDOW:
            return None
        first = next(iter(_span(text, verb[1], quote_start)), None)
        if first is None or first.norm in _NO_OWN_SUBJECT:
            continue  # "وطالبت بـ"..."", "ما قال إنها": the subject of the verb before
        if short and any(t.norm in THAT for t in _span(text, first.end, quote_start)):
            return None  # "قال المرصد إن ... "الثوار"": marks inside reported speech, scare quotes
        entity = next((e for e in entities if e.start == first.start), None)
        if entity is not None:
            return entity.canonical if entity.type in SPEAKER_TYPES else None
        return name_word(first.norm, names)
    return None


def _far_that(text: str, tokens: Sequence[Token], verb: tuple[int, int]) -> Token | None:
    """ "إن" further than ``THAT_WINDOW`` after a verb that opens the sentence, written with
    the hamza below as after قال ("وقال إلوود، الذي فقد شقيقه ...، إنه ينبغي"); "أن" that far
    is another verb's ("وأعلن مولر ملاحقة ... وغادر دون أن"). None across a colon or a quote
    mark: the words after them are what was said, and "إن" inside them is theirs; None after
    another speech verb, whose "إن" it is."""
    if text[: verb[0]].strip():
        return None
    following = [t for t in tokens if t.start >= verb[1]][:OPENING_THAT_WINDOW]
    for token in following:
        if token.text in QUOTE_MARKS or token.text == ":" or is_speech_verb(token.norm):
            return None
        if token.norm in THAT and token.text.startswith("إ"):
            return token
    return None


def _far_speaker(
    text: str,
    entities: Sequence[EntityMention],
    verb: tuple[int, int],
    at: int,
    names: Mapping[str, str],
) -> str | None:
    """The speaker of words at ``at``, too far from the verb for ``VERB_WINDOW``, when the verb
    opens the sentence and all between is its subject ("وقالت ليساندرا زيبيدا كبيرة الباحثين
    وهي طالبة دكتوراة ... "قررنا ...""): a name, not a title, whose name may come later ("قال
    مدير الإدارة العامة ...، الطيب أبوكساوي، في مقابلة ..."), nor one with another person
    named between them: in so long a subject the speaker may be either ("أكد موفد خادم
    الحرمين الشريفين الملك سلمان ...، المستشار ... نزار العلولا، ... أن "...")."""
    if text[: verb[0]].strip() or at - verb[1] > OPENING_VERB_WINDOW:
        return None
    between = text[verb[1] : at]
    quoted = any(len(m.group().split()) >= MIN_QUOTE_WORDS for m in QUOTED.finditer(between))
    if quoted or ":" in between.rstrip().removesuffix(":"):
        return None  # a quote or a colon inside: the verb's words are those
    speaker = _speaker(entities, verb, at, text, names)
    if speaker is None or is_title(speaker) or not could_name(speaker):
        return None
    words = set(speaker.split())
    others = [
        e
        for e in entities
        if e.type == "person" and verb[1] <= e.start < at and not words & set(e.canonical.split())
    ]
    return None if others else speaker


def _reported(
    text: str,
    entities: Sequence[EntityMention],
    verbs: list[tuple[int, int]],
    names: Mapping[str, str],
) -> list[QuoteMention]:
    """ "قال توكاييف إن المهمة انتهت": the clause after إن/أن, said by the verb's subject."""
    tokens = tokenize(text)
    names_at = _name_spans(text)
    for verb in verbs:
        following = [t for t in tokens if t.start >= verb[1]][:THAT_WINDOW]
        opens = _opener(text[verb[0] : verb[1]])
        following = [t for t in following if not any(a < t.start < b for a, b in names_at)]
        that = next((t for t in following if t.norm in THAT or opens(t)), None)
        speaker = None
        if that is None and (that := _far_that(text, tokens, verb)) is not None:
            speaker = _far_speaker(text, entities, verb, that.start, names)
            that = that if speaker else None
        if that is None:
            if found := _announcement(text, entities, tokens, verb, names):
                return [found]
            continue
        if that.end >= len(text) or _later_teller(text, entities, verbs, verb, that, names):
            continue
        # "أفادت القناة بوقوع أضرار": what was said starts with the noun after بـ.
        begin = that.start + 1 if that.norm not in THAT and that.norm.startswith("ب") else that.end
        # What was said ends where the narrator speaks again ("، وذلك خلال لقائه").
        end = narrator_from(text, begin)
        clause = text[begin:end].strip(" ،,")
        if len(clause.split()) < MIN_QUOTE_WORDS:
            continue
        return [
            QuoteMention(
                text=clause,
                kind="reported",
                speaker=speaker or _speaker(entities, verb, that.start, text, names),
                start=begin,
                end=end,
                cited=True,
            )
        ]
    return []


def _later_teller(
    text: str,
    entities: Sequence[EntityMention],
    verbs: list[tuple[int, int]],
    verb: tuple[int, int],
    that: Token,
    names: Mapping[str, str],
) -> bool:
    """True when a later speech verb with a subject of its own stands between ``verb`` and its
    "that": the clause is that verb's ("أعلنت "سبيس إكس" عن صاروخ ...، وقال موسك إن ...");
    not the verbal noun of a relayed saying ("ونقلت ... عن أردوغان قوله لبوتين إن": the
    words are still Erdogan's, Putin the one told) nor one after "دون"."""
    return any(
        verb[1] <= other[0]
        and other[1] <= that.start
        and not normalize(text[other[0] : other[1]]).startswith(_SAYING)
        and not text[: other[0]].rstrip().endswith(_WITHOUT)
        and _speaker(entities, other, that.start, text, names)
        for other in verbs
    )


# The verbal noun "قوله/قولها" after "نقل ... عن X": X's saying, not a verb of its own.
_SAYING = ("قول", "وقول")
# "دون ذكر اسمه": a verbal noun after "without", no teller ("عن أحد المحققين، دون ذكر اسمه، قوله").
_WITHOUT = ("دون", "بدون")


def _announcement(
    text: str,
    entities: Sequence[EntityMention],
    tokens: Sequence[Token],
    verb: tuple[int, int],
    names: Mapping[str, str],
) -> QuoteMention | None:
    """ "أعلنت الحكومة العراقية، الاثنين، تمديد الحظر": what a sentence-opening "أعلن" announced
    (``announced_from``), said by its subject; none without a named subject, so a new quote
    fact always says who announced."""
    verb_word = normalize(text[verb[0] : verb[1]])
    need = stresses(verb_word)  # "أكد/شدد X على ضرورة"
    stance = states_stance(verb_word)
    if not _lead_only(text[: verb[0]]) or not (stance or need or announces(verb_word)):
        return None
    span = announced_from(tokens, verb[1], stance=stance, need=need)
    if span is None:
        return None
    clause = text[span[1] :].strip(" ،,")
    if len(clause.split()) < MIN_QUOTE_WORDS:
        return None
    speaker = _speaker(entities, verb, span[0], text, names)
    if speaker is None or not could_name(speaker):
        return None
    if not names_subject(speaker, text[verb[1] : span[0]], apposition_title):
        return None
    begin = len(text) - len(text[span[1] :].lstrip(" ،,"))
    return QuoteMention(
        text=clause,
        kind="reported",
        speaker=speaker,
        start=begin,
        end=len(text),
        cited=True,
        announced=True,
    )


# Words that may lead a sentence-opening "أعلن" without being its subject: "هذا وأعلنت اللجنة
# المنظمة ...", "كما أعلن", "من جهته، أعلن", "بدورها أعلنت".
_LEADS = word_set("هذا كما وكما قد وقد فقد من ومن جهته جهتها جانبه جانبها بدوره بدورها")


def _lead_only(before: str) -> bool:
    """True when ``before`` (the words ahead of the verb) is empty or only ``_LEADS`` words
    and commas."""
    return all(t.norm in _LEADS or t.text in ("،", ",") for t in tokenize(before))


def _name_spans(text: str) -> list[tuple[int, int]]:
    """Spans of quoted names ("قناة "سي أن بي سي"", "شبكة "إي إس بي إن""): the letters "أن",
    "إن" spelled inside them are no complementizer."""
    return [(m.start(), m.end()) for m in QUOTED.finditer(text) if names_a_thing(text, m.start())]


def _after_colon(
    text: str,
    entities: Sequence[EntityMention],
    verbs: list[tuple[int, int]],
    names: Mapping[str, str],
) -> list[QuoteMention]:
    """ "وقال كونتي لوسائل إعلام بريطانية: تدرك أنك ...": words after a colon that closes the
    speech verb's subject, quoted without quote marks."""
    for verb in verbs:
        colon = text.find(":", verb[1], verb[1] + VERB_WINDOW)
        if colon < 0 or len(text[colon + 1 :].split()) < MIN_QUOTE_WORDS:
            continue
        if any(mark in text[verb[1] : colon] for mark in ("،", ".", "؟")):
            continue  # the colon belongs to another clause
        return [
            QuoteMention(
                text=text[colon + 1 :].strip(),
                kind="direct",
                speaker=_speaker(entities, verb, colon, text, names),
                start=colon + 1,
                end=len(text),
                cited=True,
            )
        ]
    return []


_BY_WORD_LENGTH = 5  # "بوقوع", "بمقتل"; shorter بـ words are prepositions ("بين", "بها")


def _never(token: Token) -> bool:
    return False


def _to_word(token: Token) -> bool:
    return token.norm in ("الي", "to")


def _by_noun(token: Token) -> bool:
    word = token.norm
    return len(word) >= _BY_WORD_LENGTH and word[0] == "ب" and token.text[0].isalpha()


@cached(4096)
def _opener(verb: str) -> Callable[[Token], bool]:
    """Besides إن/أن, the word that opens what the verb reports: "إلى" after أشار, a بـ noun
    after أفاد."""
    forms = stems(normalize(verb))
    if any(form in POINT_VERBS for form in forms):
        return _to_word
    if any(form in INFORM_VERBS for form in forms):
        return _by_noun
    return _never


# Words right after an opening speech verb that say how, when or to whom, not who.
_NO_SUBJECT_WORDS = ARABIC_WEEKDAYS | word_set(
    "بحسب حسب وفق وفقا عبر أمام لدى عقب أيضا كذلك مجددا اليوم أمس"
)


def _continues(
    text: str,
    verbs: list[tuple[int, int]],
    quote_start: int,
    entities: Sequence[EntityMention] = (),
    names: Mapping[str, str] = NO_NAMES,
    *,
    circumstance: bool = True,
) -> bool:
    """ "وأضاف: ..." or "وتابع إن ...": a verb opening the sentence, or right after a
    circumstance ("وبعد ساعة من اعتقاله، قال إن"; ``circumstance``: the sentence before quoted
    someone), with no subject after it;
    also when what follows says how, when or to whom ("وأضاف بحسب مقاطع من المقابلة:",
    "وأضاف اليوم السبت أن", "وأضاف لرويترز على هامش ...")."""
    if not verbs or verbs[0][0] >= quote_start:
        return False
    if verbs[0][0] >= CONTINUATION_CHARS:
        if not circumstance or not _after_circumstance(text, verbs[0][0], entities, names):
            return False
    elif any(t.norm.startswith("ال") for t in _span(text, 0, verbs[0][0])):
        return False  # "كان البعض يقول إن": the subject is written before the verb
    after = text[verbs[0][1] :].lstrip()
    if after[:1] in QUOTE_MARKS and quote_start > len(text) - len(after) + 1:
        return False  # "أكد "مركز اعلام دمشق" التابع ... واضاف أن": a name in quote marks
    if after.startswith(NO_SUBJECT):
        return True
    first = next(iter(_span(text, verbs[0][1], len(text))), None)
    if first is None or first.start >= quote_start:
        return False
    if first.norm in _NO_SUBJECT_WORDS or first.norm in MANNER or to_someone(first):
        return True
    return told_to(first, entities)


# Participles that join a quote to the sentence's verb: "وتحدث عن الأزمة قائلا:".
_JOINING = word_set("قائلا قائلة مضيفا مضيفة مشيرا مشيرة مؤكدا مؤكدة موضحا موضحة")


def bare_opener(
    text: str, quote: QuoteMention, bare: Sequence[str], previous: Mapping[str, str | None]
) -> QuoteMention:
    """A quote cited by a participle joined to the bare verb a sentence opens with ("وتحدث عن
    الأزمة السورية قائلا:"), said by the speaker before of that verb's gender. (A speech verb
    that opens the sentence is read by ``_continues``.)"""
    if quote.speaker is not None or not quote.cited or quote.report:
        return quote
    verbs = [v for v in verb_positions(text) if v[1] <= quote.start]
    joined = bool(verbs) and all(normalize(text[v[0] : v[1]]) in _JOINING for v in verbs)
    speaker = next((previous.get(g) for g in bare if previous.get(g)), None)
    if not joined or speaker is None or len({previous.get(g) for g in bare}) > 1:
        return quote
    return replace(quote, speaker=speaker, continued=True)


def report_issuer(text: str, entities: Sequence[EntityMention], names: ArticleNames) -> str | None:
    """The body a sentence that quotes no one opens with when its report is the verb's means
    ("توقع معهد التمويل الدولي في تقرير حديث، أن ..."): whose words "وأشار التقرير" are."""
    first = tokenize(text)[:1]
    if not first or not tells_report(text, first[0].end):
        return None
    opener = opening_subject(text, entities, names)
    if opener is None and (at := text.find(" في تقرير")) > 0:
        # "معهد التمويل الدولي" no lexicon knows: the words of a body's kind before the report
        opener = subject_words(text, first[0].end, at)
    return opener if opener and could_issue(opener) else None


def relayed(text: str, quote_start: int) -> bool:
    """True when the verb citing the quote relays it ("نقلت وكالة ... عن مصدر")."""
    cite = [v for v in verb_positions(text) if v[1] <= quote_start]
    return bool(cite) and any(form in REPORTS for form in stems(normalize(text[slice(*cite[-1])])))


def _told_along(
    text: str,
    found: list[QuoteMention],
    names: Mapping[str, str],
    entities: Sequence[EntityMention],
    verbs: list[tuple[int, int]],
) -> list[QuoteMention]:
    """ "ووفق ما ذكره موقع "X"، فإن ...، مضيفا "..."": the quotes with no speaker after an
    opening attribution are its teller's, when the only speech verbs after the cue are
    participles that go on with the same speaker ("مضيفا", "مشيرا")."""
    own = [v for v in verbs if normalize(text[v[0] : v[1]]) not in _JOINING]
    told = according_first(text, names, entities, own)
    if not told or told[0].speaker is None:
        return found
    return [
        replace(quote, speaker=told[0].speaker, cited=True)
        if quote.speaker is None and quote.start >= told[0].start and _joined_by(text, quote.start)
        else quote
        for quote in found
    ]


def _joined_by(text: str, start: int) -> bool:
    """True when a participle that goes on with the same speaker ("مضيفا", "مشيرا") is one of
    the two words right before ``start``."""
    return any(t.norm in _JOINING for t in tokenize(text[:start])[-2:])


def bare_verb_genders(text: str, entities: Sequence[EntityMention]) -> tuple[str, ...]:
    """The genders of a verb that opens ``text`` with no subject of its own, when no person or
    body is named in it but the one it was said to ("وتحدثت لبي بي سي عن ..."); () else."""
    genders = bare_genders(text, partial(_no_own_subject, entities))
    if genders:
        second = tokenize(text)[1]
        named = (e for e in entities if e.type in ("person", "organization"))
        if any(e.start != second.start for e in named):
            return ()
    return genders


def _no_own_subject(entities: Sequence[EntityMention], token: Token) -> bool:
    """The word after a verb shows the verb has no subject of its own: that, how, when or to
    whom ("أن", "خلال", "اليوم", "لبي بي سي")."""
    word = token.norm
    said = word in THAT or word in HOW_WORDS or word in _NO_SUBJECT_WORDS
    return said or to_someone(token) or told_to(token, entities)


def _after_circumstance(
    text: str, verb_start: int, entities: Sequence[EntityMention], names: Mapping[str, str]
) -> bool:
    """ "وبعد أقل من ساعة من بث نبأ اعتقاله، قال إن": a circumstance opens the sentence and
    names no person or body (not "وفي بيان لوزارة الخارجية، قالت", "وبعد الضجة التي أثارتها
    تغريدة نشرت كايلي جينر، كتبت": the one named may be the one who speaks)."""
    if not circumstance_before(text, verb_start):
        return False
    if any(e.start < verb_start and e.type in ("person", "organization") for e in entities):
        return False
    if not isinstance(names, ArticleNames):
        return True
    return not any(names.person(t.norm) for t in _span(text, 0, verb_start))


# "جاء ذلك في تصريح ...، حيث قال:": "ذلك" points back to what the sentence before told, and
# the verb after "حيث" has no subject of its own: the same speaker goes on.
_CAME = frozenset({"جاء", "وجاء", "جاءت", "وجاءت"})
_THAT_THING = frozenset({"ذلك", "هذا", "تلك", "هذه"})
_WHERE = frozenset({"حيث", "اذ"})  # normalized: "إذ" is "اذ"


def _came_where(text: str, verbs: list[tuple[int, int]], quote_start: int) -> bool:
    """True for a speech verb after "حيث" in a sentence that opens with "جاء ذلك" and names
    no subject after the verb ("جاء ذلك في سلسلة من التغريدات لقرقاش ...، حيث قال: ...")."""
    opening = tokenize(text)[:2]
    if len(opening) < 2 or opening[0].norm not in _CAME or opening[1].norm not in _THAT_THING:
        return False
    cite = next((v for v in reversed(verbs) if v[1] <= quote_start), None)
    before = _span(text, 0, cite[0]) if cite else []
    after = text[cite[1] :].lstrip() if cite else ""
    return bool(before) and before[-1].norm in _WHERE and after.startswith(NO_SUBJECT)


# Feminine speech verbs: "وأضافت" continues a woman's or a body's words ("وقالت الوزارة"),
# never those of a man quoted in between.
_FEMININE_VERBS = word_set(
    "قالت تقول أكدت تؤكد أعلنت تعلن أوضحت أضافت تابعت صرحت ذكرت أشارت اعتبرت حذرت شددت "
    "أفادت قولها قائلة نقلت أردفت تضيف نفت أبلغت لفتت كتبت نوهت انتقدت نددت"
)


def _gender(text: str, verb: tuple[int, int] | None) -> str:
    """ "f" when the speech verb is feminine ("وأضافت", "وتقول"), else "m"."""
    if verb is None:
        return "m"
    word = normalize(text[verb[0] : verb[1]]).lower()
    return "f" if any(form in _FEMININE_VERBS for form in stems(word)) else "m"


def quote_mentions(
    text: str,
    entities: Sequence[EntityMention],
    *,
    previous_speaker: str | None = None,
    names: Mapping[str, str] | None = None,
    previous_by_gender: Mapping[str, str | None] | None = None,
    after_quote: bool = True,
) -> list[QuoteMention]:
    """Quotes in one sentence. A verb with no named subject ("وأضاف: ...") keeps the speaker of
    the previous quote (``previous_speaker``; after a cited quote whose speaker is unknown,
    none), or with ``previous_by_gender`` the last speaker whose verb had its gender.
    ``names``: ``article_names`` of the article; ``after_quote``: the sentence before quoted
    someone (a verb after a circumstance then continues). Never raises on any text."""
    verbs = verb_positions(text)
    known = NO_NAMES if names is None else names
    found = _direct(text, entities, verbs, known)
    reported = _reported(text, entities, verbs, known) if verbs else []
    if found and reported and reported[0].speaker:
        # "قال الوزير ... إن بلاده ..., مؤكدا أن الولايات المتحدة "ستلتزم ..."": a quote
        # inside what the speaker reportedly said, too far from the verb to be cited by it.
        found = [said_by(q, reported[0]) for q in found]
    found = found or reported or _after_colon(text, entities, verbs, known)
    found = found or _according(text, known, entities)
    if not found and (verbs or not words_of(text).isdisjoint(CUE_WORDS)):
        found = clause_named_after(text, entities, known)
    found = found or according_first(text, known, entities, verbs)
    if found and not any(quote.speaker for quote in found):
        found = _told_along(text, found, known, entities, verbs)
    found = [quote for quote in found if not narration_only(quote.text)]
    chain = dict(previous_by_gender or {"m": previous_speaker, "f": previous_speaker})
    result = []
    for quote in found:
        speaker, continued = quote.speaker, False
        report = speaker == REPORT  # no name in the sentence alone: none for the summaries
        if report or (speaker is not None and opens_with_manner(speaker)):
            speaker = None  # "وأضاف مخاطبا أنصار الحزب": how it was said, the speaker before
        cite = next((v for v in reversed(verbs) if v[1] <= quote.start), None)
        gender = _gender(text, cite or (verbs[0] if verbs else None))
        if (
            speaker is None
            and not report
            and (
                _continues(text, verbs, quote.start, entities, known, circumstance=after_quote)
                or _came_where(text, verbs, quote.start)
            )
        ):
            speaker = chain.get(_gender(text, verbs[0]))
            continued = speaker is not None
        result.append(
            QuoteMention(
                text=quote.text,
                kind=quote.kind,
                speaker=speaker,
                start=quote.start,
                end=quote.end,
                cited=quote.cited,
                gender=gender,
                continued=continued,
                announced=quote.announced,
                report=report,
            )
        )
        if quote.cited or speaker:
            chain[gender] = speaker
    return result
