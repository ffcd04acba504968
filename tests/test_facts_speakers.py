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
