"""A body, event or text named only by its kind ("وقالت الوزارة إن …", "ووقع الحادث …",
"ويدعو الاقتراح إلى …") that the summary's reader was not told: told when the title or what the
summary opens with introduces a thing of that kind ("وزارة الخارجية", "وزير الداخلية" for "the
ministry"; "انفجار", "تحطم" for "the incident"), else a summary shows the sentence only after its
own predecessor (``untold_kind``).
"""

from __future__ import annotations

import re

from marsad.caches import cached
from marsad.facts.entities import entity_mentions
from marsad.facts.gazetteer import lexicon_rows
from marsad.lang.arabic import normalize, strip_marks
from marsad.lang.context import _HEAD_NOUN, _NAMED_BY_WHAT_FOLLOWS, _NOT_A_SUBJECT, _stem

# Arabic news names a body, an event or a text in full once ("لجنة الانضباط في الاتحاد
# السعودي", "انفجار عبوة ناسفة", "اقتراح روسي بهدنة") and by its bare kind noun with the article
# after that ("اللجنة", "الحادث", "الاقتراح"). The kind noun (its stem, matching form) maps to
# the stems of the words that introduce a thing of that kind: the same noun or its verb, a
# holder's title ("وزير" for "الوزارة"), an event of that class ("هجوم", "حريق" for
# "الحادث"; the plural "هجمات" tells "الهجوم", issue 16 round 24). Left out: the government,
# police, army and courts of a title's country and companies, clubs and unions, which a title
# names by their own name ("فيسبوك", "اتحاد جدة"; of 19 "وقالت الشركة" shown alone in
# February, 1 leaned back, round 16). February 2018 ANT: 164 flags among sentences not opening
# their titled article, 29 new to the other rules, of which 22 lean back, 6 borderline, 1
# stands ("كان الاتفاق النووي …"); 4 shown alone in the digest's summaries, 3 of them
# fragments.
_INCIDENT = (
    "حادث حوادث هجوم هجم انفجار تفجير حريق تحطم سقوط اصطدام انقلاب غرق قتل مقتل مصرع اطلاق طعن "
    "دهس اعتداء جريم كارث زلزال انهيار اصاب اشتباك تسرب غار"
)
_PROPOSAL = "اقتراح مقترح اقترح يقترح مبادر خطه مشروع عرض مسوده"
_REPORT = "تقرير تقارير دراس بحث باحث مسح استطلاع تحقيق"
_PROTEST = "احتجاج احتج محتج تظاهر مظاهر اعتصام"
_DEAL = "اتفاق صفق معاهد توقيع هدن تفاهم"
# Bodies: one named by an adjective or a place after its kind noun is named ("السفارة
# الأمريكية في الخرطوم", "النيابة العسكرية", "المجلس الكنسي بخيخون"), and a plural is a
# kind in general ("وتتعرض الجمعيات الخيرية …", "وأشارت النقابات …").
_BODIES: dict[str, str] = {
    "وزار": "وزار وزير",
    "لجن": "لجن",
    "هيي": "هيي",
    "منظم": "منظم",
    "نياب": "نياب نايب مدعي ادعاء",
    "وكال": "وكال",
    "سفار": "سفار سفير",
    "بعث": "بعث",
    "مجلس": "مجلس",
    "جمعي": "جمعي",
    "موسس": "موسس",
    "نقاب": "نقاب",
}
# Events and texts: an adjective does not tell which one ("الاقتراح الروسي", "القرار
# الاتهامي", "الحادث المذكور").
_EVENTS: dict[str, str] = {
    "حادث": _INCIDENT,
    "هجوم": _INCIDENT,
    "انفجار": _INCIDENT,
    # The plural and the other incidents of the class, as their own subject ("وأسفرت الغارات
    # عن …", "ووقعت الهجمات …", "واستمرت الاشتباكات …"): which ones, as for "the attack".
    "هجم": _INCIDENT,
    "تفجير": _INCIDENT,
    "غار": _INCIDENT,
    "اشتباك": _INCIDENT,
    "اعتداء": _INCIDENT,
    "قصف": "قصف غار هجوم ضرب صاروخ",
    "اقتراح": _PROPOSAL,
    "مقترح": _PROPOSAL,
    "مبادر": _PROPOSAL,
    "مشروع": "مشروع خطه برنامج مبادر",
    "تقرير": _REPORT,
    "دراس": _REPORT,
    "تحقيق": "تحقيق تحقق يحقق",
    "بيان": "بيان اعلن تصريح",
    "اعلان": "اعلان اعلن بيان",
    "قرار": "قرار قرر يقرر مرسوم",
    "اتفاق": _DEAL,
    "اتفاقي": _DEAL,
    "صفق": _DEAL + " عقد",
    "مداهم": "مداهم داهم اقتحام اقتحم حمله",
    "زيار": "زيار يزور تزور",
    "اجتماع": "اجتماع اجتمع لقاء التقي قمه محادثات مباحثات",
    "موتمر": "موتمر منتدي ملتقي قمه",
    "بطول": "بطول كاس دوري بطل اولمب مونديال",
    "احتجاج": _PROTEST,
    "محتجين": _PROTEST,
}
# People named only by their role ("وقال الرجل: …", "وتحدث الوزير عن …", "ووصل اللاعب إلى
# …"): told when the title or what the summary shows before names the role ("وزير الداخلية
# الفرنسي", "رجل في الخمسين"). Only when the role goes straight on to a particle, a colon or a
# quote: a name or an adjective after it says who ("وقدم الرئيس، فلاديمير بوتين، …", "ورد
# الأمير السعودي …"). February 2018 ANT, sentences not opening their titled article against
# its title and lead: 7 new flags, all leaning back (one borderline: "وقد ينجح اللاعب …" under
# a title naming the player).
_ROLES = (
    "رجل مراه شاب فتاه طفل طفله ضحيه متهم مشتبه قاتل جاني رييس رييسه وزير وزيره متحدث متحدثه "
    "ناطق ناطقه سفير مدرب لاعب لاعبه مهاجم مدافع حارس نجم نجمه مدير مديره محامي قاضي قايد زعيم "
    "امير ملك فنان فنانه كاتب كاتبه مخرج ممثل ممثله باحث طبيب طبيبه مفوض"
)
_PERSONS: dict[str, str] = {_stem(role): _stem(role) for role in _ROLES.split()}
_PERSONS[_stem("مراه")] = "مراه امراه"  # "امرأة" tells the reader of "المرأة"
_ROLE_GOES_ON = re.compile(
    r"\s*(?:[:«\"“]|[،,]\s*(?:أن|إن|ان)(?![\u0621-\u064a])|(?:إن|أن|ان|بأن|إنه|أنه|انه|إنها|"
    r"أنها|انها|إلى|الى|في|على|عن|من|أمام|عبر|خلال|قبل|بعد|مع|"
    # When it was said or done: a day is no name nor adjective ("وقال الوزير الخميس إن …").
    r"أمس|اليوم|الأحد|الاثنين|الإثنين|الثلاثاء|الأربعاء|الخميس|الجمعة|السبت)(?![\u0621-\u064a]))"
)
# Roles many people hold at once: a nisba adjective after one does not say who ("وتوصلت
# الطبيبة الجنائية إلى …", "وقال اللاعب الدولي: …", "وأكد المتهم السوري أن …"), unlike an
# office a country has one holder of ("الرئيس الفرنسي", "الأمير السعودي"), which it names.
# The adjective tells the reader who when the title or the summary gave it ("الكولومبي").
_MANY_HOLD = (
    "رجل مراه شاب فتاه طفل طفله ضحيه متهم مشتبه قاتل جاني لاعب لاعبه مهاجم مدافع حارس نجم "
    "نجمه فنان فنانه كاتب كاتبه مخرج ممثل ممثله باحث طبيب طبيبه محامي قاضي"
)
_COMMON_ROLES = frozenset(_stem(role) for role in _MANY_HOLD.split())
# Where or among whom after such adjectives defines a post ("الممثلة السامية في الاتحاد
# الأوروبي فيدريكا موغريني"): the name may follow it.
_POST_DEFINED = re.compile(r"\s*(?:في|من|عن|لدى)(?![\u0621-\u064a])")
# "الإعلان عن …" says what was announced: it names the announcement.
_ANNOUNCED = re.compile(r"\s+عن(?![\u0621-\u064a])")
# So do adjectives that describe without telling who ("السابق", "المخضرم", "الشاب").
_NISBAS = re.compile(
    r"(?:\s+ال(?:[\u0621-\u064a]{2,}(?:ي|ية|يه)|سابق|سابقة|أسبق|مخضرم|مخضرمة|شاب|شابة|شهير|"
    r"شهيرة|معتزل|جديد|جديدة)(?![\u0621-\u064a])){1,2}"
)
# A sentence opening with a definite noun: a role after it is its adjective ("والوثيقة المؤلفة
# من 10 صفحات"), not the subject of a verb.
_OPENS_DEFINITE = re.compile(r"^\s*(?:و|ف)?ال")
_INTRODUCERS = {
    kind: tuple(words.split()) for kind, words in (_BODIES | _EVENTS | _PERSONS).items()
}
# The kind noun as what an indefinite noun right after the opening verb belongs to ("ونشرت
# نتائج الدراسة …", "وقال رئيس اللجنة إن …", "وأكد بيان الوزارة …"): which study, committee or
# ministry was told only before, as for the bare kind noun. The indefinite word is dropped and
# the rest read as ``_HEAD_NOUN`` reads a verb and its subject. February 2018 ANT, as above: 16
# new flags, 14 leaning back, 1 borderline, 1 standing (a body named by its words: "وتقود
# مجموعة التحقيق الجنائي، وهي ذراع …"); 2 were shown alone in the digest's summaries.
_OWNED_BY_KIND = re.compile(
    rf"^(\s*(?:و|ف)(?:(?:قد|لم|لن|لا|ما)\s+)?(?!ال)[\u0621-\u064a]{{2,8}}\s+)"
    rf"(?!ال|{_NOT_A_SUBJECT})[\u0621-\u064a]{{2,}}\s+(?=ال)"
)
# What names the thing after its kind noun: a relative clause after a comma ("وتشير
# التحقيقات، التي أجرتها لجنة …"), an adjective and a preposition ("الهيئة المسؤولة عن
# مراقبة الخصوصية", "اللجنة المكلفة بالتحقيق"), what it is about or between whom ("ويثير
# التحقيق حول الحوادث الغامضة …", "الاتفاق بين …"), "العام/العامة" (the country's one public
# body: "النيابة العامة").
_DESCRIBED = re.compile(
    r"\s*[،,]?\s*(?:الذي|التي|الذين)(?![\u0621-\u064a])|"
    r"\s+(?:حول|بشأن|بشان|بخصوص|بين)(?![\u0621-\u064a])|"
    r"\s+(?:الم[\u0621-\u064a]+\s+(?:عن(?![\u0621-\u064a])|ب|ل)|(?:العام|العامة)(?![\u0621-\u064a]))"
)
# A nisba adjective after a body's kind noun ("الأمريكية", "العسكرية", "الكنسي"); not a
# definite object ("فراسلت اللجنة الجامعة": the committee wrote to the university).
_ADJECTIVE = re.compile(r"\s+ال[\u0621-\u064a]{2,}(?:ي|ية|يه)(?![\u0621-\u064a])")
# "تم الاتفاق على …", "تمت الموافقة": a passive, no deal told before.
_PASSIVE = re.compile(r"^\s*(?:و|ف)?(?:قد\s+)?(?:تم|تمت|يتم|سيتم)\s")
# After "إن" and "يذكر/يشار إلى أن" the subject comes first, with no verb before it: "يذكر أن
# المؤتمر انطلق …", "وإن الوزارة …" name the thing by its bare kind noun as surely as "وقالت
# الوزارة" does ("كما أن"/"لكن"/"غير أن" and a definite noun already lean back,
# ``context._ADDING``). February 2018 ANT, sentences not opening their titled article: 76 open
# so before a definite noun, 1 flagged ("يذكر أن المؤتمر …", leaning back, shown alone).
_AFTER_PARTICLE = re.compile(
    r"^\s*(?:و|ف)?(?:(?:يذكر|يشار\s+(?:إلى|الى))\s+(?:أن|ان)|إن)\s+"
    r"ال([\u0621-\u064a]{3,})(?![\u0621-\u064a])"
)


