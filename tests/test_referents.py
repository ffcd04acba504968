"""Things a sentence takes as known anywhere in it (lang/referents.py, issue 16 round 16)."""

import pytest

from marsad.lang.referents import aforementioned, page_pointer, refers_back

LEAD = "أعلنت الحكومة حالة الطوارئ في البلاد بعد يوم من استقالة رئيس الوزراء."


@pytest.mark.parametrize(
    ("text", "title"),
    [
        # February 2018 ANT: "this X" past the first words, X named in the sentence before only.
        (
            "وقال بيان صادر عن الإذاعة الرسمية إن هذه الخطوة ضرورية لوقف موجة الاحتجاجات.",
            "إثيوبيا تعلن الطوارئ بعد استقالة رئيس وزرائها",
        ),
        (
            "وتظهر بيانات صادرة عن الوكالة الوطنية للهجرة أن في تلك المنطقة أكبر عدد من "
            "طالبي اللجوء في ألمانيا.",
            "أنغيلا ميركل تنتقد حرمان الأجانب في ألمانيا من الطعام المجاني",
        ),
        (
            "وحلل أساتذة الاقتصاد العقد الأخير من القرن الماضي بدراسة ليخرجوا بذلك الاستنتاج.",
            "دراسة عن علاقة معدل الخصوبة بالركود الاقتصادي",
        ),
        # A pair of persons by their role, not named in the sentence.
        (
            "وقالت الشرطة إنه حينما أحبط مخطط القنبلة بدأ المشتبهان في العمل على مخطط آخر.",
            "إسرائيل أحبطت مخططا لتفجير طائرة",
        ),
        # Parties under a title that names no pair.
        ("وتحدث الزعيمان هاتفيا عن الوضع في المنطقة الحدودية.", "اتصال هاتفي حول عفرين"),
        # A clip described as if the reader saw it.
        ("ويظهر المقطع وجود امرأتين كانتا بالقرب من السيارة الأولى.", "شاهد لحظة الاستهداف"),
    ],
)
def test_a_sentence_taking_a_thing_as_known_refers_back(text: str, title: str) -> None:
    assert refers_back(text, "ar", title, LEAD)


@pytest.mark.parametrize(
    ("text", "title"),
    [
        # The title names the noun (by stem, or by root: "كنيسة"/"الكنائس").
        (
            "وقال مسؤول حكومي إن بعض هذه الكنائس قد أعيد فتحها بعد تحسين أوضاعها.",
            "رواندا تغلق 700 كنيسة",
        ),
        # The sentence names it before pointing to it.
        ("ويعرض المسلسل قصة رائد فضاء، وتذكرت هذا المسلسل حين علمت بالعرض.", "لاعب بمائة مليون"),
        # The lead names it.
        ("وأكد المتحدث أن هذه الاستقالة لم تكن متوقعة في الأوساط السياسية.", "إثيوبيا"),
        # A time, a setting, a noun defined by "من" or a relative clause.
        ("وقال المدرب إن الفريق سيلعب مباريات كثيرة خلال هذه الفترة من الموسم.", "الفريق"),
        ("وقال المسؤول إن البلدين يتعاونان في هذا المجال منذ سنوات طويلة.", "تعاون"),
        ("وأوضح أن هذا الجزء من الجدار شيد في عهد كلينتون قبل عقود.", "الجدار"),
        ("وأتمنى أن يوافق ميدو على تلك التجربة التى ستساعده في مشواره.", "تسريب عقد البدري"),
        # Far into a long clause the clause has told the thing itself.
        (
            "وأكد المسؤول أن الحكومة ستعمل مع الشركاء في الداخل والخارج طوال الأشهر المقبلة "
            "على تنفيذ الخطة الاقتصادية الشاملة التي أقرها البرلمان حتى تبلغ هذه الأهداف.",
            "الحكومة",
        ),
        # A pair the sentence goes on to name, or one the title names.
        ("واعتقل المشتبهان بقتل الخادمة السبت، وهما زوج لبناني وزوجة سورية.", "حظر العمالة"),
        ("وتحدث الزعيمان هاتفيا عن الوضع في المنطقة.", "أردوغان لبوتن: عواقب وخيمة"),
        # A pair on both sides (a place), or one an adjective names.
        ("ووقف الأسود مقيد اليدين ويحيط به الجنود من الجانبين في المؤتمر.", "الفلبين توقف قياديا"),
        ("وكان الزعيمان الكوريان الشماليان السابقان معروفين بحب الموسيقى.", "حفلة في سيول"),
        # A clip the title names.
        ("وأظهرت اللقطات عشرات الأشخاص يهرعون إلى موقع الحادث.", "اللقطات الأولى لتصادم القطارين"),
        # A clip the sentence defines.
        ("وأظهرت الصور التي نشرت في موقع إلكتروني أشخاصا على الشاطئ.", "كمبوديا ترحل سائحين"),
        # "بما في ذلك" is "including".
        ("وأعلنت الحكومة إجراءات تشمل جميع القطاعات بما في ذلك التعليم والصحة.", "إصلاحات"),
    ],
)
def test_a_thing_introduced_or_defined_does_not_refer_back(text: str, title: str) -> None:
    assert not refers_back(text, "ar", title, LEAD)


