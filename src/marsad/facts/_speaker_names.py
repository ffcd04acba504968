"""Names around a speech verb: before it, after it, after a title or a kin word."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from marsad.facts._article_names import ArticleNames
from marsad.facts._fronted import fronted_span, nisba, quoted_body
from marsad.facts._quote_words import (
    AFTER_NAME,
    BODIES,
    BODY_HEADS,
    HONORIFICS,
    HOW_WORDS,
    NAME_PARTICLES,
    NOT_NAMES,
    NOT_SPEAKERS,
    OUTLETS,
    PARTICIPLES,
    PREPOSITIONS,
    RANKS,
    RUN_WORDS,
    SHORT_NAME,
    SPEAKER_TYPES,
    STATEMENTS,
    SUBJECT_BREAKS,
    SUBJECT_GAP,
    SUBJECT_STOPS,
    SUBJECT_WORDS,
    THAT,
    TITLE_WORDS,
    WEEKDAYS,
)
from marsad.facts._speaker_words import _span, apposition_title, body_first
from marsad.facts._titled_names import (
    _governs,
    in_entity,
    name_word,
    name_words,
    plain_word,
    to_someone,
)
from marsad.facts.entities import EntityMention
from marsad.lang.arabic import normalize
from marsad.lang.stopwords import ARABIC
from marsad.lang.tokens import Token, tokenize
from marsad.lang.words import word_set


def known_then_title(words: Sequence[Token], names: Mapping[str, str]) -> str | None:
    """ "وكتب دروغبا قائد ساحل العاج السابق": a word the article writes as a person's name,
    right after the verb and before a title, is that person (not what the title names)."""
    if len(words) < 2 or not plain_word(words[0]) or not apposition_title(words[1].text):
        return None
    return names.person(words[0].norm) if isinstance(names, ArticleNames) else None


def title_name_title(words: Sequence[Token]) -> str | None:
    """ "وقال الدكتور أولوفيمي أولادابو الخبير بوحدة ...": a title, two plain words no lexicon
    knows, then another title: the two words are the name. The first title is definite: an
    indefinite one governs the words after it ("مدير أمن عدن اللواء ...")."""
    if len(words) < 4 or not words[0].norm.startswith("ال"):
        return None
    if not apposition_title(words[0].text):
        return None
    if not (plain_word(words[1]) and plain_word(words[2])):
        return None
    if not words[3].norm.startswith("ال") or not apposition_title(words[3].text):
        return None
    return f"{words[1].text} {words[2].text}"


def body_named(entity: EntityMention) -> bool:
    """A "person" read after a title that starts with a body's kind ("المتحدث باسم قوات
    تحالف دعم الشرعية"): the body the title names, not a person."""
    return entity.type == "person" and entity.form == "titled" and body_first(entity.text)


def held(text: str, entity: EntityMention) -> bool:
    """True when a name is the genitive of an indefinite title right before it ("رئيس وزراء
    لبنان", "قائد ساحل العاج", "محامي ترامب"): what the office is of, not who speaks; or
    whom the words were told ("لصحيفة نيويورك تايمز")."""
    before = _span(text, max(0, entity.start - 16), entity.start) if text else []
    if not before:
        return False
    return to_someone(before[-1]) or (_governs(before[-1]) and before[-1].norm not in PREPOSITIONS)


def opens_clause(text: str, entity: EntityMention, verb_start: int) -> bool:
    """True when a name before the verb is its subject: no word between them, and the name
    opens its clause; not "موقف الأردن يؤكد" (the stance's country) nor "نقلت فرانس برس عن
    هنري قوله" (the agency that relays a person's words)."""
    if not text:
        return True
    if any(t.text[0].isalnum() and t.norm != "قد" for t in _span(text, entity.end, verb_start)):
        return False  # "ريكس تيلرسون، قد أعلن"
    words = _span(text, 0, entity.start)
    if not words or not words[-1].text[0].isalnum():
        return True
    return words[-1].norm in _OPENERS or words[-1].norm in STATEMENTS  # "بيان لوزارة الدفاع"


