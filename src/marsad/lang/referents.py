"""Things a sentence names as already known anywhere in it, not only at its opening: "this X"
whose X nothing before introduced, a pair of parties taken as known, a picture or video the
digest does not show. A summary shows such a sentence only after its own predecessor
(``refers_back``) or, for a pointer to the page, never (``page_pointer``).
"""

from __future__ import annotations

import re
from functools import lru_cache

from marsad.lang.arabic import normalize
from marsad.lang.context import SPEECH_VERB, _root, _stem

# How far into a clause (after the sentence's opening, "أن/إن", a colon or a quote) "this X" is
# looked for: further on, the clause has usually told X itself (February 2018 ANT's digest:
# of 40 summary sentences flagged anywhere in them, 16 leaned back).
NEAR_WORDS = 10
_CLAUSE = re.compile(r"(?<![\u0621-\u064a])(?:أن|إن|ان|بأن|وأن|لأن)(?![\u0621-\u064a])|[:«\"“]")
# A demonstrative before a definite noun anywhere in the sentence ("… إلى أن هذه الخطوة
# ضرورية …", "… أكبر عدد في تلك المنطقة"): the thing was named before, unless the sentence
# itself (before it), the title or the article's lead names the noun (by stem or root). Left
# out: times ("هذا العام", "تلك الفترة"), a setting or respect ("في هذا السياق/الصدد/المجال/
# الشأن", "بهذا الخصوص", "إلى هذا الحد") that reads alone, and a noun that "من", a relative
# clause or a definite adjective describes ("هذا الجزء من …", "تلك التجربة التى …", "هذه
# الانتهاكات الصارخة", "هذا الانهيار الكبير في الأسواق"). February 2018 ANT's digest: a first
# version showed 47 alone (26 of 43 read leaning back); without nouns an adjective describes,
# 39, all read, 26 leaning back.
# The demonstratives of one or two things, near and far ("this", "that", "these two"): the
# words of "this X" here and of "3 من هذه المناطق" in ``facts.quantities``.
DEMONSTRATIVES = ("هذا", "هذه", "ذلك", "تلك", "هذين", "هاتين")
_DEMONSTRATIVES = "|".join(DEMONSTRATIVES)
_FAR_DEMONSTRATIVE = re.compile(
    # "بما في ذلك" is "including", no "that X"
    rf"(?<![\u0621-\u064a])(?<!بما في )(?:و|ف|ب|ل|وب|ول|فب|لب)?(?:{_DEMONSTRATIVES})\s+"
    r"ال(?!(?:شهر|عام|أسبوع|اسبوع|يوم|موسم|صباح|مساء|أثناء|اثناء|وقت|سنة|سياق|إطار|اطار|صدد|"
    r"خصوص|شأن|شان|مجال|حد|قدر|نحو|أيام|ايام|فترة|مرحلة|لحظة|ليلة|مرة|عالم)"
    r"(?![\u0621-\u064a]))"
    r"([\u0621-\u064a]{3,})(?![\u0621-\u064a])(?!\s+من\s)(?!\s+ال)"
)
# "This" or "that" alone right after the opening verb or preposition: its subject or object is
# what the sentence before told ("وأدى ذلك إلى …", "ويعد هذا سادس حادث …", "ورغم ذلك قال …",
# "ونتيجة ذلك، …"). Not "وإلى ذلك" (besides, a turn to another point), "وجاء/ويأتي ذلك"
# (context.py's rules), "وليست هذه المرة الأولى" (an idiom). On February 2018 ANT, 84
# sentences open so; of 40 read, about 35 lean back.
_THIS_DID = re.compile(
    r"^\s*(?:و|ف)(?:قد\s+)?(?!(?:إلى|الى|جاء|يأتي|تأتي|ياتي|ليست|ليس)\s)[\u0621-\u064a]{2,8}\s+"
    r"(?:هذا|ذلك|هذه|تلك)(?![\u0621-\u064a])(?!\s+ال)"
)
# The same with one word between, the verb's subject or a particle ("ونفى يوجيل ذلك، …", "وإذا
# تم ذلك في غضون 15 يوما …", "ولم يكن هذا هو المؤشر الوحيد …", "ولا ينطبق ذلك على …", "وعلى
# أثر ذلك قالت …"): what was denied, done or not the only sign is the sentence before. Not
# "وفي غضون ذلك" (meanwhile), "وفي مقابل ذلك", "وإلى جانب ذلك", "فوق ذلك" (besides), which turn
# to a new point, nor a preposition then "this" ("وقال بعد ذلك"). February 2018 ANT: 29
# sentences, 17 new to the other rules, 16 of them leaning back (the other, borderline: "ورغم
# أن هذه هي المرة الأولى …"); a first version with "meanwhile" flagged 26, 9 of them standing alone.
_ONE_WORD_THEN_THIS = re.compile(
    r"^\s*(?:و|ف)(?:قد\s+)?(?!(?:إلى|الى|جاء|يأتي|تأتي|ياتي|ليست|ليس)\s)[\u0621-\u064a]{2,8}\s+"
    r"(?!(?:بعد|قبل|مع|رغم|منذ|عن|على|في|من|إلى|الى|ب|ل|غضون|مقابل|جانب|فوق)\s)"
    r"[\u0621-\u064a]{2,}\s+(?:هذا|ذلك|هذه|تلك)(?![\u0621-\u064a])(?!\s+ال)"
)
# A body named only by its kind as the speaker ("وأضافت الهيئة أن …", "وقال الاتحاد في بيان
# …", "وأكدت السفارة …"), with no word after it that names it ("الهيئة العامة للترفيه"): which
# authority, federation, committee or embassy was said before; a title seldom names one by these
# words. Companies, clubs, ministries, governments and armies are left out: a title names them
# ("فيسبوك", "تشيلسي", "ماكرون"), so "وقالت الشركة" reads alone under it (of 19 such February
# summary sentences shown alone, 1 leaned back). February 2018 ANT: 38 sentences not opening
# their article, of 35 read 33 leaning back; 4 shown alone in the digest's summaries, all 4.
_BODY_SPEAKS = re.compile(
    rf"^\s*(?:و|ف)(?:قد\s+)?(?:{SPEECH_VERB}|أعلن|أعلنت|اعلن|اعلنت)\s+"
    r"ال(مركز|هيئة|اتحاد|سفارة|لجنة|مجلس|جمعية|رابطة|مؤسسة|دائرة|مديرية|بعثة|نقابة|حزب)"
    r"(?![\u0621-\u064a])(?!\s+(?:ال|ل|لل)[\u0621-\u064a])"
)
# "In reply to that", "as a result of that", "in addition to that" opening the sentence ("وردا
# على ذلك، قال …", "ونتيجة لذلك، …", "وبالإضافة إلى ذلك، …", "علاوة على ذلك"): "that" is what
# the sentence before told, as after "كما" (points_back). Not "وإلى ذلك" (besides, a turn to a
# new point). February 2018 ANT: 27 sentences, all opening on the one before (about 20 need it
# for their meaning: which reply, the result of what); 4 shown alone in the digest's summaries.
_THAT_LINK = re.compile(
    r"^\s*(?:و|ف)?(?:في\s+)?(?:رد|ردا|رداً|تعليقا|تعليقاً|تعقيبا|تعقيباً|بناء|بناءً|نتيجة|"
    r"إضافة|اضافة|بالإضافة|بالاضافة|علاوة|فضلا|فضلاً)\s+(?:(?:على|عن|إلى|الى)\s+)?"
    r"(?:ذلك|هذا|لذلك)(?![\u0621-\u064a])(?!\s+ال)"
)
# "Thereby" or "so": "بذلك/بهذا/لهذا/لذلك" opening the sentence or right after its opening
# verb and a subject ("وبهذا يكون قد تولى …", "وأنهى ويغان بذلك حلم سيتي …", "وستكون بذلك
# أكبر شركة …"): "that" is what the sentence before told, the step this one draws the result
# of. Not "this X" ("بهذا الشأن", the demonstrative rules), nor "في غضون ذلك"/"إلى ذلك"
# (meanwhile, besides: a turn to another point, read alone). February 2018 ANT: 41 sentences
# not opening their article, 12 of them new to the other rules, all 12 leaning back.
_THEREBY = re.compile(
    r"^\s*(?:(?:و|ف)?(?:قد\s+)?[\u0621-\u064a]{2,9}\s+(?:[\u0621-\u064a]+\s+)?)?"
    r"(?<![\u0621-\u064a])(?:و|ف)?(?:ب|ل)(?:ذلك|هذا)(?![\u0621-\u064a])(?!\s+ال)"
)
# "Because" opening the sentence with no "و" ("لأن الأصل أن …", "لأن فولكس فاغن تقول …"): the
# reason of what the sentence before said or asked ("لماذا؟", "عارفين ليه!"). Not "ولأن X، فإن
# Y", a whole sentence whose main clause follows. February 2018 ANT: 9 sentences open with a
# bare "لأن", 8 of them giving the reason of the one before (the other: "لأن خطر فقدان البطولة
# لا يزال قائماً تعد خسارة …", its main clause unmarked).
_BECAUSE = re.compile(r"^\s*(?:لأن|لان|لإن)(?:ه|ها|هم|ني|نا)?(?![\u0621-\u064a])")
# A meeting, visit, talks or raid taken as known, as the time of what the sentence tells
# ("وخلال المؤتمر قالت …", "وقبل الاجتماع، قال …", "وخلال الزيارة، قال أبو الفتوح …", "بعد
# الهجوم، قال نتنياهو …"): which one was told before, unless the title names it (by stem or
# root) or a word after it names it ("الاجتماع الطارئ", "الاتفاق بين تركيا والاتحاد", "اللقاء
# الذي …"). February 2018 ANT: with a wider list of events (crimes, trials, deals) 11 flags, 7
# leaning back; with these nouns 8, 7 leaning back (the other: "وبعد اللقاء" under a title on
# the match's fans).
_DURING_EVENT = re.compile(
    r"^\s*(?:و|ف)?(?:خلال|أثناء|اثناء|قبل|بعد|عقب|إثر|اثر|منذ)\s+"
    r"ال(اجتماع|مؤتمر|مفاوضات|محادثات|مباحثات|زيارة|لقاء|جلسة|قمة|مداهمة|هجوم|اقتحام)"
    r"(?![\u0621-\u064a])(?!\s+(?:ال|ل|لل|بين|مع)[\u0621-\u064a]*)"
)
# A pair of persons taken as known by their role, in the nominative dual ("واعتقل المشتبهان
# بقتل …", "بدأ المتهمان …"; "-ين" is also the plural: "أحد المعتقلين"): who they are was said
# before, unless the title or the lead names them by the same noun or the sentence goes on to
# name them ("…، وهما زوج لبناني …"). Parties ("الطرفان", "الجانبين", "الزعيمان") only when
# neither the title nor the sentence before them names a pair ("مع", "بين", a word joined by
# "و" or "ل": "أردوغان لبوتن", "تشلسي وبرشلونة"). Teams and countries ("الفريقين",
# "البلدين") are left out: of 13 shown alone in February's digest, 10 sit under a title or in
# a sentence that names both. February 2018 ANT: 6 flags, 4 of 5 new ones leaning back.
_PERSONS = r"مشتبه|متهم|شقيق|موقوف|معتقل"
_SIDES = r"طرف|جانب|زعيم|حليف|خصم|شريك|غريم"
_PARTIES = re.compile(
    r"(?<![\u0621-\u064a])(?:و|ف|ب|ل|لل|بال)?ال"
    rf"(?:({_PERSONS})ان|({_SIDES})(?:ان|ين))(?![\u0621-\u064a])"
    # Not a pair an adjective goes on to name ("الزعيمان الكوريان الشماليان السابقان …").
    r"(?!\s+ال[\u0621-\u064a]+(?:ان|ين)(?![\u0621-\u064a]))"
)
_NAMED_PAIR = re.compile(
    r"(?<![\u0621-\u064a])(?:مع|بين|ضد|امام)(?![\u0621-\u064a])|"
    r"[\u0621-\u064a]\s+(?:و[\u0621-\u064a]{2,}|ل[\u0621-\u064a]{3,})(?![\u0621-\u064a])"
)
# "On both sides" is a place, not two parties ("يحيط به الجنود من الجانبين", "أي من الجانبين").
_BOTH_SIDES = re.compile(r"(?<![\u0621-\u064a])(?:من|على|في)\s+الجانبين(?![\u0621-\u064a])")
_THEY_ARE = re.compile(r"(?<![\u0621-\u064a])و?هما(?![\u0621-\u064a])")
# A picture, clip or map of the page described as if the reader saw it ("ويظهر المقطع وجود …",
# "وتظهر الصور عناصر …", "وفي الفيديو الذي نشره الموقع، …"): the digest does not show it, and
# which one it is was said before (often the title: "شاهد لحظة …"). Not a clip the sentence
# itself introduces ("مقطع فيديو نشره …" has no article), nor one the title or the lead names
# ("نشر شهود لقطات …" then "وأظهرت اللقطات …").
_SHOWN_MEDIA = re.compile(
    r"^\s*(?:و|ف)?(?:(?:قد\s+)?(?:ي|ت)?(?:ظهر|أظهر|اظهر|بين|وضح|كشف|عرض|رصد|وثق|ستعرض)(?:ت)?|"
    r"في|فى|وفي|عبر|خلال)\s+"
    r"ال(فيديو|مقطع|صورة|صور|شريط|تسجيل|لقطات|لقطة|مشاهد|خريطة|خرائط|انفوغرافيك|إنفوغرافيك)"
    r"(?![\u0621-\u064a])(?!\s+(?:ال|ل|لل)[\u0621-\u064a]*\s)"
)
# A pointer to a part of the web page ("شاهد الفيديو التالي …", "الإنفوغرافيك المرفق يستعرض
# …", "ولعل في الصورة أدناه ما يوضح …"): the digest shows no picture, so the sentence points
# at nothing. On February 2018 ANT, 9 sentences, all pointing to the page. A "video graphic"
# ("فيديوجرافيك", "موشن جرافيك") is an infographic that moves: the page shows it, "above" as
# well as "below" (none in February; the round-17 blind March check names one).
_GRAPHIC = r"(?:إنفو|انفو|أنفو|فيديو\s?|موشن\s)(?:غراف|جراف)(?:يك)?"
_PAGE_POINTER = re.compile(
    rf"{_GRAPHIC}(?:\s+(?:التالي|المرفق|أدناه|ادناه|أعلاه|اعلاه))|"
    rf"^\s*(?:ال)?{_GRAPHIC}(?![\u0621-\u064a])|"
    r"(?<![\u0621-\u064a])(?:ال)?(?:فيديو|صورة|صور|مقطع|خريطة|رسم\s+البياني|جدول|شريط|لقطات)\s+"
    r"(?:التالي|التالية|أدناه|ادناه|المرفق|المرفقة|الآتي|الآتية|أعلاه|اعلاه|المصاحب|المصاحبة|"
    r"أسفله|أسفل\s+الخبر)(?![\u0621-\u064a])"
)

