"""Issue 18, round 16: speakers of February quotes outside the blind gold (ANT 2018), read
from the grammar around the speech verb: unnamed reports and a reported noun are no one, a kin
word takes the name after it, a rank before a name, an agency that only carries the words of
the one after "عن"/"على لسان", "باسم" after a spokesman word, a particle inside a name."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from speakerkit import quote_speakers, sample_scores

SAMPLE = Path(__file__).parent / "data" / "facts_quotes_feb_outside"


def test_unnamed_reports_are_no_speaker() -> None:
    speakers = quote_speakers(
        "وأفادت تقارير أن الحادثة وقعت خلال معسكر الفريق التدريبي في إسبانيا هذا الأسبوع."
    )
    assert speakers == [None]


def test_the_noun_after_informed_is_what_was_said_not_who() -> None:
    speakers = quote_speakers(
        "مصادر ميدانية أفادت بتواصل المعارك العنيفة غرب مديرية المصلوب في الجوف، كما أفشلت "
        "قوات الشرعية هجوما في جبال حام."
    )
    assert "بتواصل" not in speakers


def test_a_kin_word_takes_the_name_after_its_comma() -> None:
    speakers = quote_speakers(
        'ويقول عمها، روبن أتاب "وسط سحب الحزن أراد والدها أن يضربها، وأن يدفنها مع أمها".'
    )
    assert speakers == ["روبن أتاب"]


def test_a_kin_word_alone_is_no_name() -> None:
    speakers = quote_speakers(
        "وقال شقيقها إن العائلة لم تتلق أي اتصال من الشرطة منذ الحادث.",
        "وقالت زوجته للصحفيين إن زوجها كان يعمل في المدينة منذ سنوات.",
    )
    assert speakers == [None, None]


def test_a_rank_then_a_name_before_how_it_was_said() -> None:
    speakers = quote_speakers(
        "وقال المسؤول عن المركز الروسي للمصالحة في روسيا، الجنرال يوري إيفتوشنكو في بيان، "
        '"خلال الهدنة الإنسانية، واصل مقاتلو المجموعات المسلحة مهاجمة مواقع القوات الحكومية".'
    )
    assert speakers == ["يوري إيفتوشنكو"]


def test_an_agency_that_carries_words_from_the_media_is_no_speaker() -> None:
    speakers = quote_speakers(
        "ويسعى البنك المركزي من خلال هذا الإجراء إلى تشجيع الإيرانيين على الاحتفاظ بأموالهم، "
        "وفقا لما نقلته فرانس برس عن وسائل إعلام إيرانية."
    )
    assert speakers == [None]


def test_an_agency_that_carries_words_on_someones_tongue() -> None:
    speakers = quote_speakers(
        "يذكر أن الاتحاد الإماراتي عرض المشروع على الاتحاد الدولي ونال إعجابه، وفقا لما نقلته "
        '"وام" على لسان أمين عام الاتحاد الإماراتي محمد بن هزام.'
    )
    assert speakers == ["محمد بن هزام"]


def test_on_behalf_of_after_a_spokesman_is_no_first_name() -> None:
    speakers = quote_speakers(
        "أكدت الأمم المتحدة أنها تلقت 40 اتهاما بانتهاك واستغلال جنسي في الشهور الثلاثة الأخيرة.",
        "وقال المتحدث باسم الأمم المتحدة ستيفان دوغاريك، إن هذه القائمة تشمل 15 اتهاما.",
    )
    assert speakers == ["الأمم المتحدة", "ستيفان دوغاريك"]


def test_the_february_sample_outside_the_gold(shared_data: Callable[[str], Path]) -> None:
    """120 quotes of February stories with no blind-gold article, labelled by the engineer
    before reading marsad's speakers (tests/data/facts_quotes_feb_outside/README.md)."""
    measured = sample_scores(shared_data, SAMPLE)
    assert measured["speaker precision"].value >= 0.97, measured["speaker precision"]
    # 0.737 (84/114) since round 17's name-span test: the two lost, "يترك ناصر" and
    # "حذفتها غوغل", were junk spans the matcher scored right as they hold the gold name.
    assert measured["quotes with a speaker"].value >= 0.73, measured["quotes with a speaker"]


def test_a_title_then_a_name_before_the_verb() -> None:
    speakers = quote_speakers(
        "ولم يكن رونالدو يشتهر كثيرا بالتواضع لكن الحارس كيلور نافاس قال إن تعامل اللاعب "
        "البرتغالي مع بنزيمة يمثل شخصيته تماما.",
        "وكان رئيس الاتحاد المصري لكرة القدم، هاني أبوريدة، أكد أن ريال مدريد مهتم جدا بضم "
        "محمد صلاح.",
    )
    assert speakers == ["كيلور نافاس", "هاني أبوريدة"]


def test_a_coach_of_a_club_before_the_verb_is_no_name() -> None:
    speakers = quote_speakers(
        "لكن مدرب ريال مدريد قال إن الفريق سيعود بقوة في المباريات المقبلة من الدوري."
    )
    assert "ريال مدريد" not in speakers


def test_a_department_a_club_and_a_bank_speak_with_their_kind_first() -> None:
    speakers = quote_speakers(
        "كما أعلنت دائرة الجوازات أنها تلقت 107 آلاف طلب لتولي 140 وظيفة شاغرة للنساء.",
        "أعلن نادي ليفانتي الإسباني الذي ينشط في صفوفه فهد المولد، أن الشركة باتت راعيا "
        "رسميا للفريق حتى نهاية الموسم.",
        "وقال المصرف إن هذه المعاملات التي تنطوي على احتيال تمت على مدار سنوات.",
    )
    assert speakers == ["دائرة الجوازات", "نادي ليفانتي الإسباني", "المصرف"]


