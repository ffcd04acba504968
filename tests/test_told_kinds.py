"""A body, event or text named only by its kind noun that the summary's reader was not told
(summarize/told_kinds.py, issue 16 round 19)."""

import pytest

from marsad.summarize.told_kinds import untold_kind

# The title and lead of a February 2018 ANT story on carmakers' sales: no organization told.
CARS = "ما هو الكيان الأكبر لتصنيع السيارات في العالم؟ تنشر كبرى شركات صناعة السيارات أرقامها."
TRUMP = "ترامب: الروس نجحوا في شق صفنا ويضحكون علينا اعتبر الرئيس الأميركي أن روسيا تحقق نجاحا."
LABOUR = "البحرين تدعو لإنشاء مراكز تقييم مؤهلات العمالة الوافدة دعت البحرين إلى إنشاء مراكز."
ARCHAEOLOGY = "رسالة من العالم الآخر في مقبرة أثرية مصرية أعلنت وزارة الآثار المصرية كشفا جديدا."


@pytest.mark.parametrize(
    ("text", "told"),
    [
        # February 2018 ANT, shown alone in the digest's summaries: which organization,
        # indictment or committee was said only before.
        ("ولم تصدر المنظمة تصنيفها لعام 2017 حتى الآن.", CARS),
        ("ويورد القرار الاتهامي بالتفاصيل جهودا روسية حثيثة.", TRUMP),
        ("فراسلت اللجنة الجامعة، التي أيدت قرارها منح شمة الدكتوراة.", TRUMP),
        # An archaeological mission told only in the article's body.
        ("واكتشفت البعثة مقبرة عائلية أخرى كبيرة.", ARCHAEOLOGY),
        # An event's adjective does not tell which one ("الاقتراح الروسي").
        ("ويدعو الاقتراح الروسي إلى هدنة يومية.", TRUMP),
        ("ووقع الحادث المذكور عندما مالت الراقصة إلى الخلف.", CARS),
        ("ولم يوضح البيان عدد القتلى.", CARS),
        # The subject straight after "يذكر أن"/"إن" (February 2018 ANT, shown alone under a
        # title on labour in Bahrain: which conference was told only before).
        ("يذكر أن المؤتمر انطلق الخميس الماضي بمدينة جدة.", LABOUR),
        ("ويشار إلى أن اللجنة رفضت الطعن.", CARS),
        ("وإن الوزارة تتابع القضية عن كثب.", CARS),
        # A kind noun owned by the word after the verb (issue 16, round 22): which study or
        # committee was told only before.
        ("ونشرت نتائج الدراسة في دورية علمية.", CARS),
        ("وقال رئيس اللجنة إن القرار نهائي.", TRUMP),
        ("ويعتقد معدو الدراسة أن هذه أول حالة موثقة.", CARS),
        # A person named only by a role, going straight on to what they said or did.
        ("وقال الرجل: حينما خرجت من الماء اكتشفت أن الألم زال.", CARS),
        ("ووصل اللاعب إلى فياريال في أغسطس.", CARS),
        ("وتحدث الوزير عن جهود فرنسا لمواجهة التطرف.", CARS),
        # Issue 16, round 23: a day between the role and what they said is no name; a nisba
        # or a describing adjective does not say which of many players or doctors it is.
        ("وقال الوزير الخميس إن المحادثات ستستمر.", CARS),
        ("وتوصلت الطبيبة الجنائية إلى أن أسباب الوفاة ناتجة عن إصابات.", CARS),
        ("وأكد اللاعب السابق أن التصفيات تختلف عن المونديال.", TRUMP),
        # The plural and the other incidents of the class, and an announcement.
        ("وأسفرت الغارات عن مقتل 12 مدنيا.", CARS),
        ("واستمرت الاشتباكات حتى ساعات الفجر.", CARS),
        ("وأثار الإعلان جدلا واسعا.", CARS),
        # Letters of the role inside another word tell no spokesman ("المناطق").
        ("وقال الناطق إن القوات تقدمت.", "اشتباكات عنيفة في المناطق الحدودية"),
    ],
)
def test_a_kind_noun_the_reader_was_not_told_leans_back(text: str, told: str) -> None:
    assert untold_kind(text, "ar", told)