def test_without_a_title_or_in_english_nothing_refers_back() -> None:
    text = "وقال بيان صادر عن الإذاعة الرسمية إن هذه الخطوة ضرورية لوقف الاحتجاجات."
    assert not refers_back(text, "ar", "", LEAD)
    assert not refers_back("He said this step was needed.", "en", "Ethiopia", LEAD)


@pytest.mark.parametrize(
    "text",
    [
        "الإنفوغرافيك المرفق يوضح المناطق التي تديرها الحيوانات بصورة مطلقة.",
        "ولعل في الصورة أدناه ما يوضح المقصود من الميزة الجديدة.",
        "شاهد الفيديو التالي للمزيد من التفاصيل عن المسبار.",
        # A video graphic, above as well as below (issue 16, round 20).
        "وتتضح تفاصيل الخطة الجديدة في الفيديوجرافيك أعلاه.",
        "ويستعرض الموشن جرافيك التالي أبرز محطات المشروع.",
        # "This video" on a video page (issue 16, round 20).
        "هذا الفيديو يظهر الجهود التي تقوم بها السلطات لانتشال حطام الطائرة.",
        "يظهر هذا الفيديو لحظة وقوع زلزال عنيف بالمكسيك.",
        "نستعرض لكم في هذا الفيديو أبرز مميزات الساعة الذكية الجديدة.",
    ],
)
def test_a_pointer_to_the_page_is_found(text: str) -> None:
    assert page_pointer(text)


@pytest.mark.parametrize(
    "text",
    [
        "ونشر المغني مقطع فيديو للبروفة الرئيسية على صفحته.",
        "وقال إن الصور التي تأتي من سوريا تبين استخدام الأسلحة الكيمياوية.",
        "بث المركز سلسلة تقارير إنفوغرافيك عن الجماعة في إفريقيا.",
        "وقد تغيرت كثير من معالم المدينة في العصور التالية.",
        "ويعد نشر هذا الفيديو خطوة غير مسبوقة للجماعة.",
    ],
)
def test_a_picture_the_sentence_tells_is_no_pointer(text: str) -> None:
    assert not page_pointer(text)


@pytest.mark.parametrize(
    ("text", "leans"),
    [
        ("وأدى ذلك إلى وضع الاتحاد تحت وصاية اللجنة الأولمبية المحلية.", True),
        ("ويعد هذا اتهاما خطيرا لأنه يعلق الترخيص المصرفي للبنك.", True),
        ("ونتيجة ذلك، لم يتمكن العديد من الحضور من طباعة تذاكرهم.", True),
        ("وإلى ذلك، أكد اللاجئون أن البلد تحول إلى جحيم.", False),
        ("وليست هذه هي المرة الأولى التي يطرح فيها اسمه لرئاسة الوزراء.", False),
    ],
)
def test_this_as_what_the_opening_verb_is_about(text: str, leans: bool) -> None:
    assert refers_back(text, "ar", "عنوان", LEAD) is leans


