"""needs_context: each rule on sentences of February 2018 ANT articles that a blind annotator
labelled as fragments (tests/data/noise/fragments-february-2018.jsonl), and near misses that
stand alone."""

from marsad.lang.context import needs_context


def test_a_pronoun_on_but_leans_back() -> None:
    assert needs_context("غير أنه عاد مراسل العربية ليوضح أن الخطيب تحدث عن وثائق.", "ar")
    assert needs_context("إلا أنها تعتبر مرآة لثقافة المجتمع وانفتاحه على العالم.", "ar")


def test_a_speech_verb_before_where_it_was_said_has_no_subject() -> None:
    assert needs_context('وأضاف في حديث للتلفزيون الايراني الرسمي، "تم ارسال طائرتين".', "ar")
    assert needs_context('وأضاف خلال كلمة في طهران :"حدث تقدم في عدة مجالات".', "ar")
    assert needs_context('ومضى يقول إن هذا الإجراء "سيستهدف أكثر من 50 سفينة".', "ar")
    assert needs_context("وقال لوكالة فرانس برس لدى عودته إلى برلين إن الشرطة أبلغته.", "ar")
    # The speaker named after the verb: it stands alone.
    assert not needs_context('فقال له سيف الدولة مستغرباً ذعره: "هذه شجرة".', "ar")
    assert not needs_context("وقال فياريال في بيان رسمي إن الشعار سيظهر على القميص.", "ar")


def test_a_first_person_opening_goes_on_with_a_quote() -> None:
    assert needs_context("فعلنا ما يكفي للتأهل.", "ar")
    assert needs_context("فرحنا بصراحة!", "ar")
    assert needs_context("لكننا نأمل في أن يبقى معنا لتسجيل أهداف أخرى.", "ar")
    assert not needs_context("أحيانا تتأخر الرحلات بسبب الثلوج في المطار.", "ar")
    assert not needs_context("ثامنا: جاكرتا في إندونيسيا، وفيها أعلى دخل للعامل.", "ar")


def test_a_text_taken_as_known_leans_back() -> None:
    assert needs_context("وشدد التقرير على خطورة مثل هذا التبادل بين البلدين.", "ar")
    assert needs_context("وأوضح البيان قيام حرس الحدود بضبط محاولة تهريب.", "ar")
    # A report named by its own words stands alone.
    assert not needs_context("وأظهر التقرير السنوي لمنظمة العمل ارتفاع البطالة.", "ar")


def test_according_to_its_figures_leans_back() -> None:
    assert needs_context("وطبقاً لأرقامه، فقد بلغ عدد المستوطنين 435159 مستوطناً.", "ar")
    assert not needs_context("وطبقاً لأرقام الأمم المتحدة، بلغ عدد اللاجئين مليونا.", "ar")


def test_a_sentence_opening_with_a_comma_was_cut_from_the_one_before() -> None:
    # February 2018 ANT: paragraphs that break inside a sentence.
    assert needs_context("، وفقا لرويترز.", "ar")
    assert needs_context('، ليرد الفنان محمد هنيدي قائلاً: "إحنا كده هنقفل تويتر خالص".', "ar")
    assert needs_context(",حذرت الأمم المتحدة من خروج الأوضاع الانسانية عن السيطرة.", "ar")