# "The aforementioned" ("بالمنطقة المذكورة", "الجوازين المذكورين", "المعدات المشار إليها",
# "الشروط السابق ذكرها", "التعميم أعلاه") after a definite noun: the word itself says the
# article named the thing in an earlier sentence (an area, a sum, a meeting). Not "mentioned
# in X" ("المكافأة المذكورة في الأمر الملكي"): the sentence names where. February 2018 ANT
# (sentences not opening their article): 51 hold the shape; ``aforementioned`` flags 38, all
# read: 37 lean back, the 38th is a video pointer ``page_pointer`` leaves out already.
_MENTIONED = re.compile(
    r"(?<![\u0621-\u064a])(?:(?P<noun>[\u0621-\u064a]+)[،,]?\s+)?(?:"
    r"(?P<said>(?:و|ف|ب|ك)?(?:ال|لل)(?:مذكور|مشار)(?:ة|ان|تان|ين|تين|ون)?"
    r"(?!\s+(?:في|فى|ضمن)(?![\u0621-\u064a]))"
    r"|(?:ال)?(?:سالف|آنف|سابق)\s+(?:الذكر|ذكره|ذكرها|ذكرهم))"
    r"|(?P<above>أعلاه|اعلاه))(?![\u0621-\u064a])"
)
_ARTICLE = re.compile(r"^(?:و|ف)?(?:(?:ب|ك)?ال|لل)")

