"""Sentences about another event than the story's (issue 19, round 14): a match, an earlier
event or another matter a report turns to after its own ("وفي مباراة أخرى …", "وفي وقت سابق هذا
الأسبوع …", "وفي سياق آخر …", round 17), the
next fixture a match report ends on, and a preview of the match that the story's later articles
report ("يواجه برشلونة … يوم الثلاثاء" beside "تعادل برشلونة … 1-1"): the guesses before the
match are stale once the result is told; a ruling's other cases ("وإلزام النصر بدفع غرامة …",
round 19)."""

from __future__ import annotations

import re
from datetime import datetime

import numpy as np

from marsad.lang.arabic import normalize
from marsad.summarize.base import StoryText
from marsad.summarize.dated_before import dated_before
from marsad.summarize.events import scores
from marsad.summarize.other_result import other_result
from marsad.summarize.relevance import CURRENT_DAY, past_years

# A result is told by an article's first sentences: the score of a match report's lead.
RESULT_LEAD = 2
# A roundup turns to its next match with "وفي" + a match that is another, second, third ("وفي
# مباراة أخرى،", "وفي المباراة الثانية،", "وفي لقاء آخر") or the rest of them ("وفي باقي
# المباريات", "وفي المواجهات الأخرى"): February's sports reports, every such opening read.
_ANOTHER = r"(?:ال)?(?:[أا]خر[ىي]|آخر|[اأ]خر|ثاني[ةه]|ثالث[ةه]|رابع[ةه]|خامس[ةه])"
OTHER_MATCH = re.compile(
    r"^\W*(?:و|ف)?(?:في|فى|ضمن)\s+(?:"
    r"(?:ال)?(?:مبارا[ةه]|مواجه[ةه]|لقاء|قم[ةه])\s+"
    + _ANOTHER
    + r"|(?:(?:باقي|بقي[ةه])\s+)?(?:ال)?(?:مباريات|مواجهات|لقاءات)\s+"
    + _ANOTHER
    + r"|(?:باقي|بقي[ةه])\s+(?:ال)?(?:مباريات|مواجهات|لقاءات))"
)
# A draw's report lists its other ties the same way ("أسفرت قرعة … عن لقاء ميلان مع أرسنال" then
# "وفي المواجهات الأخرى بالدور نفسه، يلتقي …", February): there they are the draw itself.
DRAW = re.compile(r"قرع[ةه]")
# Another day's event: "وفي وقت سابق هذا الأسبوع" / "في وقت سابق من الشهر الجاري" opens an
# earlier event ("وفي وقت سابق هذا الاسبوع، قضت محكمة في بغداد … على مواطنة فرنسية" in the
# story of fifteen Turkish women sentenced, February); "في وقت سابق" alone or with a weekday is
# often the same day's news and is left alone.
EARLIER_EVENT = re.compile(
    r"^\W*(?:و|ف)?(?:في|فى)\s+وقت\s+سابق\s+(?:من\s+)?(?:هذا|هذه)?\s*"
    r"(?:ال)?(?:[أا]سبوع|شهر|عام|سن[ةه])"
)
# A turn to another matter: "وفي سياق آخر"، "وفي موضوع آخر"، "وفي سياق منفصل"، "على صعيد آخر"،
# "في شأن آخر" open what the reporter marks as not this event (February: all 6 such openings,
# read, turn away: Jubeir on Yemen's ports in his Qatar story, Navalny's aide held at an airport
# beside his tweet, Facebook's London engineers beside its new button). "في سياق متصل" (related)
# and "على صعيد الأزمة السورية" (a named matter) are not such a turn.
ANOTHER_MATTER = re.compile(
    r"^\W*(?:و|ف)?(?:في|فى|على)\s+(?:سياق|موضوع|شأن|شان|صعيد|ملف)\s+(?:[آا]خر|منفصل|مختلف)(?!\w)"
)
# A match announced, in the matching form (``normalize``): a lead opening, within its first
# seven words, with the imperfect of a verb of facing or preparing ("يواجه برشلونة …",
# "يستضيف الأربعاء ملعب …", "بعد تصحيح المسار … يدخل الوداد … تحدي السوبر"; a played match's
# report leads with the perfect: فاز، تعادل، تغلب), a future of one ("التي ستجمعه، السبت",
# "وسيلتقي"), "when it plays" ("عندما يخوض", "حينما يحل ضيفا"), the build-up ("الاستعداد
# للمباراة") or a stadium "the stage of" a match ("سيكون ملعب … مسرحا لمواجهة"). February's
# preview leads, read.
_MEET_VERBS = r"واجه|لتقي|لاقي|ستضيف|خوض|حل|زور|لعب|ستقبل|نازل"
_MEETS = f"(?:{_MEET_VERBS})"
PREVIEW = re.compile(
    r"^(?:\S+\s+){0,6}?(?:ي|ت)(?:" + _MEET_VERBS + r"|دخل|ستعد|سعي|بحث|تطلع)\s"
    r"|(?<!\w)و?س(?:ي|ت)(?:"
    + _MEET_VERBS
    + r"|جمع)|(?:عندما|حينما|حين)\s+(?:ي|ت)"
    + _MEETS
    + r"|مسرحا\s+ل(?:مواجهه|مباراه|لقاء|قمه)|الاستعداد\s+لل?(?:مواجهه|مبارا?ه|لقاء|قمه|خوض)"
)
# A report's next fixture, in the matching form: a sentence opening with the future of a verb
# of meeting ("وسيحل", "وسيلتقي", "وستواجه") or its imperfect ("ويلتقي", "ويستضيف", "ويحل
# ضيفا"); "وتجري مباراة الإياب في …" (the same tie's second leg) is not one.
FIXTURE = re.compile(
    r"^\W*(?:و|ف)?(?:س(?:ي|ت)" + _MEETS + r"|(?:ي|ت)(?:واجه|لتقي|لاقي|ستضيف|حل\s+ضيفا))"
)
# ... searched only in sentences opening with "وس"/"وي"/"وت" (most sentences open otherwise).
FIXTURE_HINT = re.compile(r"^\W*(?:و|ف)?(?:س|ي|ت)")


