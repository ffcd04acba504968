"""A speaker named by the surname alone ("وأضاف دوجاريك أن …", "وقالت شامسي: …") whose full name
the article gave only in an earlier sentence ("المتحدث باسم الأمم المتحدة ستيفان دوجاريك"): a
reader of the summary, who has the story's titles and leads, does not know who that is, so a
summary shows the sentence only after its own predecessor (``surname_only``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import pairwise

from marsad.caches import cached
from marsad.lang.arabic import normalize
from marsad.lang.context import SPEECH_VERB

# Speech verbs, "أعلن" and the imperfect of the commonest ("ويضيف إيشيغورو: …", "وتقول
# لوريدانا إنها …"; with any opening verb, of 9 more February flags 3 were no name: "وكان يحق").
_SPEAKS = rf"(?:{SPEECH_VERB}|أعلن|أعلنت|اعلن|اعلنت|(?:ي|ت)(?:قول|ضيف|وضح|ؤكد|شير|رى|ذكر))"
# One of those opening the sentence, then one word with no article (group 1), then what the
# speaker says or where ("أن/إن", a colon or a quote, "إلى", "في بيان", "لصحيفة …", a comma
# before an apposition, "قوله", "أيضا"): Arabic news names a person in full once ("وقال
# وزير الدولة … محمد المومني إن …") and by the last name after that, so a last name alone is
# the subject the article introduced before. Words with the article are left out: "وقال
# النادي", "وقالت التايمز" read alone under their titles (of 13 such February summary
# sentences shown alone, 5 did not lean back), except a family name of the nisba shape,
# "ال…ي/ى" ("المومني", "السديري", "الرفاعي"): Arab family names are mostly nisbas with the
# article, and the article's earlier sentence gave it after a first name ("محمد المومني");
# February 2018 ANT, sentences not opening their article, against their title and lead: 18
# such flags, all read, all a person named in full only before (issue 16, round 21). A name
# the speaker's own words follow in quotes ('ولفت تقرير "بلومبرغ" إلى …') is a noun the
# quote names, not a last name. February 2018 ANT's digest: 31 summary sentences shown
# alone, 28 leaning back by my reading (not: "وقال موسك", "وقال كوك" under Apple's title,
# "وأشار باخ" under the IOC's).
_BY_SURNAME = re.compile(
    rf"^\s*(?:و|ف)(?:قد\s+)?{_SPEAKS}\s+"
    r"((?!ال)[\u0621-\u064a]{3,}|ال[\u0621-\u064a]{3,}[يى](?![\u0621-\u064a])|"
    r"(ال[\u0621-\u064a]{3,}))\s*"
    r"(?:[:،,«\"“](?![^«»\"“”]{1,30}[»\"”]\s*(?:إلى|الى|أن|إن)(?![\u0621-\u064a]))|"
    r"(?:أن|إن|ان|بأن|إنه|أنه|انه|إنها|أنها|انها|إنهم|أنهم|إلى|الى|في|فى|خلال|عبر|على|"
    r"أمام|امام|قائلا|قائلاً|قائلة|قوله|قولها|أيضا|أيضاً|ايضا|ل[\u0621-\u064a]{2,})(?![\u0621-\u064a]))"
)
_ARABIC_WORD = re.compile(r"[\u0621-\u064a]+")
_CLITIC = re.compile(r"^(?:و|ف)?(?:ب|ل|ك)?")
# Words that cannot be a first name before the last name: particles, prepositions, and words
# opening with "و"/"ف" (a verb or a joined word: "وأضاف دوجاريك", "فقد"); a first name
# starting so ("وليد", "فيصل") is lost, not wrongly taken.
_PARTICLES = (
    "في فى من على الى إلى عن مع ان أن إن انه أنه إنه بان بأن لكن كما بين قبل بعد عند لدى "
    "حسب بحسب وفق وفقا طبقا عبر خلال حول ضد قال قالت اكد أكد اضاف أضاف ذكر ذكرت اوضح أوضح "
    "اشار أشار يقول تقول حيث اذ إذ ثم او أو لا لم لن ما قد"
)
_NOT_A_FIRST_NAME = frozenset(_PARTICLES.split())


def surname_only(text: str, language: str, told: str, earlier: Sequence[str]) -> bool:
    """True when the sentence opens with a speech verb whose subject is one word with no
    article that ``told`` (the titles and leads the summary opens with) does not name, and one
    of the ``earlier`` sentences of its article gave it after a first name ("… ستيفان دوجاريك
    …"): a last name told only before. Arabic only."""
    if language != "ar":
        return False
    match = _BY_SURNAME.match(text)
    if match is None:
        return False
    surname = normalize(match.group(1))
    if surname in normalize(told):
        return False
    # Any other word with the article is a body or a title far more often than a family name
    # ("وقالت الشركة", "وقال البابا"): only a name the article introduced in full counts.
    if match.group(2) is None:
        return any(surname in _after_first_names(sentence) for sentence in earlier)
    bare = surname.removeprefix("ال")
    return (
        not surname.endswith(_PLURAL)
        and any(surname in _introduced_names(sentence) for sentence in earlier)
        and not any(bare in _bare_words(sentence) for sentence in (text, told, *earlier))
    )


@cached(4096)  # each sentence is an earlier one of several sentences after it
def _after_first_names(sentence: str) -> frozenset[str]:
    """The words of a sentence (matching form) that follow a word that may be a first name:
    no article, no particle, not opening with "و"/"ف" ("ستيفان دوجاريك" gives "دوجاريك")."""
    words = _ARABIC_WORD.findall(normalize(sentence))
    return frozenset(
        word
        for before, word in pairwise(words)
        if not before.startswith(("ال", "و", "ف")) and before not in _NOT_A_FIRST_NAME
    )


# What introduces a person's first name right before it, with no mark between: a word with the
# article (a title, role or nisba: "المهندس طارق الملا", "للمتحدث صادق الصخور", "الفلسطيني
# ناصر القدوة"), a speech verb ("وقال يوسف المحمود") or a link of a name chain ("أحمد بن عقيل
# الخطيب"). A verb, particle or noun before the pair makes it a phrase of common words ("عبر
# عنها التقرير", "بحسب رأي المركز", "عناصر الشرطة"). February 2018 ANT, sentences not
# opening their article, against their title and lead: a speech verb and a word with the
# article (not of the nisba shape, no plural, written nowhere without its article) that an
# earlier sentence gave after a possible first name: 32 flags, 15 of them family names; with
# this introducer, 14 flags, 13 family names (the other: a team's nickname, "الأخضر"). Issue
# 16, round 25.
_INTRODUCES = re.compile(
    rf"^(?:(?:و|ف)?(?:ب|ل|ك)?(?:ال|لل)[\u0621-\u064a]{{2,}}|بن|بنت|ابن|ابو|(?:و|ف)?{SPEECH_VERB})$"
)
_WORD_OR_MARK = re.compile(r"[\u0621-\u0652]+|[^\s\u0621-\u0652]")


@cached(4096)  # each sentence is an earlier one of several sentences after it
def _introduced_names(sentence: str) -> frozenset[str]:
    """The words with the article (matching form) that follow a possible first name (as in
    ``_after_first_names``, read before normalizing: "على" is no "علي") that a title, a
    speech verb or a name chain introduces, no mark between the three ("المهندس طارق الملا"
    gives "الملا")."""
    tokens = _WORD_OR_MARK.findall(sentence)
    return frozenset(
        normalize(word)
        for introducer, first, word in zip(tokens, tokens[1:], tokens[2:], strict=False)
        if word.startswith("ال")
        and _ARABIC_WORD.fullmatch(first)
        and not first.startswith(("ال", "و", "ف"))
        and first not in _NOT_A_FIRST_NAME
        and normalize(introducer) not in _RELATIVES
        and _INTRODUCES.match(normalize(introducer))
    )


# A relative pronoun has the article's letters but introduces a clause ("الذي ستعلنه اللجنة").
_RELATIVES = frozenset({"الذي", "التي", "الذين", "اللذين", "اللتين", "اللاتي", "اللواتي"})


# Plural endings: people or things of a kind ("المشجعون", "الباحثون"), no family name.
_PLURAL = ("ون", "ين", "ات")


@cached(4096)
def _bare_words(sentence: str) -> frozenset[str]:
    """The words of a sentence (matching form) without the article, with their conjunction
    and preposition taken off ("وتقرير", "بتقرير" give "تقرير"): a family name is always
    written with its article, a common noun is not ("تقرير المنظمة" before "وقال التقرير")."""
    words = [
        word
        for word in _ARABIC_WORD.findall(normalize(sentence))
        if not word.startswith(("ال", "وال", "فال", "بال", "لل", "كال"))
    ]
    # A word may open with the letters of a clitic ("بيان", "كتاب"): kept whole too.
    return frozenset(words) | {_CLITIC.sub("", word) for word in words}
