"""The figure that is the news (issue 19, item 4, round 17), on the February 19 2018 ANT reports
of Arsenal's shirt deal with Emirates (alarabia, CNN, skynews): two outlets give its 200
million pounds in their first sentences, and the summary states it."""

import importlib

import pytest

from marsad.model import Document
from marsad.summarize import StoryText, summarize
from marsad.summarize.core_figure import core_figures, figures_of, states_core
from marsad.summarize.events import scores
from storydocs import sentences_document

# alarabia, 2018-02-19T17:06:52+04:00 (story 39c57f74): طيران الإمارات تمدد رعايتها لأرسنال حتى 2024
ARSENAL_AL = [
    "أعلن نادي أرسنال، المنافس في الدوري الإنجليزي، أنه وقع على عقد رعاية جديد لقميص الفريق لمدة خمس سنوات مع شركة طيران الإمارات.",
    "وأضاف النادي أن هذه أكبر صفقة رعاية لقميصه على الإطلاق، وستمتد حتى موسم 2023-2024، وهو ما سيبقي على شراكته مع طيران الإمارات لمدة 18 عاما على الأقل.",
    "وكجزء من العقد الجديد، ستحتفظ الخطوط الجوية التي تتخذ من دبي مقرا لها بحقوق التسويق للقيام بحملات ترويجية حول العالم مع الاستمرار في الاحتفاظ بحقوق التسمية الخاصة بإستاد أرسنال حتى 2028.",
    "وقال إيفان غازيديس، الرئيس التنفيذي لأرسنال في بيان: عقد رعاية قميصنا هو الأطول في الدوري الممتاز، كما انه أحد أطول علاقات العمل في عالم الرياضة، وهذا الالتزام المتبادل يمثل شهادة على قوة وعمق علاقتنا المتفردة.",
    "وتابع: تؤكد طيران الإمارات ثانية على إيمانها الكبير بنهجنا وطموحنا وستساعدنا الزيادة الكبيرة في استثماراتها على مواصلة المنافسة على الألقاب وتحقيق المزيد من النجاح للنادي ولجماهيرنا حول العال.",
    "وكانت طيران الإمارات قد وقعت على عقد الرعاية الأول لها مع أرسنال في 2004 وهو ما منح الشركة حقوق التسمية للإستاد الجديد للفريق آنذاك وذلك حتى 2021 إضافة لعقد رعاية قميص الفريق والذي بدأ من موسم 2006.",
]
# CNN, 2018-02-19T14:44:19+00:00 (story 39c57f74): طيران الإمارات يوقع عقد شراكة قياسي مع أرسنال لمدة 5 سنوات
ARSENAL_CN = [
    "دبي، الإمارات العربية المتحدة (CNN) – أعلنت شركة طيران الإمارات عن تجديد عقد شراكتها مع نادي أرسنال الإنجليزي لخمسة أعوام قادمة، في صفقة هي الأكبر في تاريخ النادي اللندني وإحدى أكبر الصفقات في عالم كرة القدم.",
    "وأعلنت الشركة الأكبر في عالم الطيران المدني، عن تمديد عقد الشراكة حتى موسم 2023/2024، بقيمة 200 مليون جنيه إسترليني (280 مليون دولار).",
    'وقال رئيس مجلس إدارة طيران الإمارات، تيم كلارك، عن تجديد العقد، "شهرة أرسنال وتأثيره حول العالم بالإضافة إلى طموحاته كناد يجعله شريكا مثاليا لطيران الإمارات".',
    "بالمقابل، أكد رئيس مجلس إدارة أرسنال، إيفان غيزيديس، أن فترة ظهور اسم الشركة الإماراتية على قمصان الفريق هي الأطول في تاريخ الدوري الإنجليزي الممتاز، وأن علاقة الشراكة بين النادي وطيران الإمارات من أطول العلاقات في تاريخ كرة القدم.",
    'وقد بدأت الشراكة بين الجهتين في موسم 2006/2007، وكان ذلك أول موسم يشهد ظهور اسم الشركة الإماراتية على قمصان الفريق اللندني، كما انتقل أرسنال من ملعب "هايبري" القديم إلى ملعب "الإمارات" مطلع الموسم نفسه.',
    'وسيبقى يطلق اسم ملعب "الإمارات" على أرضية ملعب "الغانرز" حتى عام 2028، وفقا لاتفاق أبرم عام 2012.',
]
# skynews, 2018-02-19T15:09:56+00:00 (story 39c57f74): أرسنال يوقع أكبر صفقة رعاية لقميصه
ARSENAL_SK = [
    "أعلن نادي أرسنال الإنجليزي الممتاز لكرة القدم، الاثنين، توقيع عقد رعاية جديد لقميص الفريق لمدة 5 سنوات مع شركة طيران الإمارات.",
    'وأضاف النادي أن هذه "أكبر صفقة رعاية لقميصه على الإطلاق"وستمتد حتى موسم 2023-2024 وهو ما سيبقي على شراكته مع طيران الإمارات لمدة 18 عاما على الأقل.',
    "وذكرت تقارير لوسائل إعلام بريطانية أنه من المرجح أن تزيد قيمة الصفقة على 200 مليون جنيه إسترليني (280.4 مليون دولار).",
    "وكجزء من العقد الجديد، ستحتفظ الخطوط الجوية التي تتخذ من دبي مقرا لها بحقوق التسويق للقيام بحملات ترويجية حول العالم مع الاستمرار في الاحتفاظ بحقوق التسمية الخاصة باستاد أرسنال حتى 2028.",
    'وقال إيفان غازيديس الرئيس التنفيذي لأرسنال في بيان "عقد رعاية قميصنا هو الأطول في الدوري الممتاز كما أنه أحد أطول علاقات العمل في عالم الرياضة".',
    'وأضاف "هذا الالتزام المتبادل يمثل شهادة على قوة وعمق علاقتنا المتفردة".',
    'وتابع "تؤكد طيران الإمارات ثانية على إيمانها الكبير بنهجنا وطموحنا وستساعدنا الزيادة الكبيرة في استثماراتها على مواصلة المنافسة على الألقاب وتحقيق المزيد من النجاح للنادي ولجماهيرنا حول العالم".',
    "وكانت طيران الإمارات قد وقعت على عقد الرعاية الأول لها مع أرسنال في 2004 وهو ما منح الشركة حقوق التسمية للاستاد الجديد للفريق آنذاك وذلك حتى 2021 إضافة لعقد رعاية قميص الفريق والذي بدأ من موسم 2006.",
]