@pytest.mark.parametrize(
    ("text", "told"),
    [
        # The title names a body of that kind, or its holder ("وزير" for "الوزارة").
        ("وقالت الوزارة إنها تتابع القضية.", "وزارة الخارجية الروسية تنفي التقارير"),
        ("وقالت الوزارة إنها تتابع القضية.", "وزير الخارجية الروسي ينفي التقارير"),
        ("وفرضت اللجنة غرامة قدرها 40 ألف ريال.", "لجنة الانضباط توقف لاعب الأهلي"),
        # An event of that class ("تحطم" for "the incident").
        ("ووقع الحادث صباح الأحد قرب المطار.", "تحطم طائرة ركاب روسية قرب موسكو"),
        ("وحصل الاقتراح على موافقة مبدئية.", "واشنطن ترفض اقتراحا باندماج صيني"),
        # A typed entity: the lexicon organization "الأمم المتحدة" is one "المنظمة" stands for.
        ("وحاولت المنظمة زيادة الشفافية.", "40 اتهاما ضد موظفي الأمم المتحدة"),
        # Named by what follows: a nisba adjective of a body, a relative clause, "العامة", a
        # description, what it is about.
        ("وكانت السفارة الأمريكية في الخرطوم قد قالت إن …", CARS),
        ("وأحالته النيابة العسكرية في مصر للتحقيق.", CARS),
        ("وقررت النيابة العامة حبس المتهمين.", CARS),
        ("وتشير التحقيقات، التي أجرتها لجنة متخصصة، إلى أن …", CARS),
        ("وقالت الهيئة المسؤولة عن مراقبة الخصوصية إن …", CARS),
        ("ويثير التحقيق حول الحوادث الغامضة جدلا.", CARS),
        # A plural body is the kind in general; a passive is no deal told before.
        ("وتتعرض الجمعيات الخيرية لتدقيق متزايد.", CARS),
        ("تم الاتفاق على أن يسمح بحضور 300 مشجع.", CARS),
        # Kinds a title names by their own name are left out ("فيسبوك" for "الشركة").
        ("وقالت الشركة في بيان إنها تختبر الخاصية.", CARS),
        # After "يذكر أن": told by the title, or named by what follows it.
        ("يذكر أن المؤتمر انطلق الخميس الماضي بمدينة جدة.", "انطلاق مؤتمر العمل الإسلامي"),
        ("يذكر أن اللجنة الأولمبية الدولية علقت عضوية روسيا.", CARS),
        # Not the noun heading the sentence.
        ("وقال مسؤول إن الوزارة تتابع القضية.", CARS),
        # Owned by a plural, a kind in general; named by an adjective after it.
        ("وأكد مكتب التحقيقات الفيدرالي أنه أجرى مراجعات.", CARS),
        ("وقال رئيس اللجنة الأولمبية الدولية إن القرار نهائي.", CARS),
        # A role the title names, a role with the name or an adjective after it, or an
        # adjective of a definite noun that opens the sentence.
        ("وتحدث الوزير عن جهود فرنسا لمواجهة التطرف.", "وزير الداخلية الفرنسي يحذر"),
        ("وقدم الرئيس، فلاديمير بوتين، تعازيه لعائلات الضحايا.", CARS),
        ("ورد الأمير السعودي على مصادر القلق.", CARS),
        ("وقال الرئيس ترامب إن المحادثات ستستمر.", CARS),
        ("والوثيقة المؤلفة من 10 صفحات انتقدت المذكرة.", CARS),
        # Round 23: the nisba the title gives tells who; the role told by a word with its
        # article or preposition; an office's nisba names its holder.
        ("وقال اللاعب الكولومبي: سأعود أقوى.", "فالكاو الكولومبي يعود إلى الملاعب"),
        ("وخضعت المرأة إلى علاج لمدة ست سنوات.", "تسجيل أول حالة لامرأة ترضع طفلتها"),
        ("وقال الناطق إن القوات تقدمت.", "تصريحات للناطق باسم الجيش"),
        ("وأسفرت الغارات عن مقتل 12 مدنيا.", "غارات جوية على الغوطة الشرقية"),
        ("وقال الرئيس الفرنسي الخميس إن المحادثات ستستمر.", CARS),
        # Where a post is held defines it, and a name may follow; what was announced names
        # the announcement.
        ("وذكرت الممثلة السامية في الاتحاد الأوروبي فيدريكا موغريني أن الاجتماع مهم.", CARS),
        ("كان الإعلان عن تأسيس صندوق دعم الرياضة خطوة كبيرة.", CARS),
    ],
)
def test_a_kind_the_reader_was_told_or_that_is_named_stands(text: str, told: str) -> None:
    assert not untold_kind(text, "ar", told)


def test_only_arabic_is_read() -> None:
    assert not untold_kind("The committee wrote to the university.", "en", CARS)
