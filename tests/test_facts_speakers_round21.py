"""Issue 18, round 21: speakers read from the fourth February quote round's misses: a subject
written before the verb after "كان"/"يذكر أن", a sentence that opens with "وبحسب X،", and a
noun with its subject's pronoun after "أعلن"/"أكد" ("أكد X ثقته")."""

from __future__ import annotations

from functools import partial

from speakerkit import digest_quotes, quote_speakers, sentence_speakers

quotes = partial(digest_quotes, title="خبر")
speakers = partial(quote_speakers, title="خبر")


def test_a_name_fronted_after_kana_is_the_speaker() -> None:
    assert sentence_speakers(
        "كانت سبيس إكس أعلنت أنها تعتزم استخدام الصاروخ فالكون هيفي لإرسال اثنين من السائحين."
    ) == ["سبيس إكس"]


def test_a_quoted_paper_fronted_after_kanat_is_the_speaker_not_the_date_after_the_verb() -> None:
    assert sentence_speakers(
        'وكانت صحيفة "لوباريزيان" الفرنسية قالت أوائل شهر فبراير الجاري، إن دفاع رمضان يزعم أن '
        "المتهم سافر من لندن إلى ليون."
    ) == ["صحيفة لوباريزيان"]


def test_a_title_and_name_fronted_after_yudhkar_anna_is_the_speaker() -> None:
    assert sentence_speakers(
        "ويذكر أن مدير مستشفى عفرين، الدكتور جوان محمد قال في تصريح لـ CNN، الجمعة، إنهم "
        "تلقوا ستة مرضى عانوا من عوارض."
    ) == ["جوان محمد"]


def test_a_fronted_title_ending_in_a_definite_noun_gives_no_name() -> None:
    # "لكأس العالم" ends the title, after "المنظمة": no name; the one after the verb speaks.
    assert sentence_speakers(
        "وكان رئيس اللجنة المنظمة لكأس العالم أكد أليكسى سوروكين، قد أكد في وقت سابق أن عدد "
        "طلبات الجماهير الأيسلندية وصل إلى 100 ألف طلب."
    ) == ["أليكسى سوروكين"]


def test_a_fronted_name_after_a_nisba_and_a_comma_before_qad() -> None:
    assert sentence_speakers(
        "كان رئيس اتحاد كرة القدم المصري هاني أبو ريدا، قد حذر ليفربول مع ادعائه بأن ريال "
        "مدريد سيعمل على ضم صلاح في الصيف."
    ) == ["هاني أبو ريدا"]


def test_a_fronted_name_after_a_feminine_nisba() -> None:
    assert sentence_speakers(
        "وكانت وزيرة الثقافة الإسرائيلية ميري ريغيف اعتبرت أن الفيلم يظهر جنود الجيش "
        'الإسرائيلي "على أنهم قتلة ويشوه سمعتهم".'
    ) == ["ميري ريغيف"]


def test_a_sentence_opening_with_according_to_an_agency_is_its_report() -> None:
    found = quotes(
        'وبحسب "وكالة فرانس برس"، فقد أخرج الجزيري المصنف عالمياً في المركز الـ117، البلغاري '
        "ديميتروف، من منافسات البطولة."
    )
    assert [speaker for speaker, _ in found] == ["وكالة فرانس برس"]
    assert found[0][1].startswith("فقد أخرج الجزيري")
    assert sentence_speakers(
        'ووفقاً لـ"ديلي ميل"، ركب فريق المهندسين خلية طاقة صغيرة على الجزء الخلفي من الهاتف.'
    ) == ["ديلي ميل"]


def test_according_to_studies_or_a_bare_kind_is_no_ones_report() -> None:
    assert not quotes(
        "وبحسب دراسات لجهات رسمية، فإن متوسط رواتب العمال بين 250 و300 دينار في الشهر."
    )
    assert not sentence_speakers(
        'وبحسب موقع صحيفة "إكسبريس"، يأتي الهاتف بشاشة قياس 5.7 إنش بجودة عالية.'
    )
    assert not sentence_speakers(
        "وحسب الصحيفة الأميركية، فإن واشنطن لا تريد من جهة التخلي عن الأكراد في الشمال."
    )


def test_according_to_with_a_speech_verb_leaves_the_speaker_to_the_verb() -> None:
    assert "رويترز" not in speakers(
        "وبحسب رويترز، قال المتحدث باسم الشرطة جون سميث إن الحادث وقع قرب المحطة المركزية."
    )
    # the verb's words are not found, and the agency is still not who spoke
    assert not sentence_speakers(
        "وبحسب رويترز، قال المدرب بعد المباراة في المؤتمر الصحفي الذي عقد في الملعب الكبير."
    )


def test_akkada_with_a_possessed_noun_states_the_subjects_stance() -> None:
    found = quotes(
        "أكد وزير الخارجية البحريني، الشيخ خالد بن أحمد آل خليفة، الاثنين، ثقته في قدرة بلاده "
        "ودول خليجية وعربية على التصدي للهجمة الإيرانية."
    )
    assert len(found) == 1 and "خالد" in str(found[0][0])
    assert found[0][1].startswith("ثقته في قدرة بلاده")


def test_alana_with_a_possessed_noun_ends_the_subject() -> None:
    assert sentence_speakers(
        'أعلنت شرطة محافظة كاناغاوا اليابانية نيتها تطوير "نظام ثوري" قادر على التنبؤ بمكان '
        "وقوع الجرائم."
    ) == ["شرطة محافظة كاناغاوا اليابانية"]


def test_akkada_with_a_bare_noun_or_a_possessed_noun_in_the_subject_quotes_no_one() -> None:
    assert not sentence_speakers("وأكد الوزير ضرورة الالتزام بالتعليمات الصادرة عن الوزارة.")
    # "أكد" takes the possessed noun only, not the day's commas that close "أعلن"'s subject
    assert not sentence_speakers(
        "وأكد وزير الخارجية المصري سامح شكري، الاثنين، ضرورة الالتزام بالتعليمات الصادرة."
    )
    assert not sentence_speakers("أكدت الوزارة في بيانها ضرورة الالتزام بالتعليمات الصادرة.")