def _arsenal() -> list[Document]:
    return [
        sentences_document(
            "al", "alarabia", "2018-02-19T17:06:52+04:00",
            "طيران الإمارات تمدد رعايتها لأرسنال حتى 2024", ARSENAL_AL,
        ),
        sentences_document(
            "cn", "CNN", "2018-02-19T14:44:19+00:00",
            "طيران الإمارات يوقع عقد شراكة قياسي مع أرسنال لمدة 5 سنوات", ARSENAL_CN,
        ),
        sentences_document(
            "sk", "skynews", "2018-02-19T15:09:56+00:00",
            "أرسنال يوقع أكبر صفقة رعاية لقميصه", ARSENAL_SK,
        ),
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("فاز ليفربول 4-1 على ويستهام", ("score", 104.0)),
        ("بقيمة 200 مليون جنيه إسترليني", ("money", 200_000_000.0)),
        ("فاز بوتين بنسبة 73.9 في المئة من الأصوات", ("percent", 73.9)),
        ("أفادت الشرطة بمقتل 17 شخصا", ("killed", 17.0)),
    ],
)
def test_the_figures_that_are_news(text: str, figure: tuple[str, float]) -> None:
    assert figure in figures_of(text)


def test_a_distance_or_a_crowd_is_not_the_news() -> None:
    """February: "نحو 500 كلم" shared by six reports of a plane crash is no core figure."""
    assert not figures_of("على بعد نحو 500 كلم جنوب طهران")


def test_a_score_written_with_the_preposition_li() -> None:
    """ "بثلاثة أهداف لهدف واحد" is 3-1 as "3-1" is (February, Real Madrid against PSG)."""
    assert scores("وكان الريال قد دحر غريمه بثلاثة أهداف لهدف واحد.") == {(3, 1)}
    assert scores("فاز بهدفين لهدف") == {(2, 1)}


def test_a_figure_two_outlets_give_in_their_leads_is_core() -> None:
    """The 200 million is in CNN's second sentence and skynews' third: two of three outlets;
    the 18 years of alarabia and skynews count no money, share nor people."""
    story = StoryText.build(_arsenal(), attribution_threshold=0.5)
    assert core_figures(story) == {("money", 200_000_000.0): 2}


def test_a_figure_one_outlet_gives_is_not_core() -> None:
    story = StoryText.build(_arsenal()[:1] + _arsenal()[2:], attribution_threshold=0.5)
    assert ("money", 200_000_000.0) not in core_figures(story)


def test_the_summary_states_the_deal_s_amount(monkeypatch: pytest.MonkeyPatch) -> None:
    """Before, the summary told the five-year deal, the naming rights and the chief executive's
    quote, never its 200 million (story 39c57f74): now a sentence giving it is shown."""
    shown = [sentence.text for sentence in summarize(_arsenal())]
    assert any("200 مليون" in text for text in shown)
    select_module = importlib.import_module("marsad.summarize.select")
    monkeypatch.setattr(select_module, "core_figures", lambda _story: {})
    before = [sentence.text for sentence in summarize(_arsenal())]
    assert not any("200 مليون" in text for text in before)


def test_a_count_stated_by_its_number_is_told() -> None:
    """February (Sinai): a lead giving "7 من عناصر الجيش و71 فردا تكفيريا قتلوا" tells the 71
    killed that another lead counts as "مقتل 71 شخصا", though the facts stage reads no killed
    there: no sentence is swapped in for it."""
    documents = [
        sentences_document(
            "a", "alarabia", "2018-02-22T10:00:00+04:00", "سيناء 2018",
            ['أعلن المتحدث العسكري المصري أن 7 من عناصر الجيش و71 "فردا تكفيريا" قتلوا في العملية.'],
        ),
        sentences_document(
            "b", "BBC", "2018-02-22T09:00:00+00:00", "سيناء",
            ['أعلن متحدث باسم الجيش المصري مقتل 71 شخصا من "التكفيريين" منذ بداية العملية.'],
        ),
    ]  # fmt: skip
    story = StoryText.build(documents, attribution_threshold=0.5)
    core = {("killed", 71.0): 2}
    assert ("killed", 71.0) not in figures_of(story.sentences[0].text)
    assert states_core(story, [0], core)
