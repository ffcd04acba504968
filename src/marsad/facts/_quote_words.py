"""Quotes' shared words and limits: speech verbs, complementizers, titles, bodies, kinds."""

from __future__ import annotations

import re
from collections.abc import Mapping

from marsad.facts._numbers import ARABIC_WEEKDAYS
from marsad.lang.tokens import CLAUSE_BREAKS, Token
from marsad.lang.words import word_set

QUOTED = re.compile(r"«([^«»]+)»|“([^“”]+)”|\"([^\"]+)\"")


# "قال X إن ...": the complementizer that opens reported speech.
THAT = frozenset(
    {
        "ان",
        "انه",
        "انها",
        "انهم",
        "انهن",
        "اننا",
        "انني",
        "اني",
        "بان",
        "بانه",
        "بانها",
        "بانهم",
        "that",
    }
)
SPEAKER_TYPES = frozenset({"person", "organization", "country"})
MIN_QUOTE_WORDS = 4  # shorter quoted spans are scare quotes ("إرهابي") unless a verb cites them
SUBJECT_GAP = 12  # characters between a subject-first speaker and the verb
# "وأضاف: ..." at the start of a sentence continues the previous speaker's words.
CONTINUATION_CHARS = 12
VERB_WINDOW = 120  # characters before a quote in which a speech verb makes it a citation
THAT_WINDOW = 20  # tokens after a speech verb searched for إن/أن ("وأضاف لافروف أمام ... أن")
# A verb that opens its sentence reaches further: all before what was said is its subject
# ("وقال إلوود، الذي فقد شقيقه ...، وكان موجودا ...، إنه ينبغي"). February: the gold's
# subjects this finds run to 172 characters and 29 tokens; the 17 speakers it adds over the
# month's digest all read right.
OPENING_VERB_WINDOW = 300
OPENING_THAT_WINDOW = 50


CARRIED = 12  # tokens after "نقلت" read for "عن": "نقلت صحيفة "..." اليوم الاثنين عن"


PREPOSITIONS = frozenset({"من", "في", "الي", "علي", "عن", "مع", "ضد"})


# Words after a speech verb that are not its subject: adverbial participles, and the reports
# through which words reach the outlet.
NOT_NAMES = word_set(
    "قائلا قائله مضيفا مضيفه موضحا موضحه مشيرا مشيره مؤكدا مؤكده متابعا متابعه أيضا ايضا "
    "التقرير تقرير التقارير تقارير الصحفيين للصحفيين "
    # unnamed reports and media: "وأفادت تقارير أن", "عن وسائل إعلام إيرانية" name no one
    "وسائل أنباء "
    # a count someone made: "أفاد إحصاء أعدته رابطة ... أن" names its maker after it
    "إحصاء إحصائية الإحصائية"
)


# Kin words ("عمها", "والده", "شقيقتها", "أبيه"): a noun with a possessive pronoun says who
# the speaker is to someone, never a name; a name may follow it after a comma ("ويقول عمها،
# روبن أتاب"). Not "جد/جدة" (جدة is also the city).
KIN = word_set(
    "عم عمة خال خالة أب أبو أبي أبا والد أم والدة أخ أخو أخي أخا أخت شقيق شقيقة زوج زوجة ابن "
    "ابنة صديق صديقة جار جارة"
)
KIN_PRONOUN = re.compile("^(\\w+?)(?:ه|ها|هم|هما|هن)$")


SHORT_NAME = 2  # letters of a foreign name's part: "دي جي كوه", "بيتر ري", "ستافان دي ميستورا"


RUN_WORDS = (2, 3)  # a name's length when no lexicon knows it: "ليدي غاغا", "شلال علي شائع"


# Unnamed speakers: the words after them describe them ("مصادر أمنية متطابقة"), never a name.
UNNAMED = word_set("مصدر مصادر مسؤول مسؤولون مسؤولة متحدث متحدثة ناطق ناطقة شهود خبراء")


# Words that can follow a speaker's name before what was said: "أمام البرلمان", "في بيان".
AFTER_NAME = frozenset({"امام", "في", "خلال", "لدي", "عبر", "،", ",", "وهو", "وهي"})


