"""Sentences dated before the story's days (issue 19, round 27), on sentences of February 2018
ANT articles: an earlier statement or event dated "earlier this season / month" at the end of
its clause, and another attack's toll told in the pluperfect with its own date, give no summary
sentence though both outlets carry the line; a date naming a noun of a current clause, and an
earlier date without a toll, stay."""

from datetime import date

from marsad.model import Document
from marsad.summarize import StoryText, summarize
from marsad.summarize.dated_before import dated_before, earlier_toll
from marsad.summarize.offevent import other_event
from storydocs import sentences_document

# alarabia, 2018-02-23T17:40 and skynews, 2018-02-23T10:25 (story da315c00): باتشواي …
BATSHUAYI = [
    "قال ميشي باتشواي، مهاجم بروسيا دورتموند، إنه تعرض لإهانة عنصرية من جماهير أتلانتا خلال مباراتهما في إياب دور 32 للدوري الأوروبي لكرة القدم يوم الخميس.",
    'وكتب باتشواي في حسابه على تويتر بعد المباراة: "نحن في 2018، ولا تزال أصوات القردة العنصرية في المدرجات... حقا؟"',
    "واتهم العديد من مشجعي الأندية الإيطالية بإظهار سلوك عنصري تجاه لاعبين منافسين، وزعم بليز ماتودي لاعب يوفنتوس أنه تعرض لإهانات عنصرية من قبل الجماهير في مباراتي فيرونا وكالياري بالدوري الإيطالي في وقت سابق هذا الموسم.",
]
# alarabia, 2018-02-24T09:00 and skynews, 2018-02-24T05:38 (story 974bd8a8): كابول …
KABUL = [
    "أعلنت وزارة الداخلية الأفغانية مقتل شخص واحد على الأقل وجرح ستة آخرين السبت، عندما فجر انتحاري نفسه أمام مقر الاستخبارات الأفغانية القريب من الحي الدبلوماسي في العاصمة كابول.",
    'وتحدث شهود عيان عن "انفجار هائل" وقع عند الساعة الثامنة والنصف صباحا، في أوج ساعة الازدحام.',
    "وكان حاجز التفتيش الذي يحرس المدخل إلى مقر المخابرات ووزارات الدفاع والمناجم والشؤون الاجتماعية تعرض لهجوم انتحاري أسفر عن سقوط ستة قتلى في 25 كانون الثاني/يناير الماضي.",
]
# BBC, 2018-02-22 (story a8a79e90): an operation "begun earlier this month" names a noun of the
# current clause, not the sentence's time
SINAI = "وأوضح المصدر أن القوات تصدت للهجوم الذي نفذه أربعة مسلحين على مقر الكتيبة 101، التي تتمركز فيها قيادة عملية شاملة بدأتها السلطات في وقت سابق من الشهر لمكافحة الإرهاب."
# alarabia, 2018-02-22 (story a71b5dc5): the match of an earlier day, with no toll
PIQUE = (
    "وكان بيكيه قال إنه تعرض لهتافات عدائية من المشجعين خلال اللقاء الذي أقيم في الرابع من فبراير."
)


def _pair(lines: list[str], day: str) -> list[Document]:
    return [
        sentences_document("al", "alarabia", f"{day}T17:40:00+04:00", "عنوان", lines),
        sentences_document("sk", "skynews", f"{day}T10:25:00+00:00", "عنوان", lines),
    ]


def test_an_earlier_statement_of_the_season_is_another_event() -> None:
    documents = _pair(BATSHUAYI, "2018-02-23")
    story = StoryText.build(documents, attribution_threshold=0.5)
    assert dated_before(story).tolist() == [False, False, True] * 2
    assert other_event(story).tolist() == [False, False, True] * 2
    summary = summarize(documents, words=400)
    assert summary and not any("ماتودي" in s.text for s in summary), [s.text for s in summary]
    assert not dated_before(StoryText.build(documents[:1], attribution_threshold=0.5)).any()


def test_another_attacks_dated_toll_is_another_event() -> None:
    documents = _pair(KABUL, "2018-02-24")
    story = StoryText.build(documents, attribution_threshold=0.5)
    assert dated_before(story).tolist() == [False, False, True] * 2
    summary = summarize(documents, words=400)
    assert summary and not any("25 كانون" in s.text for s in summary), [s.text for s in summary]


def test_a_date_of_a_noun_and_an_earlier_day_without_a_toll_stay() -> None:
    story = StoryText.build(
        _pair([KABUL[0], SINAI, PIQUE], "2018-02-22"), attribution_threshold=0.5
    )
    assert not dated_before(story).any()
    assert not earlier_toll(PIQUE, date(2018, 2, 22))
    assert earlier_toll(KABUL[2], date(2018, 2, 24))