@pytest.mark.parametrize(
    ("text", "title", "leans"),
    [
        # February 2018 ANT: an authority, a federation, an embassy named only by its kind.
        (
            "وأضافت الهيئة إن جدول الأنشطة لعام 2018 يشمل أكثر من خمسة آلاف حدث.",
            "السعودية تشيد دارا للأوبرا",
            True,
        ),
        (
            "وقال الاتحاد في بيان إن المباراة شهدت أعمال شغب.",
            "عقوبات وغرامة على الرجاء البيضاوي",
            True,
        ),
        (
            "وأكدت السفارة في بيان أنها اقترحت اختيار فيلم آخر.",
            "إسرائيل تقاطع مهرجانا في باريس",
            True,
        ),
        # A word after it names the body; the title names its kind; a company or club reads alone.
        (
            "وقالت الهيئة العامة للترفيه إن الجدول يشمل ألف حدث.",
            "السعودية تشيد دارا للأوبرا",
            False,
        ),
        ("وقال الاتحاد في بيان إن المباراة شهدت أعمال شغب.", "الاتحاد المغربي يعاقب الرجاء", False),
        (
            "وقالت الشركة في بيان إنها تختبر الخاصية مع عدد صغير من المستخدمين.",
            "فيسبوك يختبر زرا",
            False,
        ),
    ],
)
def test_a_body_named_only_by_its_kind_as_speaker(text: str, title: str, leans: bool) -> None:
    assert refers_back(text, "ar", title, LEAD) is leans


@pytest.mark.parametrize(
    ("text", "leans"),
    [
        ('وردا على ذلك، قال باركليز: "نعتزم الدفاع عن التهم".', True),
        ("ونتيجة لذلك، لم تتمكن الأمم المتحدة من توصيل مواد الإغاثة.", True),
        ("وبالإضافة إلى ذلك، تقدم هذه الموسوعة وصفات مبتكرة.", True),
        ("علاوة على ذلك طالب المؤتمر الأمم المتحدة بتشكيل لجنة.", True),
        ("وفي رد على ذلك، نفت الحكومة الاتهامات.", True),
        ("وإلى ذلك، أكد اللاجئون أن البلد تحول إلى جحيم.", False),
        ("وردا على سؤال، قال الوزير إن المحادثات مستمرة.", False),
    ],
)
def test_a_reply_result_or_addition_to_that_opens_on_the_sentence_before(
    text: str, leans: bool
) -> None:
    assert refers_back(text, "ar", "عنوان", LEAD) is leans


@pytest.mark.parametrize(
    ("text", "leans"),
    [
        # February 2018 ANT: "thereby" draws the result of what the sentence before told.
        ("وبهذا يكون قد تولى أعقد ملفات الشرق الأوسط.", True),
        ("وأنهى ويغان بذلك حلم سيتي في السيطرة على كافة الألقاب.", True),
        ("وستكون بذلك أكبر شركة في العالم مدرجة في البورصة.", True),
        ("ولهذا أسبابه التي لا يمكن حصرها في الجانب الاقتصادي فقط.", True),
        # "this X", meanwhile and besides are other rules' or read alone.
        ("وبهذا الشأن قال الوزير إن المحادثات مستمرة.", False),
        ("في غضون ذلك، أكد نشطاء أن القصف تواصل طوال الجمعة.", False),
        ("وانخفض عدد العاطلين بنحو 280 ألف شخص، ليبلغ بذلك حجم قوة العمل 29 مليونا.", False),
    ],
)
def test_thereby_opens_on_the_sentence_before(text: str, leans: bool) -> None:
    assert refers_back(text, "ar", "عنوان", LEAD) is leans


@pytest.mark.parametrize(
    ("text", "title", "leans"),
    [
        # February 2018 ANT: a conference, a meeting, talks or a visit taken as known.
        (
            "وخلال المؤتمر قالت منسقة الحملة إن 22 دولة وافقت على دعم الحظر.",
            "الجيش الألماني يكشف حقيقة الاستعانة بالروبوتات القاتلة",
            True,
        ),
        (
            "وقبل الاجتماع، قال مندوب فرنسا إن الإخفاق سيكون خسارة فادحة.",
            "الجيش السوري يدعو المدنيين إلى الرحيل",
            True,
        ),
        ("بعد الهجوم، قال نتنياهو إن إيران انتهكت السيادة.", "نتنياهو: النمر الإيراني", True),
        # The title names it, or words after it do.
        (
            "وخلال المؤتمر قالت منسقة الحملة إن 22 دولة وافقت على دعم الحظر.",
            "مؤتمر في برلين عن الروبوتات القاتلة",
            False,
        ),
        (
            "وخلال الاجتماع الطارئ قال الوزير إن المحادثات مستمرة.",
            "الجيش السوري يدعو المدنيين إلى الرحيل",
            False,
        ),
        (
            "وبعد اللقاء مع الرئيس قال الوزير إن المحادثات مستمرة.",
            "وزير الخارجية في باريس",
            False,
        ),
    ],
)
def test_a_meeting_or_visit_taken_as_known_as_the_time(text: str, title: str, leans: bool) -> None:
    assert refers_back(text, "ar", title, LEAD) is leans