# The words without one of which ``_FAR_DEMONSTRATIVE`` or ``_PARTIES`` cannot match, taken from
# their own lexicons: a few substring tests skip those two regular expressions (the costliest
# here: a search at every character) for most sentences (``refers_back`` over February's
# 16,790 sentences: 0.15 -> 0.12 s of CPU; prefilter and pattern agree on all of them).
_DEMONSTRATIVE_WORDS = DEMONSTRATIVES
_PAIR_WORDS = tuple(_PERSONS.split("|")) + tuple(_SIDES.split("|"))


def _holds(text: str, words: tuple[str, ...]) -> bool:
    """True when one of ``words`` is in ``text`` (a prefilter before a regular expression)."""
    return any(word in text for word in words)


# ``_MENTIONED`` needs one of these.
_MENTIONED_WORDS = ("ذكور", "مشار", "ذكر", "علاه")
# A page pointer holds one of these; a substring test skips the regex for nearly all sentences.
_POINTER_WORDS = ("غراف", "جراف", "تالي", "دناه", "مرفق", "آتي", "علاه", "مصاحب", "أسفل")
# "This video" shown to the reader: the clip as the subject of "shows" ("هذا الفيديو يظهر
# الجهود …", "يظهر هذا الفيديو لحظة …") or the place of what follows ("نستعرض لكم في هذا
# الفيديو …"). CNN's video pages, February 2018 ANT: 4 sentences, all pointing to the page's
# clip; not a clip the report is about ("ويعد نشر هذا الفيديو خطوة غير مسبوقة").
_THIS_CLIP = re.compile(
    r"(?<![\u0621-\u064a])(?:(?:ي|ت)?(?:ظهر|بين|وثق|رصد|عرض|كشف)\s+هذا\s+{clip}|"
    r"هذا\s+{clip}\s+(?:ي|ت)(?:ظهر|بين|وثق|رصد|عرض|كشف|ستعرض)|في\s+هذا\s+{clip})"
    r"(?![\u0621-\u064a])".replace("{clip}", r"(?:ال)?(?:فيديو|مقطع|شريط)")
)