def name_after(
    text: str,
    start: int,
    limit: int,
    phrase: str,
    names: Mapping[str, str],
    entities: Sequence[EntityMention],
) -> str | None:
    """A name the article writes, right after a title cut at its five words ("أكد وزير
    الخارجية وشؤون المغتربين الأردني الصفدي في تصريحه"): the person, not the office."""
    words = _span(text, start, limit)
    at = len(phrase.split())
    if at != SUBJECT_WORDS or len(words) <= at or in_entity(words[at], entities):
        return None  # "متحدث باسم وحدات حماية الشعب الكردية": the body's last word
    return name_word(words[at].norm, names)


_SUBJECT_TOKENS = 3  # "وأعرب الرئيس الكازاخستاني عن ... التي اعتبر أنها «...»"


def sentence_subject(
    text: str,
    entities: Sequence[EntityMention],
    limit: int | None = None,
    names: Mapping[str, str] | None = None,
) -> str | None:
    """The person the sentence opens with (its main verb's subject), for a speech verb in a
    relative clause that names no subject of its own, or a "وأضاف" in the next sentence;
    ``names``: also a word the article writes as a name, right after the first word."""
    limit = len(text) if limit is None else limit
    opening = tokenize(text)[:_SUBJECT_TOKENS]
    if not opening:
        return None
    end = opening[-1].end
    # "وأدان الاتحاد الأوروبي ...": an opening "و" word the entities took for a person's is
    # the verb ("ماريانو راخوى تعازيه وأدان": a name's extent run on into the next verb).
    verb = opening[0] if opening[0].norm.startswith("و") else None
    people = [
        e
        for e in entities
        if e.type == "person"
        and e.start < end
        and e.end <= limit
        and not (verb is not None and e.start == verb.start and e.end <= verb.end)
    ]
    if people:
        return people[0].canonical
    if names is not None and len(opening) > 1 and opening[1].text[0].isalpha():
        return name_word(opening[1].norm, names)  # "وأعرب مومتزيس عن قلقه"
    return None


def first_word(text: str, start: int, entity: EntityMention) -> bool:
    """True when the entity is the verb's first word ("وقالت الشرطة"), not a later one
    ("وقال نجم منتخب مصر", "يقول غريب لبي بي سي")."""
    if not text:
        return entity.start - start <= SUBJECT_GAP
    words = _span(text, start, entity.start)
    return not words and not normalize(entity.text).startswith(("ل", "ب"))


def after_preposition(text: str, at: int) -> bool:
    words = _span(text, max(0, at - 12), at) if text else []
    return bool(words) and words[-1].norm in PREPOSITIONS


def name_at(text: str, start: int, names: Mapping[str, str]) -> str | None:
    """A name the article writes elsewhere, as the verb's first word ("وقال جويس إنه")."""
    words = _span(text, start, len(text))
    if not words or not words[0].text[0].isalpha():
        return None
    return name_word(words[0].norm, names)


def name_in_subject(
    text: str,
    start: int,
    limit: int,
    names: Mapping[str, str],
    entities: Sequence[EntityMention] = (),
) -> str | None:
    """A name that ends the words describing the speaker, right before إن/أن or the quote
    ("وقال المحلل لدى مجموعة "..." جاسبر لولر إن", "أشار مدرب سان جرمان أوناي إيمري إلى")."""
    words = _span(text, start, limit)
    while words and (
        words[-1].text in SUBJECT_BREAKS
        or words[-1].norm in THAT
        or words[-1].norm in AFTER_NAME
        or words[-1].norm in NOT_SPEAKERS
        or words[-1].norm in WEEKDAYS
    ):
        words.pop()  # the colon before the quote, "الاثنين في بيان" after the name
    if len(words) > TITLE_WORDS + 4:
        return None
    if len(words) < 2 or not words[-1].text[0].isalpha():
        return None
    if not any(apposition_title(t.text) for t in words[:-1]):
        return None  # "وقالت حملة ... في أهداف تجارية إن": no title, so no name at its end
    if in_entity(words[-1], entities):
        return None  # "في جامعة كولومبيا بمدينة نيويورك إن": a place ends the subject
    if any(to_someone(t) for t in words[1:-1]):
        return None  # "قال محامي ترامب لصحيفة نيويورك تايمز أنه": to whom, not who
    return name_word(words[-1].norm, names)


