"""Words that look like a day but are not one, and names read as future verbs (round 19)."""

from __future__ import annotations

from datetime import date

from marsad.facts.dates import date_mentions, resolve

MONDAY = date(2018, 2, 19)
SUNDAY = date(2018, 2, 18)


def test_a_named_day_is_no_weekday() -> None:
    assert date_mentions("بريكست يهدد اتفاق الجمعة العظيمة الذي يضمن السلام") == []
    assert date_mentions("تخفيضات الجمعة السوداء في المتاجر") == []
    assert [m.text for m in date_mentions("اجتمع الوزراء الجمعة الماضي")] == ["الجمعة الماضي"]


def test_today_after_a_noun_of_the_day_is_no_date() -> None:
    assert date_mentions("ويقدم المطعم طبق اليوم للزبائن") == []
    assert date_mentions("بجيل قد يكون فيه بعض من وجوه اليوم") == []
    assert date_mentions("فكل شيء في حياتنا اليوم يخضع للقانون") == []
    assert [m.offset for m in date_mentions("وقال الوزير اليوم إن")] == [0]


def test_the_verb_touched_is_not_for_yesterday() -> None:
    found = date_mentions("وكان الخام قد لامس في وقت سابق أعلى مستوى منذ السابع من فبراير.")
    assert [m.text for m in found] == ["السابع من فبراير"]


def test_a_plural_noun_is_no_future_verb() -> None:
    (mention,) = date_mentions("ونظم طلاب مسيرة شارك فيها سياسيون، يوم السبت، في فورت لودرديل")
    assert resolve(mention, SUNDAY, "stated")[0] == date(2018, 2, 17)
    (coming,) = date_mentions("سيقولون كلمتهم يوم السبت")
    assert resolve(coming, SUNDAY, "stated")[0] == date(2018, 2, 24)


def test_a_quoted_name_is_no_future_verb() -> None:
    text = 'وفي أعقاب إطلاق النار داخل ثانوية "مارجوري ستونمان دوغلاس"، تعهد ترامب الخميس'
    (mention,) = date_mentions(text)
    assert resolve(mention, MONDAY, "stated")[0] == date(2018, 2, 15)


def test_a_year_after_the_word_year_is_the_dates_own() -> None:
    assert [m.absolute for m in date_mentions("في 1 مارس/أذار من عام 1981 والتي")] == [
        date(1981, 3, 1)
    ]
    assert [m.absolute for m in date_mentions("على حدود الرابع من حزيران عام 1967")] == [
        date(1967, 6, 4)
    ]
    assert [m.absolute for m in date_mentions("توفيت في 3 فبراير من العام 1975.")] == [
        date(1975, 2, 3)
    ]
    assert [m.text for m in date_mentions("في 5 مارس من عام الحزن")] == ["5 مارس"]


def test_per_day_is_no_date() -> None:
    assert date_mentions("ما يقرب من 50 مليون ساعة في اليوم.") == []
    assert [m.offset for m in date_mentions("وأعلن في اليوم نفسه، ثم أعلن الوزير اليوم أن")] == [0]


def test_per_day_inside_a_clause_is_no_date() -> None:
    assert date_mentions("وإجبارهن على العمل 21 ساعة في اليوم وإطعامهن الفتات.") == []
    assert date_mentions("وتواجه غرامات بقيمة 250 ألف يورو في اليوم إذا لم تمتثل") == []
    assert [m.offset for m in date_mentions("وصل الوفد في اليوم الخميس")] == [0]


def test_a_word_between_two_quoted_spans_is_not_quoted() -> None:
    text = "ومنح «قبلة الحياة» للفريق الوصلاوي، انتظاراً لـ «موقعة الخميس» بين المتصدر والمطارد"
    (mention,) = date_mentions(text)
    assert resolve(mention, date(2018, 2, 23), "stated")[0] == date(2018, 3, 1)
    samsung = 'رسالة قوية وجهتها "سامسونغ" لـ"أبل"، الأحد، بعد كشفها عن هاتف'
    (sunday,) = date_mentions(samsung)
    assert resolve(sunday, date(2018, 2, 26), "stated")[0] == date(2018, 2, 25)


def test_a_perfect_of_the_form_faa_al_is_no_future_verb() -> None:
    text = "سافرت دولتشي آند غابانا بعارضات جدد من أجل أسبوع ميلانو للموضة، وسرق سرب الأنظار يوم الأحد."
    (mention,) = date_mentions(text)
    assert resolve(mention, date(2018, 2, 27), "stated")[0] == date(2018, 2, 25)
    (helped,) = date_mentions("وساهم تحسن الأحوال الجوية صباح الثلاثاء في تسهيل البحث")
    assert helped.direction == "nearest"
    # Written with its hamza, or with three letters after "سا", it is still a future.
    (reply,) = date_mentions("سأرد عليه يوم الأحد")
    assert resolve(reply, date(2018, 2, 27), "stated")[0] == date(2018, 3, 4)
    (work,) = date_mentions("ساعمل معهم يوم الأحد")
    assert work.direction == "future"


def test_a_day_and_month_of_last_year() -> None:
    text = "وسقط من ارتفاع 40 مترا يوم 19 يناير/كانون الثاني العام الماضي، وأصيب في المخ."
    (mention,) = date_mentions(text)
    assert resolve(mention, date(2018, 2, 28), "stated")[0] == date(2017, 1, 19)
    (before,) = date_mentions("وقع الحادث في 3 مارس من السنة الماضية")
    assert resolve(before, date(2018, 2, 28), "stated")[0] == date(2017, 3, 3)


def test_a_cut_second_month_name_keeps_the_year() -> None:
    (mention,) = date_mentions("ولد في 23 أغسطس/ ب 1971 في القاهرة")
    assert mention.absolute == date(1971, 8, 23)


def test_today_against_tomorrow_is_now_against_the_future() -> None:
    text = "وقال إن السيارات تقاد بأيدي البشر اليوم، لكن غدا ستقود نفسها بنفسها."
    assert date_mentions(text) == []
    assert date_mentions("نعيش على الأرض اليوم، ربما غدا على كوكب آخر") == []
    assert [m.offset for m in date_mentions("المباريات التي تقام اليوم وغداً")] == [0, 1]