def refers_back(text: str, language: str, title: str, told: str) -> bool:
    """True when the sentence names something as known that neither it (before that point),
    its ``title`` nor what the reader was ``told`` introduced: "this X" anywhere, "this" as
    what the opening verb is about, a pair of parties, a picture or clip of the page, a body
    named by its kind as the speaker, "in reply to that", "thereby" or "because" opening it,
    a meeting or visit taken as known as its time. ``told``: the titles and leads the summary
    opens with (its article's; a story's, among several).
    Arabic only, and only under a title (untitled EASC articles, read in order, have the thing
    shown already)."""
    if language != "ar" or not title:
        return False
    known = (title, told)
    return bool(
        (_holds(text, _DEMONSTRATIVE_WORDS) and _unintroduced(_FAR_DEMONSTRATIVE, text, known))
        or (_holds(text, _PAIR_WORDS) and _known_pair(text, title, known))
        or _unintroduced(_SHOWN_MEDIA, text, known)
        or _THIS_DID.match(text)
        or _ONE_WORD_THEN_THIS.match(text)
        or _THAT_LINK.match(text)
        or _unintroduced_body(text, (title,))
        or _THEREBY.match(text)
        or _BECAUSE.match(text)
        or _unintroduced_event(text, (title,))
    )


def aforementioned(text: str, language: str, told: str) -> bool:
    """True for "the aforementioned X" or "X above" (``_MENTIONED``) whose X neither the
    sentence before that point nor ``told`` (the titles and what the summary shows before it)
    names: "برنامج حواري … في البرنامج الحواري المشار إليه" stands alone, and so does
    "البندقية المذكورة" under a title about the rifle. Arabic only."""
    if language != "ar" or not _holds(text, _MENTIONED_WORDS):
        return False
    for match in _MENTIONED.finditer(text):
        noun = match.group("noun") or ""
        bare = _ARTICLE.sub("", noun)
        if bare == noun:
            continue  # no definite noun before: "قبل المذكور" names a person the sentence named
        stem = _stem(bare)
        if len(stem) < 3 or not _named(stem, (told,), normalize(text[: match.start()])):
            return True
    return False


