"""Place words that describe something else: a nisba adjective of a person, a named thing or a
competition ("اللاعب البرازيلي ويليان", "جامعة هارفارد الأمريكية", "الدوري الأرجنتيني"), or
a place's name inside a competition's or a club's ("دوري أبطال أوروبا", "ريال مدريد"). Such a
word tells a nationality or a name, not a place of the story: the facts panel leaves it out
(the place stays for the figures' events and the story evidence)."""

from __future__ import annotations

import re

from marsad.facts._name_shape import before_a_name
from marsad.facts.entities import EntityMention
from marsad.facts.gazetteer import PLACE_TYPES, gazetteer, lexicon_rows
from marsad.lang.clitics import stems
from marsad.lang.names import fold, nisba_stem
from marsad.lang.stopwords import ARABIC
from marsad.lang.tokens import Token, tokenize
from marsad.lang.words import word_set

# Nouns of a competition, whose name holds a place or its nisba ("كأس ملك إسبانيا", "دوري
# الدرجة الأولى الفرنسي", "بطولة أستراليا المفتوحة", "دورة دبي").
_COMPETITIONS = word_set("دوري الدوري كأس بطولة دورة مونديال بطولات ماراثون رالي جائزة")
# Words of a competition's name between its noun and the place ("دوري أبطال أوروبا").
_IN_COMPETITION = word_set("أبطال امم أمم ملك الأمم الأبطال")
# Heads and tails of a club's name around its city ("ريال مدريد", "اتحاد جدة", "باريس سان
# جرمان", "مانشستر سيتي"); "الاتحاد" with the article is a union, not a club.
_CLUB_HEADS = word_set(
    "ريال اتحاد أهلي اهلي أتلتيكو اتلتيكو أتليتيكو اتليتيكو إنتر انتر ريد نادي لنادي"
)
# "بروسيا دورتموند", "بوروسيا مونشنغلادباخ": the club's city after the place word.
_CLUB_TAILS = word_set("سان سيتي يونايتد دورتموند مونشنغلادباخ")
# Tails of a newspaper's name after its city ("نيويورك تايمز", "واشنطن بوست").
_PAPER_TAILS = word_set("تايمز بوست")
# Nouns of a person a nisba after them gives the nationality of ("اللاعب البرازيلي", "الحكم
# الإماراتي"). Not the offices of ``titles.txt``: "المندوب الفرنسي" speaks for France.
# Heads of a body's name: the place after them names the body ("وكالة المغرب العربي
# للأنباء", "جامعة القاهرة"), a nisba one word further describes it ("قناة الجزيرة القطرية").
_BODY_HEADS = word_set("وكالة صحيفة جريدة مجلة جامعة شركة مجموعة تلفزيون إذاعة قناة")
_PERSON_NOUNS = word_set(
    "اللاعب لاعب المدرب مدرب الحكم حكم النجم نجم الملياردير المهاجم الحارس المدافع الكاتب "
    "الروائي الشاعر الفنان الفنانة الممثل الممثلة المغني المغنية المطرب المطربة الصحفي "
    "الصحافي الناشط الناشطة اللاعبة المدربة البطل البطلة العداء العداءة الملاكم المصارع "
    "الدولي"
)
# Player roles, teams and clubs whose nisba is a nationality (``lexicons/nationality_heads.tsv``).
_NATIONALITY_HEADS = word_set(" ".join(row[0] for row in lexicon_rows("nationality_heads.tsv")))
# Those of a person, which also take "his/her" ("مدربه"); a club's name takes no pronoun, and
# "الأهلية" (civil) is no "الأهلي" + ه.
_PERSON_HEADS = word_set(
    " ".join(row[0] for row in lexicon_rows("nationality_heads.tsv") if row[1] == "person")
)
_ARTICLE = re.compile("^(?:[وف]?[بلك]?ال|[وف]?لل)")
_HOLDING = ("ه", "ها", "هم", "هما", "نا")  # a noun with a possessive pronoun is definite
LOOK_BACK = 4  # tokens from a place back to the competition noun whose name holds it


