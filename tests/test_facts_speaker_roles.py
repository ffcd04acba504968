"""Issue 18, seventh round: a role subject ("وقال الوزير الروسي", "وأوضح وزير المالية") is the
person the article named with that role, nearby or, for the whole role, anywhere before; never
someone named with another title. February sentences (ANT 2018)."""

from __future__ import annotations

import json

import marsad
from marsad.facts.quotes import _verb_positions
from marsad.model import Article
from marsad.report import render_json


def quote_speakers(*lines: str) -> list[str | None]:
    article = Article(id="q1", title="تصريحات", text="\n".join(lines), source="outlet", lang="ar")
    story = json.loads(render_json(marsad.digest([article])))["stories"][0]
    return [fact["speaker"] for fact in story["facts"] if fact["kind"] == "quote"]


def test_a_role_is_the_person_named_with_it_in_the_paragraph_before() -> None:
    speakers = quote_speakers(
        'اتهم وزير الخارجية الروسي، سيرغي لافروف، الولايات المتحدة، الأربعاء، بـ"عرقلة" نزع '
        "السلاح النووي.",
        'وقال لافروف، في مؤتمر نزع السلاح في جنيف، إن "الأسلحة النووية الأميركية غير '
        'الاستراتيجية في أوروبا تعيق نزع السلاح النووي".',
        'وتطرق لافروف بشكل خاص إلى "ما يُسمى المهام النووية المشتركة".',
        'وتابع "الجميع سيدركون أنه عبر القيام بذلك، يعد عسكريو الولايات المتحدة القوات '
        'المسلحة لبلدان أوروبا".',
        'وقال الوزير الروسي أيضا إن "روسيا.. لم تنشر هذا النوع من الأسلحة"، وإن موسكو قد '
        '"وضعتها في قواعد للتخزين على ترابها الوطني".',
    )
    assert speakers[-1] == "سيرغي لافروف"


def test_a_trade_word_is_the_person_the_article_wrote_it_beside() -> None:
    speakers = quote_speakers(
        "أعلن لاعب التنس الإسباني رافايل نادال أنه سيفتتح مراكز رياضية تحمل اسمه في عدة دول.",
        "ومن المقرر أن ينشأ أول هذه المراكز في المكسيك، البلد الذي يعتبره نادال محببا إليه.",
        "وقال اللاعب الإسباني في تصريحات لوكالة الأنباء الألمانية أنه سوف ينشئ مركزه الرياضي "
        "في مدينة كانكون السياحية.",
    )
    assert speakers[-1] == "رافايل نادال"


def test_the_whole_role_reaches_further_back() -> None:
    speakers = quote_speakers(
        "أكد وزير المالية السعودي محمد الجدعان، أن ميزانية العام الحالي برهنت على سياسة الحكومة.",
        "جاء ذلك خلال كلمة في لقاء خاص نظمته جمعية الاقتصاد السعودية أمس.",
        "وتستهدف الرؤية تطوير عدد من القطاعات مثل الخدمات اللوجستية والإسكان والتعدين.",
        "وأوضح وزير المالية أن الإصلاحات الاقتصادية تهدف إلى رفع مستوى معيشة المواطنين.",
    )
    assert speakers[-1] == "محمد الجدعان"


def test_a_role_the_person_nearby_was_not_named_with_stays_unresolved() -> None:
    speakers = quote_speakers(
        "استقبل الرئيس التركي رجب طيب أردوغان في أنقرة ضيفه الأمريكي لثلاث ساعات ونصف.",
        'وقال اللاعب الإسباني للصحفيين إن "ما زال لدينا عمل كثير قبل الموسم".',
    )
    assert "رجب طيب أردوغان" not in speakers