@pytest.mark.parametrize(
    ("text", "leans"),
    [
        # February 2018 ANT: a bare "because" gives the reason of the sentence before.
        ("لأن فولكس فاغن تقول إنها باعت 10.74 ملايين سيارة عام 2017.", True),
        ("لأن أصل القوة الناعمة يكمن فى الريادة والتفرد والتميز.", True),
        # With "و" the main clause follows in the same sentence.
        ("ولأنها يمكن إعادة تهيئتها كطائرات حربية، فإن المروحيات تحتاج إلى رخصة تصدير.", False),
    ],
)
def test_because_opens_on_the_sentence_before(text: str, leans: bool) -> None:
    assert refers_back(text, "ar", "عنوان", LEAD) is leans


@pytest.mark.parametrize(
    ("text", "leans"),
    [
        # February 2018 ANT: "this" as the object or subject after the verb and one word.
        ("ونفى يوجيل ذلك، ولم توجه إليه اتهامات رسمية.", True),
        ("وإذا تم ذلك في غضون 15 يوما فهناك إمكانية لإقرار الميزانية.", True),
        ("ولم يكن هذا هو المؤشر الوحيد على ما ينوي كروز عمله.", True),
        # Meanwhile and besides turn to a new point; "after that" is left.
        ("وفي غضون ذلك، أكد نشطاء أن المقاتلات واصلت قصف الغوطة.", False),
        ("وتوجد فوق ذلك بقية من أسوارها الأندلسية القديمة.", False),
        ("وقال بعد ذلك إن المحادثات مستمرة مع الجانب الروسي.", False),
    ],
)
def test_this_after_the_verb_and_one_word(text: str, leans: bool) -> None:
    assert refers_back(text, "ar", "عنوان", LEAD) is leans


@pytest.mark.parametrize(
    ("text", "leans"),
    [
        # February 2018 ANT (issue 16, round 20): "the aforementioned X" or "X above", X named
        # only by an earlier sentence of the article.
        ("ورصدت السلطات أيضا وجود منزل ثالث بحي راقي بالمنطقة المذكورة يمتلكه روماريو.", True),
        ("وقال مصدر برازيلي إن الجوازين المذكورين كانا وثيقتين قانونيتين.", True),
        ("وأضاف البيان أن المعدات المشار إليها تشمل أيضا تكنولوجيا الطائرات بدون طيار.", True),
        ("وأضافت أنه فور رصد الموقع، تقدم المجلس بالبلاغات السابق ذكرها.", True),
        ("وسيطبق البنك الأسس أعلاه على 500 مستثمر سنويا بعد التدقيق الأمني.", True),
        # "Mentioned in X" names where; the sentence names X itself before; "above" alone.
        ("وصرفت وزارة المالية المكافأة المذكورة في الأمر الملكي لجميع الموظفين.", False),
        (
            "وتمديد ولاية فريق الخبراء بموجب القرار 2140 بصيغتها الواردة في القرار المذكور.",
            False,
        ),
        ("استضاف برنامج حواري الشابة، لكنها نفت في البرنامج الحواري المشار إليه ما قيل.", False),
        ("وارتفعت الأسعار إلى أعلاه منذ ثلاثة أعوام.", False),
        # The title or what the summary showed tells X: the reader knows which rifle.
        ("ويقول جراح إن رصاص البندقية المذكورة يجعل الجسم يبدو كأن قنبلة انفجرت به.", False),
    ],
)
def test_the_aforementioned_is_untold(text: str, leans: bool) -> None:
    told = "ماذا تفعل البندقية قاتلة الأميركيين في الجسد الإنساني؟ " + LEAD
    assert aforementioned(text, "ar", told) is leans
    assert not aforementioned(text, "en", told)