def kin_name(words: Sequence[Token]) -> str | None:
    """The name after a kin word ("ويقول عمها، روبن أتاب", "وقالت شقيقته مهى للصحفيين"): the
    plain words (and particles) right after it, or no one ("وقال شقيقها إن")."""
    name: list[Token] = []
    for token in words:
        if token.text in ("،", ",") and not name:
            continue
        if not (plain_word(token) or (name and token.norm in NAME_PARTICLES)):
            break
        name.append(token)
    if len(name) == 1 or name_words(name):
        return " ".join(t.text for t in name)
    return None


def name_then_title(
    text: str, start: int, limit: int, sizes: tuple[int, ...] = (2, 1)
) -> str | None:
    """ "قال إيلكاي غندوغان لاعب وسط مانشستر سيتي إنه", "وقال فرانك جيرتزوبيه الأمين العام",
    "وأضاف نيكوس أناستاسياديس أمام البرلمان": one or two plain words right after the verb,
    then a preposition, a comma, إن/أن or (after two words) a title, are a name."""
    words = _span(text, start, len(text))
    for size in sizes:
        plain = all(map(plain_word, words[:size])) or _compound(words[:size])
        if len(words) <= size or not plain:
            continue
        if words[size - 1].end > limit:
            continue  # "مصادر ميدانية أفادت بتواصل المعارك": what was said, not who
        if any(t.norm in HOW_WORDS or t.norm in NOT_NAMES for t in words[:size]):
            continue  # "وأضاف لافروف أمام مجلس", "وقال بشأن عملية"
        after = words[size]
        closes = after.norm in THAT or after.text == ":" or words[size].start >= limit
        closes = closes or to_someone(after)  # "وأضاف خالد مجاهد للصحفيين إن"
        if closes or after.norm in AFTER_NAME or (size == 2 and apposition_title(after.text)):
            return " ".join(t.text for t in words[:size])
        if size == 2 and _closes_pair(words[: size + 2]):
            return " ".join(t.text for t in words[:size])
        if size == 2 and _construct(words[size:]):
            return " ".join(t.text for t in words[:size])  # "داميان تشوكو مفوض الشرطة"
    return None


def nisba_then_name(
    text: str, words: Sequence[Token], limit: int, entities: Sequence[EntityMention]
) -> str | None:
    """ "أكد الكويتي عبدالله جاسم وكيل أعمال المدرب ... أن": a nationality adjective right after
    the verb describes the person named next ("الإسباني رافائيل نادال"), who is the subject
    when two plain words and what closes a name follow (``name_then_title``)."""
    if len(words) < 3 or not plain_word(words[1]):
        return None
    if not any(e.form == "nisba" and e.start == words[0].start for e in entities):
        return None
    return name_then_title(text, words[1].start, limit, sizes=(2,))


def short_name_then_title(words: Sequence[Token]) -> str | None:
    """ "وقال دي جي كوه، رئيس قسم ...": two or three words right after the verb, one of them a
    two-letter part of a foreign name (which ``plain_word`` refuses: "لي", "في" are words),
    then a comma and a title written beside a name; the comma and title make it a name."""
    for size in RUN_WORDS:
        if len(words) < size + 2 or words[size].text not in ("،", ","):
            continue
        run = words[:size]
        short = [t for t in run if len(t.norm) == SHORT_NAME]
        if not short or len(short) == size or not apposition_title(words[size + 1].text):
            continue
        if all(plain_word(t) for t in run if t not in short) and all(
            t.text.isalpha() and t.norm not in ARABIC and t.norm not in NOT_SPEAKERS for t in short
        ):
            return " ".join(t.text for t in run)
    return None