def test_two_people_named_with_the_whole_role_leave_it_as_written() -> None:
    speakers = quote_speakers(
        "التقى وزير الخارجية الأمريكي ريكس تيلرسون في أنقرة نظيره وزير الخارجية التركي مولود "
        "جاويش أوغلو.",
        "وبحث الجانبان ملفات المنطقة لساعات.",
        "وتناول اللقاء الأزمة السورية.",
        "وأكد وزير الخارجية أن العلاقات بين البلدين تمر بمرحلة حرجة جدا.",
    )
    assert speakers[-1] not in ("ريكس تيلرسون", "مولود جاويش أوغلو")


def test_a_name_then_an_office_of_a_body() -> None:
    speakers = quote_speakers(
        "قال داميان تشوكو مفوض الشرطة في مدينة مايدوجوري بشمال شرق نيجيريا إن 3 انتحاريين "
        "قتلوا 18 شخصا في وقت متأخر من مساء أمس الجمعة بالمدينة.",
        "وقال بيتر سلامة نائب مدير عام المنظمة لبرنامج الطوارئ الصحية إن عدد حالات الإصابة "
        "بالكوليرا تراجع في اليمن.",
    )
    assert speakers == ["داميان تشوكو", "بيتر سلامة"]


def test_a_continuation_that_says_when_how_or_to_whom() -> None:
    speakers = quote_speakers(
        "قال داميان تشوكو مفوض الشرطة في مدينة مايدوجوري إن 3 انتحاريين قتلوا 18 شخصا.",
        "وأضاف اليوم السبت أن الهجوم وقع في سوق للأسماك على مشارف المدينة حوالي الساعة الثامنة.",
    )
    assert speakers[-1] == "داميان تشوكو"
    speakers = quote_speakers(
        "وقال خبير شفرات إنه ليس من الغريب أن يستغرق الأمر هذه المدة الطويلة لحل لغز اللوحة.",
        'وأضاف لبي بي سي "ألغاز مثل هذه ليست من الأمور التي يمكن للكمبيوتر حلها".',
    )
    assert speakers[-1] == "خبير شفرات"
    speakers = quote_speakers(
        'قال تيلرسون، في مقابلة مع برنامج "60 دقيقة": "كوزير للخارجية يقتضي عملي التأكد من '
        'أن الكوريين الشماليين يدركون أن قنواتنا مفتوحة".',
        'وأضاف بحسب مقاطع من المقابلة: "أنا أترقب. لا أقوم بتوجيه الكثير من الرسائل في هذه '
        'المرحلة".',
    )
    assert speakers[-1] is not None and "تيلرسون" in speakers[-1]


def test_a_continuation_after_a_sentence_whose_verb_quotes_nothing() -> None:
    speakers = quote_speakers(
        "أكد وزير البترول والثروة المعدنية المصري، طارق الملا، الخميس، توقيع اتفاق مبدئي مع "
        "الحكومة القبرصية لإقامة خط أنابيب يمتد من قبرص إلى مصر.",
        "وأضاف، خلال مشاركته في فاعليات مؤتمر أسبوع البترول الدولي بلندن، أن السوق المحلية "
        "الكبيرة بمصر تعد أحد عوامل الجذب.",
    )
    assert speakers[-1] == "طارق الملا"


def test_an_opening_verb_whose_subject_names_no_one_starts_no_chain() -> None:
    speakers = quote_speakers(
        "وتضمن البيان الرسمي عبارات حادة عكست شعور تامر بالانزعاج من رواج الشائعة.",
        "وأضاف أنه مثل أي إنسان معرض دائما لبعض التغيرات في ملامحه بسبب نقص الوزن.",
    )
    assert speakers[-1] is None


