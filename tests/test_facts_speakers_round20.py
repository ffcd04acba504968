"""Issue 18, round 20: speaker rules read from the misses of the fourth February quote round
(quotes nobody tuned on): a statement's issuer written with ل or after "البيان الصادر عن",
and a speaker named anew who goes on being quoted."""

from __future__ import annotations

from speakerkit import quote_speakers


def test_a_statement_of_a_body_in_construct_after_la_is_the_bodys() -> None:
    assert quote_speakers(
        "وقال بيان لوزارة الداخلية، الاثنين، إن 587 حادثة دعاية نشرت على الإنترنت."
    ) == ["وزارة الداخلية"]


def test_the_statement_issued_by_a_body_is_the_bodys_up_to_whose_body_it_is() -> None:
    assert quote_speakers(
        "وقال البيان الصادر عن الفرع المحلي لوزارة الصحة التابعة لحكومة المعارضة السورية "
        "المؤقتة، إن الضحايا استنشقوا غاز الكلور."
    ) == ["الفرع المحلي لوزارة الصحة"]


def test_a_speaker_named_anew_is_quoted_on_after_another_person_was_named() -> None:
    speakers = quote_speakers(
        "قال الرئيس الأميركي دونالد ترامب إن المدارس يجب أن تكون آمنة للطلاب. "
        "وكان الرئيس السابق باراك أوباما قد دعا إلى تشديد القوانين. "
        "وقال ترامب إن إدارته ستركز على مراجعة خلفيات مشتري الأسلحة. "
        'وأضاف "سنتخذ موقفا صارما جدا فيما يتعلق بمراجعة الخلفيات".'
    )
    assert speakers == ["دونالد ترامب"] * 3


def test_a_continuation_after_another_person_is_still_nobodys() -> None:
    # the rule above only resets the chain when the speaker is named again
    speakers = quote_speakers(
        "قال الرئيس الأميركي دونالد ترامب إن المدارس يجب أن تكون آمنة للطلاب. "
        "وكان الرئيس السابق باراك أوباما قد دعا إلى تشديد القوانين. "
        'وأضاف "سنتخذ موقفا صارما جدا فيما يتعلق بمراجعة الخلفيات".'
    )
    assert speakers[-1] is None


def test_a_head_in_construct_alone_is_no_issuer() -> None:
    # "صحيفة" alone: the paper's name is in quotes after it; no speaker rather than a kind
    assert "صحيفة" not in quote_speakers(
        'ذكر تقرير لصحيفة "ميرور" البريطانية أن الغاز الذي يحويه "تيتان" يفوق ثروة الأرض.'
    )


def test_the_part_of_a_month_after_the_verb_is_no_speaker() -> None:
    speakers = quote_speakers(
        'وكانت صحيفة "لوباريزيان" الفرنسية قالت أوائل شهر فبراير الجاري، إن دفاع رمضان يزعم '
        "أن المتهم سافر من لندن إلى ليون."
    )
    assert not any(s and s.startswith("أوائل") for s in speakers)


def test_a_person_in_a_wahuwa_clause_is_not_the_subject() -> None:
    speakers = quote_speakers(
        "وأضاف نافالني، وهو أشد خصوم الرئيس فلاديمير بوتين، على حسابه الشخصي بموقع تويتر أنه "
        "اعتقل عقب مغادرته عيادة طبيب أسنان."
    )
    assert speakers == ["نافالني"]


def test_the_authorities_are_a_body_that_speaks() -> None:
    speakers = quote_speakers(
        "وعقب تعيين صالح أعلنت السلطات السودانية أنها ستفرج عن 80 سجينا.",
        "وفي بروكسل، قالت السلطات إنه سيجري احتجاز المشردين الذين ينامون في الشوارع.",
        "وقالت السلطات الفرنسية حينذاك إنه لا يوجد أي علامة على اقتحام المتحف.",
        "أعلنت السلطات الصحية التابعة للمعارضة السورية أن العديد من الأشخاص عانوا أعراضا.",
        "وفي اليابان، تقول السلطات هناك إنه ليس هناك فرصة لزيادة معدل الفائدة.",
    )
    assert speakers == [
        "السلطات السودانية",
        "السلطات",
        "السلطات الفرنسية",
        "السلطات الصحية",
        "السلطات",
    ]