# The longest introducer: a nisba's stem is cut to it.
_LONGEST = max(len(word) for words in _INTRODUCERS.values() for word in words)


def untold_kind(text: str, language: str, told: str) -> bool:
    """True when the definite noun heading the sentence (its verb's subject, its opening or the
    subject after "إن"/"يذكر أن") is a kind noun of ``_BODIES`` or ``_EVENTS`` that nothing
    after it names ("اللجنة الأولمبية الدولية", "القصف الذي …", "السفارة الأمريكية") and that
    ``told`` (the title and what the summary opens with) introduces no thing of: the reader of
    the summary does not know which committee, incident or proposal it is. Arabic only."""
    if language != "ar":
        return False
    text = strip_marks(text)  # "وتُظهر الدراسة …": a vowel mark would hide the verb
    match = _HEAD_NOUN.match(text) or _AFTER_PARTICLE.match(text)
    if match is None:
        owned = _OWNED_BY_KIND.match(text)
        if owned is None:
            return False
        text = owned.group(1) + text[owned.end() :]
        match = _HEAD_NOUN.match(text)
        # A plural owner is the kind in general ("بنك البيانات", "مكتب التحقيقات").
        if match is None or match.group(1).endswith("ات") or _stem(match.group(1)) in _PERSONS:
            return False
    noun, after = match.group(1), match.end()
    kind = _stem(noun)
    introducers = _INTRODUCERS.get(kind)
    if kind in _PERSONS:
        if _OPENS_DEFINITE.match(text):
            return False
        nisbas = _NISBAS.match(text, after) if kind in _COMMON_ROLES else None
        if nisbas is not None:
            after = nisbas.end()
            introducers = (*(introducers or ()), *_nisba_stems(nisbas.group()))
        if not _ROLE_GOES_ON.match(text, after) or (nisbas and _POST_DEFINED.match(text, after)):
            return False
    if (
        introducers is None
        or _NAMED_BY_WHAT_FOLLOWS.match(text, after)
        or _DESCRIBED.match(text, after)
        or (kind == "اعلان" and _ANNOUNCED.match(text, after))
        or _PASSIVE.match(text)
        or (kind in _BODIES and (noun.endswith("ات") or _ADJECTIVE.match(text, after)))
    ):
        return False
    said, typed = _told(told)
    return kind not in typed and not _told_by(introducers).search(said)