def _unintroduced_body(text: str, known: tuple[str, ...]) -> bool:
    """A body named only by its kind as the speaker (``_BODY_SPEAKS``), a kind not named in
    the ``known`` texts: the article's title alone, what a reader of the sentence sees (the
    story's leads, as for "this X", left 2 of 4 shown alone in February)."""
    match = _BODY_SPEAKS.match(text)
    return match is not None and not _named(_stem(match.group(1)), known, "")


def _unintroduced_event(text: str, known: tuple[str, ...]) -> bool:
    """A meeting, visit or raid taken as known as the sentence's time (``_DURING_EVENT``), not
    named in the ``known`` texts: the article's title alone, what a reader of the sentence sees."""
    match = _DURING_EVENT.match(text)
    return match is not None and not _named(_stem(match.group(1)), known, "")


def _known_pair(text: str, title: str, known: tuple[str, ...]) -> bool:
    """A pair of persons or parties the sentence takes as known (``_PARTIES``)."""
    match = _PARTIES.search(text)
    if match is None or _THEY_ARE.search(text, match.end()) or _BOTH_SIDES.search(text):
        return False
    if match.group(2) and any(
        _NAMED_PAIR.search(normalize(part)) for part in (title, text[: match.start()])
    ):
        return False
    noun = _stem(match.group(1) or match.group(2))
    return not _named(noun, known, normalize(text[: match.start()]))


