"""Cleaning rules on small hand-made articles (not the examples' own strings)."""

import gzip
import json
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

import marsad.lang
from marsad.clean import clean_article, clean_articles
from marsad.model import Article


def _article(text: str, title: str = "انفجار في ميناء المدينة", source: str = "outlet") -> Article:
    return Article(id="a1", title=title, text=text, source=source)


def _reasons(text: str, title: str = "انفجار في ميناء المدينة") -> dict[str, str]:
    cleaned = clean_article(_article(text, title))
    return {removal.text: removal.reason for removal in cleaned.removed}


BODY = (
    "قالت السلطات إن انفجارا وقع صباح اليوم في الميناء وأدى إلى أضرار كبيرة في المباني.\n"
    "وأضافت أن فرق الإنقاذ تعمل في الموقع منذ ساعات الصباح الأولى للبحث عن ناجين.\n"
)


def test_clean_body_is_kept_whole() -> None:
    cleaned = clean_article(_article(BODY))
    assert cleaned.removed == ()
    assert list(cleaned.paragraphs) == BODY.strip().split("\n")


def test_title_repeated_in_body() -> None:
    reasons = _reasons("انفجار في ميناء المدينة\n" + BODY)
    assert reasons == {"انفجار في ميناء المدينة": "title repeated in the body"}


def test_paragraph_repeated() -> None:
    first = BODY.split("\n")[0]
    cleaned = clean_article(_article(BODY + first))
    assert [r.reason for r in cleaned.removed] == ["paragraph repeated"]
    assert cleaned.paragraphs.count(first) == 1


def test_lead_pasted_and_glued_to_the_next_paragraph() -> None:
    first, second = BODY.strip().split("\n")
    glued = first + second[:30]
    cleaned = clean_article(_article(glued + "\n" + BODY))
    assert [(r.text, r.reason) for r in cleaned.removed] == [
        (glued.strip(), "paragraph pasted again inside other paragraphs")
    ]
    assert list(cleaned.paragraphs) == [first, second]


def test_line_in_another_script() -> None:
    assert _reasons("Explosion hits the city port\n" + BODY) == {
        "Explosion hits the city port": "line in another language than the article"
    }


def test_english_article_drops_an_arabic_line() -> None:
    text = "The port was hit by a blast on Monday morning, officials said.\nانفجار في الميناء\n"
    cleaned = clean_article(_article(text, title="Blast at the port"))
    assert [r.reason for r in cleaned.removed] == ["line in another language than the article"]


def test_credit_line() -> None:
    assert _reasons(BODY + "المصدر: وكالات + مواقع التواصل") == {
        "المصدر: وكالات + مواقع التواصل": "credit line"
    }


def test_photo_caption_with_agency_credit() -> None:
    assert _reasons("رجال الإنقاذ في موقع الانفجار (رويترز)\n" + BODY) == {
        "رجال الإنقاذ في موقع الانفجار (رويترز)": "photo caption with credit"
    }


def test_continuation_marker() -> None:
    assert _reasons(BODY + "(يتبع)") == {"(يتبع)": "continuation marker or bracketed note"}


def test_short_non_sentence_line() -> None:
    assert _reasons(BODY + "شارك برأيك") == {
        "شارك برأيك": "short line that is not a sentence (heading, prompt or widget)"
    }


def test_short_sentence_with_punctuation_is_kept() -> None:
    assert _reasons(BODY + "ولم يصب أحد.") == {}


def test_dateline_in_parentheses_is_cut() -> None:
    text = "(وكالة الأنباء - 3 آذار 2021) " + BODY
    cleaned = clean_article(_article(text))
    assert cleaned.paragraphs[0].startswith("قالت السلطات")
    assert [r.reason for r in cleaned.removed] == ["dateline"]


def test_city_dateline_is_cut_only_at_the_start() -> None:
    first, second = BODY.strip().split("\n")
    cleaned = clean_article(_article(f"بيروت - {first}\nطرابلس - {second}"))
    assert cleaned.paragraphs[0] == first
    assert cleaned.removed[0].text == "بيروت -"


