"""Entities: people, places and organizations from shipped lexicons, titles and name rules."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from itertools import combinations

from marsad.caches import cached
from marsad.facts._name_shape import ends_a_name, opens_no_name, title_in_a_things_name
from marsad.facts._name_words import not_a_person_word
from marsad.facts._senses import name_after_definite, other_sense
from marsad.facts.gazetteer import Entry, Gazetteer, gazetteer
from marsad.lang.clitics import stems
from marsad.lang.names import fold, nisba_stem, skeleton
from marsad.lang.stopwords import stopwords_for
from marsad.lang.tokens import Token, tokenize, words_of
from marsad.lang.words import WordTest, word_set

# Words between a title and the name: offices, portfolios, "former" ("وزير الدفاع الروسي،
# سيرغي شويغو", "الأمين العام لمنظمة ... ستانيسلاف زاس").
_MODIFIERS = word_set(
    "الدفاع الخارجية الداخلية العام السابق الحالي الأسبق الوزراء الحكومة الجمهورية "
    "الدولة الأركان المجلس مجلس باسم الاستخبارات جهاز الأول التنفيذي لشؤون الأمن القومي "
    "الوطني المالية الاقتصاد العدل الصحة التعليم النفط الطاقة البرلمان النواب الشيوخ أركان "
    "الشعب العهد الإعلام وزارة مدينة بلدية الدورة الحالية هيئة حزب رئاسة الأمم شؤون المعني "
    # "مدير عام المنظمة", "أمين عام الحزب": the indefinite "general" of an office.
    "عام"
)
# Words that end a name: the stop words, speech verbs and pronoun-suffixed nouns met in news.
_NOT_NAMES = stopwords_for("ar") | word_set(
    "قوله قولها إن أن إنه أنه يعلن أعلن قال قالت أكد يقول أمام الذي التي عن على "
    "لدى بأن كما حول ضد بعد قبل دعا أشار أضاف اعتبر وصف طالب التقى زار غدا اليوم أمس "
    "the said of and "
    # Prepositions and adverbs of cause and time read as a first name after a title ("رئيس
    # الوزراء أثناء ...", "الوزير وفقا لتقرير"): no name starts or goes on with one.
    "أثناء مما وفقا بسبب لعدم حسب "
    # The verb of negation after a title: "معالي المستشار ليس فوق النقد".
    "ليس ليست ليسوا "
    # A preposition with a pronoun ("عنه", "لديها"), a time word before the day ("عشية",
    # "غداة", "مساء"), a reporting verb ("X أبلغ Y", "أورد مراسلنا"): a name ends before them.
    "عنه عنها عنهم منها لها لهم بها فيها عليها إليها لديه لديها لديهم عشية غداة مساء ليلة "
    "أبلغ أبلغت أورد أوردت أفاد أفادت أوضح أوضحت أضاف أضافت صرح صرحت ذكر ذكرت نقل نقلت "
    "أشار أشارت تابع تابعت شدد شددت نفى نفت تداعى تداعت "
    # Conjunctions of time and "without": "كأس الملك بعدما فقد", "النائب العام بدون ذكر".
    "بعدما عندما حينما بينما طالما كلما بدون "
    # Conjunctions and quantifiers ("سواء كان", "لبعض أعضاء الشرف" with ب/ل/ك, see ``_stop``).
    "سواء جميع معظم أغلب "
    # Compound prepositions after a title ("الأمين العام بشأن اعتقال", "بموجب اتفاق"):
    # 6 of February 2018's titled persons, none a name.
    "بشأن بموجب بهدف بحضور بفضل لصالح"
)
# Name particles that may start with the article or be short: عبد الله، بن، أبو.
_PARTICLES = frozenset({"عبد", "بن", "ابن", "ابو", "ال"})
MAX_NAME_WORDS = 4
MAX_MODIFIERS = 8


@dataclass(frozen=True, slots=True, kw_only=True)
class EntityMention:
    """One mention of an entity in a sentence: canonical name, type, surface text, span."""

    canonical: str
    type: str
    text: str
    start: int
    end: int
    form: str = "name"  # name, nisba (an adjective of a place), partial, titled, role
    # "رئيس|كازاخستان": the office and country a title gave; a role mention ("الرئيس
    # الكازاخستاني" with no name) is resolved to the person who holds it in the story.
    role: str | None = None


def _lookup(tokens: list[Token], i: int, gaz: Gazetteer) -> tuple[Entry, int, str] | None:
    """The longest lexicon phrase or nisba adjective at ``i``: (entry, last index, form)."""
    word = tokens[i].norm
    folded = _starting(word)
    if folded:
        found = _phrase(tokens, i, gaz, folded)
        if found is not None:
            return found
    entry = _nisba_entry(word)
    return None if entry is None else (entry, i, "nisba")


# What the lexicon says of one word wherever it stands is asked at each of its candidate
# tokens by three rules (``_lookup``, ``_is_title``, ``_skip_modifiers``): cached per word.
# Keyed on the word's matching form alone, which is safe as the lexicon is the one shipped
# (``gazetteer()``, emptied with these by ``marsad.clear_caches``).
@cached(100_000)
def _starting(word: str) -> tuple[str, ...]:
    """The folded forms of a word (``_forms``) when one of them starts a lexicon phrase or
    title, else none."""
    first_words = gazetteer().first_words
    folded = tuple(fold(form) for form in _forms(word))
    return folded if any(form in first_words for form in folded) else ()


@cached(100_000)
def _title_forms(word: str) -> tuple[str, ...]:
    """The folded forms of a word without proclitics (``stems``) when one of them starts a
    lexicon phrase or title, else none."""
    first_words = gazetteer().first_words
    folded = tuple(fold(form) for form in stems(word))
    return folded if any(form in first_words for form in folded) else ()


@cached(100_000)
def _nisba_entry(word: str) -> Entry | None:
    """The place a word names as a nisba adjective ("الروسية"), by its first form that does."""
    nisba = gazetteer().nisba
    for form in _forms(word):
        entry = nisba.get(form) or nisba.get(nisba_stem(form) or "")
        if entry is not None:
            return entry
    return None


_LAM_ARTICLE = ("لل", "ولل", "فلل")


def _forms(word: str) -> tuple[str, ...]:
    """The word without proclitics, and for "لل" (ل + ال: "للغوطة الشرقية") with its article."""
    found = stems(word)
    for prefix in _LAM_ARTICLE:
        if word.startswith(prefix) and len(word) > len(prefix) + 2:
            return (*found, "ال" + word[len(prefix) :])
    return found


def _phrase(
    tokens: list[Token], i: int, gaz: Gazetteer, folded: tuple[str, ...]
) -> tuple[Entry, int, str] | None:
    """The longest lexicon phrase at ``i`` whose first word is one of ``folded``."""
    rest = [fold(t.text) for t in tokens[i + 1 : i + gaz.longest]]
    for size in range(min(gaz.longest, len(tokens) - i), 0, -1):
        for first in folded:
            if size == 1 and _doubled_short(first, tokens[i].norm):
                continue
            if size in gaz.lengths.get(first, ()):
                entry = gaz.phrases.get((first, *rest[: size - 1]))
                if entry is not None:
                    return entry, i + size - 1, "name"
    return None


# A lexicon name of three letters or fewer ("تعز") is not read off an Arabic word ending in a
# doubled letter: collapsing it, which joins transliterations of long names ("توكاييف"), reads
# the verb "وتعزز" as Taiz (22 of February 2018's "cities", all the verb). "كييف" (an inner
# double) and "CNN" (Latin) stay.
_SHORT_NAME = 3


def _doubled_short(folded: str, word: str) -> bool:
    """True when a short lexicon name ``folded`` would be read off ``word`` only by collapsing
    its doubled last letter."""
    return (
        len(folded) <= _SHORT_NAME
        and len(word) > 2
        and word[-1] == word[-2]
        and not word[-1].isascii()
        and folded not in _forms(word)
    )


def _is_title(tokens: list[Token], i: int, gaz: Gazetteer) -> int:
    """Index of the last title token when a title starts at ``i``, else -1."""
    forms = _title_forms(tokens[i].norm)
    if not forms:
        return -1
    for size in (2, 1):
        words = tuple(fold(t.text) for t in tokens[i : i + size])
        for form in forms:
            if len(words) == size and (form, *words[1:]) in gaz.titles:
                return i + size - 1
    return -1


def _skip_modifiers(
    tokens: list[Token], j: int, gaz: Gazetteer
) -> tuple[int, str | None, list[str]]:
    """Index after the office words following a title, the country they name if any, and the
    portfolio words ("الدفاع", "السابق") that tell two offices apart."""
    country = None
    office: list[str] = []
    for _ in range(MAX_MODIFIERS):
        if j >= len(tokens):
            break
        token = tokens[j]
        word = stems(token.norm)
        found = _lookup(tokens, j, gaz)
        if found is not None and found[2] == "nisba" and name_after_definite(token, tokens[j - 1]):
            break  # "الأمير تركي بن طلال": a first name
        if found is not None and found[0].type != "person":
            if found[0].type == "country" and country is None:
                country = found[0].canonical
            j = found[1] + 1
            while j < len(tokens) and tokens[j].norm in _CLUB_NAME_TAILS:
                j += 1  # "مدرب باريس سان جرمان أوناي إيمري": the club's name, then the coach's
        elif token.text in (",", "،") or any(w in _MODIFIERS for w in word):
            office += [word[-1].removeprefix("ال")] if token.text not in (",", "،") else []
            j += 1
        elif _is_title(tokens, j, gaz) >= 0:
            office.append(fold(token.norm).removeprefix("ال"))
            j = _is_title(tokens, j, gaz) + 1
        elif token.norm.startswith("ال") and token.norm.endswith(("ي", "يه")):
            j += 1  # an adjective such as "الروسي" not in the lexicon
        else:
            break
    return j, country, office


# Words that go on a club's name after its city ("باريس سان جرمان", "مانشستر سيتي"): after a
# title they are still the club, not the first name of its coach or player.
_CLUB_NAME_TAILS = word_set("سان جرمان جيرمان سيتي يونايتد")


def _name_after(tokens: list[Token], j: int) -> int:
    """Index after the last word of a name starting at ``j`` (``j`` when there is none)."""
    end = j
    # A name goes on past its usual length while its last word is a particle ("فهد بن بدر بن
    # عبد العزيز" was cut to "فهد بن بدر بن": 5 titled princes of one February story).
    while end < len(tokens) and (end - j < MAX_NAME_WORDS or _open_name(tokens, j, end)):
        token = tokens[end]
        word = token.norm
        if not token.text[0].isalpha() or _stop(token) or word in _MODIFIERS or _no_name(token):
            break
        if end == j and _lam_first(word):
            break  # "الرئيس لفتح صفحة", "مدرب لبايرن ميونيخ": a preposition, not a name
        if end > j and (_body_noun(token) or _apposed_title(tokens, end) or ends_a_name(token)):
            break  # "مدير فني لفريق تشيلسي", "محمد عبدالسلام رئيس نادي": not the name
        if end > j and _PREP_BROKEN_PLURAL.match(token.text):
            break  # "سامي عنان لوثائق": a preposition after the name opens its object
        after_particle = end > j and tokens[end - 1].norm in _PARTICLES
        if word.startswith(("ال", "لل", "بال", "وال", "وب", "ول")) and not after_particle:
            if _last_name(tokens, j, end):
                end += 1  # "عبدالفتاح السيسي", "محمد العريان": a definite last name ends it
            break
        if token.text[0].isascii() and not token.text[0].isupper():
            break
        end += 1
    return end


def _open_name(tokens: list[Token], j: int, end: int) -> bool:
    """True when the name read from ``j`` to ``end`` ends on a particle (بن، عبد، أبو), within
    twice the usual length."""
    return end > j and end - j < 2 * MAX_NAME_WORDS and tokens[end - 1].norm in _PARTICLES


# The preposition ل on the first word after a title, before a consonant ("لفتح", "لبايرن",
# "لمنتخبنا", "لحقوق"): 9 of February 2018's titled persons, none a name. A foreign name
# after ل opens with a long vowel ("لافروف", "لوران", "ليونيل"); the Arabic given and family
# names opening with ل and a consonant are listed.
_LAM_CONSONANT = re.compile("^[وف]?ل[^اويى].{2,}$")
_LAM_NAMES = word_set("لحود لبنى لطيفة لطفي لمياء لجين لبيب لقمان لبيد لطيف لحسن لمى")


# ب/ل on a broken plural فعائل ("لوثائق", "برسائل", "لحقائق"), as written: a preposition and
# its noun, never a name word.
_PREP_BROKEN_PLURAL = re.compile("^[وف]?[بل][^\\Wا]{2}ائ[^\\Wا]$")


def _lam_first(word: str) -> bool:
    """True for a first name word that is ل with a word after it (``_LAM_CONSONANT``)."""
    return bool(_LAM_CONSONANT.match(word)) and word.lstrip("وف") not in _LAM_NAMES


def _apposed_title(tokens: list[Token], at: int) -> bool:
    """True for a title after a name: in apposition ("محمد عبدالسلام رئيس نادي ...")."""
    return bool(_title_forms(tokens[at].norm)) and _is_title(tokens, at, gazetteer()) >= 0


def _stop(token: Token) -> bool:
    """A word that ends a name (``_NOT_NAMES``), bare or after و/ف ("فإن", "وقد", "فليس") or
    ب/ل/ك ("لبعض")."""
    word = token.norm
    # "علي" (a name) and "على" (on) share one matching form; the written yeh tells them apart.
    if word in _NOT_NAMES and not (word == "علي" and token.text.endswith("ي")):
        return True
    bare = word[1:]
    return (
        word[:1] in _JOINED
        and len(bare) >= (2 if word[:1] in ("و", "ف") else 3)
        and (word[:1] in ("و", "ف") or bare[:1] not in ("و", "ف"))  # "كولن": no ك + "ولن"
        and bare in _NOT_NAMES
        and not (bare == "علي" and token.text.endswith("ي"))
    )


# Proclitics joined to a word: و/ف (and, so) and the prepositions ب/ل/ك, which on a stop word
# of three letters or more ("لبعض", "بكل", "كمثل") make no name either.
_JOINED = frozenset("وفبلك")


# Indefinite adjectives after a title: "تعيين وزير جديد", "مستشار آخر", and those of an
# office ("مدير فني", "رئيس تنفيذي").
_TITLE_ADJECTIVES = word_set("جديد جديدا جديده آخر آخرا أخرى سابق سابقا فني تنفيذي")
_TANWEEN = frozenset("\u064b\u064c\u064d")
# Pronoun suffixes "their" on a noun that ends a name ("جاستن ثيرو انفصالهما").
_THEIR = ("هما", "هم")
# The preposition ب/ل on a word opening with hamza ("لإيرادات الحوثيين", "لأرسنال"): no name
# is written so; a foreign name after ل opens with a long vowel ("لافروف", "ليونيل").
_PREP_HAMZA = re.compile("^[وف]?[بل][أإآ]")


def _no_name(token: Token) -> bool:
    """True for a word that is no part of a name: one written with tanween ("متوجهاً"), a
    title's adjective, a noun with the pronoun "their", or a verb's or possessed noun's shape
    ("روبرت وود استنكر", "رئيس مجلس إدارتها أكدت"), unless the lexicon starts a name with it."""
    word = token.norm
    return (
        any(ch in _TANWEEN for ch in token.text)
        or word in _TITLE_ADJECTIVES
        or bool(_PREP_HAMZA.match(token.text))
        or (len(word) >= 6 and word.endswith(_THEIR))
        or _shaped_no_name(word, token.text)
    )


@cached(100_000)
def _shaped_no_name(word: str, written: str) -> bool:
    """A verb's, a verbal noun's or a possessed noun's shape the lexicon starts no name with,
    or a title with a preposition and a pronoun (cached per word)."""
    return (not_a_person_word(word, written) and not _starting(word)) or _title_possessed(word)


def _title_possessed(word: str) -> bool:
    """True for a title with a preposition and a possessive pronoun ("لنائبه", "بوزيره"): the
    object of what the person before did ("إقالة الرئيس سلفا كير لنائبه ريك مشار")."""
    titles = gazetteer().titles
    return any(
        form != word and form.endswith("ه") and (fold(form[:-1]),) in titles for form in stems(word)
    )


# Definite words after a name that are not part of it: days and times.
_AFTER_NAMES = word_set("الأحد الاثنين الثلاثاء الأربعاء الخميس الجمعة السبت اليوم الليلة")


def _last_name(tokens: list[Token], j: int, end: int) -> bool:
    """True when the definite word at ``end`` is the last name after the one-word first name
    at ``j`` ("الرئيس المصري عبدالفتاح السيسي"): no day, office or stop word."""
    word = tokens[end].norm
    return (
        end == j + 1
        and word.startswith("ال")
        and len(word) >= 5
        and tokens[end].text[0].isalpha()
        and word not in _AFTER_NAMES
        and word not in _NOT_NAMES
        and not any(w in _MODIFIERS for w in stems(word))
    )


# Nouns of a body after a title are what the title heads, never a person's first name ("رئيس
# نادي الجزيرة", "مدرب منتخب مصر", "قائد ميليشيات ..."); those ending in ة ("شركة",
# "وزارة") are already refused by their ending.
_BODY_NOUNS = word_set(
    "نادي منتخب فريق اتحاد مجلس حزب جيش معهد مكتب مركز برنامج مشروع ميليشيات ميليشيا مليشيات "
    "مليشيا تنظيم صندوق بنك مستشفى مستشفي حي قسم إقليم "
    # The indefinite "a club" ("كأس الملك ناد معين"), its ي dropped.
    "ناد"
)


def _body_noun(token: Token) -> bool:
    """True for a noun of a club, team or other body, with its proclitics ("لنادي")."""
    return any(form in _BODY_NOUNS for form in stems(token.norm))


# "آل" (the house of) makes the title after it a family name: "تركي آل الشيخ" ("آل الشيخ قرارا"
# was read as a sheikh named "قرارا"; 9 of February 2018's titled persons, all non-names).
_HOUSE = word_set("آل")
# Titles that are also adjectives ("الحاكم" ruling, "المحافظ" conservative): after a definite
# word they describe it ("الحزب الحاكم قرار المحكمة", "التيار المحافظ ربما"): the 9 such
# titled persons of February 2018 were all non-names; a title opens its phrase after a verb,
# a preposition or a comma ("قال المحافظ ...").
_ADJECTIVE_TITLES = word_set("الحاكم المحافظ")


def _title_word_in_a_name(tokens: list[Token], i: int) -> bool:
    """True when the title at ``i`` is part of a family name or an adjective of the word
    before it (``_HOUSE``, ``_ADJECTIVE_TITLES``)."""
    if i == 0:
        return False
    before = tokens[i - 1].norm
    if before in _HOUSE or title_in_a_things_name(tokens, i):
        return True
    return tokens[i].norm in _ADJECTIVE_TITLES and before.removeprefix("و").startswith("ال")


def _titled_person(
    tokens: list[Token], i: int, text: str, gaz: Gazetteer
) -> tuple[EntityMention | None, int]:
    """A person named after a title ("الجنرال الروسي أندري سيرديوكوف"), or a role mention
    ("الرئيس الكازاخستاني"); with the index where reading goes on."""
    title_end = _is_title(tokens, i, gaz)
    if title_end < 0 or _title_word_in_a_name(tokens, i):
        return None, i
    j, country, office = _skip_modifiers(tokens, title_end + 1, gaz)
    title = " ".join([fold(tokens[i].norm).removeprefix("ال"), *office])
    role = f"{title}|{country}" if country else None
    end = _name_after(tokens, j)
    known = _lookup(tokens, j, gaz) if j < len(tokens) else None
    nameless = end == j or tokens[j].norm.endswith("ه") or not tokens[j].text[0].isalpha()
    # A one-letter word is an abbreviation ("د." for doctor), not a name.
    nameless = nameless or _body_noun(tokens[j]) or len(tokens[j].norm) < 2
    nameless = nameless or opens_no_name(tokens[j])
    if known is not None or nameless:
        if role is None:
            return None, i
        # A role: who holds it is the lexicon person named next, or is learnt from the story.
        holder = known[0].canonical if known and known[0].type == "person" else ""
        span = tokens[i].start, tokens[title_end].end
        mention = EntityMention(
            canonical=holder, type="role", text=text[span[0] : span[1]], start=span[0],
            end=span[1], form="role", role=role,
        )  # fmt: skip
        return mention, title_end + 1
    name = text[tokens[j].start : tokens[end - 1].end]
    mention = EntityMention(
        canonical=name, type="person", text=name, start=tokens[j].start,
        end=tokens[end - 1].end, form="titled", role=role,
    )  # fmt: skip
    return mention, end


def _ministry(tokens: list[Token], i: int, text: str, gaz: Gazetteer) -> EntityMention | None:
    """ "وزارة الدفاع الروسية" / "وزارة الخارجية الأمريكية": ministry, portfolio, country."""
    if "وزاره" not in stems(tokens[i].norm) or i + 1 >= len(tokens):
        return None
    portfolio = tokens[i + 1]
    if not portfolio.norm.startswith("ال") or portfolio.norm.endswith("ي"):
        return None
    country = _lookup(tokens, i + 2, gaz) if i + 2 < len(tokens) else None
    last = country[1] if country and country[0].type == "country" else i + 1
    suffix = f" ({country[0].canonical})" if last > i + 1 and country else ""
    return EntityMention(
        canonical=f"وزارة {portfolio.text}{suffix}",
        type="organization",
        text=text[tokens[i].start : tokens[last].end],
        start=tokens[i].start,
        end=tokens[last].end,
    )


def _candidate(word: str) -> bool:
    """Can an entity, a title or a ministry start with this word? (once per word: _CANDIDATES)"""
    gaz = gazetteer()
    for form in _forms(word):
        if fold(form) in gaz.first_words or form == "وزاره":
            return True
        if form in gaz.nisba or nisba_stem(form) in gaz.nisba:
            return True
    return False


_CANDIDATES = WordTest(_candidate)


def entity_mentions(text: str) -> list[EntityMention]:
    """Lexicon entities and titled people in one sentence. Never raises on any text."""
    return list(_entity_mentions(text))


# The headline and lead are read for the story evidence while articles are cleaned, and again
# with every sentence for the facts in the same worker: read once. Sized to hold the lead
# sentences of a partition of all of ANT (about 16,000 articles).
@cached(131_072)
def _entity_mentions(text: str) -> tuple[EntityMention, ...]:
    gaz = gazetteer()
    candidates = _CANDIDATES.among(words_of(text))
    if not candidates:
        return ()  # one test per distinct word instead of a token loop
    tokens = tokenize(text)
    found: list[EntityMention] = []
    i = 0
    while i < len(tokens):
        if tokens[i].norm not in candidates:
            i += 1
            continue
        person, after = _titled_person(tokens, i, text, gaz)
        if person is not None:
            found.append(person)
            i = after
            continue
        ministry = _ministry(tokens, i, text, gaz)
        if ministry is not None:
            found.append(ministry)
            while i < len(tokens) and tokens[i].start < ministry.end:
                i += 1
            continue
        hit = _lookup(tokens, i, gaz) if tokens[i].text[0].isalpha() else None
        if hit is None:
            i += 1
            continue
        entry, last, form = hit
        if other_sense(tokens, i, last, (entry, form), gaz):
            i += 1
            continue
        found.append(
            EntityMention(
                canonical=entry.canonical,
                type=entry.type,
                text=text[tokens[i].start : tokens[last].end],
                start=tokens[i].start,
                end=tokens[last].end,
                form=form,
            )
        )
        i = last + 1
    return tuple(found)


_PARTIAL_LENGTH = 5  # letters of the shortest name word taken alone as a person's mention


def partial_mentions(text: str, people: dict[str, str]) -> list[EntityMention]:
    """Mentions of story people by one name word ("سيرديوكوف"); ``people`` maps the folded
    last name to the canonical full name."""
    if not people:
        return []
    named = {}  # distinct words of the sentence that name someone -> that person
    for word in words_of(text):
        if len(word) < _PARTIAL_LENGTH:
            continue  # its forms without proclitics are shorter still
        for form, key in _skeletons(word):
            canonical = people.get(key)
            if canonical is not None and len(form) >= _PARTIAL_LENGTH:
                named[word] = canonical
                break
    if not named:
        return []
    return [
        EntityMention(
            canonical=named[token.norm],
            type="person",
            text=token.text,
            start=token.start,
            end=token.end,
            form="partial",
        )
        for token in tokenize(text)
        if token.norm in named
    ]


@cached(100_000)
def _skeletons(word: str) -> tuple[tuple[str, str], ...]:
    """Each form of the word without proclitics, with its skeleton (cached per word)."""
    return tuple((form, skeleton(form)) for form in stems(word))


def person_key(name: str) -> str:
    """Grouping key of a person: the folded last word of the name."""
    words = name.split()
    return skeleton(words[-1]) if words else ""


def two_people(names: Iterable[str]) -> bool:
    """True when names sharing a family name are two people's ("أيمن الحريري", "رفيق
    الحريري"): neither's words hold the other's ("طيب أردوغان" is in "رجب طيب أردوغان"), so
    the family name alone is nobody's rather than one of theirs taken at random."""
    full = {name for name in names if " " in name}
    return any(not one_name(a, b) for a, b in combinations(full, 2))


def one_name(a: str, b: str) -> bool:
    """True when two names are one person's: one name's words are among the other's, or its
    letters run inside the other's ("عبدالفتاح السيسي", "عبد الفتاح السيسي")."""
    words_a, words_b = set(map(_letters, a.split())), set(map(_letters, b.split()))
    if words_a <= words_b or words_b <= words_a:
        return True
    joined_a, joined_b = _letters(a.replace(" ", "")), _letters(b.replace(" ", ""))
    return joined_a in joined_b or joined_b in joined_a


def _letters(word: str) -> str:
    """A name word's skeleton without inner ي either: one person's first name written two
    ways ("دميتري", "ديمتري"; "بنيامين", "بينيامين") is one word."""
    word = skeleton(word)
    return word[0] + word[1:-1].replace("ي", "") + word[-1] if len(word) > 3 else word
