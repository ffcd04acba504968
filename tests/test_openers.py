"""Openers read against the summary shown before a sentence (summarize/openers.py, round 32)."""

from marsad.summarize.openers import told_then, without_turn


def test_a_turn_to_another_point_is_dropped() -> None:
    assert without_turn("إلى ذلك، التقى الوزير رئيس الجمهورية في القصر.", "ar") == (
        "التقى الوزير رئيس الجمهورية في القصر."
    )
    assert without_turn("ومن جهة أخرى، قالت الوزارة إن الهدنة تبدأ غدا.", "ar") == (
        "قالت الوزارة إن الهدنة تبدأ غدا."
    )
    assert without_turn("وفي سياق متصل قال المدير إن القصف مستمر على البلدة.", "ar") == (
        "قال المدير إن القصف مستمر على البلدة."
    )
    assert without_turn("في غضون ذلك، قال المدرب إنه متفائل بحالة اللاعب.", "ar") == (
        "قال المدرب إنه متفائل بحالة اللاعب."
    )


def test_a_sentence_without_a_turn_is_kept_whole() -> None:
    for text in (
        "وقال الوزير إن الزيارة كانت ناجحة.",
        "إلى ذلكم الحين بقي المطار مغلقا.",  # not the phrase: a word goes on
        "من جهة أخرى.",  # nothing would be left
        "من جهتها، قالت الشركة إنها ستطعن في القرار.",  # "for her part": not a turn
    ):
        assert without_turn(text, "ar") == text
    assert without_turn("Meanwhile, the minister said it was over.", "en") == (
        "Meanwhile, the minister said it was over."
    )


def test_a_word_of_time_pointing_back_is_told_then() -> None:
    assert told_then("عندها برزت ناشطات وثقن ما حدث في البلدة.", "ar")
    assert told_then("عليك حينها النقر على الأيقونة الثالثة.", "ar")
    assert told_then("ومن ثم ندخل معها في تفاصيل الحياة في المدينة.", "ar")
    assert told_then("وقال آنذاك الأمين العام للمنظمة إن السجن انتهاك.", "ar")
    assert told_then("وبعدها انتقل اللاعب إلى نادٍ آخر على سبيل الإعارة.", "ar")


def test_a_sentence_that_tells_its_own_time_is_not_told_then() -> None:
    for text in (
        "وقال الوزير الثلاثاء إن الزيارة كانت ناجحة.",
        "ثمانية قتلى في انفجار سيارة مفخخة في العاصمة.",  # "ثمانية" is no "ثم"
        "وقع الانفجار صباحا ثم هرعت سيارات الإسعاف إلى المكان.",  # "then" after the fourth word
    ):
        assert not told_then(text, "ar")
    assert not told_then("Then the minister left.", "en")