def test_recurring_boilerplate_of_one_outlet() -> None:
    prompt = "تابعونا على حساباتنا في مواقع التواصل الاجتماعي دائما."
    bodies = [
        f"خبر رقم {n} عن موضوع مختلف تماما في يوم مختلف من الأسبوع.\n{prompt}" for n in range(3)
    ]
    articles = [
        Article(id=f"a{n}", title=f"عنوان {n}", text=body, source="same")
        for n, body in enumerate(bodies)
    ]
    other = Article(id="b", title="عنوان", text=bodies[0], source="other-outlet")
    cleaned = clean_articles([*articles, other])
    assert all(prompt not in c.paragraphs for c in cleaned[:3])
    assert prompt in cleaned[3].paragraphs


def test_every_removal_names_its_article() -> None:
    cleaned = clean_article(_article("(يتبع)\n" + BODY))
    assert {r.article for r in cleaned.removed} == {"a1"}


LEAD = "قالت السلطات إن انفجارا وقع صباح اليوم في الميناء وأدى إلى أضرار كبيرة في المباني المجاورة."


def test_cnn_dateline_is_cut_and_a_second_one_opens_a_teaser() -> None:
    teaser = "أتلانتا، الولايات المتحدة الأمريكية (CNN)-- أعلنت شركة كبرى عن هاتف جديد بسعر منخفض هذا العام."
    text = f"دبي، الإمارات العربية المتحدة (CNN)-- {LEAD}\n{BODY.split(chr(10))[1]}\n{teaser}"
    cleaned = clean_article(_article(text, source="CNN"))
    assert cleaned.paragraphs[0] == LEAD
    reasons = {r.text: r.reason for r in cleaned.removed}
    assert reasons["دبي، الإمارات العربية المتحدة (CNN)--"] == "dateline"
    assert reasons[teaser].startswith("teaser")


def test_an_agency_dateline_left_open_is_cut() -> None:
    cleaned = clean_article(_article(f"(CNN-- {LEAD}"))
    assert cleaned.paragraphs == (LEAD,)
    assert [r.reason for r in cleaned.removed] == ["dateline"]


def test_teaser_repeating_another_articles_title_of_the_same_outlet() -> None:
    other_title = "الحكومة تعلن خطة جديدة لدعم المزارعين في المناطق الريفية"
    other = Article(id="o", title=other_title, text=LEAD, source="cnn")
    article = Article(
        id="a",
        title="انفجار في ميناء المدينة",
        text=f"{LEAD}\n{other_title}: تفاصيل الخطة الكاملة والجدول الزمني.",
        source="cnn",
    )
    plain = Article(
        id="a", title="انفجار في ميناء المدينة", text=f"{LEAD}\n{other_title}", source="cnn"
    )
    cleaned = {item.article.id: item for item in clean_articles([plain, other])}
    assert cleaned["a"].paragraphs == (LEAD,)
    assert cleaned["a"].removed[0].reason.startswith("teaser")
    # Another outlet's title is no evidence.
    elsewhere = replace(other, source="bbc")
    assert clean_articles([article, elsewhere])[0].removed == ()


def test_hashtags_question_headings_and_read_also() -> None:
    text = (
        f"أعلنت #وزارة_الصحة أن عدد المصابين ارتفع إلى ثلاثمئة في أسبوع واحد.\n"
        "ما الذي ورد في رسالة الوزير؟\n"
        f"{BODY}"
        "اقرأ أيضا:\n"
        "الحكومة تعلن خطة جديدة لدعم المزارعين والصيادين في المناطق الريفية والساحلية\n"
        "#الصحة #كورونا\n"
    )
    cleaned = clean_article(_article(text))
    assert (
        cleaned.paragraphs[0]
        == "أعلنت وزارة الصحة أن عدد المصابين ارتفع إلى ثلاثمئة في أسبوع واحد."
    )
    reasons = {r.text: r.reason for r in cleaned.removed}
    assert reasons["ما الذي ورد في رسالة الوزير؟"] == "question heading"
    assert reasons["اقرأ أيضا:"] == "'read also' or follow prompt"
    assert (
        reasons["الحكومة تعلن خطة جديدة لدعم المزارعين والصيادين في المناطق الريفية والساحلية"]
        == "link title after a 'read also' label"
    )
    assert reasons["#الصحة #كورونا"] == "hashtag line"
    assert reasons["#وزارة_الصحة"] == "hashtag"


def test_a_hashtag_named_as_such_stays() -> None:
    line = 'وانتشر هاشتاغ "#حساب_البنك" على تويتر بعد إعلان المصرف عن الأرباح السنوية الكبيرة.'
    assert clean_article(_article(line + "\n" + BODY)).paragraphs[0] == line