def test_wrote_pointed_out_and_criticised_are_speech() -> None:
    assert quote_speakers(
        "وكتب الدكتور أوتيس براولي، كبير أطباء الجمعية الأمريكية للسرطان على حسابه بموقع "
        'تويتر: "هذا التقرير الأولي سيثير مخاوف الكثيرين، ولكن رأيي لن يتغير".'
    ) == ["الدكتور أوتيس براولي"]
    assert quote_speakers(
        "كذلك لفت العلماء إلى أن أدمغة المعمرين احتوت أيضا على ثخانة أكبر بالنسبة للمنطقة "
        "التي تعرف باسم قشرة سينغولات الأمامية."
    ) == ["العلماء"]
    assert quote_speakers(
        'انتقدت منظمة "هيومان رايتس ووتش" الطريقة التي تنفذ بها تركيا هجومها في شمال سوريا، '
        "قائلة إنها فشلت في اتخاذ الاحتياطات الضرورية تجنبا لوقوع خسائر في صفوف المدنيين."
    ) == ["منظمة هيومان رايتس ووتش"]


def test_a_noun_with_the_article_is_no_speech_verb() -> None:
    assert not _verb_positions("وعرضت المكتبة الكتب الجديدة والوصف الكامل لكل منها")
    assert _verb_positions("وكتب على حسابه في تويتر أن الاجتماع كان مثمرا") == [(0, 4)]


def test_that_with_any_pronoun_opens_reported_speech() -> None:
    assert quote_speakers(
        "وقال شهود عيان إنهم شاهدوا طائرات تقصف البلدة كما أظهرت مقاطع فيديو صادمة معاناة الضحايا."
    ) == ["شهود عيان"]


def test_where_an_unnamed_source_is_belongs_to_it() -> None:
    assert quote_speakers(
        "وقالت مصادر في الخارجية التركية إن أجواء اللقاء بين أردوغان وتيلرسون كانت بناءة وإيجابية."
    ) == ["مصادر في الخارجية التركية"]
    assert quote_speakers(
        "وقال مسؤول في مؤتمر صحفي إن أجواء اللقاء بين الجانبين كانت بناءة وإيجابية."
    ) == ["مسؤول"]


def test_described_as_is_no_speech_verb() -> None:
    speakers = quote_speakers(
        'وكان مورينيو وصف لاعبي نيوكاسل بأنهم "لعبوا كالحيوانات"، ولكنه عاد وقال إنه عنى '
        'ذلك "من وجهة نظر ايجابية".'
    )
    assert "لاعبي نيوكاسل" not in speakers


def test_a_statement_of_a_body_is_its_words() -> None:
    assert quote_speakers(
        "وقال بيان للقيادة الأميركية في أفريقيا إن الغارة الجوية نفذت بالقرب من جيليب في منطقة "
        "جوبا الوسطى."
    ) == ["القيادة الأميركية"]


def test_a_speech_verb_joined_to_the_first_verb_takes_its_subject() -> None:
    speakers = quote_speakers(
        "أوصت الشرطة الإسرائيلية بتوجيه اتهامات لرئيس الوزراء بنيامين نتنياهو.",
        "نفى نتنياهو التهم التي وجهتها إليه الشرطة الإسرائيلية بارتكابه جرائم رشا واحتيال، "
        "وقال في خطاب تلفزيوني ألقاه من مقر إقامته إن الاتهامات لا أساس لها.",
    )
    assert speakers[-1] is not None and "نتنياهو" in speakers[-1]
    speakers = quote_speakers(
        "سجل المصري محمد صلاح هدفين لليفربول في شباك بورتو.",
        "عبر صلاح عن سعادته باللافتة التي وضعتها له جماهير الفريق قبل مباراة بورتو قائلا "
        '"لقد سعدت جدا برؤيتها قبل المباراة بليلة، أود أن أشكر الجماهير".',
    )
    assert speakers[-1] is not None and "صلاح" in speakers[-1]


def test_the_opening_verb_is_no_first_name() -> None:
    speakers = quote_speakers(
        "ظهرت لأول مرة نساء يرتدين ملابس سوداء وهن يقاتلن على جبهات القتال في فيديو نشره "
        "التنظيم مؤخرا وقال إنه صور في محافظة دير الزور."
    )
    assert all(s is None or "ظهرت" not in s for s in speakers)
