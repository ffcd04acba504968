"""Does a sentence stand alone? Sentences that lean on the one before them (a pronoun subject,
"the statement" not introduced, a connector such as "كما" or "لكن") are flagged
``needs_context``: a summary never shows one alone.

Written here: no permissive library marks anaphora in Arabic news. The word lists come from the
fragments found in February 2018 ANT articles.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from marsad.caches import cached
from marsad.lang.arabic import normalize, strip_marks

_CONJUNCTION = r"(?:و|ف)?"
# Speech and reporting verbs, with the feminine ending; followed directly by "أن"/"إن", a colon
# or a quote, their subject is a pronoun ("وأضاف أن …", "وتابع: …", "ومضى قائلا").
SPEECH_VERB = (
    r"(?:قال|أضاف|اضاف|تابع|أوضح|اوضح|أكد|اكد|أشار|اشار|لفت|مضى|شدد|اعتبر|رأى|ذكر|أعرب|"
    r"نوه|أفاد|افاد|استطرد|أردف|بين|كشف|اختتم|ختم|زعم|نفى|حذر|دعا|طالب)(?:ت)?"
)
# A quote that closes within a few words and goes on to "أن/إن/إلى" or where it was said is
# the subject's name ('وأوضحت "المالية" أن …', 'وقالت "الأخبار" إن …', 'وشددت "فتح" في
# بيانها …'), not the speaker's words.
_QUOTED_NAME = (
    r"[«\"“][^«»\"“”]{1,30}[»\"”]\s*"
    r"(?:(?:أن|إن|ان|بأن)(?:ه|ها|هم)?|إلى|الى|عن|في|على|عبر|خلال)(?![\u0621-\u064a])"
)
# The plural and the dual ("قالوا إن …", "وأكدا: …") too: a pronoun for people named before
# (February 2018 ANT: 3 new flags, all leaning back).
_PRONOUN_SUBJECT = re.compile(
    rf"^\s*{_CONJUNCTION}{SPEECH_VERB}(?:وا|ا)?\s*(?:(?!{_QUOTED_NAME})[«\"“]|:|،|,|"
    r"قائلا|قائلة|قائلاً|موضحا|مضيفا|"
    # Why or in answer to what, before any subject ("وأضاف ردا على سؤال آخر أن …").
    r"(?:ردا|رداً|تعليقا|تعليقاً|تعقيبا|تعقيباً|جوابا|جواباً)\s+(?:على|عن)\s|"
    # Addressing someone ("وقال متوجها إلى القضاة", "وأضاف مخاطبا أنصار …"): 5 in February, all
    # after the speaker was named.
    r"(?:مخاطب|موجه|متوجه|معلق|متسائل|مستدرك)(?:ا|اً|ة)\s|"
    r"(?:أن|إن|ان|بأن|إنه|انه|أنه|إنها|أنها|انها|إنهم|أنهم|إلى|الى)\b)"
)
# A text or an unnamed source taken as known ("وقال البيان إن", "وكشفت الصحيفة أن"): right
# after the opening verb and straight before what it says, it refers to something said before.
# People's titles are left out: "وقال الرئيس الفلبيني …" names its subject. So are "المصادر"
# (sources in general: "وقالت المصادر إن …") and "الوزارة" (the body the title names, "وأفادت
# الوزارة بأن …"): the second February set read them as standing alone.
_REFERRED_SUBJECT = re.compile(
    r"^\s*(?:و|ف)?[\u0621-\u064a]{2,8}\s+ال(?:بيان|صحيفة|مجلة|دراسة|بحث|تقرير|تحقيق|تغريدة|"
    r"رسالة|مصدر|مسؤول|متحدث|ناطق|صور|فيديو|شريط|تسجيل|خطاب|مقال|موقع|قناة|شبكة|"
    r"وكالة|منظمة|شركة|مذكرة|وثيقة|وثائق|تلفزيون|إذاعة|اذاعة)\s*"
    r"(?:[:،,«\"“]|(?:أن|إن|ان|بأن|إنه|أنه|انه|إلى|الى|نقلا|نقلاً)(?!\w))"
)
# A circumstantial participle opening the sentence ("مشيرا إلى أن …", "مضيفة: …") goes on
# with the previous sentence's subject; on February 2018 ANT, all 12 such sentences did.
_PARTICIPLE = re.compile(
    r"^\s*(?:مشير|مضيف|موضح|مؤكد|لافت|معتبر|منوه|محذر|متابع)(?:ا|اً|ة)(?:\s|[،,:])"
)
# Connectors, pronouns and demonstratives that continue the previous sentence whatever follows.
_CONNECTOR = re.compile(
    r"^\s*(?:لكنّ|لكنه|لكنها|لكنهم|ولكنه|ولكنها|"
    r"و?(?:غير|إلا|الا)\s+(?:أن|ان)(?:ه|ها|هم|هما)|"
    r"وبذا|وبذلك|لذلك|ولذلك|لذا|ولذا|وعليه|وهو\s+ما|وهي\s+ما|"
    # Not a demonstrative whose noun a relative clause defines ("هذه الجائزة التي تمنحها …").
    r"(?:و|ف)?(?:هذا|هذه|ذلك|تلك|هؤلاء)"
    r"(?!\s+ال[\u0621-\u064a]+\s+(?:الذي|التي|الذين)(?![\u0621-\u064a]))|"
    # A personal pronoun cannot open a sentence about someone not named yet ("وهي مخاوف …").
    r"(?:و|ف)?(?:هو|هي|هم|هما)|"
    r"إذن|اذن|ثم|وبعد\s+ذلك|بعد\s+ذلك|وبعدها|بعدها|و?تبعا\s+لذلك|و?يأتي\s+ذلك|"
    r"و?جاء\s+ذلك|و?إثر\s+ذلك|و?عقب\s+ذلك|و?تليها|يليها|و?ثانيا|و?ثانياً|و?ثالثا|و?ثالثاً|"
    r"و?في\s+ذلك\s+الحين|"
    # A relative pronoun cannot open an Arabic sentence: the text was cut from its noun.
    r"و?(?:الذي|الذى|التي|التى|الذين|اللذين|اللتين|اللواتي|اللاتي))(?:\s|[،,:])"
)
# Connectors that add or contrast ("كما", "لكن", "إلا أن", "في المقابل"): the sentence leans
# back only when what follows them has no subject of its own. "كما ستعمل غوغل على …" and
# "إلا أن شيرين لجأت …" stand alone (read so on both February sets); "كما أدانت هذه الأعمال"
# and "كذلك أشارت إلى …" do not.
_ADDING = re.compile(
    r"^\s*(?:و?كما|و?لكن|و?(?:غير|إلا|الا)\s+(?:أن|ان)|بيد\s+أن|و?كذلك|أيضا|أيضاً|"
    r"و?مع\s+ذلك|و?في\s+المقابل|فيما|بينما)(?![\u0621-\u064a])\s*[،,]?\s*"
)
# What follows such a connector when it stands alone: a verb (after a negation or "قد") and its
# subject; neither of them a preposition, a conjunction, a pronoun, a demonstrative or a day
# ("كما طلب الثلاثاء من إدارته …"), and the first not a definite noun ("لكن الميليشيا الكردية
# تنفي …" leans on the one before).
_NOT_A_SUBJECT = (
    r"(?:في|من|على|إلى|الى|عن|مع|بعد|قبل|خلال|منذ|حتى|أن|إن|ان|أنه|إنه|أنها|إنها|بأن|هذا|"
    r"هذه|ذلك|تلك|هؤلاء|هو|هي|هم|ما|لا|لم|قد|عند|لدى|بين|عبر|نحو|ضد|رغم|بالرغم|أمس|اليوم|"
    r"الأحد|الاثنين|الإثنين|الثلاثاء|الأربعاء|الخميس|الجمعة|السبت)"
    r"(?![\u0621-\u064a])"
)
_OWN_SUBJECT = re.compile(
    rf"(?:(?:قد|لم|لن|لا|ما)\s+)?(?!ال|{_NOT_A_SUBJECT})[\u0621-\u0652]{{2,}}\s+"
    rf"(?:(?:أيضا|أيضاً)\s+)?(?!لل|بال|{_NOT_A_SUBJECT})[\u0621-\u0652]{{2,}}"
)
# After such a connector, "فقد" only leads on to the verb ("كذلك فقد تمت إضافة …", "ومع ذلك
# فقد عززت …"), and a passive "تم/تمت" has no doer of its own ("كما تم توقيع اتفاقية أخرى …",
# "كما تمت مصادرة جواز سفره"): on February 2018 ANT, 10 new flags, all leaning back.
_THEN_VERB = re.compile(r"فقد(?![\u0621-\u064a])\s*")
_PASSIVE = re.compile(r"(?:(?:قد|فقد)\s+)?(?:تم|تمت|يتم|سيتم)(?![\u0621-\u064a])")
# The second or the other one of a list as the subject ("والحالة الثانية احتفالا …", "والسبب
# الآخر أن …", "الخيار الثالث يسمح …"): the list was opened before. Not halves of a match ("وفي
# الشوط الثاني" is a setting, read as standing alone), nor one defined by "من" ("النسخة الرابعة
# من البطولة"). On February 2018 ANT, 16 new flags, all leaning back; +1 fragment on set 1.
_NEXT_OF_LIST = re.compile(
    r"^\s*(?:و|ف)?ال(?!شوط|مرة)[\u0621-\u064a]{2,}\s+(?:الثاني|الثانية|الثالث|الثالثة|الرابع|"
    r"الرابعة|الخامس|الخامسة|الأخرى|الاخرى|الآخر|الاخر)(?![\u0621-\u064a])(?!\s+من\s)"
)
# "I think that he/she …" opening a sentence ("أعتقد أنها في التأهيل …"): the columnist's "she"
# was named before; not an impersonal "أنه من الواجب …". 2 February flags, both leaning back.
_I_THINK_IT = re.compile(
    r"^\s*(?:و|ف)?(?:أعتقد|اعتقد|أظن|اظن|أرى|أجزم|أعرف|أتوقع)\s+(?:أن|ان|إن|بأن)(?:ه|ها|هم)"
    r"(?![\u0621-\u064a])(?!\s+(?:من|لا|ليس|لن|لم|يجب|ينبغي|كان)(?![\u0621-\u064a]))"
)
# Any verb carried on "with his words" ("وزاد بقوله: …", "وأكمل قائلا: …", "وختمت بالقول إن"):
# the speaker was named before. On February 2018 ANT, all 55 such sentences did.
_SAYING_ON = re.compile(
    r"^\s*(?:و|ف)[\u0621-\u064a]{3,7}\s+(?:بقوله|بقولها|بقولهم|بالقول|قائلا|قائلاً|قائلة|"
    r"قائلين)(?![\u0621-\u064a])"
)
# "On his part" ("ومن جهته، …", "وبدوره …") leans on a speaker named before only when no
# subject follows it: the rest of the sentence is judged alone ("ومن جهته، أكد وزير الخارجية
# الأردني …" names its subject; on February, annotators read it as standing alone).
_ON_ONES_PART = re.compile(
    r"^\s*و?(?:من\s+(?:جهت|جانب|ناحيت)|بدور)(?:ه|ها|هم|هما)(?![\u0621-\u064a])\s*[،,]?\s*"
)
# A verb after "و"/"ف" that goes straight on to what was said or done ("وأصر على أن …",
# "وتطرق عن …", "واحتجز، الثلاثاء، …"): its subject is a pronoun for someone named before.
# Only these particles: after "في"/"من" the subject often follows ("وتحطمت في الغارات مقاتلة");
# but "من أن" is what was warned of ("وحذرت من أنه …", "ونبهت من أن …"), and "أن" may carry
# the pronoun ("ونبه الى انه …"). Not an adverb in the accusative, whose "من أن" opens a
# clause before the main one ("وبدلا من أن …، …", "وخوفا من أن …"). February 2018 ANT: 3
# new flags, all leaning back.
_BARE_VERB = re.compile(
    r"^\s*(?:و|ف)(?:قد\s+|لم\s+|لن\s+)?[\u0621-\u064a]{3,7}(?![\u0621-\u064a])\s*"
    r"(?:[،,:]|(?:(?:على|إلى|الى|(?<![اً]\s)من)\s+(?:أن|ان|إن)(?:ه|ها|هم|هما)?|عن|أن|إن|ان|بأن|"
    r"أنه|إنه|أنها|إنها|انه|انها|أنهم|إنهم)(?![\u0621-\u064a]))"
)
# "Also" straight after the opening verb ("وأشار أيضا إلى أن …", "ولفت كذلك إلى أنه …",
# "ونشرت أيضاً مقطعاً …") does not fill the subject's place: the rules read the sentence
# without it. Not after an impersonal verb ("ويبدو أيضا أن …", "ويفترض أيضا أن …": no
# subject is missing). February 2018 ANT: 10 new flags, all leaning back.
_ALSO_AFTER_VERB = re.compile(
    r"^(\s*(?:و|ف)(?:قد\s+|لم\s+|لن\s+)?"
    r"(?!(?:يبدو|بدا|يفترض|ينبغي|يجب|يمكن|يتوقع|يعتقد|يذكر|يشار|يبقى|يظل)\s)[\u0621-\u064a]{2,8})"
    r"\s+(?:أيضا|أيضاً|أيضًا|ايضا|ايضاً|كذلك)"
    r"(?![\u0621-\u064a])\s*[،,]?"
)
# A comparison with what the sentence before told, opening the sentence ("بل أكثر من ذلك، …",
# "والأسوأ من ذلك أنه …", "الأهم من هذا …"): an elative (أفعل) then "من ذلك/هذا". February
# 2018 ANT: 4 sentences, all leaning back.
_MORE_THAN_THAT = re.compile(
    r"^\s*(?:و|ف)?(?:بل\s+)?(?:ال)?[أا][\u0621-\u064a]{2,3}\s+من\s+(?:ذلك|هذا|هذه)"
    r"(?![\u0621-\u064a])(?!\s+ال)"
)
# A verb, then only when or where, then what was said ("وشرح في ديسمبر الماضي أنه …", "وأضاف
# اليوم السبت أن …", "وكرر الخميس أن …"): no subject between, so it is a pronoun for someone
# named before. Not "جاء/ورد في …" (a source named). On February 2018 ANT, 6 flags, all leaning
# back; none in the labelled sets.
_VERB_SETTING_THAT = re.compile(
    r"^\s*(?:و|ف)(?:قد\s+)?(?!ال|جاء|ورد)[\u0621-\u064a]{3,7}\s+"
    r"(?:(?:في|خلال|يوم|منذ|أمس|اليوم|مساء|صباح)\s+[\u0621-\u064a]+(?:\s+[\u0621-\u064a]+)?|"
    r"(?:أمس|اليوم|الأحد|الاثنين|الإثنين|الثلاثاء|الأربعاء|الخميس|الجمعة|السبت))\s*[،,]?\s*"
    r"(?:أن|إن|بأن|أنه|إنه|أنها|إنها|أنهم|إنهم)(?![\u0621-\u064a])"
)
# A verb, then an adverb of time or manner, then its object's preposition or what was said
# ("وتقدم بالفعل بطلب …", "وأشار حينها إلى أن …", "ويعيش الآن في …"): no noun between the verb
# and its complement, so the subject is the verb's pronoun ending, someone named before. Not a
# passive "يتم" (no doer), and not before a noun, which may be the subject ("وقال آنذاك سليل
# شيتي …", "وتسيطر الآن شركة غوغل …"). February 2018 ANT, sentences not flagged before: 9
# new flags, 8 leaning back ("وسيقوم الآن بمهام … ، ماتياس كورمان" names its subject last).
_VERB_ADVERB_ON = re.compile(
    r"^\s*(?:و|ف)(?:قد\s+|لم\s+|لن\s+)?(?!ال|(?:تم|يتم|سيتم)\s)[\u0621-\u064a]{3,7}\s+"
    r"(?:بالفعل|فعلا|فعلاً|الآن|حاليا|حالياً|مجددا|مجدداً|سابقا|سابقاً|لاحقا|لاحقاً|حينها|آنذاك|"
    r"وقتها|أخيرا|أخيراً|دائما|دائماً|كذلك|مرة\s+أخرى|من\s+جديد)(?![\u0621-\u064a])\s*[،,]?\s*"
    # "ب" on a word is the preposition, not a noun's first letter ("بين", "بعد", "بيان": "وأفاد
    # حينها بيان للرئيس …" names its subject).
    r"(?:أن|إن|ان|بأن|أنه|إنه|أنها|إنها|إلى|الى|عن|من|على|في|ب(?!ين|عد|عض|يان)[\u0621-\u064a]{3,})"
    r"(?![\u0621-\u064a])"
)
# A masculine verb (a perfect with no "ت" ending, or an imperfect in "ي") before a definite
# feminine plural ("وطالب الحكومات بأن …"): a verb agrees in gender with a subject right after
# it, so the plural is its object and the subject is the verb's pronoun ending. Only when a
# preposition or "أن" follows the plural, as a complement does: a subject may still come after
# the object ("ووجه الاتهامات المحقق الخاص …"). February 2018 ANT: 1 new flag, leaning back.
_MASCULINE_VERB_OBJECT = re.compile(
    r"^\s*(?:و|ف)(?:قد\s+|لم\s+|لن\s+)?(?:ي[\u0621-\u064a]{2,6}|(?!ال|ت|س|ب|ك|ل)"
    r"[\u0621-\u064a]{2,6}(?<![تا]))\s+ال[\u0621-\u064a]{3,}ات\s+"
    r"(?:بأن|بان|على|إلى|الى|عن|أن|ان|إن|ب(?!ين|عد|عض|يان)[\u0621-\u064a]{3,})(?![\u0621-\u064a])"
)
# A speech verb straight before where or to whom it was said ("وأضاف في حديث للتلفزيون …",
# "وقال لفرانس برس …", "ومضى يقول إن …"): the speaker was named before. On February 2018 ANT,
# nearly all of 44 such sentences went on with a speaker named in the one before.
_SPEECH_SETTING = re.compile(
    rf"^\s*(?:و|ف){SPEECH_VERB}\s+(?:(?:في|خلال|أمام|عبر)\s+(?:بيان|حديث|تصريح|تصريحات|"
    r"كلمة|مقابلة|مؤتمر|تغريدة|تغريدات|رسالة|لقاء|اتصال|ندوة|حوار|منشور)|للصحفيين|للصحافيين|"
    r"للصحافة|لرويترز|لوكالة|لفرانس|لبي|لـ|لصحيفة|لقناة|لموقع|لشبكة|لتلفزيون|لإذاعة|للقول|"
    r"(?:ل)?(?:ي|ت)(?:قول|ضيف|شير|ؤكد|وضح))(?![\u0621-\u064a])"
)
# A speech verb, then where it was said as a noun with a pronoun that owns it ("وقال في كلمته
# …", "وقالت على موقعها …", "وغرد على صفحته …"): the owner is the omitted subject, named before.
# Also "وأكد على أنه …". On February 2018 ANT, 8 such sentences, all leaning back.
_SAID_IN_ITS = re.compile(
    rf"^\s*(?:و|ف)(?:قد\s+)?(?:{SPEECH_VERB}|كتب|كتبت|غرد|غردت|نشر|نشرت)\s+"
    r"(?:(?:في|فى|على|عبر|خلال|ب)\s+(?!أن|ان|إن)[\u0621-\u064a]{2,}(?:ه|ها|هم|هما)|"
    r"على\s+(?:أن|ان)(?:ه|ها|هم))(?![\u0621-\u064a])"
)
# A sentence that opens with a comma or semicolon was cut from the one before it (a paragraph
# break inside a sentence: "، وفقا لرويترز.", "، ليرد الفنان … قائلاً: …"; 24 in February).
_OPENS_WITH_COMMA = re.compile(r"^\s*[،,؛;]")
# A first-person verb or pronoun opening the sentence ("فعلنا ما يكفي للتأهل.", "لكننا …",
# "نحن بحاجة …", "سأقرر مع النادي …"; not "سأل", to ask): a quote goes on whose speaker was
# named before. Adverbs in "-انا"
# ("أحيانا") and "ثامنا" are not first person.
_FIRST_PERSON = re.compile(
    r"^\s*(?:و|ف)?(?:لقد\s+|قد\s+)?(?:(?!ثامن)[\u0621-\u064a]{2,6}(?<![اه])نا|نحن|إننا|اننا|"
    r"لكننا|لدينا|علينا|أمامنا|لسنا|كنا|أنا|سأ(?!ل)[\u0621-\u064a]{2,})(?![\u0621-\u064a])"
)
# "We" in a verb's own prefix opening the sentence ("نحتاج أولا إلى التعافي …", "نريد مواصلة
# هذه المسيرة …", "سنرى كيف ستتطور حالته …", "ونخطط للتوسع …"): a quote goes on whose speaker was
# named before. Common verbs only: many nouns open with "ن" ("نسبة", "نحو", "نائب"). On
# February 2018 ANT, 12 new flags: 9 go on with a quote ("نركز على الأداء فيه …" was a summary
# sentence), 3 are a columnist's own "we" ("نتحدث في …", "نعرف أن …", "ننتظر منك …").
_WE_VERB = re.compile(
    r"^\s*(?:و|ف|لكن\s+|ولكن\s+)?(?:لا\s+|لن\s+|لم\s+|سوف\s+|س)?ن(?:حتاج|أمل|امل|ريد|سعى|"
    r"عمل|حاول|عتقد|تمنى|رى|ؤمن|تطلع|قوم|ستطيع|واصل|عرف|علم|لعب|فكر|شعر|ملك|بحث|خطط|نتظر|"
    r"دعو|طالب|رفض|ؤكد|عتبر|حترم|ثق|تحدث|كون|ركز|ستعد|فوز|قدم|حقق|خسر)(?![\u0621-\u064a])"
)
# A text taken as known, then what it did ("وشدد التقرير على …", "وأوضح البيان قيام …"):
# which report was said before. Not when a definite word names it ("التقرير السنوي").
_KNOWN_TEXT = re.compile(
    r"^\s*(?:و|ف)[\u0621-\u064a]{2,8}\s+ال(?:بيان|صحيفة|مجلة|دراسة|تقرير|تغريدة|رسالة|وثيقة|"
    r"مذكرة|استطلاع|مسح|بحث)(?:\s+(?!ال)[\u0621-\u064a]|\s*[،,.])"
)
# What a known text says ("وجاء في الوثيقة أن …", "وذكر البيان المشترك أن …"): which one was
# said before.
_IN_KNOWN_TEXT = re.compile(
    r"^\s*(?:و|ف)(?:(?:جاء|ورد)\s+في|(?!(?:بحسب|حسب|وفق|باعتبار))[\u0621-\u064a]{2,8})\s+"
    r"ال(?:بيان|صحيفة|دراسة|تقرير|تحقيق|تغريدة|رسالة|وثيقة|مذكرة|استطلاع|مسح)"
    r"(?:\s+ال[\u0621-\u064a]+)?\s*"
    r"(?:[:،,]|(?:أن|إن|ان|بأن)(?![\u0621-\u064a]))"
)
# "According to its figures" ("وطبقاً لأرقامه، …"): whose figures was said before.
_ACCORDING_TO_ITS = re.compile(
    r"^\s*و?(?:طبقا|طبقاً|وفقا|وفقاً|حسب|بحسب|تبعا|تبعاً|استنادا|استناداً)\s+(?:ل|إلى\s+|الى\s+)?"
    r"[\u0621-\u064a]{2,}(?:ه|ها|هم)(?![\u0621-\u064a])"
)
# Someone named before: "these people" among the first words ("ومن بين هؤلاء الأثرياء، …"),
# "it had" ("وكان لها دور بارز …"), a speaker quoted as "him" ("ونقلت الوكالة عنه قوله: …"),
# or a topic of a word or two then a colon, with no speaker ("وحول مستقبله: سنبدأ …").
_SOMEONE_BEFORE = re.compile(
    r"^(?:\S+\s+){0,5}?(?:و|ف|ب|ل)?(?:هؤلاء|أولئك)(?![\u0621-\u064a])(?!\s+(?:الذين|اللواتي))|"
    r"^\s*(?:و|ف)(?:كان|كانت)\s+(?:له|لها|لهم|لهما)(?![\u0621-\u064a])|"
    r"^(?:\S+\s+){0,5}?عن(?:ه|ها|هم|هما)\s+(?:قوله|قولها|قولهم)(?![\u0621-\u064a])|"
    r"^\s*و(?:حول|عن)\s+\S+(?:\s+\S+)?\s*:"
)
# "The same X" among the first words ("المنظمة ذاتها", "وأشار المصدر نفسه", "وفي الوقت نفسه"):
# X was named before. "ذاته" after a definite noun always; "نفسه" after a preposition or after a
# source, a body or a thing said, since after a verb's subject it is reflexive ("ووجد الزمالك
# نفسه متأخرا"). Among the first four words: later, the sentence may have named X itself ("وهو
# رئيس الحزب في الوقت نفسه").
_SAME_ONE = re.compile(
    r"^(?:\S+\s+){0,3}?(?:"
    r"(?:و|ف)?(?:ب|ل)?ال[\u0621-\u064a]+\s+(?:ذاته|ذاتها|ذاتهم|ذاتهما)|"
    r"(?:(?:و|ف)?(?:في|فى|من|على|إلى|الى|عن|مع|خلال|حول)\s+|(?:و|ف)?(?:ب|ل))"
    r"ال[\u0621-\u064a]+\s+(?:نفسه|نفسها|نفسهم|نفسهما)|"
    r"(?:و|ف)?ال(?:مصدر|مصادر|موقع|قناة|صحيفة|وكالة|منظمة|محكمة|وزارة|مسؤول|متحدث|تقرير|"
    r"بيان|شركة|شركات|أمر|شيء|حال|مادة|صفقة|جهة|جهات|مجلة|دراسة|تحقيق)\s+(?:نفسه|نفسها|نفسهم)"
    r")(?![\u0621-\u064a])"
)
# Nothing said or done yet, about what the sentence before told ("ولم تعلن أي جهة مسؤوليتها
# حتى الآن.", "ولم يصدر أي تعليق رسمي تركي على الحادثة.", "ولم يتسن الاتصال بفان هورميرن
# للتعليق."): the attack, the incident or the person was named before.
_NOTHING_YET = re.compile(
    r"^\s*(?:و|ف)لم\s+(?:(?:ت|ي)(?:علن|صدر|تبن|تبنى|رد|علق)\s+(?:أي|اي|أية|اية)|"
    r"يتسن|يتسنى)(?![\u0621-\u064a])"
)
# No reaction yet to what the sentence does not name ("ولم يرد على الفور تعليق فوري على الإعلان
# الروسي", "ولم يصدر تعليق رسمي."): an impersonal "no comment", with at most a short "من …" for
# who, about nothing or about a thing only the sentence before named. Both February sets read
# "ولم ترد … على طلب للتعليق" (someone named) as standing alone.
_NO_REACTION = re.compile(
    r"^\s*(?:و|ف)لم\s+(?:ي|ت)(?:رد|صدر)\s+"
    r"(?:(?:على\s+الفور|فورا|فوراً|بعد|حتى\s+الآن|حتى\s+اللحظة)\s+)?(?:(?:أي|اي|أية|اية)\s+)?"
    r"(?:تعليق|رد)(?:\s+(?:فوري|رسمي))?(?:\s+(?:من|لدى)\s+\S+(?:\s+\S+){0,3}?)?\s*"
    r"(?:[.،,]?\s*$|(?:على|حول|بشأن|عن)\s+(?:ذلك|هذا|هذه|ال(?:أمر|موضوع|إعلان|اعلان|قرار|خطوة|"
    r"حادث|حادثة|واقعة|تقرير|تقارير|اتهامات|خبر|أنباء)(?:\s+ال[\u0621-\u064a]+(?:ي|ية))?)"
    r"(?![\u0621-\u064a]))"
)
# A newspaper, site or agency taken as known ("ووصفت الصحيفة التسريب بأنه …", "وقالت الصحيفة
# البريطانية في التقرير …", "وأضاف الموقع الإسباني أن …"), alone or with only its country:
# which one was named before, unless the title names it ("صحيفة إيرانية: …"). On February 2018
# ANT, 16 new flags, all unnamed outlets.
_UNNAMED_MEDIA = re.compile(
    r"^\s*(?:و|ف)[\u0621-\u064a]{2,8}\s+ال(صحيفة|مجلة|موقع|قناة|شبكة|وكالة|إذاعة|اذاعة)"
    # Straight on to what it says or did ("التسريب" as object), or its country then what it
    # says: a definite word after the country is its name ("الصحيفة البريطانية الغارديان").
    r"(?:\s+ال[\u0621-\u064a]+(?:ي|ية)(?=\s*[،,:]|\s+(?:في|أن|إن|ان|بأن|إلى|الى|عن|نقلا)"
    r"(?![\u0621-\u064a]))|(?=\s*[،,:]|\s+(?:في|أن|إن|ان|بأن|إلى|الى|عن|نقلا)(?![\u0621-\u064a])|"
    r"\s+ال(?![\u0621-\u064a]+(?:ي|ية)(?![\u0621-\u064a]))))"
)
# A plan, deal, campaign or talks taken as known, as the subject right after the opening verb
# ("وتهدف المبادرة إلى …", "وتتعلق الصفقة بقيام …", "ولاقى المشروع دعماً …"): which one was
# named before, unless the title names it or a definite word qualifies it ("الاتفاق النووي").
# Not after a preposition ("ومنذ الاتفاق بين …", "وخلال المفاوضات") nor "وتم الاتفاق على" (it
# was agreed). February: +1 fragment on set 1, +2 on set 2, no false flag; 23 new flags over
# the month, about 20 of them leaning back. Round 12: a crisis, story, problem or incident too
# ("وعادت القصة مرة أخرى …", "وظهرت المشكلة …"), and "كانت" opening with no "و" ("كانت الأزمة
# بدأت قبل …"; "وكانت" stays out, _NOT_A_VERB): 10 new February flags, all leaning back. Not
# "المباراة": under a match's title it is that match (15 February sentences read so).
_KNOWN_EVENT = re.compile(
    r"^\s*(?:(?:و|ف)(?:قد\s+)?(?!تم\s)[\u0621-\u064a]{2,8}|كان|كانت)\s+"
    r"ال(مبادرة|صفقة|حملة|خطة|مشروع|اتفاقية|اتفاق|عملية|قضية|فكرة|خطوة|مسابقة|مناورات|زيارة|قمة|"
    r"مباحثات|محادثات|مفاوضات|أزمة|قصة|مشكلة|حادثة)"
    r"(?![\u0621-\u064a])(?!\s+ال)"
)
# A preposition carrying a pronoun, with no noun before it: right after the opening verb
# ("وحكمت عليه محكمة في دبي …", "واشترك معه في الجريمة …", "ويرى فيه البعض …") or opening the
# sentence ("وفيه نكتشف …"). Whom "him" or "it" means was said before. On February 2018 ANT,
# 22 flags, all leaning back; none in the labelled sets. A speech verb to "him" ("فقال له سيف
# الدولة …") is left to the speech rules. Only with a title: on EASC's untitled articles, read
# in order, it cost Lead ROUGE-2 0.4181 -> 0.4174.
_PREPOSITION_PRONOUN = (
    r"(?:و|ف)?(?:مع|علي|عن|من|إلي|الي|ضد|في|فى|لدي|عند|ل|ب|بين|حول|تجاه|خلف|أمام|امام|بحق|"
    r"نحو|دون|بعد|قبل)(?:ه|ها|هم|هما|هن)(?![\u0621-\u064a])"
)
_LEANING_PREPOSITION = re.compile(
    r"^\s*(?:و|ف)(?:(?:قد|لم|لن|لا|ما)\s+)?"
    rf"(?:(?!ال|{SPEECH_VERB}\s+ل)[\u0621-\u064a]{{2,8}}\s+)?{_PREPOSITION_PRONOUN}"
)
# The act or thing told before "comes" after or amid something ("ويأتي القرار بعد تحركات …",
# "وجاءت الاستقالة بعد خطاب …", "وتأتي الخطوة بعد خسائر …"): which decision was said before,
# unless the title names it by its root ("وجاءت الاستقالة" under "زوما يستقيل"). Not "وتأتي هذه
# الزيارة" (the demonstrative rule) nor a noun a definite word qualifies. On February 2018 ANT,
# 17 flags, all leaning back; none in the labelled sets.
_COMES_TOLD = re.compile(
    r"^\s*(?:و|ف)(?:قد\s+)?(?:يأتي|تأتي|جاء|جاءت|أتى|أتت|اتى|اتت)\s+ال([\u0621-\u064a]+)"
    r"(?![\u0621-\u064a])\s+(?:بعد|عقب|إثر|اثر|في\s+(?:وقت|ظل|إطار|اطار|أعقاب|اعقاب|سياق)|وسط|"
    r"على\s+خلفية|ضمن|قبل|مع|بينما|فيما|رغم|بالتزامن|تزامنا|استجابة|ردا|رداً|كرد|نتيجة|"
    r"امتدادا|تتويجا)(?![\u0621-\u064a])"
)
# A verb of will straight before a definite verbal noun ("ورفض الإدلاء بأي تفاصيل …", "وقد
# قررت الاشتراك …"): who refused or decided was said before. Masdars of the derived forms only
# (تفعيل, إفعال/افتعال/استفعال, تفاعل, مفاعلة), which no subject takes; not "الاتفاق"/"الاتحاد",
# names of clubs ("وواصل الاتفاق هجومه"). Both February sets +1 fragment, no false flag.
_WILL_ON_MASDAR = re.compile(
    r"^\s*(?:و|ف)(?:قد\s+|لم\s+)?(?:رفض|قرر|حاول|أراد|اراد|واصل|اعتزم|فضل|تعمد|تمنى|أكمل|"
    r"استطاع|يرفض|يحاول|يريد|يواصل|يعتزم|يفضل|ترفض|تحاول|تريد|تواصل|تعتزم)(?:ت|وا)?\s+"
    r"ال(?!اتفاق|اتحاد)(?:ت[\u0621-\u064a]{2}ي[\u0621-\u064a]|[اإ][\u0621-\u064a]{2,4}ا"
    r"[\u0621-\u064a]|ت[\u0621-\u064a]ا[\u0621-\u064a]{2}|م[\u0621-\u064a]ا[\u0621-\u064a]{2}ة)"
    r"(?:ات)?(?![\u0621-\u064a])"
)
# Letters a root shares with its derived forms are what is left without these.
_NOT_ROOT = re.compile(r"[اويىءأإآئؤ]")
# A bare title as the speaker ("وأضافت المتحدثة أن …", "وأشار الوزير إلى أن …", "وأضاف الوزير:
# …"): the person was named before. A title with more words names them ("وقال الرئيس الفلبيني …",
# "وقدم الرئيس، فلاديمير بوتين، …"). Six February sentences, all after the person was named.
# The annotation guide calls "وقال الوزير إن" named, so it is not part of needs_context; among
# other outlets' sentences it reads as noise (round 5 of the March check: "وأضافت المتحدثة أنه"),
# so it is part of points_back.
_TITLE_SUBJECT = re.compile(
    r"^\s*(?:و|ف)[\u0621-\u064a]{2,8}\s+ال(?:وزير|وزيرة|رئيس|رئيسة|متحدثة|ناطقة|مسؤولة|سفير|"
    r"سفيرة|مدرب|لاعب|نجم|مدير|مديرة|قائد)"
    r"(?:\s*[:«\"“]|\s+(?:أن|إن|ان|بأن|إنه|أنه|انه|إنها|أنها|إلى\s+أن|الى\s+أن)(?![\u0621-\u064a]))"
)
# Words after "و" that are not verbs, or verbs whose subject follows the particle.
_NOT_A_VERB = re.compile(
    r"^\s*(?:و|ف)(?:جاء\s+في|ورد\s+في|بالرغم|رغم|باعتبار|بحسب|حسب|يتوقع|ليس|استنادا|طبقا|وفقا|"
    r"إضافة|بالإضافة|سبق|"
    r"يتبين|تبين|يذكر|يشار|يأتي|تأتي|في|من|على|إلى|الى|عن|مع|بعد|قبل|خلال|منذ|حتى|لا|ما|كان|"
    r"كانت|هو|هي|هم|إن|أن|لكن|إذا|اذا|عندما|حين|بين|ذلك|هذا|هذه|عند|لدى|تحت|فوق|أمام|ضد|نحو|"
    r"عبر)(?![\u0621-\u064a])"
)
# A demonstrative before a definite noun among the first words ("وقد تبنى تنظيم داعش هذا
# الهجوم", "وخلال هذه الفترة"): the thing was named before. Not a time ("هذا الشهر") and not a
# noun the sentence defines itself ("هذا الاستطلاع الذي شمل …"). On February 2018 ANT, 21 of 28
# such sentences were read as needing the one before. Not part of needs_context: in one article
# read in order the thing pointed to is usually shown already, and flagging it there cost EASC
# held-out ROUGE-2 0.0056 (supervised 0.4195 -> 0.4139); a summary of several articles uses it.
_DEMONSTRATIVE = re.compile(
    r"^(?:\S+\s+){0,5}?(?:و|ف|ب|ل|وب|ول)?(?:هذا|هذه|ذلك|تلك|هذين|هاتين|هؤلاء|أولئك)\s+"
    r"ال(?!شهر|عام|أسبوع|اسبوع|يوم|موسم|صباح|مساء|أثناء|وقت|سنة)[\u0621-\u064a]+"
    r"(?!\s+(?:الذي|التي|الذين))"
)
# The same near the opening ("وتشير إحصاءات نشرتها هذه الإدارة", "ووصف كونتي هذه التقارير
# بأنها …"), in a sentence shown alone: the thing was named before unless the title names it
# ("هذه الزيارة" under "وزير الخارجية العماني يزور …"). Not "في هذا السياق" (read as standing
# alone), not "وتأتي هذه الزيارة بعد …" (it says what came before). Among the first four words:
# later, the sentence has often named the thing itself. Both blind February sets: 13 and 10 new
# flags, 10 and 8 of them fragments.
_DEMONSTRATIVE_NOUN = re.compile(
    r"^(?:\S+\s+){0,3}?(?:و|ف|ب|ل|وب|ول)?(?:هذا|هذه|ذلك|تلك|هذين|هاتين|هؤلاء|أولئك)\s+"
    r"ال(?!شهر|عام|أسبوع|اسبوع|يوم|موسم|صباح|مساء|أثناء|وقت|سنة|سياق|إطار|اطار)"
    r"([\u0621-\u064a]+)(?![\u0621-\u064a])(?!\s+(?:الذي|التي|الذين))"
)
# "This comes after …" ("ويأتي هذا بعد يوم فقط من إعلان …", "جاء هذا خلال مؤتمر صحفي …"): what
# "this" is was told before. 18 February sentences, all leaning back by my reading, but the
# second blind February set read one as standing alone ("ويأتي هذا بعد يومين فقط من مقتل …"), so
# it is not part of needs_context: only a summary keeps it after its predecessor.
_COMES_THIS = re.compile(
    r"^\s*(?:و|ف)?(?:يأتي|ياتي|تأتي|تاتي|جاء|جاءت|أتى|اتى)\s+(?:هذا|ذلك|هذه|تلك)"
    r"(?:\s+(?!ال)|\s*[،,.]|$)"
)
# A speaker going on ("وتابع كوكس: …", "وأردف توم: …", "وتابع شارحا: …"): who it is was said
# before, unless the title names them. 7 February sentences, all leaning back; one was shown
# alone in a February summary (round 11). A named subject, so not part of needs_context.
_GOING_ON = re.compile(
    r"^\s*(?:و|ف)(?:أردف|اردف|استطرد|استدرك|تابع|واصل)(?:ت)?\s+(?!ال|حديث)([\u0621-\u064a]{3,})"
    r"\s*(?::|(?:قائلا|قائلاً|قائلة|بالقول|بقوله|بقولها|أن|إن|بأن|أنه|إنه|أنها|إنها)"
    r"(?![\u0621-\u064a]))"
)
# A speech verb straight before a preposition of when, where or to whom ("وأضاف في إفادة
# صحافية …", "وقال في جنيف …", "وأكدت في البيان …", "وأوضح عقب استعراض …", "وأضاف لمحبيه:
# …"): no subject comes between, so it is a pronoun for a speaker named before (what
# _SPEECH_SETTING holds for a statement or an outlet, for any place or time). February 2018
# ANT: 14 sentences new to the other rules, all 14 leaning back by my reading (3 shown alone
# in the digest's summaries); the first blind February set marks both of its sentences of
# this shape fragments ("وأضاف في حديث للتلفزيون …", "وأضاف خلال كلمة في طهران …").
# A circumstantial clause straight after the verb ("وأضافت وهي تحمل طفلها، …", "وأضاف وهو
# محاط بالأعلام: …") is the same: "و" + a pronoun describes the subject the verb already holds,
# so no subject comes between (February 2018 ANT: 3 sentences, all leaning back).
_SPEECH_THEN_WHEN = re.compile(
    rf"^\s*(?:و|ف)(?:قد\s+)?{SPEECH_VERB}\s+(?:بعد|عقب|إثر|اثر|خلال|أثناء|اثناء|في|فى|لدى|"
    r"عند|حين|ل[\u0621-\u064a]+(?:ه|ها|هم)|و(?:هو|هي|هم|هما))(?![\u0621-\u064a])"
)
# "While" opening the sentence without "و" ("في حين اعتبر البعض الآخر أن …", "في حين تعد
# سياسة النفوذ مكلفة …") is the second half of a contrast whose first half is the sentence
# before, as "بينما" and "فيما" are (``_ADDING``); not when a main clause follows ("في حين أن
# …، إلا أنه …", "وفي حين …، تبقى …"). February 2018 ANT: 10 sentences open so, 9 lean back;
# the tenth has its main clause and is left out (``continues_before``).
_WHILE = re.compile(
    r"^\s*في\s+حين(?![\u0621-\u064a])(?!.*[،,]\s*(?:فإن|فان|فقد|إلا|الا)(?![\u0621-\u064a]))"
)
# "Since"/"for" opening the sentence without "و" ("إذ بات بالإمكان …", "إذ أعلنت الشركة
# الكورية …"): the reason or detail of what the sentence before told. Not "وإذ", which opens a
# clause before a main one ("وإذ رأى كينزنغر أن …، …"), nor "إذا" (if). February 2018 ANT: 19
# sentences open so, all 19 lean back (``continues_before``).
_SINCE = re.compile(r"^\s*(?:إذ|اذ)(?![\u0621-\u064a])")
# A sentence that is one quote, whole ('"إن الأساسيات على المدى الطويل قوية جدا".'): news names
# the speaker once ("وقال متحدث باسم البيت الأبيض إن …") and goes on quoting in the next
# sentence without naming them again, so alone it is words without a speaker. February 2018
# ANT: 22 sentences (not opening their article), all 22 with their speaker in a sentence
# before (``continues_before``).
_WHOLE_QUOTE = re.compile(r"^\s*[\"“«][^\"“”«»]{12,}[\"”»]\s*[.!؟?]?\s*$")
# An interview's label opening the line: "سؤال:"/"س:" (the interviewer's question) or
# "جواب:"/"ج:" (the guest's answer). Printed interviews write each turn so; the answer needs
# its question, and the question is the interviewer's words, not the news, so neither is
# shown alone. Bare (indefinite) labels only: "السؤال: …" opens a sentence that asks its
# own question ("ويبقى السؤال: …"). No February 2018 sentence opens so (the kind is the
# eighteenth blind March check's; a unit test is the evidence).
_INTERVIEW_TURN = re.compile(r"^\s*[-–—]?\s*(?:س|ج|سؤال|جواب)\s*[:：]")
# A pair named before, near the opening: "both" ("كلا الفريقين", "كلتاهما") or a feminine
# dual ("بين القضيتين", "وتشمل العقوبتان"), not a word that only ends so ("الأرجنتين",
# "البلاتين", "البروتين"), not the name "الكوريتين", and not a pair the sentence defines
# ("اللاعبتان اللتان …"). On February 2018 ANT's digest, 1 summary sentence shown alone, leaning
# back. Masculine duals ("الطرفان", "الفريقين", "الزعيمان") are left out: 4 more shown alone
# that I read as leaning back, but all 3 in the blind February fragment sets were read as
# standing alone ("وتواعد الطرفان …" among them).
_PAIR = re.compile(
    r"^(?:\S+\s+){0,4}?(?:و|ف)?(?:ب|ل)?(?:(?:كلا|كلتا)\s+ال[\u0621-\u064a]+|كلاهما|كليهما|"
    r"كلتاهما|كلتيهما|ال(?!(?:أرجن|ارجن|بلا|برو|رو|لا|كيرا|كوري)تين)[\u0621-\u064a]{3,}(?:تين|تان))"
    r"(?![\u0621-\u064a])"
    r"(?!\s+(?:اللذان|اللتان|اللذين|اللتين)(?![\u0621-\u064a]))"
)
# A verb after "و"/"ف", then a word whose pronoun ending is its only subject or owner ("ويتميز
# برأسه الحربي …", "ويأتي خلفه …", "ويقول عمها …"): who or what was named before; not "أنه"
# after an impersonal verb ("ويذكر أنه …"). On February 2018 ANT's digest, 3 summary sentences
# shown alone, all leaning back.
_VERB_ITS = re.compile(
    r"^\s*(?:و|ف)(?:قد\s+)?(?:ي|ت)[\u0621-\u064a]{2,6}\s+(?!ال|هذه|هاته|الله|لله|(?:ب|ل)?(?:أن|إن|ان)(?:ه|ها|هم|هما)\s)"
    r"[\u0621-\u064a]{2,}(?:ه|ها|هم|هما)(?![\u0621-\u064a])"
)
# "ف" opening the sentence before a definite noun or "إن" ("فالجمال لا يقف …", "فإن …"): the
# answer of an "أما" or the end of an argument begun in the sentence before.
_SO_THEN = re.compile(
    r"^\s*ف(?:ال(?!ن)[\u0621-\u064a]{2,}|إن|ان|إنه|انه|إنها|انها|إنهم|انهم)(?![\u0621-\u064a])"
)
# "For example" among the first words ("فمثلا، …", "فعلى سبيل المثال، …", "فطرق الإمداد
# البديلة مثلا …"): the sentence illustrates a claim made in the one before. On February 2018
# ANT, 25 sentences (4 of them needs_context already), all but one leaning back by my reading.
_EXAMPLE = re.compile(
    r"^\s*(?:\S+\s+){0,3}?(?:و|ف)?(?:على\s+سبيل\s+المثال|مثلا|مثلاً)(?![\u0621-\u064a])"
)
# "As for …" turning from a topic told before: "أما عن …" and "أما بالنسبة ل…" (a new question
# of an interview: "أما عن الانتخابات …، فاكتفى شومان بالتعليق …"), "أما هو/هي …" (a pronoun)
# and "أما باقي/الآخر …" (the rest of a group named before). 11 February sentences, 10 leaning
# back by my reading; "أما" before a named subject ("أما كوشنير، …، فقد رفض …") is left out:
# round 12 measured it (127 flags, 16 of 25 leaning back, false flags on both blind sets).
# Final ي and ة as Egyptian outlets often write them, ى and ه ("أما باقى المباراة"), are the
# same words.
_AS_FOR = re.compile(
    r"^\s*(?:و|ف)?(?:أما|اما)\s+(?:(?:هو|هي|هم|هما)(?![\u0621-\u064a])|عن\s|بالنسبة\s+ل|"
    r"(?:باق[يى]|بقي[ةه])\s|"
    r"ال(?:باق[يى]|متبق[يى]|بقي[ةه]|آخر|اخر|أخرى|اخرى|آخرون|اخرون)(?![\u0621-\u064a]))"
)
# "Another X" or "others" near the opening ("وقال مستخدم آخر: …", "فقد أظهرت دراسة أخرى …",
# "في حين يقول آخرون …", "وذكرت وسائل إعلام أخرى أن …"): the first X, or the some whom the
# others answer, was told before. Not "another time, side, respect or topic" ("مرة أخرى", "من
# جهة أخرى", "وفي سياق آخر، …", "وفي إعلان آخر، …": a turn to a new topic reads alone; the
# second blind February set reads the last so), nor "آخر" after "كان/تعد"
# ("وكانت آخر زيارة …": "the last"). On February 2018 ANT, 49 sentences (1 needs_context
# already); of 45 read, about 38 lean back. "هناك نوع آخر …" too (there is another kind).
_OTHER_NOT = (
    r"(?:مرة|مرات|جهة|ناحية|جانب|عبارة|بعبارة|بمعنى|صعيد|أحيان|طريقة|بطريقة|وقت|أيام|سنوات|"
    r"أشياء|أمور|دول|بلدان|مناطق|أماكن|سياق|موضوع|شأن|خبر|تطور|إعلان|تصريح)"
)
_ANOTHER = re.compile(
    r"^\s*(?:\S+\s+){0,2}?(?:و|ف)?(?!ال)(?!(?:و|ف)?" + _OTHER_NOT + r"\s)[\u0621-\u064a]{3,}\s+"
    r"(?:أخرى|اخرى|آخرون|آخرين|اخرون|اخرين)(?![\u0621-\u064a])|"
    r"^\s*(?:و|ف)(?!(?:كان|كانت|تعد|يعد|تبقى|يبقى|ظل|ظلت|تظل|يظل|أصبح|أصبحت|بات|باتت)\s)"
    r"[\u0621-\u064a]{2,8}\s+(?!ال)(?!(?:و|ف)?" + _OTHER_NOT + r"\s)[\u0621-\u064a]{3,}\s+"
    r"(?:آخر|اخر)(?![\u0621-\u064a])|"
    r"^\s*(?:\S+\s+)?(?:آخرون|اخرون)(?![\u0621-\u064a])|"
    r"^\s*(?:و|ف)?هناك\s+(?!ال)[\u0621-\u064a]{3,}\s+(?:آخر|اخر)(?![\u0621-\u064a])"
)
# The subject right after the opening verb is "the new X" ("وتستهدف الإجراءات الجديدة …",
# "ويثير التصعيد الجديد …") or a decision or proposal taken as known ("وصدر القرار ضمن …",
# "ويدعو الاقتراح أيضا …"): which one was told before, unless the title names it. February
# 2018 ANT: 18 "new" sentences, about 14 leaning back by my reading; 11 "decision" sentences
# ("ويبقى السؤال: …" asks its question itself and is left out), all leaning back; "the matter"
# or "the model" ("وأصبح الأمر أكثر شيوعا …", "وذكر النموذج بأن …"; not the idiom "ولم
# يستغرق الأمر طويلا حتى …", "it did not take long"): 8, 6 leaning back.
_NEW_ONE = re.compile(
    r"^\s*(?:(?:و|ف)(?:قد\s+)?(?!تم\s)[\u0621-\u064a]{2,8}|كان|كانت)\s+"
    r"ال(?:([\u0621-\u064a]{3,})\s+(?:الجديدة|الجديد|الجدد)(?![\u0621-\u064a])|"
    r"(قرار|اقتراح|مقترح|متطلبات|إجراءات|تعديلات|نموذج|أمر)(?![\u0621-\u064a])(?!\s+ال)"
    r"(?!\s+(?:طويلا|طويلاً|وقتا|وقتاً)))"
)
# A definite noun heading the sentence, as the subject after its verb ("وقالت الوزارة إن …",
# "ولم تحدد التغريدة …", "وتشمل الاتهامات …") or opening it ("الهجوم كان يستهدف …"): group 1.
# Not after a preposition or a particle that is no verb ("وفي المباراة", "ومن المعلومات").
_HEAD_NOUN = re.compile(
    r"^\s*(?:(?:و|ف)?(?:(?:قد|لم|لن|لا|ما)\s+)?"
    r"(?!ال|(?:و|ف)?(?:في|فى|من|على|إلى|الى|عن|مع|بعد|قبل|خلال|منذ|حتى|لدى|عند|بين|عبر|نحو|"
    r"ضد|رغم|بالرغم|حول|أمام|امام|تحت|فوق|ضمن|وسط|لكن|أن|إن|ان|أنه|إنه|كما|بينما|فيما|إذا|"
    r"اذا|عندما|حين|ذلك|هذا|هذه|أما|اما|ثم|أو|او|يذكر|يشار|بحسب|حسب|وفق|وفقا|طبقا|منها|منه|"
    r"لها|له|لم|لن|لا|ما|قد|أيضا|يوم|مساء|صباح|أمس|اليوم|هو|هي|هم|ليس|ليست)"
    r"(?![\u0621-\u064a]))[\u0621-\u064a]{2,8}\s+|(?:و|ف)?)"
    r"ال([\u0621-\u064a]{3,})(?![\u0621-\u064a])"
)
# What names the noun itself: two more definite or "لـ" words ("اللجنة الأولمبية الدولية",
# "الأمين العام لمنظمة …") or a relative clause ("القصف الذي تنفذه …").
_NAMED_BY_WHAT_FOLLOWS = re.compile(
    r"\s+(?:ال[\u0621-\u064a]+\s+(?:ال|ل)[\u0621-\u064a]|"
    r"(?:الذي|التي|الذين|اللذين|اللتين)(?![\u0621-\u064a]))"
)
# Times and places in time that head sentences without pointing back ("وشهد الشوط الأول").
_NOT_TOLD = frozenset(
    {
        "يوم",
        "اسبوع",
        "عام",
        "شهر",
        "سنه",
        "ماضي",
        "جاري",
        "حالي",
        "ان",
        "وقت",
        "مساء",
        "صباح",
        "اخير",
        "اول",
        "ثاني",
        "مقبل",
        "شوط",
    }
)
# How far back a noun told before is looked for: on February 2018 ANT's digest, 89 of the 90
# summary sentences it flags name it within the 8 sentences before (53 in the one before); a
# bound keeps a 15,000-sentence article linear.
TOLD_WINDOW = 8
_ARABIC_WORD = re.compile(r"[\u0621-\u064a]+")
_CLITIC = re.compile(r"^(?:و|ف)?(?:ب|ل|ك)?")
# A word with the article, after the conjunctions and prepositions written on it ("والدراسة",
# "بالتقرير", "للجنة").
_WITH_ARTICLE = re.compile(r"^(?:و|ف)?(?:ب|ل|ك)?(?:ال|لل)")
_COMES_AFTER = re.compile(r"^\s*(?:و|ف)?(?:يأتي|تأتي|أتى|أتت|جاء|جاءت)\s")
_NOUN_ENDING = ("ات", "ة", "ه", "ي")
# A damma or a tanween on one of the first two words (``_unmarked``).
_PASSIVE_OR_ADVERB_MARK = re.compile(r"^\s*(?:\S+\s+)?\S*[\u064b-\u064d\u064f]")
_ENGLISH = re.compile(
    r"^\s*(?:he|she|it|they|this|these|that|those|but|however|also|meanwhile|moreover|"
    r"furthermore|then|yet|still|instead|the statement|the report|the study)\b",
    re.IGNORECASE,
)


def needs_context(text: str, language: str, title: str | None = None) -> bool:
    """True when the sentence cannot be understood without the sentence before it.
    ``title``: the article's title, when it has one; a thing it names is not pointed back to.
    Without one (EASC's plain articles) the demonstrative and preposition rules are left out:
    there, flagging cost EASC held-out ROUGE-2 (lead 0.4181 -> 0.4134 and -> 0.4174)."""
    if language == "en":
        return bool(_ENGLISH.match(text))
    text = _unmarked(text)
    if title and (
        _unnamed_demonstrative(text, title)
        or _unnamed_media(text, title)
        or _known_event(text, title)
        or _told_act(text, title)
    ):
        return True
    if _NO_REACTION.match(text):
        return True
    part = _ON_ONES_PART.match(text)
    if part:  # judge what follows "ومن جهته،", as if it opened with "و"
        text = "و" + text[part.end() :]
    adding = _ADDING.match(text)
    if adding:  # "كما" and the like lean back unless what follows has its own subject
        rest = text[adding.end() :]
        then = _THEN_VERB.match(rest)
        if not _OWN_SUBJECT.match(rest[then.end() if then else 0 :]) or _PASSIVE.match(rest):
            return True
        text = "و" + rest
    text = _ALSO_AFTER_VERB.sub(r"\1 ", text, count=1)
    return bool(
        _MORE_THAN_THAT.match(text)
        or _CONNECTOR.match(text)
        or _PRONOUN_SUBJECT.match(text)
        or _SAYING_ON.match(text)
        or _REFERRED_SUBJECT.match(text)
        or _PARTICIPLE.match(text)
        or _SPEECH_SETTING.match(text)
        or _SAID_IN_ITS.match(text)
        or _FIRST_PERSON.match(text)
        or _WE_VERB.match(text)
        or (_KNOWN_TEXT.match(text) and not _NOT_A_VERB.match(text))
        or _IN_KNOWN_TEXT.match(text)
        or _SOMEONE_BEFORE.match(text)
        or _ACCORDING_TO_ITS.match(text)
        or _OPENS_WITH_COMMA.match(text)
        or _SAME_ONE.match(text)
        or _NOTHING_YET.match(text)
        or (_BARE_VERB.match(text) and not _NOT_A_VERB.match(text))
        or (_VERB_SETTING_THAT.match(text) and not _NOT_A_VERB.match(text))
        or (_VERB_ADVERB_ON.match(text) and not _NOT_A_VERB.match(text))
        or (_MASCULINE_VERB_OBJECT.match(text) and not _NOT_A_VERB.match(text))
        or _WILL_ON_MASDAR.match(text)
        or _NEXT_OF_LIST.match(text)
        or _I_THINK_IT.match(text)
        or bool(title and _LEANING_PREPOSITION.match(text) and not _NOT_A_VERB.match(text))
    )


def _unmarked(text: str) -> str:
    """The sentence without vowel marks, which would hide its opening verb from every pattern
    ("وبيّن أن …", "وتوقّع حينها أن …"), unless its first two words carry a damma or a
    tanween: a passive ("ويُعتقد أن …", "وزُعم أن …") or an adverb ("ونظراً إلى أنه …",
    "وحالياً، …") that the marks tell from an active verb missing its subject. February 2018
    ANT: 8 new flags, 7 leaning back, 1 borderline ("ورجِّح أن …")."""
    return text if _PASSIVE_OR_ADVERB_MARK.match(text) else strip_marks(text)


def _unnamed_demonstrative(text: str, title: str) -> bool:
    """A demonstrative and its noun near the opening, the noun not in the title."""
    if _COMES_AFTER.match(text):
        return False
    return _not_in_title(_DEMONSTRATIVE_NOUN.match(text), title)


def _unnamed_media(text: str, title: str) -> bool:
    """A newspaper, site or agency taken as known, of a kind the title does not name."""
    return _not_in_title(_UNNAMED_MEDIA.match(text), title)


def _known_event(text: str, title: str) -> bool:
    """A plan, deal or campaign taken as known as the subject, one the title does not name."""
    return not _NOT_A_VERB.match(text) and _not_in_title(_KNOWN_EVENT.match(text), title)


def _told_act(text: str, title: str) -> bool:
    """An act or thing taken as told that "comes" after something, its root not in the title."""
    match = _COMES_TOLD.match(text)
    if match is None or not _not_in_title(match, title):
        return False
    root = _root(match.group(1))
    return not any(root in _root(word) for word in title.split())


@cached(50_000)  # one word's root, asked again for every sentence of its story
def _root(word: str) -> str:
    """What is left of a word without its article, its plural or feminine ending and its
    long vowels and hamzas: a masdar and the verb share it ("الاستقالة"/"يستقيل": "ستقل")."""
    word = re.sub(r"^(?:و|ف)?(?:ال|لل|بال)", "", normalize(word))
    return _NOT_ROOT.sub("", re.sub(r"(?:ات|ين|ون|ة|ه)$", "", word))


def _not_in_title(match: re.Match[str] | None, title: str) -> bool:
    """True when a pattern matched and the title does not name its noun (group 1)."""
    return match is not None and _stem(match.group(1)) not in normalize(title)


def _stem(noun: str) -> str:
    """The noun without its plural or feminine ending ("الرسوم"/"رسوم", "الخطوة"/"خطوات")."""
    noun = normalize(noun)
    for ending in _NOUN_ENDING:
        if noun.endswith(ending) and len(noun) - len(ending) >= 3:
            return noun[: -len(ending)]
    return noun


def points_back(text: str, language: str, title: str | None = None) -> bool:
    """True when the sentence names something as already known ("هذا الهجوم", "وأضافت
    المتحدثة أن", "ويأتي هذا بعد …", "كلا الفريقين", "ويتميز برأسه …", "فالجمال …", "فمثلا",
    "أما عن …", "وقال مستخدم آخر"), or goes on from the one before with "كما"/"لكن" (though
    it names its subject): it reads well after its own article's sentences, not among other
    outlets' nor alone (summaries of several articles and of one titled article use it).
    ``title``: with one, a speaker going on, "the new X" or a decision that it does not name
    count too."""
    if language != "ar":
        return False
    text = _unmarked(text)
    return bool(
        _DEMONSTRATIVE.match(text)
        or _ADDING.match(text)
        or _TITLE_SUBJECT.match(text)
        or _COMES_THIS.match(text)
        or _PAIR.match(text)
        or _VERB_ITS.match(text)
        or _SO_THEN.match(text)
        or _EXAMPLE.match(text)
        or _AS_FOR.match(text)
        or _ANOTHER.match(text)
        or _SPEECH_THEN_WHEN.match(text)
        or (title and (_not_in_title(_GOING_ON.match(text), title) or _new_one(text, title)))
    )


def continues_before(text: str, language: str) -> bool:
    """True when the sentence is the second half of the one before it ("في حين …" without a
    main clause, "إذ …", a quote whose speaker that one names, an interview's turn "سؤال:"/
    "جواب:"): right after it, it reads as meant, so it is not part of ``points_back`` (which
    would make it wait in ``select``); shown alone, it is cut off."""
    return language == "ar" and bool(
        _WHILE.match(text)
        or _SINCE.match(text)
        or _WHOLE_QUOTE.match(text)
        or _INTERVIEW_TURN.match(text)
    )


def _new_one(text: str, title: str) -> bool:
    """A "new X" or a decision as the subject after the opening verb, not in the title."""
    match = _NEW_ONE.match(text)
    if match is None or _NOT_A_VERB.match(text):
        return False
    return _stem(match.group(1) or match.group(2)) not in normalize(title)


def told_before(text: str, language: str, title: str, lead: str, earlier: Sequence[str]) -> bool:
    """True when the definite noun heading the sentence ("وقالت الوزارة إن …", "وتستقبل
    العيادة …") was introduced without the article in one of the ``earlier`` sentences of its
    article ("عيادة "بارادايم"", "وزارة الداخلية"), and neither the title nor the ``lead`` names
    it: the sentence refers back to that one, so a summary shows it after its predecessor, not
    alone. ``earlier``: the sentences between the lead and this one, at most ``TOLD_WINDOW``.
    On February 2018 ANT's digest, 30 summary sentences shown alone; about 26 leaned back."""
    if language != "ar" or not earlier:
        return False
    match = _HEAD_NOUN.match(text)
    if match is None or _NAMED_BY_WHAT_FOLLOWS.match(text, match.end()):
        return False
    stem = _stem(match.group(1))
    if stem in _NOT_TOLD or stem in normalize(title) or stem in normalize(lead):
        return False
    return any(
        word.startswith(stem) or bare.startswith(stem)
        for sentence in earlier[-TOLD_WINDOW:]
        for word, bare in _words_without_article(sentence)
    )


@cached(4096)  # each sentence is an earlier one of up to ``TOLD_WINDOW`` sentences after it
def _words_without_article(sentence: str) -> tuple[tuple[str, str], ...]:
    """The Arabic words of a sentence (matching form) written without the article, each with
    and without its conjunction and preposition: the forms ``told_before`` compares."""
    return tuple(
        (word, _CLITIC.sub("", word))
        for word in _ARABIC_WORD.findall(normalize(sentence))
        if not _WITH_ARTICLE.match(word)
    )