def other_event(story: StoryText) -> np.ndarray:
    """Mask of the sentences that tell another event than the story's, in stories of two
    articles or more (one article's summary is its own): ``other_match`` | ``stale_preview`` |
    ``next_fixture`` | ``earlier_like`` | ``other_ruling`` | ``other_result.other_result`` |
    ``dated_before.dated_before``."""
    if len(story.documents) < 2:
        return np.zeros(len(story.sentences), dtype=bool)
    found: np.ndarray = (
        other_match(story)
        | stale_preview(story)
        | next_fixture(story)
        | earlier_like(story)
        | other_ruling(story)
        | other_result(story)
        | dated_before(story)
    )
    return found


def other_match(story: StoryText) -> np.ndarray:
    """Mask of the sentences after an article's lead that turn to another match ("وفي مباراة
    أخرى، …", "وفي المباراة الثانية، …", "وفي باقي المباريات …"), to an earlier event ("وفي
    وقت سابق هذا الأسبوع، …") or to another matter ("وفي سياق آخر، …", ``ANOTHER_MATTER``): a
    roundup's next item, not the event of its lead, however many outlets carry it (February:
    Bayern's 5-0 over Besiktas, credited to three outlets, in the story of Chelsea 1-1
    Barcelona). Not in an article whose lead tells a draw (``DRAW``)."""
    draws = {s.article for s in story.sentences if not s.index and DRAW.search(s.text)}
    return np.array(
        [
            bool(s.index)
            and (
                bool(EARLIER_EVENT.search(s.text))
                or bool(ANOTHER_MATTER.search(s.text))
                or (s.article not in draws and bool(OTHER_MATCH.search(s.text)))
            )
            for s in story.sentences
        ],
        dtype=bool,
    )