def test_a_tag_that_lost_its_hash_is_written_as_words() -> None:
    text = "أعلن صندوق_الاستثمارات_العامة عن استثمار 400 مليون دولار في شركة ناشئة."
    cleaned = clean_article(_article(text))
    assert cleaned.paragraphs == (
        "أعلن صندوق الاستثمارات العامة عن استثمار 400 مليون دولار في شركة ناشئة.",
    )
    assert [r.reason for r in cleaned.removed] == ["hashtag"]


def test_a_latin_tag_whose_hash_moved_to_its_end_is_written_as_words() -> None:
    text = "وانطلق في الرياض معرض القوات المسلحة لدعم التصنيع المحلي 2018_AFED# في دورته الرابعة."
    cleaned = clean_article(_article(text))
    assert cleaned.paragraphs == (
        "وانطلق في الرياض معرض القوات المسلحة لدعم التصنيع المحلي 2018 AFED في دورته الرابعة.",
    )
    named = 'وانتشر هاشتاغ "MeToo#" على تويتر بعد الاتهامات التي طالت المنتج في هوليوود.'
    assert clean_article(_article(named + "\n" + BODY)).paragraphs[0] == named


def test_an_arabic_tag_whose_hash_moved_to_its_end_is_written_as_words() -> None:
    # The eighteenth blind March check's kind (issue 16, round 21): '"… شخصياً#"', a "#" kept
    # after the Arabic word in visual order. No February 2018 article holds the form.
    line = 'وكتب اللاعب على حسابه: "سأدعم المنتخب في كأس العالم شخصياً#" قبل المباراة.'
    cleaned = clean_article(_article(line + "\n" + BODY))
    assert cleaned.paragraphs[0] == (
        'وكتب اللاعب على حسابه: "سأدعم المنتخب في كأس العالم شخصياً" قبل المباراة.'
    )
    assert [r.text for r in cleaned.removed if r.reason == "hashtag"] == ["شخصياً#"]
    tagged = "وغرد الجمهور عن عاصي_الحلاني# بعد الحفل الذي أقيم في بيروت أمس."
    assert clean_article(_article(tagged + "\n" + BODY)).paragraphs[0] == (
        "وغرد الجمهور عن عاصي الحلاني بعد الحفل الذي أقيم في بيروت أمس."
    )
    # A tag named as such keeps its "#"; a "#" opening a tag is the other rules'.
    named = 'وانتشر هاشتاغ "شخصياً#" على تويتر بعد المقابلة التي أجراها اللاعب مع الصحيفة.'
    assert clean_article(_article(named + "\n" + BODY)).paragraphs[0] == named


def test_a_tag_link_in_quotes_is_written_as_words() -> None:
    # Al Arabiya writes its tag links in quotes (February 2018, AL-technology-6-20180216): the
    # "#" was shown in a summary sentence. Named as a hashtag, it stays.
    line = 'أعلنت شركة " #مايكروسوفت " أن جهاز هولولنس متاح الآن في دولة الإمارات للمطورين.'
    cleaned = clean_article(_article(line + "\n" + BODY))
    assert cleaned.paragraphs[0] == (
        'أعلنت شركة " مايكروسوفت " أن جهاز هولولنس متاح الآن في دولة الإمارات للمطورين.'
    )
    assert [(r.text, r.reason) for r in cleaned.removed] == [("#مايكروسوفت", "hashtag")]
    named = 'وأكد المصرف أنه "لا صحة للادعاءات الواردة في وسم (#حساب_المصرف_يحول_مبالغ)" أمس.'
    assert clean_article(_article(named + "\n" + BODY)).paragraphs[0] == named


def _column(number: int, ending: str) -> Article:
    """An Al Arabiya sports column of February 2018 whose last word is ``ending``."""
    text = (
        f"تلعب أنديتنا الجولة {number} من البطولة القارية هذا الأسبوع وسط آمال كبيرة بالتأهل.\n"
        f"وتحتاج الفرق إلى إعداد أفضل قبل الجولة {number} إذا أرادت المنافسة على اللقب.\n"
        f"{ending}"
    )
    return Article(id=f"col-{number}", title=f"عمود {number}", text=text, source="alarabia")