def _nisba_stems(adjectives: str) -> tuple[str, ...]:
    """The matching forms of the nisba adjectives among ``adjectives``, without article and
    ending ("الكولومبي": "كولومب"), as a title or a shown sentence may give them ("كولومبيا",
    "الكولومبي")."""
    return tuple(
        re.sub(r"(?:يه|ي)$", "", normalize(word).removeprefix("ال"))[:_LONGEST]
        for word in adjectives.split()
        if normalize(word).endswith(("ي", "يه"))
    )


@cached(1024)  # one pattern for each kind (and nisba) asked
def _told_by(introducers: tuple[str, ...]) -> re.Pattern[str]:
    """A word of the told text (matching form) that opens with one of ``introducers`` after
    its conjunction, preposition or article ("والانفجار", "لامرأة"): a word that only holds
    the letters does not tell the kind ("المناطق" no spokesman, "معرض" no offer)."""
    words = "|".join(re.escape(word) for word in introducers)
    return re.compile(rf"(?<![\u0621-\u064a])(?:و|ف)?(?:لل|(?:ب|ل|ك)?ال|ب|ل|ك)?(?:{words})")


@cached(256)  # the same titles and leads for every sentence of a story
def _told(told: str) -> tuple[str, frozenset[str]]:
    """The matching form of ``told`` and the kinds of the lexicon organizations it names: any
    organization is one "المنظمة" may stand for ("الأمم المتحدة"), and one whose name or
    variant opens with a kind noun is of that kind too ("اليونيسف": "منظمة الأمم المتحدة
    للطفولة")."""
    kinds = _organization_kinds()
    typed = frozenset(
        kind
        for mention in entity_mentions(told)
        if mention.type == "organization"
        for kind in kinds.get(mention.canonical, frozenset({"منظم"}))
    )
    return normalize(told), typed


@cached()
def _organization_kinds() -> dict[str, frozenset[str]]:
    """Each lexicon organization (canonical name, as ``entity_mentions`` gives it) with the
    kinds of ``_BODIES`` its name and variants open with, and "منظم"."""
    kinds = {}
    for row in lexicon_rows("organizations.tsv"):
        names = [row[0], *(row[2].split("|") if len(row) > 2 and row[2] else [])]
        opening = {_stem(normalize(name.split()[0]).removeprefix("ال")) for name in names if name}
        kinds[row[0]] = frozenset({"منظم", *(opening & _BODIES.keys())})
    return kinds
