"""Issue 18, round 20: announcements ("أعلنت X، الاثنين، تمديد ...", "أعلن X عن ...") as quote
facts said by the subject, and names the speaker rules missed in the fourth February quote
round: a foreign name with a two-letter part, a nationality before a name, an agent or a
surgeon written beside a name."""

from __future__ import annotations

from functools import partial

from speakerkit import digest_quotes, quote_speakers

quotes = partial(digest_quotes, title="إعلان")
speakers = partial(quote_speakers, title="إعلان")


def test_an_announcement_after_the_day_between_commas_is_the_subjects() -> None:
    found = quotes(
        "أعلنت الحكومة العراقية، الاثنين، تمديد الحظر الجوي المفروض على مطارات إقليم "
        "كردستان لمدة 3 أشهر أخرى."
    )
    assert [speaker for speaker, _ in found] == ["الحكومة العراقية"]
    assert found[0][1].startswith("تمديد الحظر الجوي")


def test_an_announcement_with_an_is_the_subjects() -> None:
    found = quotes(
        "أعلن نادي نومانسيا الإسباني عن استدعاء علي النمر لقائمة الفريق المتوجهة لمقابلة "
        "نادي ألباسيتي."
    )
    assert found == [
        (
            "نادي نومانسيا الإسباني",
            "استدعاء علي النمر لقائمة الفريق المتوجهة لمقابلة نادي ألباسيتي.",
        )
    ]


def test_a_quoted_company_name_and_its_nationality_are_the_subject() -> None:
    assert speakers(
        'وأعلنت شركة "ديليك دريلينغ" الإسرائيلية عن توقيع عقد لمدة عشر سنوات لتصدير الغاز '
        "الطبيعي لمصر."
    ) == ["شركة ديليك دريلينغ"]


def test_a_subject_holding_the_object_names_no_one() -> None:
    assert not quotes(
        "أعلنت وزارة الداخلية مصرع شخص واحد على الاقل وجرح ستة آخرين، السبت، "
        "عندما فجر انتحاري نفسه أمام مقر الاستخبارات."
    )
    # Round 31 (speakers32): a verbal noun of announced_nouns.txt ("مقتل") now ends the subject
    # before the day's commas can, so the subject no longer holds the object.
    assert quotes(
        "أعلنت وزارة الداخلية الافغانية مقتل شخص واحد على الاقل وجرح ستة آخرين، السبت، "
        "عندما فجر انتحاري نفسه أمام مقر الاستخبارات."
    ) == [
        (
            "وزارة الداخلية الافغانية",
            "مقتل شخص واحد على الاقل وجرح ستة آخرين، السبت، عندما فجر انتحاري نفسه أمام مقر "
            "الاستخبارات.",
        )
    ]
    # Round 21: the possessed noun "انفصالها" now ends the subject before "عن" can, so the
    # subject no longer holds the object: her announcement, said by her.
    assert quotes(
        "أعلنت الممثلة الأمريكية جينيفر انيستون انفصالها عن الممثل والمخرج جاستن ثيرو بعد "
        "زواج استمر عامين."
    ) == [("جينيفر انيستون", "انفصالها عن الممثل والمخرج جاستن ثيرو بعد زواج استمر عامين.")]
    assert not quotes(
        'أعلنت شركة "HMD" المسؤولة عن تصنيع هواتف "Nokia"، الأحد، عن سلسلة جديدة من '
        "المنتجات خلال مشاركتها بمؤتمر في برشلونة الإسبانية."
    )


def test_an_announcement_needs_a_named_subject() -> None:
    assert quotes("وأعلن عن افتتاح أكبر مساحة مخصصة للتكنولوجيا المالية بالشرق الأوسط.") == []
    assert quotes("أعلن المسؤول عن الملف افتتاح أكبر مساحة مخصصة للتكنولوجيا المالية.") == []


def test_a_foreign_name_with_a_two_letter_part_before_a_comma_and_a_title() -> None:
    assert speakers(
        "وقال دي جي كوه، رئيس قسم تكنولوجيا المعلومات في شركة سامسونغ للإلكترونيات، إن "
        "الطريقة التي نستخدم بها هواتفنا الذكية تغيرت."
    ) == ["دي جي كوه"]


def test_a_surgeon_beside_a_name() -> None:
    assert speakers(
        "يقول بيتر ري، جراح من جامعة أريزونا، إن رصاص البندقية المذكورة يجعل الجسم "
        "البشري يبدو كأن قنبلة يدوية انفجرت به."
    ) == ["بيتر ري"]


def test_a_nationality_before_a_name_then_an_agent() -> None:
    assert speakers(
        "أكد الكويتي عبدالله جاسم وكيل أعمال المدرب التشيلي خوسيه لويس سييرا مدرب اتحاد "
        "جدة أن موكله اتفق مع النادي على الاستمرار لفترة أطول."
    ) == ["عبدالله جاسم"]


def test_a_comma_after_the_subject_opens_an_apposition_only_with_a_title() -> None:
    assert quotes(
        "أعلن الشيخ محمد بن راشد، نائب رئيس الإمارات رئيس مجلس الوزراء حاكم دبي، السبت، عن "
        "إطلاق الدورة الثانية من مبادرة صناع الأمل بمكافأة تبلغ قيمتها مليون درهم."
    ) == [
        (
            "الشيخ محمد بن راشد",
            "إطلاق الدورة الثانية من مبادرة صناع الأمل بمكافأة تبلغ قيمتها مليون درهم.",
        )
    ]
    assert not quotes(
        "أعلن نادي رايو فاليكانو الإسباني، خبر لاعبه السعودي عبدالمجيد الصليهم بتمزق "
        "عضلي سيبعده عن الملاعب لمدة تصل إلى 3 أسابيع."
    )
    # Round 31 (speakers32): "إصابة" (announced_nouns.txt) ends the subject at the comma.
    assert speakers(
        "أعلن نادي رايو فاليكانو الإسباني، إصابة لاعبه السعودي عبدالمجيد الصليهم بتمزق "
        "عضلي سيبعده عن الملاعب لمدة تصل إلى 3 أسابيع."
    ) == ["نادي رايو فاليكانو الإسباني"]


def test_a_verbal_noun_ends_the_subject() -> None:
    assert not quotes(
        "أعلن الاتحاد الأوروبي لكرة القدم إبعاد سمير نصري، لاعب خط وسط المنتخب الفرنسي "
        "السابق عن ممارسة كرة القدم لمدة ستة أشهر."
    )
    # Round 31 (speakers32): a verbal noun of announced_nouns.txt ends the subject itself.
    assert speakers(
        "أعلن الاتحاد الأوروبي لكرة القدم إيقاف سمير نصري، لاعب خط وسط المنتخب الفرنسي "
        "السابق عن ممارسة كرة القدم لمدة ستة أشهر."
    ) == ["الاتحاد الأوروبي لكرة القدم"]


def test_an_under_secretary_of_a_body_is_the_speaker_not_the_body() -> None:
    assert speakers(
        'وفيما يتعلق بهذا القرار، قال وكيل مشيخة الأزهر: "القدس ليست هي فقط قضية المسلمين '
        'والعرب، بل سوريا ولبنان والعراق وليبيا."'
    ) == ["وكيل مشيخة الأزهر"]