def test_a_column_label_is_cut_where_it_runs_into_a_sentence() -> None:
    # Al Arabiya's sports columns end with "كلمة أخيرة": alone on its line, before a colon, or
    # run into the last sentence (February 2018, AL-sport-231-20180224).
    columns = [
        _column(1, "كلمة أخيرة:\nفرقنا قادرة على التفوق متى ما قررت إدارات الأندية ذلك."),
        _column(2, "كلمة أخيرة: كرة القدم السعودية دوما تؤكد ريادتها يوما بعد يوم."),
        _column(3, "قبل فوات الأوان. كلمة أخيرة نتمنى أن يكون الصمت وراءه أخبار سارة."),
        _column(4, "كلمة أخيرة: الولاء للكيان والشعار فقط."),
    ]
    cleaned = clean_articles(columns)
    assert cleaned[1].paragraphs[-1] == "كرة القدم السعودية دوما تؤكد ريادتها يوما بعد يوم."
    assert cleaned[2].paragraphs[-1] == "قبل فوات الأوان. نتمنى أن يكون الصمت وراءه أخبار سارة."
    assert [(r.text, r.reason) for r in cleaned[2].removed] == [("كلمة أخيرة", "column label")]
    assert "كلمة أخيرة:" in cleaned[0].paragraphs  # alone on its line: no sentence to cut from
    # In two articles it is no evidence, nor in one article alone.
    assert clean_articles(columns[:3])[2].paragraphs[-1].startswith("قبل فوات الأوان. كلمة")
    assert clean_article(columns[2]).removed == ()
    # Never alone on its line, a recurring opening before a colon is no label.
    quotes = [_column(n, f"قال المدرب: نحن جاهزون للمباراة {n} أمام المنافس.") for n in (5, 6, 7)]
    assert clean_articles(quotes)[0].paragraphs[-1].startswith("قال المدرب:")


def test_a_hashtag_after_a_closed_quote_is_unwrapped() -> None:
    line = 'ويظهر شاب وهو يقوم بـ"عض" #بطارية_الهاتف بفمه فانفجرت على الفور في المحل.'
    assert clean_article(_article(line + "\n" + BODY)).paragraphs[0] == (
        'ويظهر شاب وهو يقوم بـ"عض" بطارية الهاتف بفمه فانفجرت على الفور في المحل.'
    )


def test_a_rights_notice_is_a_credit_line() -> None:
    # The last line of a BBC photo story (March 2018), shown as a summary sentence.
    notice = "حقوق النشر محفوظة لكل الصور المنشورة هنا."
    cleaned = clean_article(_article(BODY + "\n" + notice))
    assert notice not in cleaned.paragraphs
    assert [r.reason for r in cleaned.removed] == ["credit line"]
    # A sentence about image rights is no notice.
    tax = "ودفع لاعب الوسط نحو مليون يورو لتسوية قضية ضريبة حقوق الصور الخاصة به."
    assert tax in clean_article(_article(BODY + "\n" + tax)).paragraphs


def test_a_hashtag_with_a_diacritic_is_written_as_words() -> None:
    # Tanween is no word character for Python's regex: "#مجهولاً_يقوم_…" lost its "#" and kept
    # its underscores in a March 2018 summary sentence.
    line = "أظهرت الصور شخصاً #مجهولاً_يقوم_بتشويه_السيارات في العاصمة البريطانية #لندن، قبل أن يفر."
    assert clean_article(_article(line + "\n" + BODY)).paragraphs[0] == (
        "أظهرت الصور شخصاً مجهولاً يقوم بتشويه السيارات في العاصمة البريطانية لندن، قبل أن يفر."
    )


def test_related_links_bylines_and_prompts_without_a_colon() -> None:
    link = "حكم الفيديو المساعد يثير جدلا مع انتهاء كأس القارات"
    byline = "هذا التقرير بقلم عبيدة نفاع، محرر الشؤون الرياضية، ولا يعكس بالضرورة رأي الشبكة."
    prompts = [
        "قد يهمك.. الحكومة تعلن خطة جديدة لدعم المزارعين",
        "إقرأ أيضا اتهام مديري أوبرا باريس",
    ]
    item = "3- لا وجود لأدلة معروفة تثبت نجاح عملية التدخل في نتيجة الانتخابات بأي طريقة"
    text = "\n".join([LEAD, link, byline, *prompts, item, BODY.split("\n")[1]])
    reasons = {r.text: r.reason for r in clean_article(_article(text)).removed}
    assert reasons[link].startswith("title-like line")
    assert reasons[byline] == "author's byline or disclaimer"
    assert all(reasons[p] == "'read also' or follow prompt" for p in prompts)
    assert item not in reasons  # a numbered item goes on with the text


