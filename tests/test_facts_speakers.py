"""Issue 18: a quote's speaker is the speech verb's subject (a name the article writes, a title
and the name beside it), never a country or a channel further on; no speaker rather than a
wrong one."""

from __future__ import annotations

from marsad.facts.entities import entity_mentions
from marsad.facts.quotes import article_names, quote_mentions


def speaker(text: str, *article: str) -> str | None:
    names = article_names([*article, text])
    found = quote_mentions(text, entity_mentions(text), names=names)
    assert found, text
    return found[0].speaker


def test_a_name_the_article_wrote_before_is_the_subject() -> None:
    first = "قال رئيس الوزراء بارنبي جويس الجمعة إنه سيستقيل من زعامة حزبه"
    assert speaker("وقال جويس إنه سيقدم استقالته يوم الاثنين من زعامة الحزب", first) == (
        "بارنبي جويس"
    )
    assert speaker(
        "ولكن عراقجي قال إن إسرائيل تستخدم طائرات بلا طيار", "نائب الوزير عباس عراقجي"
    ) == ("عباس عراقجي")


def test_a_name_and_its_title_beside_it() -> None:
    assert (
        speaker("وقال راموش هارديناج، رئيس وزراء كوسوفو، إنه على استعداد لاستقبال المقاتلين")
        == "راموش هارديناج"
    )
    assert (
        speaker("وقال المتحدث باسم شرطة دالتون، بروس فريزر، للصحفيين إن الحادث بدأ عندما حاول")
        == "بروس فريزر"
    )


def test_no_country_or_channel_further_on_and_no_report() -> None:
    assert speaker("وقال نجم منتخب مصر البالغ من العمر 25 سنة: «جئت إلى هنا لحصد الألقاب»") is None
    assert speaker("وأضاف التقرير أن هذه المجموعة كانت تقيس فاعلية نشاطاتها", "نشر التقرير") is None
    # "التحقيقات" is a common noun even when the article writes "ذمة التحقيقات".
    assert speaker("وذكرت التحقيقات الأولية أن جدة الطفلة طلبت ذلك", "على ذمة التحقيقات") is None


def test_pointed_to_titles_before_a_name_and_an_earlier_subject() -> None:
    assert speaker(
        "وأشار المرصد السوري لحقوق الإنسان، ومقره بريطانيا، إلى وقوع غارتين على الأقل"
    ) == ("المرصد السوري لحقوق الإنسان")
    analyst = (
        'وقال المحلل لدى مجموعة "لندن كابيتال غروب" جاسبر لولر إن أوروبا تجد نفسها بمواجهة موجة'
    )
    assert speaker(analyst) == "جاسبر لولر"
    earlier = "وكان دميتري سفيشتشيف رئيس الاتحاد الروسي للكيرلنغ قد قال إن المحكمة تعتزم عقد جلسة"
    assert speaker(earlier) == "دميتري سفيشتشيف"
    member = (
        'نفى عضو لجنة النقل في البرلمان المصري، محمد بدوي دسوقي، لـ"سكاي نيوز عربية" أن تؤدي '
        "مشاركة القطاع الخاص إلى زيادة الأعباء"
    )
    assert speaker(member) == "محمد بدوي دسوقي"


def test_informed_of_with_a_channel_named_in_quote_marks() -> None:
    text = 'حيث أفادت قناة "فوكس 17" في ناشفيل بوقوع أضرار جسيمة في منازل ومركبات'
    found = quote_mentions(text, entity_mentions(text), names=article_names([text]))
    assert [(q.speaker, q.text[:5]) for q in found] == [("قناة فوكس 17", "وقوع ")]


def test_a_word_of_only_a_tatweel_after_the_verb_is_no_noun() -> None:
    text = "وأفادت القناة ـ بوقوع أضرار جسيمة في منازل ومركبات المدينة"
    quote_mentions(text, entity_mentions(text), names=article_names([text]))  # no IndexError