# Bodies that speak with their kind first ("لكن محكمة العدل الاتحادية الألمانية قالت").
BODIES = word_set("محكمة منظمة وزارة شركة مؤسسة جمعية حركة هيئة لجنة الجهاز الشرطة الحكومة")


# Honorifics before a name, and the particles inside one ("محمد بن عبدالرحمن آل ثاني").
HONORIFICS = word_set("الشيخ الشيخة السيد السيدة الدكتور الدكتورة الأمير الأميرة المهندس")
NAME_PARTICLES = word_set("بن بنت ابن آل أبو أبي عبد")
# Military ranks before a name: dropped like honorifics ("، الجنرال يوري إيفتوشنكو").
RANKS = word_set("الجنرال اللواء العميد العقيد المقدم الرائد النقيب المشير")
NAME_WORDS = 5


NO_NAMES: Mapping[str, str] = {}
NO_TOKEN = Token("-", "-", 0, 0)
NAME_END = re.compile('[،:,"«]')


# "ونقلت رويترز عن مسؤول في البنك قوله": the agency reports, the one after "عن" speaks.
# With the object pronoun of "حسب ما نقلته "وام" على لسان ...": the words it carried.
REPORTS = word_set("نقل نقلت ونقل ونقلت نقلا نقله نقلته نقلها نقلتها")


SUBJECT_STOPS = word_set(
    "إن أن ان انه إنه انها إنها بأن بان أنه أنها إنهم أنهم إننا أننا إنني أنني بأنه بأنها "
    ": عن على إلى الى لـ خلال أمس اليوم يوم الذي التي الذين "
    "هو هي هم إنهم انهم قوله قولها قولهم قائلا قائلة مضيفا مضيفة في نقلا عبر بيان that "
    # "التابع(ة) لـ" says whose body it is: "أعلنت السلطات الصحية التابعة للمعارضة السورية"
    "التابع التابعة"
)
SUBJECT_WORDS = 5
TITLE_WORDS = 8  # "عضو لجنة النقل في البرلمان المصري، محمد بدوي دسوقي"
SUBJECT_BREAKS = CLAUSE_BREAKS | {'"', "«", "“"}
QUOTE_MARKS = frozenset({'"', "«", "»", "“", "”"})
# Groups no one names, heading what describes them ("وقال أعضاء الهيئة التدريسية في الجامعة
# إنهم", "وقال قادة كنائس الروم", "وأشار الخبراء الاقتصاديين إلى أن"), and how many of a group
# spoke ("قال عدد من الأهالي", "يقول كثير من المحللين", "قال معظم الموظفين"): the phrase is the
# speaker, never a name written after it ("عدد من الدبلوماسيين من الذين حضروا النقاش،").
GROUP_WORDS = "أعضاء قادة زعماء الخبراء المحللون المحللين الباحثين عدد كثير معظم"
GROUP_HEADS = word_set(GROUP_WORDS)
# Words a speaker's name can start with when no entity is found: offices, unnamed officials
# and bodies. Reports, statements and newspapers are how words reach the outlet, not who said
# them ("وقالت التقارير"): no speaker then, rather than a wrong one.
SPEAKER_HEADS = word_set(
    "وزير وزيرة رئيس رئيسة الرئيس المتحدث المتحدثة الناطق الناطقة متحدث ناطق مدير المدير "
    "قائد السفير سفير الأمين أمين المبعوث مبعوث نائب المستشار مستشار مسؤول المسؤول مصدر مصادر "
    "المصدر المصادر الشرطة الوزارة الجيش الحكومة المحكمة النيابة الرئاسة الخارجية الداخلية "
    "الكرملين المرصد المنظمة اللجنة الهيئة المجلس الحزب الشركة البنك السفارة القيادة "
    "الدكتور الدكتورة هيئة منظمات المجلة الصحيفة الادعاء البيان العلماء وزارة شرطة عضو "
    "دبلوماسيون دبلوماسي مسؤولون شهود خبراء محللون آخر قناة القناة وكالة الوكالة شبكة "
    # Bodies named with their kind first ("قالت منظمة التجارة العالمية", "صحيفة "تيبتان ديلي"").
    "منظمة شركة صحيفة محكمة مؤسسة جمعية حركة مجلس لجنة إدارة مكتب مركز معهد جامعة "
    "متحدثة ناطقة مسؤولة أحد إحدى الجهاز موقع دار بعثة جهاز جماعات الباحثون الاتحاد "
    # a department, a club, a bank ("كما أعلنت دائرة الجوازات أنها", "أعلن نادي ليفانتي
    # الإسباني الذي ...، أن", "وقال المصرف إن")
    "دائرة نادي المصرف "
    # Unnamed people by trade ("وقال خبير شفرات إنه"); with the article they are someone named.
    "خبير خبيرة محلل باحث مراسل شاهد مسؤولي مسؤولو "
    # the passive "ونقل عن مديري الشركة قولهم إن": directors no one names
    "مديري مديرو "
    # "وقالت السلطات إنه", "أعلنت السلطات السودانية أنها": the state's organs as one body
    "السلطات "
    # an under-secretary heads an office as "نائب" does ("قال وكيل مشيخة الأزهر:" is the
    # deputy, not the body)
    "وكيل "
    # the outlet's correspondent ("وأشار المراسل إلى أن")
    "المراسل "
    # bodies by a kind the lists above lacked ("أعلن المركز الوطني للكتاب في فرنسا أنه",
    # "وأكد مصرف الراجحي، في تغريدة", "كما أعلنت القوات المسلحة المصرية عن")
    "المركز مصرف القوات المعهد الجامعة المؤسسة "
    # a league, a platform, the organisers ("وأعلنت رابطة الدوري الأميركي للمحترفين أن",
    # "أعلنت منصة "إنستاغرام" عن", "وقال المنظمون إن")
    "رابطة منصة المنظمون المنظمين " + GROUP_WORDS
)
BODY_HEADS = SPEAKER_HEADS | BODIES  # a statement's issuer opens with one ("بيان من وزارة")


