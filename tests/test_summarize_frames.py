"""One fact told by two outlets in their own words is credited to both by its event frame, and
no outlet is credited with a figure its sentence gives otherwise (issue 19, round 16), on real
February 2018 sentences."""

import sys
from dataclasses import replace
from datetime import UTC, datetime

import pytest

from marsad.settings import Settings
from marsad.summarize import frames
from marsad.summarize.base import StoryText
from marsad.summarize.frames import (
    _dates,
    _level_score,
    counts_otherwise,
    frame,
    framed,
    part_of_all,
    same_frame,
)
from marsad.summarize.select import _summary_sentence
from storydocs import sentences_document

# 9c20af64: Fatah condemns the Qatari envoy, Al Arabiya's and Sky's leads in their words.
ARABIYA = [
    'استنكرت حركة "فتح" تصريحات مسؤول ديبلوماسي قطري حمّل السلطة الفلسطينية جزءا من المسؤولية '
    "عن تفاقم الأزمات الإنسانية في قطاع غزة، واعتبرت الحركة هذه التصريحات تجاوزاً مقصوداً يهدف "
    "إلى تكريس الانقسام.",
    'وقال المكتب الإعلامي في مفوضية "التعبئة والتنظيم" في فتح، في بيان له الأحد، إن ما أدلى به '
    'السفير القطري محمد العمادي من مواقف سياسية "محاولة لاستغلال الوضع المأساوي في غزة".',
]
SKY = [
    "استنكرت حركة فتح، الأحد، تصريحات دبلوماسي قطري وجه فيها لوما للرئيس الفلسطيني محمود عباس، "
    "معتبرة أن تصريحاته تتناقض مع ما تدعيه قطر لنفسها من دور إنساني في قطاع غزة.",
    'وجاء بيان فتح بعد أن قال العمادي في تصريحات صحفية، السبت:" هناك لوم على الرئيس محمود عباس '
    'لأنه هو رئيس الفلسطينيين بالكامل".',
]
PUBLISHED = datetime(2018, 2, 25, 12, tzinfo=UTC)
SETTINGS = Settings()

# d548e027: CNN's and Sky's leads of Putin's daily truce in Ghouta.
CNN_TRUCE = (
    "طلب الرئيس الروسي، فلاديمير بوتين، الإثنين، هدنة إنسانية يومية للعنف الذي تشهده منطقة "
    "الغوطة الشرقية في سوريا بدءاً من الثلاثاء الموافق 27 فبراير/شباط الحالي."
)
SKY_TRUCE = (
    'أمر الرئيس الروسي فلاديمير بوتين بإعلان "هدنة إنسانية" يومية اعتبارا من الثلاثاء في '
    "الغوطة الشرقية بسوريا، آخر معاقل فصائل المعارضة قرب دمشق."
)


def _story(arabiya: list[str], sky: list[str], published: datetime = PUBLISHED) -> StoryText:
    documents = [
        sentences_document("arabiya", "alarabia", published.isoformat(), "عنوان", arabiya),
        sentences_document("sky", "skynews", published.isoformat(), "عنوان", sky),
    ]
    return StoryText.build(documents, attribution_threshold=SETTINGS.attribution_threshold)


def _lead(story: StoryText, article: str) -> int:
    return next(i for i, s in enumerate(story.sentences) if s.article == article and s.index == 0)