def test_a_partner_credit_line_is_removed_and_a_sentence_about_a_partnership_is_kept() -> None:
    credit = "نشر هذا المقال بالتعاون مع موقع التوظيف الإلكتروني بيت.كوم"
    kept = "ووقعت الوزارة اتفاقا بالتعاون مع البنك الدولي لتمويل مشروعات المياه في الريف."
    text = "\n".join([LEAD, credit, kept, BODY.split("\n")[1]])
    reasons = {r.text: r.reason for r in clean_article(_article(text)).removed}
    assert reasons[credit] == "author's byline or disclaimer"
    assert kept not in reasons


def test_a_link_at_the_end_of_a_paragraph_is_cut_and_the_report_kept() -> None:
    line = (
        "وتقول الشركة إنها ستعطي الأولوية للمحتوى الذي يشاركه الأصدقاء، اقرأ المزيد: "
        "فيسبوك تغير من سياساتها.. محتوى أكثر من الأصدقاء وأقل من المعلنين"
    )
    quote = 'وقال الوزير في كلمته أمام الطلاب: "اقرأ التاريخ جيدا قبل أن تحكم على الحاضر".'
    cleaned = clean_article(_article("\n".join([LEAD, line, quote, BODY.split("\n")[1]])))
    assert cleaned.paragraphs[1] == "وتقول الشركة إنها ستعطي الأولوية للمحتوى الذي يشاركه الأصدقاء."
    assert cleaned.paragraphs[2] == quote
    reasons = {r.text: r.reason for r in cleaned.removed}
    link = "اقرأ المزيد: فيسبوك تغير من سياساتها.. محتوى أكثر من الأصدقاء وأقل من المعلنين"
    assert reasons[link] == "'read also' or follow prompt"
    quoted_then_link = (
        'وطالب السفير بتحقيق فوري "لمعاقبة الجناة،" تابع تفاصيل القضية عبر الرابط التالي: '
        "السلطات تطالب الحكومة البريطانية بتفاصيل مقتل الطالبة"
    )
    cleaned = clean_article(_article("\n".join([LEAD, quoted_then_link, BODY.split("\n")[1]])))
    assert cleaned.paragraphs[1] == 'وطالب السفير بتحقيق فوري "لمعاقبة الجناة".'
    # Al Arabiya, February 2018: a prompt to watch a linked video, its title after the colon.
    video = (
        "وأطلقت الإمارات القمر من قاعدة أمريكية، بهدف تحسين الاتصالات بموجات الراديو، شاهد "
        "الفيديو: الإمارات تطلق أول قمر صناعي نانومتري باللغة العربية"
    )
    cleaned = clean_article(_article("\n".join([LEAD, video, BODY.split("\n")[1]])))
    assert cleaned.paragraphs[1] == (
        "وأطلقت الإمارات القمر من قاعدة أمريكية، بهدف تحسين الاتصالات بموجات الراديو."
    )


def test_a_click_here_link_prompt_is_removed_and_a_sentence_using_the_words_is_kept() -> None:
    prompt = "لمشاهدة التقرير الأساسي لمراسلتنا، نعمة الباقر، اضغط هنا."
    kept = "وقال الوزير إنه سيضغط هنا على الحكومة لتغيير موقفها من القانون الجديد للضرائب."
    text = "\n".join([LEAD, prompt, kept, BODY.split("\n")[1]])
    reasons = {r.text: r.reason for r in clean_article(_article(text)).removed}
    assert reasons[prompt] == "'read also' or follow prompt"
    assert kept not in reasons