def page_pointer(text: str) -> bool:
    """True when the sentence points to a picture, video or infographic of the web page."""
    if "هذا" in text and _THIS_CLIP.search(text):
        return True
    return any(word in text for word in _POINTER_WORDS) and bool(_PAGE_POINTER.search(text))


def _unintroduced(
    pattern: re.Pattern[str], text: str, known: tuple[str, ...], words: int = NEAR_WORDS
) -> bool:
    """True when ``pattern`` matches within the first ``words`` words of a clause and its noun
    (group 1) is named neither in the ``known`` texts nor in the sentence before the match."""
    for match in pattern.finditer(text):
        before = text[: match.start()]
        if len(_CLAUSE.split(before)[-1].split()) > words:
            continue
        noun = _stem(match.group(1))
        if len(noun) >= 3 and not _named(noun, known, normalize(before)):
            return True
    return False


def _named(noun: str, known: tuple[str, ...], said: str) -> bool:
    """True when the ``known`` texts or ``said`` (in matching form) name ``noun``, by stem or
    by root ("الكنائس" under "كنيسة")."""
    forms = [_told(text) for text in known]
    if noun in said or any(noun in told for told, _ in forms):
        return True
    root = _root(noun)
    return any(root in roots for _, roots in forms) or any(
        _root(word) == root for word in said.split()
    )


@lru_cache(maxsize=1024)
def _told(text: str) -> tuple[str, frozenset[str]]:
    """The matching form of a title or of a story's titles and leads, and the roots of its
    words: the same for every sentence of the article or story, so computed once."""
    told = normalize(text)
    return told, frozenset(_root(word) for word in told.split())