def test_a_winger_and_a_specialist_are_titles_beside_a_name() -> None:
    speakers = quote_speakers(
        "قال رايان غيغز جناح مانشستر يونايتد السابق إن الغريم مانشستر سيتي فاز بالكثير من المعجبين."
    )
    assert speakers == ["رايان غيغز"]


def test_a_name_no_lexicon_knows_after_an_opening_verb_starts_the_chain() -> None:
    speakers = quote_speakers(
        "أعلن طارق قابيل، وزير التجارة والصناعة المصري ارتفاع حجم التبادل التجاري بين مصر "
        "والولايات المتحدة.",
        "وأوضح أن الاستثمارات الأميركية في مصر تبلغ حالياً 2.4 مليار دولار في 1222 مشروعاً.",
    )
    assert speakers == ["طارق قابيل"]


def test_a_kin_word_then_a_name_without_a_comma() -> None:
    speakers = quote_speakers(
        'وفي اتصال هاتفي، قالت شقيقته مهى: "كل الاتهامات الموجهة لشقيقي باطلة تماما".'
    )
    assert speakers == ["مهى"]


def test_a_title_before_a_participle_is_not_its_subject() -> None:
    speakers = quote_speakers(
        "لكن الجنرال غولدفين عبر عن ثقته في استعداد القوات الجوية الأميركية لحروب الفضاء، "
        'قائلا: "أعتقد أننا سنحارب في الفضاء في غضون سنوات".'
    )
    assert "لحروب الفضاء" not in speakers


def test_an_outlet_no_one_named_carries_words_of_no_one() -> None:
    speakers = quote_speakers(
        "تعتزم وزارة البترول المصرية سداد 250 مليون دولار من مستحقات شركات الطاقة الأجنبية، "
        "بحسب ما نقلته رويترز عن صحيفة محلية.",
        "وتعتزم الشركة زيادة إنتاجها من الغاز في العام المقبل، بحسب ما ذكرت وسائل إعلام.",
    )
    assert speakers == [None, None]


def test_a_particle_inside_a_name_after_a_title_does_not_count_as_a_word() -> None:
    speakers = quote_speakers(
        'وقال مدير البرنامج المهندس علي بن هادي راجحي، إن الأرقام "أظهرت حصول 46% من الأسر '
        'على الاستحقاق الكامل".'
    )
    assert speakers == ["علي بن هادي راجحي"]


def test_a_kin_word_in_construct_with_a_name_is_not_that_name() -> None:
    speakers = quote_speakers(
        "وقالت والدة ألفي إن حالة طفلها نادرة وشديدة جدا، وهناك فقط تسعة فتيان في العالم.",
        "أكدت ابنته لورا سميت أن الحقيقة حول الأرقام ستنجلي قريبا أمام القضاء.",
    )
    assert speakers == [None, "لورا سميت"]


def test_the_passive_carried_from_unnamed_directors() -> None:
    speakers = quote_speakers(
        "ونقل عن مديري الشركة قولهم إن اعلان الافلاس هو الخيار الوحيد الممكن للشركة."
    )
    assert speakers == ["مديري الشركة"]


def test_a_body_the_entities_know_after_according_to_what() -> None:
    speakers = quote_speakers(
        "أيد الرئيس الأمريكي تشديد إجراءات التدقيق في السوابق عند شراء سلاح ناري، حسبما أعلن "
        "البيت الأبيض الاثنين."
    )
    assert speakers == ["البيت الأبيض"]


def test_carried_from_a_source_named_further_after_the_verb() -> None:
    speakers = quote_speakers(
        "وكانت وكالة تاس الروسية للأنباء قد ذكرت في وقت سابق الاثنين، نقلا عن وزير الخارجية "
        "الإيراني محمد جواد ظريف أنه من المقرر أن يلتقي وزراء خارجية البلدان الثلاثة قريبا."
    )
    assert speakers == ["محمد جواد ظريف"]


def test_came_this_then_where_he_said_goes_on_with_the_speaker() -> None:
    speakers = quote_speakers(
        "قال رائد بن خالد قرملي، سفير المملكة العربية السعودية بروسيا، الاثنين، إن صفقة "
        "المنظومة في مرحلتها النهائية.",
        "جاء ذلك في تصريح أدلى به السفير السعودي لوكالة الأنباء الروسية، حيث قال: "
        '"إن نقاشات مفصلة لا تزال مستمرة بين الجانبين على التحضيرات النهائية".',
    )
    assert speakers == ["رائد بن خالد قرملي", "رائد بن خالد قرملي"]


def test_a_role_opener_read_as_a_name_from_another_sentence_starts_no_chain() -> None:
    speakers = quote_speakers(
        "ويقول محللون إن تصريحات نتنياهو بدت محاولة لتخفيف أي تداعيات سياسية داخل حزبه.",
        "ووصف محلل في الشؤون السياسية في إذاعة إسرائيل تصريحات نتنياهو بأنها أيدولوجية، "
        "وقال إنه ليس من المرجح اتخاذ أي خطوة عملية في المستقبل القريب.",
    )
    assert "بنيامين نتنياهو" not in speakers and "نتنياهو" not in speakers