def test_a_list_or_column_marker_opening_a_paragraph_is_cut() -> None:
    # Paragraphs of February 2018 ANT (AL-technology-7, AL-sport-108, SK-technology-99,
    # AL-technology-54, AL-sport-229) and the column marker of a March summary sentence.
    items = {
        '• حدد قسم "اللغة والإدخال".': ("•", 'حدد قسم "اللغة والإدخال".'),
        "** مرة أخرى شكرا محمد صلاح.. فأنت تحمل راية تساوى ما تحمله عمائم عشرات الدعاة.": (
            "**",
            "مرة أخرى شكرا محمد صلاح.. فأنت تحمل راية تساوى ما تحمله عمائم عشرات الدعاة.",
        ),
        "- انتقل إلى الخيار الثالث الذي يأتي تحت مسمى أثناء التجوال.": (
            "-",
            "انتقل إلى الخيار الثالث الذي يأتي تحت مسمى أثناء التجوال.",
        ),
        "*سوف تبقى بعض المعلومات مرئية، مثل الرسائل التي أرسلتها إلى مستخدمين آخرين.": (
            "*",
            "سوف تبقى بعض المعلومات مرئية، مثل الرسائل التي أرسلتها إلى مستخدمين آخرين.",
        ),
        "> تسريب عقد حسام البدرى المدير الفنى للأهلى أثار بلبلة داخل جدران القلعة الحمراء.": (
            ">",
            "تسريب عقد حسام البدرى المدير الفنى للأهلى أثار بلبلة داخل جدران القلعة الحمراء.",
        ),
        "ـ كلمة للتاريخ: لم يكن الفوز سهلا على فريق يلعب على أرضه وبين جماهيره.": (
            "ـ",
            "كلمة للتاريخ: لم يكن الفوز سهلا على فريق يلعب على أرضه وبين جماهيره.",
        ),
    }
    for line, (marker, kept) in items.items():
        cleaned = clean_article(_article(BODY + line))
        assert cleaned.paragraphs[-1] == kept
        assert [(r.text, r.reason) for r in cleaned.removed] == [(marker, "list marker")]


def test_a_minus_sign_a_hyphen_or_a_tatweel_in_a_word_is_not_a_marker() -> None:
    lines = [
        "-5 درجات مئوية هي أدنى حرارة سجلت في العاصمة خلال ليل أمس بحسب الأرصاد.",
        "–٣ درجات كانت الحرارة المسجلة في المدينة صباح اليوم بحسب هيئة الأرصاد.",
        "ـه كلمة لا يفهمها أحد في هذا النص الذي كتبه المراسل على عجل في المساء.",
    ]
    for line in lines:
        cleaned = clean_article(_article(BODY + line))
        assert cleaned.paragraphs[-1] == line
        assert cleaned.removed == ()
    english = "Officials said the port reopened on Monday after a week of repairs.\n"
    line = "-10 degrees was the lowest temperature, and X-ray scanners froze at the gate."
    cleaned = clean_article(_article(english + line, title="Port reopens after the blast"))
    assert cleaned.paragraphs[-1] == line
    assert cleaned.removed == ()


# BBC, February 2018 (BB-middleEast-47-20180216, paragraph 6): three related-article titles
# scraped into one paragraph, one glued to the next ("اليمنفي"); the middle one is the title of
# another BBC article of the same day.
RELATED_TITLE = "الولايات المتحدة تطالب بتحرك ضد إيران إثر تقرير أممي يتهمها بتهريب أسلحة إلى اليمن"
RELATED_BLOCK = (
    "دور السعودية والإمارات الولايات المتحدة تطالب بتحرك ضد إيران إثر تقرير أممي يتهمها "
    "بتهريب أسلحة إلى اليمنفي حرب اليمن وتطورات عدن"
)
ENVOY_LEAD = (
    "وافق مجلس الأمن في الخامس عشر من فبراير/شباط 2018 على تعيين مارتن غريفيث مبعوثاً أممياً "
    "خاصاُ إلى اليمن خلفاً لـ إسماعيل ولد الشيخ أحمد."
)

OTHER_BODY = "طالبت الولايات المتحدة مجلس الأمن باتخاذ إجراء ضد إيران بعد تقرير للأمم المتحدة."


def _envoy(block: str) -> Article:
    return Article(
        id="envoy",
        title="من هو المبعوث الأممي الجديد إلى اليمن؟",
        text=f"{ENVOY_LEAD}\n{block}\n{BODY}",
        source="BBC",
    )


def test_a_related_links_block_holding_another_articles_title_is_removed() -> None:
    other = Article(id="other", title=RELATED_TITLE, text=OTHER_BODY, source="BBC")
    cleaned = clean_articles([_envoy(RELATED_BLOCK), other])[0]
    assert RELATED_BLOCK not in cleaned.paragraphs
    assert [(r.text, r.reason) for r in cleaned.removed] == [
        (RELATED_BLOCK, "related-links block: titles of other articles of this outlet run together")
    ]
    assert cleaned.paragraphs == (ENVOY_LEAD, *BODY.splitlines())