STATEMENTS = word_set("بيان تقرير")


QUOTED_NAME_WORDS = 3
# Outlets by kind: with an indefinite nisba after them ("عن صحيفة محلية") they name no one.
OUTLETS = word_set("صحيفة وكالة قناة موقع مجلة إذاعة شبكة")


# Words after a speech verb that are no name: how the words came, and pronoun-like words.
NOT_SPEAKERS = word_set(
    "بيان تصريح تصريحات حديث مقابلة كلمة رسالة تغريدة مؤتمر وقت لاحق سابق وقت ذلك بدوره "
    "بدورها بعضهم أحدهم آخرون آخر أيضا كذلك حينها آنذاك لاحقا سابقا مرارا مرة مجددا "
    # how it was said: "وقال مرة أخرى", "صرح بشكل مباشر", "وتابع شارحا"
    "بشكل بصورة بطريقة شارحا شارحة متسائلا متسائلة معتبرا معتبرة محذرا محذرة مستدركا "
    "مستدركة"
)


# Titles and trades written beside a name ("زين الدين زيدان، مدرب ريال مدريد"), which alone
# name no one ("وقال المدرب": a person named before): they mark a name, never are the speaker.
BESIDE_NAMES = word_set(
    "مدرب المدرب لاعب اللاعب مهاجم المهاجم مدافع حارس نجم أستاذ الأستاذ أستاذة الأستاذة مساعد "
    "القائم الباحث باحث الباحثة باحثة المحلل محلل الخبير خبير الخبيرة الكاتب كاتب الكاتبة "
    "المؤلف الممثل الممثلة ممثل المغني المغنية مؤسس المؤسس الشريك مالك المالك النائب "
    "السيناتور الأمير الملك الشيخ اللواء العميد العقيد الجنرال المدعي القاضي المحامي محامي "
    "المحامية الناشط ناشط الناشطة الداعية المديرة مديرة كبير كبيرة عضوة الأمينة زعيم الزعيم "
    "المستشارة البروفيسور البروفيسورة الطبيب الطبيبة طبيب الرئيسة الحاكم حاكم العضو "
    "الإعلامي الإعلامية الصحفي الصحفية الصحافي الصحافية المخرج المخرجة الفنان الفنانة "
    "البارونة البارون اللورد السفيرة المندوب المندوبة منسق المنسق منسقة المنتج المنتجة "
    "نائبة مندوب "
    # a winger, a specialist ("قال رايان غيغز جناح مانشستر يونايتد السابق إن")
    "جناح أخصائي أخصائية اختصاصي اختصاصية "
    # a governor, an officer, an investigator ("قال محافظ بنك إنجلترا مارك كارني، الاثنين،
    # إن", "وقال ضابط الشرطة، ويسانوساك سيوب، لبي بي سي إن")
    "محافظ المحافظ ضابط الضابط محقق المحقق "
    # an agent or an under-secretary, a surgeon ("أكد الكويتي عبدالله جاسم وكيل أعمال المدرب
    # ... أن", "يقول بيتر ري، جراح من جامعة أريزونا، إن")
    "وكيل الوكيل جراح الجراح "
    # a director or producer of a programme ("وقال مخرج البرنامج، سكوت رادي، لصحيفة")
    "مخرج مخرجة منتج منتجة"
)