def next_fixture(story: StoryText) -> np.ndarray:
    """Mask of the sentences after an article's lead that open with a match to come
    (``FIXTURE``: "وسيحل ريال مدريد … ضيفا على ريال بيتيس في اليوم ذاته", "ويلتقي …"), in a
    story one of whose articles leads with a score: a played match's report ends on the next
    fixtures of other sides, another event than its result (``_own_side``'s are kept)."""
    found = np.zeros(len(story.sentences), dtype=bool)
    rows = [n for n, s in enumerate(story.sentences) if s.index and FIXTURE_HINT.search(s.text)]
    if not rows:
        return found
    results = " ".join(
        normalize(s.text) for s in story.sentences if s.index < RESULT_LEAD and scores(s.text)
    )
    if not results:
        return found
    for n in rows:
        text = normalize(story.sentences[n].text)
        if match := FIXTURE.search(text):
            found[n] = not _own_side(text[match.end() :], results)
    return found


def _own_side(clause: str, results: str) -> bool:
    """True when the side a fixture sentence names first (the word after its verb, without
    "ال") is named in the story's result leads: the side's own next match continues its story
    ("ويلتقي الأهلي في دور الأربعة مع الفائز …" after "حجز أهلي جدة مقعده …", February)."""
    words = clause.split()
    if not words:
        return False
    side = words[0].removeprefix("ال")
    return len(side) > 2 and side in results


def stale_preview(story: StoryText) -> np.ndarray:
    """Mask of the sentences of a preview article (its first sentence announces a match:
    ``PREVIEW``, and gives no score) published before the story's first article whose lead
    gives a score: once the match is reported, its build-up is stale (February: "وسيسعى زملاء
    … نيمار إلى الإطاحة بـ"ملك" أوروبا" beside Real Madrid's 3-1 over PSG; the Wydad's
    "يدخل الوداد … تحدي السوبر الأفريقي" opening the summary of its 1-0 win)."""
    found = np.zeros(len(story.sentences), dtype=bool)
    published = {d.id: d.article.published for d in story.documents}
    first = _first_result(story, published)
    if first is None:
        return found
    previews = {
        s.article
        for s in story.sentences
        if s.index == 0
        and (when := published[s.article]) is not None
        and when < first
        and _announces_match(s.text)
    }
    if previews:
        found[:] = [s.article in previews for s in story.sentences]
    return found


# A score told with a past time is the last meeting's, which a preview recalls, not this match's
# result, in the matching form: the pluperfect "كان قد" or a day, week, month, season or year
# "الماضي" ("حينما هزمه بثلاثية نظيفة يوم الخميس الماضي", "وكان الباطن قد تفوق"; round 17,
# February: Al-Nassr's preview kept beside its 1-0 exit). Not "سابق": "مسابقة" is a competition.
LAST_MEETING = re.compile(
    r"(?:^|\s)[وف]?كان(?:ت)?\s+قد\s"
    r"|(?<!\w)(?:ال)?(?:سبت|احد|اثنين|ثلاثاء|اربعاء|خميس|جمعه|اسبوع|شهر|موسم|عام)\s+الماضي"
)


def _first_result(story: StoryText, published: dict[str, datetime | None]) -> datetime | None:
    """Publication time of the earliest dated article whose lead gives a match score, not of
    a past meeting (``LAST_MEETING``)."""
    times = [
        when
        for s in story.sentences
        if s.index < RESULT_LEAD and (when := published[s.article]) is not None
        if scores(s.text) and not LAST_MEETING.search(normalize(s.text))
    ]
    return min(times) if times else None


def _announces_match(text: str) -> bool:
    """True when a first sentence announces a match to come and gives no score."""
    return bool(PREVIEW.search(normalize(text))) and not scores(text)