def test_a_paragraph_citing_another_title_stays_without_evidence_or_with_a_sentence_end() -> None:
    other = Article(id="other", title=RELATED_TITLE, text=OTHER_BODY, source="BBC")
    # Alone, or with another outlet's article, the paragraph has no evidence against it.
    assert RELATED_BLOCK in clean_articles([_envoy(RELATED_BLOCK)])[0].paragraphs
    elsewhere = replace(other, source="CNN")
    assert RELATED_BLOCK in clean_articles([_envoy(RELATED_BLOCK), elsewhere])[0].paragraphs
    # A sentence of the report that names the other article's title ends as a sentence.
    sentence = f"وكانت بي بي سي قد نشرت تقريرا بعنوان {RELATED_TITLE} قبل يومين من التعيين."
    assert sentence in clean_articles([_envoy(sentence), other])[0].paragraphs


def test_the_february_bbc_related_links_block_is_removed_with_the_corpus_evidence(
    shared_data: Callable[[str], Path],
) -> None:
    wanted = {"BB-middleEast-47-20180216", "BB-middleEast-9-20180216"}
    records = {}
    with gzip.open(shared_data("ant_multisource/ant-2018.jsonl.gz"), "rt", encoding="utf-8") as f:
        for line in f:
            if '"BB-middleEast-' in line and (record := json.loads(line))["id"] in wanted:
                records[record["id"]] = record
    envoy, other = (
        Article(id=r["id"], title=r["title"], text=r["text"], source=r["source"])
        for r in (records["BB-middleEast-47-20180216"], records["BB-middleEast-9-20180216"])
    )
    assert RELATED_BLOCK in envoy.text.splitlines()
    assert RELATED_BLOCK in clean_articles([envoy])[0].paragraphs  # no evidence alone
    cleaned = clean_articles([envoy, other])[0]
    assert RELATED_BLOCK not in cleaned.paragraphs
    assert {r.reason for r in cleaned.removed if r.text == RELATED_BLOCK} == {
        "related-links block: titles of other articles of this outlet run together"
    }


def test_a_link_title_opening_with_wa_or_fa_in_a_run_of_link_titles() -> None:
    # BBC, February 2018 (BB-economy-22-20180201): three related articles' titles in the body;
    # the middle one opens with the "ف" of "فيسبوك", not a conjunction.
    run = [
        'خبراء: فيسبوك "غير صالح" للأطفال',
        'فيسبوك يعتزم الاعتماد على آراء مستخدميه في تقييم "مصداقية الأخبار"',
        'مارك زوكربرغ يتعهد بـ "إصلاح" فيسبوك',
    ]
    text = "\n".join([LEAD, *run, BODY])
    reasons = {r.text: r.reason for r in clean_article(_article(text)).removed}
    assert all(line in reasons for line in run)
    assert reasons[run[1]].startswith("title-like line")
    # Alone between sentences, a short line opening with "و" goes on with the text.
    going_on = "وفي المقابل رفضت الحكومة التعليق على الحادث حتى الآن"
    kept = clean_article(_article("\n".join([LEAD, going_on, BODY]))).paragraphs
    assert going_on in kept


def test_persian_letters_in_arabic_text_are_written_as_arabic() -> None:
    # Typed on a Persian/Urdu keyboard (Al Arabiya, February 2018): "یأتي هذا" hid the opener
    # from every rule that reads the text; a dotless final ی is the alef maqsura "إلى".
    line = "یأتي هذا في وقت یتأثر فيه الإنفاق الاستھلاکي إلی حد كبير في جميع المحافظات."
    cleaned = clean_article(_article(line + "\n" + BODY))
    assert cleaned.paragraphs[0] == (
        "يأتي هذا في وقت يتأثر فيه الإنفاق الاستهلاكي إلى حد كبير في جميع المحافظات."
    )
    assert [r.reason for r in cleaned.removed] == ["Persian letters written as Arabic letters"]
    assert cleaned.removed[0].text == "یأتي یتأثر الاستھلاکي إلی"
    # Persian text (no Arabic-only letters, or a Persian language) is left as written.
    persian = "این گزارش درباره انفجار در بندر است و نیروهای امدادی در محل حاضر هستند."
    assert clean_article(_article(persian)).paragraphs == (persian,)
    marked = replace(_article(line + "\n" + BODY), lang="fa")
    assert clean_article(marked).paragraphs[0] == line