def describes_other(mention: EntityMention, text: str) -> bool:
    """True when a place mention of ``text`` is a nisba describing a person, a named thing or
    a competition, or a place's name inside a competition's or club's name."""
    if mention.type not in PLACE_TYPES:
        return False
    tokens = tokenize(text)
    at = next((i for i, t in enumerate(tokens) if t.start == mention.start), None)
    last = next((i for i, t in enumerate(tokens) if t.end == mention.end), None)
    if at is None or last is None:
        return False
    if _in_competition(tokens, at) or _in_club(tokens, at, last):
        return True
    if mention.type == "city" and _club_city(tokens, at, last):
        return True  # "روما الإيطالي": a club
    if (
        mention.form == "nisba"
        and at > 0
        and _city(tokens[at - 1])
        and _club_city(tokens, at - 1, at - 1)
    ):
        return True  # the club's country, not a place of the story
    if _news_agency(tokens, at):
        return True  # "وكالة أنباء الشرق الأوسط": the agency's name holds the place
    if _headed(tokens, at - 1) and mention.type != "country":
        return True  # "جامعة القاهرة", "وكالة المغرب العربي"; not "قناة السويس"'s country
    if mention.form == "nisba" and _headed(tokens, at - 2):
        return True
    if mention.form != "nisba":
        return False
    if last + 1 < len(tokens) and tokens[last + 1].text[:1].isdigit():
        return True  # "خليجي 5": a tournament's number
    if _like(tokens[at]):
        return True  # "توني كروس": ك + "روس" (Russians) inside a name, no place
    if not (_definite(tokens[at]) and at > 0):
        return False
    if (
        before_a_name(tokens, last + 1)
        and _nisba_as_noun(tokens, at)
        and not _after_title(tokens, at)
    ):
        return True  # "الإسباني أوناي إيمري", "الحكم الإيطالي جيانلوكا روتشي": a nationality
    return _describes(tokens[at - 1]) or _club_after_name(tokens, at)


def _nisba_as_noun(tokens: list[Token], at: int) -> bool:
    """True when the nisba at ``at`` describes no noun before it: none stands there (a comma,
    a stop word), a preposition is on the nisba ("بالأرجنتيني"), or the noun before is
    feminine as written where the nisba is masculine ("حكم المباراة الإيطالي"). After a noun
    it agrees with ("المتسابق الإثيوبي", "نظيره الفرنسي") it stays that noun's place."""
    previous, nisba = tokens[at - 1], tokens[at]
    return (
        not previous.text[:1].isalpha()
        or previous.norm in ARABIC
        or _PREPOSED.match(nisba.text) is not None
        or (previous.text.endswith("ة") and nisba.text.endswith("ي"))
    )


_PREPOSED = re.compile("^[وف]?[بل]ال")


def _after_title(tokens: list[Token], at: int) -> bool:
    """True when an office's title stands up to ``_TITLE_REACH`` words before ``at`` ("وزير
    الخارجية الأميركي ريكس تيلرسون"): the nisba names the office's country, a place of the
    story, not only a nationality."""
    titles = gazetteer().titles
    return any(
        (fold(form),) in titles
        for token in tokens[max(0, at - _TITLE_REACH) : at]
        for form in stems(token.norm)
    )


_TITLE_REACH = 3


def _news_agency(tokens: list[Token], at: int) -> bool:
    """True for a place right after "وكالة أنباء" (a news agency's name)."""
    return at >= 2 and tokens[at - 1].norm in _NEWS and _headed(tokens, at - 2)


_NEWS = word_set("أنباء الأنباء")


def _like(token: Token) -> bool:
    """True for a nisba read through the proclitic ك ("as, like": "كروس"), the word itself no
    nisba of the lexicon ("كويتي" is Kuwait's)."""
    word = fold(token.norm.removeprefix("و").removeprefix("ف"))
    nisba = gazetteer().nisba
    return word[:1] == "ك" and word not in nisba and (nisba_stem(word) or "") not in nisba


def _club_after_name(tokens: list[Token], at: int) -> bool:
    """True for a masculine nisba of a country after a name written without the article and
    shaped feminine ("برشلونة الإسباني", "أشبيلية الإسباني"): the nisba does not agree with
    the word, so it describes a club, "نادي" understood (as ``_club_city``)."""
    previous = tokens[at - 1]
    return (
        previous.text[:1].isalpha()
        and not _definite(previous)
        and previous.text.endswith("ة")  # as written: a pronoun ه ("نظيره الفرنسي") is no ة
        and previous.norm not in ARABIC
        and _club_nisba(tokens, at)
    )


def _definite(token: Token) -> bool:
    """A word with the article, bare or after a proclitic ("والأوكرانية", "للبرلمان"), as
    written: "ألمانية" folds to a form that starts with "ال" too."""
    return _ARTICLE.match(token.text) is not None