# Words of quantity and part that a two-word subject with "من" after it opens with: "عدد
# كبير من", "نسبة كبيرة من" are how many spoke, not who.
_PARTS = word_set("عدد نسبة كثير كثيرون بعض معظم غالبية أغلب جزء مجموعة قسم العديد حوالي نحو")
# An accusative participle of manner, مُفعِلا or مُتفعِّلا ("مضيفا", "متحدثا"), after a name:
# how the person spoke ("وقال ترامب متحدثا من المكتب البيضاوي"), not the name's second word.
_MANNER = re.compile("^(?:م\\w{3}|مت\\w{2,})ا$")


def _closes_pair(words: Sequence[Token]) -> bool:
    """True when the third of ``words`` ends the two plain words before it as a name: "من" of
    where the person works ("وقالت ميرنا وايسمان من معهد الطب النفسي") or the bracket of an
    age ("وقال علاء الدين (23 عاما)"); not after a quantity ("عدد كبير من"), reports ("تقارير
    إعلامية من إسبانيا"), a participle of manner, or a verb of age ("فتاة تبلغ من العمر")."""
    pair, after = words[:2], words[2]
    if after.text != "(" and after.norm != "من":
        return False
    if _MANNER.match(pair[1].norm) or (len(words) > 3 and words[3].norm == "العمر"):
        return False
    return not any(t.norm in _PARTS or t.norm in NOT_NAMES for t in pair)


# Second words of compound first names ("علاء الدين", "نصر الله"): the article is theirs.
_COMPOUND_ENDS = word_set("الدين الله")


def _compound(words: Sequence[Token]) -> bool:
    """True for a plain word and the second word of a compound name: "علاء الدين"."""
    return len(words) == 2 and plain_word(words[0]) and words[1].norm in _COMPOUND_ENDS


def _construct(words: Sequence[Token]) -> bool:
    """ "مفوض الشرطة": an indefinite word, then a definite one (an office of a body)."""
    return (
        len(words) >= 2
        and plain_word(words[0])
        and words[1].norm.startswith("ال")
        and words[1].norm not in WEEKDAYS
    )


_OPENERS = frozenset({"و", "ولكن", "لكن", "كما", "فيما", "بينما", "وكان", "كان"})


def name_before(text: str, verb_start: int, names: Mapping[str, str]) -> str | None:
    """ "ولكن عراقجي قال إن": a name right before the verb, at the start of the clause."""
    words = _span(text, 0, verb_start)
    if words and words[-1].norm == "قد" and words[0].norm in ("كان", "وكان"):
        # "وكان دميتري سفيشتشيف رئيس الاتحاد ... قد قال إن": the name after كان.
        return next((n for t in words[1:4] if (n := name_word(t.norm, names))), None)
    if len(words) >= 2 and words[-2].norm == "عن" and text[verb_start:].startswith("قول"):
        return name_word(words[-1].norm, names)  # "ونقلت فرانس برس عن هنري قوله"
    if not words or (len(words) >= 2 and words[-2].norm not in _OPENERS):
        return None
    return name_word(words[-1].norm.removeprefix("و"), names)


def titled_before(
    text: str, verb_start: int, entities: Sequence[EntityMention], start: int = 0
) -> str | None:
    """ "لكن الحارس كيلور نافاس قال إن", "وكان رئيس الاتحاد المصري لكرة القدم، هاني أبوريدة،
    أكد أن": a clause that opens with a title, then a name right before the verb (after a
    comma or a definite word: "مدرب ريال مدريد قال" is the club's coach, no name). ``start``:
    where the clause's words begin."""
    verb = next(iter(_span(text, verb_start, len(text))), None)
    if verb is None or verb.norm in PARTICIPLES:
        return None  # "عبر عن ثقته في استعداد القوات ... لحروب الفضاء، قائلا": not its subject
    words = _span(text, start, verb_start)
    opener = max((k for k, t in enumerate(words) if t.norm in _OPENERS), default=-1)
    words = words[opener + 1 :]
    while words and words[-1].text in ("،", ","):
        words.pop()  # "، هاني أبوريدة، أكد"
    title = words[0].text if words else ""
    if not (apposition_title(title) or apposition_title(title.removeprefix("ال"))):
        return None  # "الحارس" as "حارس"
    if len(words) > TITLE_WORDS + 3 or any(
        not t.text[0].isalpha() and t.text not in ("،", ",") for t in words
    ):
        return None
    for size in (2, 3):
        if len(words) <= size:
            return None
        name, before = words[-size:], words[-size - 1]
        particle = size == 2 or name[1].norm in NAME_PARTICLES  # three: "محمد بن هزام"
        if not particle or not name_words(name):
            continue
        if any(in_entity(t, entities) for t in name):
            return None
        if before.text in ("،", ",") or before.norm.startswith("ال"):
            return " ".join(t.text for t in name)
    return None