def test_a_hashtag_glued_to_a_word_is_a_word_of_its_own() -> None:
    # "وسبق للروائي السوري#فيصل_خرتش" (Al Arabiya, February 2018) became "السوريفيصل"; a
    # proclitic before the "#" ("و#العراق", "بـ#الإرهاب") belongs to the tagged word.
    line = "وسبق للروائي السوري#فيصل_خرتش الفوز بالجائزة، وتحدث عن سوريا و#العراق وعن بـ#الإرهاب."
    assert clean_article(_article(line + "\n" + BODY)).paragraphs[0] == (
        "وسبق للروائي السوري فيصل خرتش الفوز بالجائزة، وتحدث عن سوريا والعراق وعن بـالإرهاب."
    )


def test_an_outlet_that_cannot_verify_is_a_disclaimer() -> None:
    # CNN's standing note (February 2018, five summary sentences), not the news.
    note = (
        "ويشار إلى أن موقع الشبكة لا يمكنه التأكد بشكل مستقل من الأنباء والمعلومات التي يتم "
        "تناقلها عبر وسائل التواصل الاجتماعي."
    )
    reasons = _reasons(BODY + note)
    assert reasons == {note: "disclaimer: the outlet cannot verify what it reports"}
    # The same words inside a longer report, or quoted ("we cannot"), stay.
    clause = (
        "وقال المرصد إن الطائرات شنت غارات على البلدة بعد إقرار الهدنة، وهو الأمر الذي لم "
        "تتمكن الشبكة من التأكد منه بشكل مستقل."
    )
    quote = 'وأضاف "لا يمكن التأكد من وفاة جميع الركاب".'
    assert _reasons(BODY + clause + "\n" + quote) == {}


# An enumeration set out one item per line under a lead-in ending in ":" (the layout of
# AL-technology-54, SK-technology-109, AL-economy-112 of February 2018, in other words).
LEAD_IN = "وتشمل التغييرات التي أعلنتها الشركة في بيانها الصادر اليوم ما يلي:\n"
ITEMS = (
    "- يستطيع المستخدم استعادة حسابه في أي وقت خلال شهر.\n"
    "- تختفي صور الحساب من نتائج البحث فور الطلب.\n"
    "أولاً: تحذف الرسائل بعد تسعين يوما من الطلب.\n"
    "2) تبقى التعليقات القديمة ظاهرة لمن تلقاها.\n"
)


def test_items_under_a_lead_in_are_marked_and_their_first_sentence_needs_context() -> None:
    cleaned = clean_article(_article(BODY + LEAD_IN + ITEMS + BODY))
    assert cleaned.items == frozenset({3, 4, 5, 6})
    document = marsad.lang.analyse(cleaned)
    opening = {s.text: s.needs_context for s in document.sentences}
    assert opening["يستطيع المستخدم استعادة حسابه في أي وقت خلال شهر."]
    assert opening["2) تبقى التعليقات القديمة ظاهرة لمن تلقاها."]
    assert not opening[LEAD_IN.strip()]


def test_a_marked_line_without_a_lead_in_or_a_year_is_not_an_item() -> None:
    column = "** هكذا تبدو الصورة بعد أسبوع من المباريات الصعبة في الدوري المحلي.\n"
    year = "2017 - كان العام الذي شهد أكبر عدد من الهجمات على السفن في المنطقة.\n"
    figure = "1.5 مليار دولار هي قيمة الصفقة التي وقعتها الشركة مع الحكومة أمس.\n"
    assert clean_article(_article(BODY + column + ITEMS)).items == frozenset()
    after_colon = BODY + LEAD_IN.replace("ما يلي:", "ما يلي.") + year + figure
    assert clean_article(_article(after_colon)).items == frozenset()
    assert clean_article(_article(BODY + LEAD_IN + year + figure)).items == frozenset()


def test_a_related_title_with_a_label_before_its_question_is_removed() -> None:
    # BBC's link to another article inside the king's surgery report (February 2018): a place
    # and a colon before the question; a speaker's quoted question stays.
    related = "المغرب: هل تشكل قرارات الملك مدخلا لحل مشكل حراك الريف؟"
    quoted = "قال الوزير: هل يعقل أن تبقى الأسعار على حالها؟"
    said = "قالت: هل يعقل أن يبقى الطريق مغلقا؟"  # the verb right before its colon
    reasons = _reasons(BODY + related + "\n" + quoted + "\n" + said + "\n" + BODY)
    assert reasons[related] == "question heading"
    assert quoted not in reasons and said not in reasons