def _describes(previous: Token) -> bool:
    """A definite nisba after this word is not an adjective of a common noun: after a named
    thing written without the article or in quotes ("هارفارد الأمريكية", ""التايمز"
    البريطانية"), a person's noun, or no noun at all ("عبر البلجيكي لوكاكو", "8- الأميركية")."""
    word = previous.norm
    if not previous.text[:1].isalpha():
        return True  # a quote's end, a comma or a list's number: no noun before it
    if any(form in _PERSON_NOUNS or form in _NATIONALITY_HEADS for form in stems(word)):
        return True
    if _possessed_head(word):
        return True  # "مدربه الأرجنتيني", "زميله المصري"; not "نظيره الفرنسي" (an office)
    if _definite(previous) or word.endswith(_HOLDING) or word in ARABIC:
        return word in ARABIC  # "عبر الروسي ..." : a preposition, the nisba is its noun
    if any(fold(form) in gazetteer().first_words for form in stems(word)):
        return False  # "حلب السورية": a place (or body) the lexicon knows, in its country
    return not word.endswith("ه")  # a feminine noun in construct ("قوات") is no name


def _possessed_head(word: str) -> bool:
    """True for a person's noun or a player's role with the pronoun "his/her" ("مدربه",
    "لاعبها", "زميله") or in the feminine ("الكاتبة", "النجمة": ة matches as ه), bare or
    with the article: the nisba after it is their nationality."""
    for suffix in ("ها", "ه"):
        if word.endswith(suffix) and len(word) > len(suffix) + 2:
            bare = word[: -len(suffix)]
            heads = (_PERSON_NOUNS | _PERSON_HEADS) - _ADJECTIVE_HEADS
            return bare in heads or "ال" + bare in heads
    return False


# Person nouns whose feminine is an adjective ("الدولية": international), never a person's.
_ADJECTIVE_HEADS = word_set("الدولي")


def _headed(tokens: list[Token], at: int) -> bool:
    """True when the token at ``at`` is the head noun of a body's name (``_BODY_HEADS``)."""
    return at >= 0 and any(form in _BODY_HEADS for form in stems(tokens[at].norm))


def _in_competition(tokens: list[Token], at: int) -> bool:
    """True when a competition's noun opens the phrase the place ends ("لدوري أبطال أوروبا",
    "الدوري الأرجنتيني"): only definite or competition words between them."""
    for back in range(at - 1, max(-1, at - 1 - LOOK_BACK), -1):
        token = tokens[back]
        forms = stems(token.norm)
        if any(form in _COMPETITIONS for form in forms):
            return True
        if not token.text[:1].isalpha() or token.norm in ARABIC:
            return False
        if not (_definite(token) or any(form in _IN_COMPETITION for form in forms)):
            return False
    return False


def _in_club(tokens: list[Token], at: int, last: int) -> bool:
    """True for a city inside a club's name: "ريال مدريد", "باريس سان جرمان"."""
    head = tokens[at - 1] if at > 0 else None
    before = (
        head is not None
        and not _definite(head)
        and any(form in _CLUB_HEADS for form in stems(head.norm))
    )
    after = last + 1 < len(tokens) and tokens[last + 1].norm in _CLUB_TAILS | _PAPER_TAILS
    return before or after


# A city is feminine ("روما الإيطالية", "مدينة موسكو الروسية"): a masculine nisba of a country
# after it describes a club ("روما الإيطالي", "لوكوموتيف موسكو الروسي"), the noun "نادي"
# understood; February 2018 wrote 5 "روما الإيطالي" and 3 "موسكو الروسي", all clubs.
def _club_nisba(tokens: list[Token], at: int) -> bool:
    """True for a definite masculine nisba of a country at ``at`` ("الإيطالي")."""
    if at >= len(tokens) or not _definite(tokens[at]) or not tokens[at].text.endswith("ي"):
        return False
    nisba = gazetteer().nisba
    for form in stems(tokens[at].norm):
        entry = nisba.get(form) or nisba.get(nisba_stem(form) or "")
        if entry is not None:
            return entry.type == "country"
    return False


# Masculine nouns of a place a city's name follows, the nisba agreeing with them: "منتجع
# سوتشي الروسي" is the resort of Sochi.
_PLACE_NOUNS = word_set("منتجع ميناء مطار مرفأ إقليم مخيم معبر حي ريف")


def _club_city(tokens: list[Token], at: int, last: int) -> bool:
    """True for a city at ``at``..``last`` before a masculine nisba, after no place noun."""
    return _club_nisba(tokens, last + 1) and not _place_noun(tokens, at - 1)


def _place_noun(tokens: list[Token], at: int) -> bool:
    """True when the token at ``at`` is a masculine noun of a place (``_PLACE_NOUNS``)."""
    return at >= 0 and any(form in _PLACE_NOUNS for form in stems(tokens[at].norm))


def _city(token: Token) -> bool:
    """True for a one-word city of the lexicon, with its proclitics ("لروما")."""
    phrases = gazetteer().phrases
    return any(
        (entry := phrases.get((fold(form),))) is not None and entry.type == "city"
        for form in stems(token.norm)
    )