def fronted_subject(text: str, verb_start: int, entities: Sequence[EntityMention]) -> str | None:
    """The subject written before the verb after "كان"/"يذكر أن" (``fronted_span``) when it is
    a name: a body's quoted name ("وكانت صحيفة "لوباريزيان" الفرنسية قالت"), an entity that is
    the whole phrase, two or three name words ("كانت سبيس إكس أعلنت"), or a title then a name
    ("ويذكر أن مدير مستشفى عفرين، الدكتور جوان محمد قال"). None for anything else."""
    words = _span(text, 0, verb_start)
    span = fronted_span(words)
    if span is None:
        return None
    phrase = words[span[0] : span[1]]
    if body := quoted_body(phrase, BODY_HEADS | OUTLETS):
        return body
    whole = next(
        (
            e
            for e in entities
            if e.type in SPEAKER_TYPES
            and e.form != "nisba"
            and e.start == phrase[0].start
            and e.end == phrase[-1].end
        ),
        None,
    )
    if whole is not None:
        return whole.canonical
    if 2 <= len(phrase) <= 3 and all(plain_word(t) and t.norm not in NOT_NAMES for t in phrase):
        return " ".join(t.text for t in phrase)
    if body := _kind_first(phrase):
        return body  # "ويذكر أن شركة موانئ دبي العالمية، اتهمت"
    end = words[span[1]].start if span[1] < len(words) else verb_start
    if any(t.norm == "باسم" for t in phrase):
        return None  # "المتحدث باسم الرئيس الفلسطيني محمود عباس": the name is whose office
    name = titled_before(text, end, entities, start=phrase[0].start)
    size = len(name.split()) if name else len(phrase)
    if size >= len(phrase) or not _marks_name(phrase[-size - 1]):
        return None  # "وكان رئيس اللجنة المنظمة لكأس العالم أكد": no name after a definite word
    return name


def _kind_first(phrase: Sequence[Token]) -> str | None:
    """A fronted body written with its kind first ("شركة موانئ دبي العالمية", "الحكومة
    المصرية"): two to six words, no stop or mark among them."""
    if not 2 <= len(phrase) <= _BODY_WORDS or phrase[0].norm not in BODIES:
        return None
    if any(not t.text[0].isalpha() or t.norm in SUBJECT_STOPS | ARABIC for t in phrase):
        return None
    return " ".join(t.text for t in phrase)


def _marks_name(token: Token) -> bool:
    """A comma, an honorific, a rank or a nisba: what stands before a name after its title
    ("، هاني أبوريدة", "الدكتور جوان محمد", "اتحاد كرة القدم المصري هاني أبو ريدا")."""
    word = token.norm  # a nisba: "الإسرائيلية ميري ريغيف"
    return word == "," or word in HONORIFICS or word in RANKS or nisba(word)


_BODY_WORDS = 6


def body_before(text: str, verb_start: int) -> str | None:
    """ "لكن محكمة العدل الاتحادية الألمانية قالت إن": a body that opens the clause and is
    the subject of the verb right after it (six words at most, no break between)."""
    words = _span(text, 0, verb_start)
    if words and words[0].norm in _OPENERS:
        words = words[1:]
    if not 2 <= len(words) <= _BODY_WORDS:
        return None
    if normalize(words[0].text.removeprefix("و")) not in BODIES:
        return None
    if any(not t.text[0].isalpha() or t.norm in SUBJECT_STOPS for t in words):
        return None
    return " ".join(t.text.removeprefix("و") if i == 0 else t.text for i, t in enumerate(words))