# "وأشار المرصد إلى وقوع غارتين": after these verbs "إلى" opens what was said.
POINT_VERBS = word_set("أشار أشارت يشير تشير لفت لفتت")


# "أفادت قناة "فوكس 17" بوقوع أضرار": after these verbs a noun with بـ is what was said.
INFORM_VERBS = word_set("أفاد أفادت يفيد تفيد")


NO_SUBJECT = (":", '"', "«", "“", "إن", "أن", "ان ", "إلى", "الى", "بأن", "،", ",", "قوله",
               "في ", "خلال ", "قائلا", "قائلة", "قائلاً", "قائلةً", "على أن", "على ان")  # fmt: skip


# Words that say how, when or where something was said, never part of a name.
HOW_WORDS = AFTER_NAME | PREPOSITIONS | word_set("بشأن حول إزاء حيال أمام بحسب وفق")


# "وبحسب "وكالة فرانس برس"، فقد أخرج الجزيري ...", "ووفقاً لـ"ديلي ميل"، ركب فريق ...": a
# sentence that opens with "according to X" then a comma is X's report of what follows.
# With a speech verb in the sentence the verb's subject speaks ("وحسب فرانس برس، عبر
# الأمين العام ...، وقال"), so only sentences without one are read.
ACCORDING_FIRST = frozenset({"حسب", "بحسب", "وبحسب", "وحسب", "وفقا", "ووفقا", "طبقا", "وطبقا"})


# "وبحسب دراسات لجهات رسمية،", "وفقا لإحصاءات ...": documents and figures, not who says them.
NOT_SOURCES = word_set("دراسة دراسات إحصاءات إحصائيات تقديرات بيانات أرقام معلومات")
# "وحسب الصحيفة الأميركية،": an outlet by its kind with the article, named sentences before.
OUTLETS_NAMED_BEFORE = word_set("الصحيفة الوكالة القناة الموقع المجلة الإذاعة الشبكة")


REPORT = "التقرير"


CONTINUATION_PARAGRAPHS = 1


PARTICIPLES = word_set("قائلا قائلة")


# Words that name a body or a source by its kind: "الوزارة", "المصدر" then stand for the last
# one the article named ("وزارة الاستثمار والتعاون الدولي المصرية", "مصدر بالرئاسة التركية").
KINDS = word_set(
    "وزارة شركة صحيفة منظمة هيئة وكالة مصدر مسؤول مؤسسة جمعية حركة محكمة مجلس لجنة موقع "
    "قناة شبكة مركز معهد جامعة حزب سفارة بعثة نادي دائرة مصرف"
)


# The kinds that head a body's name ("صحيفة الغارديان"); "مصدر قريب", "مسؤول كبير" describe
# a person, no body.
BODY_KINDS = KINDS - word_set("مصدر مسؤول")


DEFINITE_KINDS = frozenset("ال" + kind for kind in BODY_KINDS)


WEEKDAYS = ARABIC_WEEKDAYS | word_set("أمس اليوم غدا")
