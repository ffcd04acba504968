"""Carrying a speaker across sentences: the subject that opens a sentence, roles, kinds."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace

from marsad.facts._according import body_at
from marsad.facts._article_names import ArticleNames
from marsad.facts._circumstance import circumstance_before, without_turn
from marsad.facts._kind_subject import kind_subject
from marsad.facts._manner import past_adverbs
from marsad.facts._quote_words import (
    ACCORDING_FIRST,
    BESIDE_NAMES,
    BODIES,
    BODY_HEADS,
    BODY_KINDS,
    CONTINUATION_CHARS,
    CONTINUATION_PARAGRAPHS,
    DEFINITE_KINDS,
    HONORIFICS,
    KINDS,
    NO_SUBJECT,
    NOT_SPEAKERS,
    PARTICIPLES,
    PREPOSITIONS,
    RANKS,
    RUN_WORDS,
    SUBJECT_BREAKS,
    SUBJECT_STOPS,
    SUBJECT_WORDS,
    UNNAMED,
    WEEKDAYS,
)
from marsad.facts._speaker_names import sentence_subject
from marsad.facts._speaker_words import _span, apposition_title, is_title
from marsad.facts._speech_verbs import QuoteMention, verb_positions
from marsad.facts._statements import (
    tells_report,
)
from marsad.facts._titled_names import apposition, name_word, to_someone
from marsad.facts._verb_subject import _speaker, told_to
from marsad.facts.entities import EntityMention
from marsad.facts.gazetteer import gazetteer
from marsad.lang.arabic import normalize
from marsad.lang.names import skeleton
from marsad.lang.stopwords import ARABIC
from marsad.lang.tokens import Token, tokenize, words_of
from marsad.lang.words import word_set
from marsad.model import Sentence


def described_title(text: str, before: int) -> str | None:
    """A role subject with its complement ("الوزير التركي", "الزعيم الكوري الشمالي",
    "المسؤولة السياسية") that no one named nearby holds: the title as the text gives it, the
    most specific name it has; never a bare head ("الوزير")."""
    found = _role_subject(text, before)
    if found is None:
        return None
    # The head and the definite words that qualify it ("الوزير الإماراتي"), up to a phrase of
    # whose or how ("القائد العام للشرطة", "الوزير الإماراتي بالقول"); a verb or a name that
    # runs on ("مالك المطعم يعرف صلاح", "الصحفية الهندية سودها جي تيلاك") is no title alone.
    head, *rest = found[0].split()
    words = [head]
    for word in rest:
        if word.startswith("ال"):  # as written: "أليسأندرو" is a name, not the article
            words.append(word)
            continue
        if word[0] not in "لب":
            return None
        break
    return " ".join(words) if len(words) > 1 else None


def role_of_opener(
    text: str,
    quote: QuoteMention,
    prior: tuple[Sentence, list[EntityMention]],
    names: ArticleNames,
) -> QuoteMention:
    """A role subject no one nearby is named with ("وقال نجم منتخب مصر", "وقال المهاجم الدولي
    الأيسلندي") said by the person the sentence right before opens with ("وسجل صلاح 22 هدفا",
    "ويعتقد سيغوردسون أن"): news names a person, then refers to him by a description."""
    if quote.speaker is not None or not _described_role(text, quote.start):
        return quote
    opener = opening_subject(prior[0].text, prior[1], names)
    if not opener or is_title(opener):
        return quote
    last = normalize(opener.split()[-1])
    if skeleton(last) in {skeleton(w) for w in _role_words(text, quote.start)}:
        return quote  # "وقال محامي كامير" after "إيلي كمير": his lawyer, not him
    person = any(e.type == "person" and e.canonical == opener for e in prior[1])
    if not (person or opener in (names.known(last), names.person(last))):
        return quote
    at = prior[0].text.find(opener)
    before = tokenize(prior[0].text[:at])[-_TITLE_BEFORE:] if at > 0 else []
    if before and before[-1].norm.removeprefix("ال") in KINDS | BODIES:
        return quote  # "رئيسة حزب شين فين": a body's name after its kind, no person
    role = _role_words(text, quote.start)
    head = normalize(role[0]).removeprefix("ال") if role else ""
    if any((word := t.norm.removeprefix("ال")) in _ROLE_HEADS and word != head for t in before):
        return quote  # "الرئيس التركي رجب طيب أردوغان": the president, not "اللاعب الإسباني"
    return replace(quote, speaker=opener, cited=True)


_TITLE_BEFORE = 3  # words before the person read for another title ("الرئيس التركي رجب")


def _described_role(text: str, before: int) -> bool:
    """True for a role subject (``_role_subject``) or a role head in construct with a noun
    ("نجم منتخب مصر"), not an unnamed source with its nisba ("خبير اقتصادي", "مسؤول
    أمريكي")."""
    if _role_subject(text, before) is not None:
        return True
    words = _span(text, _verb_before(text, before), len(text))[:2]
    if len(words) < 2 or not all(w.text[0].isalpha() for w in words):
        return False
    head, noun = words[0].norm, words[1].norm
    return (
        head in _ROLE_HEADS
        and head not in UNNAMED
        and not noun.endswith(("ي", "يه"))
        and noun not in PREPOSITIONS
        and noun not in SUBJECT_STOPS
    )


def _verb_before(text: str, before: int) -> int:
    """Where the last speech verb before ``before`` ends (the text's end when there is none)."""
    verbs = [v for v in verb_positions(text) if v[1] <= before]
    return verbs[-1][1] if verbs else len(text)


def _role_words(text: str, before: int) -> list[str]:
    """The three words after the speech verb that cites the quote at ``before``."""
    return [t.text for t in _span(text, _verb_before(text, before), len(text))[:3]]


def kind_named(text: str, quote: QuoteMention, bodies: Mapping[str, str | None]) -> str | None:
    """The body named before with the kind noun that is the citing verb's bare subject."""
    if words_of(text).isdisjoint(DEFINITE_KINDS):
        return None  # most sentences hold no definite kind noun: one set test
    cite = [v for v in verb_positions(text) if v[1] <= quote.start]
    if not cite:
        return None
    kind = kind_subject(text, cite[-1][1], BODY_KINDS)
    # the one body the text names with that kind ("نادي ليون الفرنسي"), read from its words:
    # an earlier speaker of that kind may be a span run on ("مؤسسة النقد ... التأكيد")
    return bodies.get(kind) if kind else None


def _tells_report(text: str, quote_start: int) -> bool:
    """True when the verb citing the quote has a report as its subject or means."""
    cite = [v for v in verb_positions(text) if v[1] <= quote_start]
    return bool(cite) and tells_report(text, cite[-1][1])


def another_person(speaker: str | None, entities: Sequence[EntityMention]) -> bool:
    """True when a sentence after the one that named the speaker names another person: a
    "وأضاف" after it may be that person's, so it is nobody's."""
    if speaker is None:
        return False
    words = set(speaker.split())
    return any(
        e.type == "person" and " " in e.canonical and not words & set(e.canonical.split())
        for e in entities  # one word ("متوجهاً") is no one's name
    )


def opening_subject(
    text: str, entities: Sequence[EntityMention], names: ArticleNames, *, fronted: bool = False
) -> str | None:
    """Who a sentence that quotes no one is about, for a "وقال إن" after it: the person it
    opens with, else the named subject of the verb that opens it ("أكد وزير البترول ...
    المصري، طارق الملا، الخميس، توقيع اتفاق", "استنكر الدكتور فتح الباري يحيى، رئيس ..."),
    after a phrase that turns to it ("من جهتها، نصحت السفارة"); with ``fronted``, for a bare
    verb in the sentence after, also after a circumstance ("لكن في مستهل ...، طالب ترامب")."""
    text = without_turn(text)
    if fronted and (blanked := without_circumstance(text)) != text:
        return _circumstance_subject(blanked, entities)
    tokens = tokenize(text)[:2]
    if (opener := sentence_subject(text, entities, names=names)) and not (
        tokens and opener.startswith(tokens[0].text)
    ):
        return opener  # not "ظهرت لأول": the opening verb is no first name
    if not tokens or not tokens[0].text[0].isalpha():
        return None
    if len(tokens) < 2 or tokens[0].norm in ARABIC or tokens[0].norm.startswith(("ال", "وال")):
        return None
    verb, subject = tokens
    if told_to(subject, entities):
        return None  # "وتحدثت لبي بي سي عن ...": to whom; the subject is one named before
    person = any(e.type == "person" and e.start == subject.start for e in entities)
    reads_body = not person and verb.norm not in ACCORDING_FIRST
    body = body_at(entities, subject.start) if reads_body else None
    if body and body not in gazetteer().agencies:
        # "ودانت وزارة الخارجية الأميركية الأحداث." then "وقالت إن"; not "وحسب فرانس برس،"
        # nor an agency, which relays the words of another
        return body
    if not person and subject.norm.removeprefix("ال") not in _ROLE_HEADS:
        # "أعلن طارق قابيل، وزير التجارة ... ارتفاع": a name then a title after a comma;
        # "وشرح أبوكساوي كيفية": a name the article writes. Else no one named ("وتضمن البيان
        # الرسمي عبارات ... شعور تامر بالانزعاج").
        apposed = apposition(text, subject.start, len(text), entities, names)
        comma = text.find("،", subject.start)
        after = _span(text, comma + 1, len(text))[:1] if comma >= 0 else []
        honorific = bool(after) and (after[0].norm in HONORIFICS or after[0].norm in RANKS)
        if apposed and apposed.split()[0] == subject.text and not honorific:
            # not "ولي العهد السعودي، الأمير محمد بن سلمان": a title, the name after it
            return apposed if len(apposed.split()) <= RUN_WORDS[-1] else None
        known = name_word(subject.norm, names)
        if not known or verb.text in known.split() or known.split()[0] not in text:
            return None  # "ظهرت لأول"; "تغريدة أمير", a pair from another sentence
        return known
    found = _speaker(entities, (verb.start, verb.end), len(text), text, names)
    if found and found.split()[0] not in text:
        return None  # "وصف أمير قطر، ..." read as "تغريدة أمير", a pair from another sentence
    return found if found and (not is_title(found) or _honored(found)) else None


_BUT = word_set("لكن ولكن")


def without_circumstance(text: str) -> str:
    """The text with an opening circumstance and its comma blanked (offsets kept): "لكن في
    مستهل رابع مناقشة ...، طالب ترامب الكونغرس" opens, after it, with its verb and subject."""
    comma = text.find("،")
    if comma < 0:
        return text
    first = tokenize(text[:comma])[:1]
    skip = first[0].end if first and first[0].norm in _BUT else 0
    after = comma + 1 + len(text[comma + 1 :]) - len(text[comma + 1 :].lstrip())
    if not circumstance_before(" " * skip + text[skip:], after):
        return text
    return " " * (comma + 1) + text[comma + 1 :]


def _circumstance_subject(text: str, entities: Sequence[EntityMention]) -> str | None:
    """The person or body (not an agency) named right after the verb that follows a blanked
    circumstance; nothing else (a title or a word the pairs read is too weak there:
    "في حديقة السفارة ...، فوجئ السفير بحضور عدد")."""
    tokens = tokenize(text)[:2]
    if len(tokens) < 2 or not tokens[0].text.isalpha() or tokens[0].norm in ARABIC:
        return None
    subject = tokens[1].start
    if any(e.start == subject and e.form == "nisba" for e in entities):
        return None  # "أكدت الفرنسية التي ...": a French woman, not France
    persons = (e.canonical for e in entities if e.type == "person" and e.start == subject)
    person = next(persons, None)
    body = body_at(entities, subject)
    return person or (body if body and body not in gazetteer().agencies else None)


def _honored(phrase: str) -> bool:
    """True for an honorific and a name with no title word ("الدكتور فتح الباري يحيى"): a
    person named, not an office ("الدكتور" also opens ``_SPEAKER_HEADS``)."""
    words = phrase.split()
    return (
        len(words) > 1
        and normalize(words[0]) in HONORIFICS
        and not any(apposition_title(word) for word in words[1:])
    )


# "وأبدى الحبسي سعادته ...، وأضاف:", "لكنه قال", "قائلا": a speech verb joined to the
# sentence's first verb, with no subject of its own.
_JOINED = word_set("لكنه لكنها ثم")


def same_subject(
    text: str, quote: QuoteMention, entities: Sequence[EntityMention], names: ArticleNames
) -> QuoteMention:
    """A quote whose verb is joined to the verb that opens the sentence, and names no subject
    of its own, said by that verb's named subject ("كرر رئيس هيئة الرياضة السعودية، تركي آل
    الشيخ، مساء السبت، تصريحه ...، لكنه قال في الوقت نفسه إنه ...")."""
    if quote.speaker is not None or quote.continued:
        return quote
    verbs = [v for v in verb_positions(text) if v[1] <= quote.start]
    if not verbs or verbs[-1][0] < CONTINUATION_CHARS:
        return quote
    verb = verbs[-1]
    words = [t for t in tokenize(text) if t.end <= verb[1]]
    word = normalize(text[verb[0] : verb[1]])
    joined = word.startswith("و") or word in PARTICIPLES
    joined = joined or (len(words) > 1 and words[-2].norm in _JOINED)
    after = past_adverbs(text[verb[1] :])  # "وقال مرة أخرى إنه": no subject either
    if not joined or not (word in PARTICIPLES or after.startswith(NO_SUBJECT)):
        return quote
    subject = opening_subject(text[: verb[0]], entities, names)
    subject = subject or _opening_body(text, verb[0], entities, female=_female(word))
    return replace(quote, speaker=subject, cited=True) if subject else quote


# "كان" opening a sentence, its subject a body's kind, its verb later: the joined speech verb
# agrees with it ("وكانت النيابة أحالت ...، وقالت", "وكان الجيش أعلن ...، وقال").
_WAS_FEMALE = word_set("كانت وكانت")
_WAS_MALE = word_set("كان وكان")


def _female(verb: str) -> bool:
    """True for a feminine third-person past or present verb ("وقالت", "وتقول")."""
    verb = verb.removeprefix("و")
    return verb.endswith("ت") or (verb.startswith("ت") and not verb.endswith(("ون", "وا")))


def _opening_body(
    text: str, before: int, entities: Sequence[EntityMention], *, female: bool = False
) -> str | None:
    """The body a sentence's opening verb names right after it, for a speech verb joined to
    that verb ("وأدانت وزارة الخارجية التركية القرار، وقالت إنه"): a typed organization,
    written whole before the joined verb; with a feminine joined verb also a country or a city
    that speaks for its government ("تصنف أنقرة الوحدات ...، وتقول إنها"); after "كان" a
    body's kind noun ("وكانت النيابة أحالت ...، وقالت إن")."""
    tokens = tokenize(without_turn(text[:before]))[:2]
    if (
        len(tokens) == 2
        and tokens[0].norm in (_WAS_FEMALE if female else _WAS_MALE)
        and tokens[1].norm in BODY_HEADS
    ):
        return tokens[1].text  # "وكانت النيابة أحالت المتهمين ...، وقالت إن": the body's kind
    if len(tokens) < 2 or not tokens[0].text[0].isalpha() or tokens[0].norm in ARABIC:
        return None
    if tokens[0].norm.startswith(("ال", "وال")) or tokens[0].norm in ACCORDING_FIRST:
        return None  # a noun opens the sentence, not a verb; "وحسب فرانس برس،" a source
    kinds = ("organization", "country", "city") if female else ("organization",)
    body = next(
        (
            e
            for e in entities
            if e.start == tokens[1].start and e.type in kinds and e.form != "nisba"
        ),
        None,
    )
    if body is None or body.end > before or body.canonical in gazetteer().agencies:
        return None  # an agency relays the words of the one it names
    return body.canonical


# Office and trade words: a subject made of one ("وقال اللاعب الإسباني", "وأوضح وزير المالية")
# is a person the text named with that word, nearby.
_ROLE_HEADS = frozenset(word.removeprefix("ال") for word in BESIDE_NAMES) | word_set(
    "وزير وزيرة رئيس رئيسة متحدث متحدثة ناطق ناطقة مدير قائد سفير أمين مبعوث مستشار مسؤول "
    "مسؤولة دكتور دكتورة عضو"
)
_TITLE_REACH = 8  # words before a person's last name read for a title written beside it
_TITLE_AFTER = 5  # and after it, the name included ("أنيس العياري اللاعب السابق")
# A title far back is read before the name or right after it ("أنور قرقاش، وزير الدولة"), not
# three words on, where it may be another's ("زوجة باباديمتريو، رانيا أنتونوبولوس وزيرة").
_TITLE_NEXT = 2


class Roles:
    """Who a role subject stands for ("وقال اللاعب الإسباني" after "رافايل نادال"), read from
    the people an article named or quoted in the sentences seen so far."""

    def __init__(self, sentences: Sequence[Sentence], names: ArticleNames) -> None:
        self.sentences = sentences
        self.names = names
        self.seen: list[tuple[Sentence, list[str]]] = []  # named or quoted, read when asked
        self.read = 0  # how many of them are in people
        self.people: list[tuple[int, str]] = []  # paragraph, person: in the order named
        self.by_last: dict[str, str] = {}  # their last words
        self.beside: dict[tuple[str, int], list[frozenset[str]]] = {}  # see _beside

    def see(
        self, sentence: Sentence, entities: Sequence[EntityMention], quotes: Sequence[QuoteMention]
    ) -> None:
        """Remember the people the sentence names or quotes (read only when a role asks: most
        articles have none)."""
        found = [e.canonical for e in entities if e.type == "person" and e.form != "nisba"]
        found += [q.speaker for q in quotes if q.speaker and not is_title(q.speaker)]
        self.seen.append((sentence, found))

    def _catch_up(self) -> None:
        """Add the people of the sentences seen since the last call, and those they name by a
        last word only: a person the article named (``ArticleNames.known``) or one seen here."""
        for sentence, named in self.seen[self.read :]:
            found = list(named)
            for token in tokenize(sentence.text):
                if name := self.names.known(token.norm) or self.by_last.get(token.norm):
                    found.append(name)  # "ويعتقد سيغوردسون" after "وقال سيغوردسون"
            self.people += [(sentence.paragraph, name) for name in found]
            self.by_last.update((normalize(name.split()[-1]), name) for name in found)
        self.read = len(self.seen)

    def resolve(
        self, sentence: Sentence, quote: QuoteMention, entities: Sequence[EntityMention]
    ) -> QuoteMention:
        """The quote said by the person its role subject stands for: the latest one named or
        quoted in this paragraph or the one before whom the article names with the role's head
        word ("لاعب التنس الإسباني رافايل نادال"). Else as it was: a role no one nearby holds
        ("وأضاف الوزير التركي", "وقال المهاجم" after "لاعب وسط") may be someone named further
        back, whom the reader of this paragraph cannot tell."""
        found = _role_subject(sentence.text, quote.start)
        if found is None or quote.speaker not in (None, found[0]):
            return quote
        parts = found[0].split()
        if len(parts) > 2 and normalize(parts[0]) in HONORIFICS:
            return quote  # "الدكتور مالك منصور، حفيد ...": an honorific and a name, no role
        role, verb = found
        self._catch_up()
        head = normalize(role.split()[0]).removeprefix("ال")
        here = [
            e.canonical
            for e in entities
            if e.type == "person" and e.form != "nisba" and e.end <= verb
        ]
        near = [
            name
            for paragraph, name in self.people
            if sentence.paragraph - paragraph <= CONTINUATION_PARAGRAPHS
        ]
        for name in reversed(near + here):
            if self._titled(name, {head}):
                return replace(quote, speaker=name, cited=True)
        # "وأوضح وزير المالية" four paragraphs after "وزير المالية السعودي محمد الجدعان": the
        # one person the article named with the whole role.
        words = {normalize(w).removeprefix("ال") for w in role.split()}
        whole = {name for _, name in self.people if self._titled(name, words)}
        whole |= {name for name in here if self._titled(name, words)}
        if len(whole) == 1 and len(words) > 1:
            return replace(quote, speaker=whole.pop(), cited=True)
        return self._one_titled(quote, words, head, here)

    def _one_titled(
        self, quote: QuoteMention, words: set[str], head: str, here: Sequence[str]
    ) -> QuoteMention:
        """A bare title ("وقال المحافظ") further back than the paragraph before stands for the
        one person the article named, before it, with the title's head word ("محافظ البصرة
        أسعد العيداني"); when two were so named, for no one. Its complement, if any, must be
        written beside that person too: "وزير الخارجية القطري" is not "وزير الخارجية السعودي،
        عادل الجبير", the one minister named (February: 4 of 11 wrong without it)."""
        titled = {name for _, name in self.people if self._titled(name, {head}, _TITLE_NEXT)}
        titled |= {name for name in here if self._titled(name, {head}, _TITLE_NEXT)}
        nisbas = {word for word in words if word.endswith("ي")} - {head}
        if len(titled) == 1 and self._titled(name := titled.pop(), nisbas):
            return replace(quote, speaker=name, cited=True)
        return quote

    def _titled(self, name: str, words: set[str], after: int = _TITLE_AFTER) -> bool:
        """True when the article writes all ``words`` beside the person's last name (up to
        ``after`` words after it, the name included)."""
        last = normalize(name.split()[-1])
        return any(words <= beside for beside in self._beside(last, after))

    def _beside(self, last: str, after: int) -> list[frozenset[str]]:
        """The words (without "ال") around each place the article writes ``last``. Kept per
        last name: a role asks of the same people again and again, and the article's
        sentences do not change while it is read."""
        if (last, after) in self.beside:
            return self.beside[last, after]
        found = self.beside[last, after] = []
        for sentence in self.sentences:
            if last not in words_of(sentence.text):
                continue
            tokens = tokenize(sentence.text)
            for at, token in enumerate(tokens):
                if token.norm == last:
                    beside = tokens[max(0, at - _TITLE_REACH) : at + after]
                    found.append(frozenset(t.norm.removeprefix("ال") for t in beside))
        return found


def _role_subject(text: str, before: int) -> tuple[str, int] | None:
    """The role phrase right after the last speech verb before ``before`` ("اللاعب الإسباني",
    "وزير المالية", "نجم منتخب مصر"), or None: a definite head, or one that a definite word
    follows (a construct), and where its verb starts; never an unnamed source ("مسؤول
    أمريكي")."""
    verbs = [v for v in verb_positions(text) if v[1] <= before] or verb_positions(text)[:1]
    if not verbs:
        return None
    words: list[Token] = []
    for token in _span(text, verbs[-1][1], len(text)):
        if token.text in SUBJECT_BREAKS or token.norm in SUBJECT_STOPS:
            break
        if token.norm in PREPOSITIONS or to_someone(token) or not token.text[0].isalpha():
            break
        if token.norm in NOT_SPEAKERS or token.norm in WEEKDAYS:
            break  # "وقال الوزير الروسي أيضا"
        words.append(token)
        if len(words) == SUBJECT_WORDS:
            break
    if not words or words[0].norm.removeprefix("ال") not in _ROLE_HEADS:
        return None
    if not words[0].norm.startswith("ال") and not (
        len(words) > 1 and words[1].norm.startswith("ال")
    ):
        return None
    return " ".join(t.text for t in words), verbs[-1][0]