# An earlier event of the same kind the reporter recalls (round 18), in the matching form: "مماثل"
# / "مشابه" (similar) or "إلى الأذهان" / "يذكر ما حصل" (brings to mind), in a sentence whose years
# are all two or more before its article's (``relevance.past_years``) and that names no current
# day (``relevance.CURRENT_DAY``): "ويذكر ما حصل بعملية خطف جماعي لنحو 276 تلميذة في شيبوك … العام
# 2014" beside the 110 schoolgirls of Dapchi, "وخرجت تظاهرات مماثلة في أواخر 2016", "واتخذت
# الشركة قرارا مماثلا … في 2013" (February: 9 of the 10 such sentences of the 2,291 articles tell
# the other event; the tenth, Abul Gheit's "ألا تقدم أي دولة أخرى على خطوة مماثلة", is his own
# call). "The worst since a similar attack in 2012" ranks this one: "منذ" before the
# mark is not a recall. "على غرار" (like) compares inside a current statement and is not matched.
RECALLED = re.compile(
    r"(?<!\w)(?:ال)?(?:مماثل|مشابه)(?:[ةه]|ين|ان|تين|تان|ات|ا)?(?!\w)"
    r"|(?:الي|ل)\s*الاذهان|(?<!\w)[وف]?(?:ي|ت)ذكر\s+(?:ب)?ما\s+(?:حصل|حدث|جري)"
)
SINCE = re.compile(r"(?<!\w)منذ(?!\w)")


def earlier_like(story: StoryText) -> np.ndarray:
    """Mask of the sentences after an article's lead that recall an earlier event like the
    story's (``RECALLED``, dated only by past years): background on another event, not this one,
    however many outlets carry the wire's line."""
    year = {d.id: d.article.published.year for d in story.documents if d.article.published}
    return np.array(
        [bool(s.index) and _recalls(s.text, year.get(s.article)) for s in story.sentences],
        dtype=bool,
    )


def _recalls(text: str, published: int | None) -> bool:
    """True when ``text`` recalls an earlier event of its kind (``earlier_like``)."""
    if not past_years(text, published) or CURRENT_DAY.search(text):
        return False
    plain = normalize(text)
    mark = RECALLED.search(plain)
    return mark is not None and not SINCE.search(plain[: mark.start()])


# A ruling body's statement lists its decisions as bare verbal nouns ("وجاء في البيان: إيقاف
# كلاوديمير … وإلزامه بدفع غرامة …"), and a report may split the list into sentences, each
# opening with "و" + the verbal noun + its party ("وإلزام النصر بدفع غرامة 100 ألف ريال"،
# "وإلزام الوحدة بدفع …"): a roundup's other case, in the matching form. A verbal noun with a
# pronoun ("وإلزامه") goes on with the same party and is not matched. February: the 3 such
# sentences of the 2,291 articles, read, each another club's or player's case.
RULING_ITEM = re.compile(
    r"^\W*و(?:الزام|تغريم|ايقاف|حرمان|معاقبه)\s+(?:(?:ال)?(?:نادي|لاعب)\s+)?(\S+)"
)


def other_ruling(story: StoryText) -> np.ndarray:
    """Mask of the sentences after an article's lead that add another case to a ruling's list
    (``RULING_ITEM``) whose party no other article's first sentence names: the decisions'
    roundup's other item, not the story's ruling (February: Al-Nassr's fine and a Raed player's
    beside Al-Ahli's suspended player)."""
    found = np.zeros(len(story.sentences), dtype=bool)
    for n, sentence in enumerate(story.sentences):
        if not sentence.index or not (item := RULING_ITEM.search(normalize(sentence.text))):
            continue
        party = item.group(1).removeprefix("ال")
        leads = " ".join(
            normalize(s.text)
            for s in story.sentences
            if not s.index and s.article != sentence.article
        )
        found[n] = len(party) > 2 and party not in leads
    return found