def test_another_outlets_lead_with_the_same_frame_is_credited(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    story = _story(ARABIYA, SKY)
    shown, sky = _lead(story, "arabiya"), _lead(story, "sky")
    assert sky in framed(story, shown)
    assert "sky" in _summary_sentence(story, shown).sources
    # without the frame the two leads, in other words, credit only their own article
    monkeypatch.setattr(sys.modules["marsad.summarize.select"], "framed", lambda story, index: [])
    assert "sky" not in _summary_sentence(story, shown).sources


def test_a_class_of_the_frames_lexicon_and_a_date_the_weekday_tells() -> None:
    cnn, sky = frame(CNN_TRUCE), frame(SKY_TRUCE)
    assert cnn is not None and sky is not None
    assert cnn.verb == sky.verb == "truce"  # "هدنة": no class of signature's lexicon
    assert same_frame(cnn, sky)
    # "الثلاثاء الموافق 27 فبراير": the 27th is Tuesday's date, which Sky tells by the weekday
    assert _dates(CNN_TRUCE) == {"27"}
    assert not _dates("وسجل صلاح 27 هدفا هذا الموسم")


def test_an_expected_event_or_a_denied_one_is_not_the_done_one() -> None:
    done = frame("قتل فلاديمير بوتين 5 أشخاص في الغوطة الشرقية الثلاثاء.")
    expected = frame("سوف يقتل فلاديمير بوتين 5 أشخاص في الغوطة الشرقية الثلاثاء.")
    denied = frame("لم يقتل فلاديمير بوتين 5 أشخاص في الغوطة الشرقية الثلاثاء.")
    assert done is not None and expected is not None and denied is not None
    assert expected.future and not done.future
    assert denied.negated and not done.negated
    assert not same_frame(done, expected) and not same_frame(done, denied)


def test_an_event_word_as_background_cause_or_science_is_no_frame() -> None:
    # a8c6f6a8: the boxer's death "after an injury" is no report of the injury
    died = (
        "توفي الملاكم البريطاني سكوت ويستغارث، بعد إصابة تعرض لها خلال نزال خاضه في الوزن "
        "الثقيل أمام الملاكم ديك سبيلمان، السبت."
    )
    assert frame(died) is None
    # e8f6729f: a damma parts "أُسقطت" (was shot down), after "بعدما", into a crash
    downed = (
        "قالت إسرائيل إنها ألحقت أضرارا بالغة بأنظمة الدفاع السورية بعدما أُسقطت طائرة مقاتلة "
        "لها فوق سوريا."
    )
    assert frame(downed) is None
    # 4e0075ac: sociologists ("علماء الاجتماع") hold no meeting
    sociologist = "يُعد عبد الجبار من أبرز علماء الاجتماع في العراق في العقود الأخيرة."
    assert frame(sociologist) is None


def test_a_sentence_counting_the_thing_otherwise_is_not_credited() -> None:
    # e24c6c02: Sky's "32 هدفاً" for CNN's "31 هدفا" (both give the 23 league goals)
    cnn = "وسجل الفرعون المصري 31 هدفا حتى الآن مع ليفربول في جميع البطولات، منهم 23 هدفا."
    sky = "إذ أحرز 32 هدفاً إلى الآن في جميع البطولات، ويحتل الوصافة برصيد 23 هدفا."
    assert counts_otherwise(cnn, sky)
    # the same figure to another precision, or fewer of the figures, is no clash
    assert not counts_otherwise("عجزا بقيمة 943,4 مليار ين", "عجزا بلغ 943 مليار ين")
    assert not counts_otherwise(cnn, "ويحتل الوصافة برصيد 23 هدفا في الدوري.")
    # an age is no span (AL-sport-32 / SK-sport-24, Federer, on the February gold)
    assert not counts_otherwise(
        "وبعد 14 عاما على وصوله لصدارة التصنيف لأول مرة يشعر اللاعب الحاصل على 20 لقبا بالفخر.",
        "حصل فيدرر على بطاقة دعوة ليشارك في روتردام وعمره 36 عاما و 195 يوما.",
    )


def test_all_of_a_group_is_not_a_part_of_it() -> None:
    # 3967be12: the decision to free all political detainees / dozens freed
    assert part_of_all(
        "جديدها قرار بالإفراج عن المعتقلين السياسيين كافة.",
        "أفرجت السلطات السودانية عن عشرات المعتقلين.",
    )
    assert not part_of_all("أفرجت السلطات عن المعتقلين.", "الإفراج عن المعتقلين.")


def test_the_logit_floor_keeps_unrelated_sentences_out(monkeypatch: pytest.MonkeyPatch) -> None:
    story = _story(ARABIYA, SKY)
    shown, sky = _lead(story, "arabiya"), _lead(story, "sky")
    monkeypatch.setattr(frames, "FRAME_LOGIT", 100.0)
    assert sky not in framed(story, shown)


# aad6c96a: a Houthi commander killed in an air strike / 46 Houthis killed in clashes (Sky, two
# articles of one day): one verb class and one doer, two groups of victims.
COMMANDER = (
    "قتل القيادي في مليشيات الحوثي الإيرانية، عبدالملك مقبل طاوس أبو طه، السبت، مع عدد من "
    "مرافقيه في غارة جوية للتحالف العربي في منطقة الصفراء بمحافظة صعدة."
)
FORTY_SIX = (
    "قالت مصادرنا إن 46 عنصرا من ميليشيات الحوثي الإيرانية باليمن قتلوا في مواجهات بالساحل "
    "الغربي مع المقاومة اليمنية المدعومة من القوات الإماراتية."
)


def test_a_count_of_victims_on_one_side_only_is_another_group(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(frames, "FRAME_LOGIT", -100.0)  # the rules alone decide
    story = _story([COMMANDER, *ARABIYA[1:]], [FORTY_SIX, *SKY[1:]])
    shown, other = _lead(story, "arabiya"), _lead(story, "sky")
    one, two = frame(COMMANDER), frame(FORTY_SIX)
    assert one is not None and two is not None and same_frame(one, two)
    assert other not in framed(story, shown)
    monkeypatch.setattr(frames, "COUNTED_VERBS", frozenset())
    assert other in framed(story, shown)


# 99f977fe: CNN's and Al Arabiya's goalless draw of Sevilla and Manchester United, two clubs
# the name lexicon does not know.
CNN_DRAW = (
    "انتهت مباراة مانشستر يونايتد ومضيفه إشبيلية بالتعادل السلبي، في المباراة التي أقيمت على "
    'أرضية ملعب "رامون سانشيز بيسخوان"، في حين صنع شاختار دونيتسك الأوكراني مفاجأة بفوزه على '
    "روما الإيطالي."
)
ARABIYA_DRAW = (
    "فرض التعادل السلبي نفسه على لقاء أشبيلية الإسباني مع ضيفه مانشستر يونايتد الإنجليزي، في "
    "ذهاب دور الـ16 لبطولة دوري أبطال أوروبا لكرة القدم."
)


def test_a_doer_the_lexicon_does_not_know_is_a_two_word_name_both_share() -> None:
    cnn, arabiya = frame(CNN_DRAW), frame(ARABIYA_DRAW)
    assert cnn is not None and arabiya is not None
    assert not cnn.named.actors and not arabiya.named.actors
    assert ("مانشستر", "يونايتد") in cnn.spans & arabiya.spans
    # the event words are no name: any goalless draw opens on "التعادل السلبي"
    assert ("تعادل", "سلبي") not in arabiya.spans
    assert same_frame(cnn, arabiya)
    # without the shared name, a city (Rome, of the other match) and two sets of countries
    assert not same_frame(cnn, replace(arabiya, spans=frozenset()))
    # another match's draw shares no name
    other = frame("فرض التعادل السلبي نفسه على لقاء فالنسيا الإسباني مع ضيفه أتلتيكو بلباو.")
    assert other is None or not same_frame(cnn, other)


def test_a_known_doer_is_read_by_the_lexicon_not_by_a_shared_name() -> None:
    known = frame(CNN_TRUCE)
    assert known is not None and known.named.actors and not known.spans


# 95f943ab: Al Arabiya's "1-1" and the BBC's "بهدف لمثله" of Chelsea and Barcelona.
ARABIYA_LEVEL = (
    "خيم التعادل الإيجابي 1-1 على مباراة تشيلسي الإنجليزي مع ضيفه برشلونة الإسباني يوم "
    "الثلاثاء على ملعب ستامفورد بريدج في ذهاب دور الستة عشر لدوري أبطال أوروبا لكرة القدم."
)
BBC_LEVEL = (
    "نجح برشلونة الإسباني في فرض التعادل بهدف لمثله على مضيفه تشيلسي الإنجليزي ضمن مباريات "
    "ذهاب دور الستة عشر في بطولة دوري أبطال اوروبا."
)


def test_a_level_score_in_words_gives_its_figure(monkeypatch: pytest.MonkeyPatch) -> None:
    assert _level_score(BBC_LEVEL) == {"1"}
    assert _level_score("وتعادل الفريقان بهدفين لمثلهما") == {"2"}
    assert not _level_score("فاز الفريق بهدفين مقابل هدف")
    story = _story([ARABIYA_LEVEL], [BBC_LEVEL], datetime(2018, 2, 21, 9, tzinfo=UTC))
    shown, bbc = _lead(story, "arabiya"), _lead(story, "sky")
    assert bbc in framed(story, shown)
    monkeypatch.setattr(frames, "_level_score", lambda text: frozenset())
    assert bbc not in framed(story, shown)


# dc9374c5: the British fraud office charges Barclays, CNN's and the BBC's leads in their words.
CNN_CHARGE = (
    "وجه مكتب التحقيق الخاص بجرائم الاحتيال الكبرى في بريطانيا اتهامات الاثنين إضافية لبنك "
    'باركليز على صلة بقضية الحصول على أموال من قطر، وتضمنت التهم تلقي "مساعدة مالية غير قانونية".'
)
BBC_CHARGE = (
    "اتهم مكتب التحقيقات في قضايا الاحتيالات الخطيرة في بريطانيا بنك باركليز بالحصول على "
    '"مساعدة مالية غير قانونية" تتعلق بمليارات الجنيهات التي حصل عليها من مستثمرين قطريين.'
)


def test_a_wider_class_credits_a_lead_told_with_another_verb(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    cnn, bbc = frame(CNN_CHARGE), frame(BBC_CHARGE)
    assert cnn is not None and bbc is not None
    assert cnn.verb == bbc.verb == "charge"  # "وجه ... اتهامات" / "اتهم": round 16, third wave
    story = _story([CNN_CHARGE], [BBC_CHARGE], datetime(2018, 2, 12, 12, tzinfo=UTC))  # a Monday
    assert _lead(story, "sky") in framed(story, _lead(story, "arabiya"))
    monkeypatch.delitem(frames._EXTRA_CLASS, "اتهامات")
    monkeypatch.delitem(frames._EXTRA_CLASS, "اتهم")
    monkeypatch.setattr(frames, "_EXTRA_VERB", frames.raw_words(frames._EXTRA_CLASS))
    assert frame.__wrapped__(CNN_CHARGE) is None  # uncached: the lexicon without the class


def test_an_event_noun_a_relative_clause_describes_is_no_frame() -> None:
    # 1c82b89e: observers' view of "the charges that Mueller brought" ("الاتهامات التي وجهها
    # المحقق روبرت مولر") is no event told; the same with a truce, a class without the article rule
    view = (
        "ويرى مراقبون أن الهدنة التي طلبها الرئيس الروسي فلاديمير بوتين في الغوطة الشرقية تعد "
        "أهم تطورات الأزمة."
    )
    assert frame(view) is None
    assert frame(view.replace("التي طلبها", "طلبها")) is not None


def test_charges_with_the_article_are_referred_to_not_brought() -> None:
    # ec453b82, 9d758f64: a rejection or a description of known charges brings none
    rejected = (
        "رفضت السلطات الروسية، الأربعاء، الاتهامات الموجهة لها من الأمم المتحدة وأمريكا بالتورط "
        "في قتل مئات المدنيين بالغوطة الشرقية."
    )
    assert frame(rejected) is None
    brought = frame("اتهمت روسيا الأمم المتحدة، الأربعاء، بالتورط في قتل المدنيين بالغوطة.")
    assert brought is not None and brought.verb == "charge"


# c286434a: Sky's lead of the Iranian airliner and France 24's "the plane crashed" (round 17):
# France 24's sentence names no doer nor place the lexicon knows; "طائرة" is in both titles.
SKY_CRASH = (
    "تحطمت طائرة ركاب إيرانية، صباح الأحد، بمحافظة أصفهان وسط البلاد، فيما أكدت تقارير إعلامية "
    "مقتل جميع ركابها"
)
FRANCE_CRASH = "وترجح السلطات أن تكون الطائرة تحطمت وقتل جميع ركابها."
SKY_TITLE = "تحطم طائرة إيرانية مدنية.. ومقتل جميع ركابها"
FRANCE_TITLE = "فرق الإنقاذ تستأنف عمليات البحث عن طائرة ركاب تحطمت جنوب غرب إيران"


def _titled(sky_title: str, france_title: str) -> StoryText:
    documents = [
        sentences_document("sky", "skynews", "2018-02-18T08:09:05+00:00", sky_title, [SKY_CRASH]),
        sentences_document(
            "france", "france24", "2018-02-19T08:09:51+00:00", france_title, [FRANCE_CRASH]
        ),
    ]
    return StoryText.build(documents, attribution_threshold=SETTINGS.attribution_threshold)


def test_a_name_the_titles_of_two_outlets_share_joins_a_frame_without_a_known_doer() -> None:
    nameless = frame(FRANCE_CRASH)
    assert nameless is not None and not nameless.named.actors and not nameless.named.cities
    assert "طايره" in nameless.words and not nameless.spans
    story = _titled(SKY_TITLE, FRANCE_TITLE)
    assert "طايره" in frames.story_doers(story)
    assert _lead(story, "france") in framed(story, _lead(story, "sky"))
    # the titles of two outlets share no word: no name of the story, no credit
    story = _titled(SKY_TITLE, "فرق الإنقاذ تستأنف عمليات البحث جنوب غرب إيران")
    assert not frames.story_doers(story) & nameless.words
    assert _lead(story, "france") not in framed(story, _lead(story, "sky"))


def test_a_title_word_of_one_outlet_only_is_no_name_of_the_story() -> None:
    titles = (("alarabia", "وزير عماني يزور المسجد الأقصى"), ("bbc", "بن علوي في القدس"))
    assert not frames._shared_title_words(titles)
    titles += (("alarabia", "زيارة المسجد الأقصى"),)  # a second title of one outlet
    assert not frames._shared_title_words(titles)
    # two outlets: their shared words, the event word "زيارة" left out
    shared = frames._shared_title_words((*titles, ("bbc", "زيارة المسجد الأقصى")))
    assert shared == {"مسجد", "اقصي"}


def test_a_surname_is_the_known_doer_it_ends() -> None:
    known = frames.Signature("resign", ("بارنبي جويس",), frozenset(), frozenset())
    full = frames.Frame("resign", known, False, False, words=frozenset({"بارنبي", "جويس"}))
    surname = frames.Frame(
        "resign",
        frames.Signature("resign", (), frozenset(), frozenset()),
        False,
        False,
        words=frozenset({"جويس", "نايب"}),
    )
    assert same_frame(full, surname, frozenset({"جويس"}))
    assert not same_frame(full, surname)  # not a name of the story's titles
    # the shared word is not in the known doer's name: another doer
    other = replace(full, named=replace(known, actors=("مالكولم تيرنبول",)))
    assert not same_frame(other, surname, frozenset({"جويس"}))
    # two days apart are two events
    monday = replace(surname, named=replace(surname.named, days=frozenset({0})))
    tuesday = replace(full, named=replace(known, days=frozenset({1})))
    assert not same_frame(tuesday, monday, frozenset({"جويس"}))


def test_a_call_a_rise_and_a_fall_are_classes_a_retreat_is_not() -> None:
    call = frame("دعا الشيخ سلمان بن إبراهيم آل خليفة رئيس الاتحاد الآسيوي الاتحاد الدولي.")
    assert call is not None and call.verb == "call"
    rise = frame("ارتفعت الأسهم الأمريكية في بورصة نيويورك يوم الجمعة.")
    fall = frame("هوى مؤشر داو جونز الصناعي في بورصة نيويورك يوم الاثنين.")
    assert rise is not None and rise.verb == "rise"
    assert fall is not None and fall.verb == "fall"
    retreat = frame("يستعد جيانلويجي بوفون إلى التراجع عن قرار اعتزاله في إيطاليا.")
    assert retreat is None or retreat.verb != "fall"


def test_will_be_before_the_event_word_makes_it_expected() -> None:
    # dfadcce8: "will be the first Saudi player whose name enters" is not "entered the list"
    done = frame("دخل اللاعب السعودي فهد المولد ضمن القائمة في مباراة فريق ليفانتي.")
    expected = frame('وسيكون لاعب نادي الاتحاد السعودي، أول لاعب سعودي يدخل اسمه في "لا ليغا".')
    assert done is not None and expected is not None
    assert expected.future and not done.future
