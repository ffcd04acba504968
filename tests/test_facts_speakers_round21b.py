"""Issue 18, round 21 (speakers12): a speaker named by the family name alone, whose full name the
article gave once beside a title ("أنيس العياري اللاعب السابق") or after a rank ("العميد خالد
ناصر الرزوقي"), though no lexicon knows the first name."""

from __future__ import annotations

from marsad.facts.quotes import ArticleNames, quote_mentions


def speaker_after(*lines: str) -> str | None:
    names = ArticleNames(list(lines))
    found = quote_mentions(lines[-1], [], names=names)
    return found[0].speaker if found else None


def test_a_family_name_given_before_a_title_names_the_speaker_later() -> None:
    assert (
        speaker_after(
            "كشف أنيس العياري اللاعب السابق للمنتخب التونسي بأن الشعب يحلم بالوصول إلى الدور ثمن "
            "النهائي.",
            'وقال العياري في فقرة "موندياليون": حلم الشعب التونسي التأهل إلى دور الـ16.',
        )
        == "أنيس العياري"
    )


def test_a_family_name_after_a_rank_and_two_names_names_the_speaker_later() -> None:
    assert (
        speaker_after(
            "كشف مدير الإدارة العامة للخدمات الذكية في شرطة دبي، العميد خالد ناصر الرزوقي في "
            "مقابلة مع الموقع، عن خدمات جديدة.",
            "وقال الرزوقي إن الشرطة ستعمل على زيادة عدد المراكز الذكية.",
        )
        == "خالد ناصر الرزوقي"
    )


def test_a_noun_phrase_before_a_title_is_no_name() -> None:
    # "المنتخب" is no nisba: "يضم المنتخب اللاعب" is a verb, its object and a title.
    assert (
        speaker_after(
            "يضم المنتخب اللاعب الشاب إلى قائمته في المباراة المقبلة.",
            "وقال المنتخب إن المباراة المقبلة صعبة على الجميع.",
        )
        is None
    )


def test_a_title_ending_as_a_nisba_is_no_family_name() -> None:
    # "المحامي" ends as a nisba but is a trade: "ذكره المحامي" is no person's name.
    assert (
        speaker_after(
            "وهو ما ذكره المحامي الناشط في حقوق الإنسان أمام المحكمة.",
            "وقال المحامي إن موكله لم يرتكب أي مخالفة للقانون.",
        )
        != "ذكره المحامي"
    )
