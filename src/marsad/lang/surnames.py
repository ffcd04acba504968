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
    r"((?!ال)[\u0621-\u064a]{3,}|ال[\u0621-\u064a]{3,}[يى](?![\u0621-\u064a]))\s*"
    r"(?:[:،,«\"“](?![^«»\"“”]{1,30}[»\"”]\s*(?:إلى|الى|أن|إن)(?![\u0621-\u064a]))|"
    r"(?:أن|إن|ان|بأن|إنه|أنه|انه|إنها|أنها|انها|إنهم|أنهم|إلى|الى|في|فى|خلال|عبر|على|"
    r"أمام|امام|قائلا|قائلاً|قائلة|قوله|قولها|أيضا|أيضاً|ايضا|ل[\u0621-\u064a]{2,})(?![\u0621-\u064a]))"
)
_ARABIC_WORD = re.compile(r"[\u0621-\u064a]+")
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
    return any(surname in _after_first_names(sentence) for sentence in earlier)


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
