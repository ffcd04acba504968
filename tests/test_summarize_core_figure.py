"""The figure that is the news (issue 19, item 4, round 17), on February 2018 ANT reports: a
match's score both outlets give in their leads is stated by the summary (Real Madrid's 4-0 over
Alaves, Sky News Arabia and Al Arabiya, February 25); Arsenal's shirt deal (February 19) is
worth 200 million by CNN and only likely so by skynews, which the blind gold keeps apart."""

import importlib
from collections.abc import Callable
from pathlib import Path

import pytest

from marsad.clean import clean_article
from marsad.eval.facts import ant_articles
from marsad.lang import analyse
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

# skynews, 2018-02-25T07:03:42+00:00 (story 8060f5d1): رونالدو وبنزيمة.. "لفتة استثنائية" تعني الكثير
BENZEMA_SK = [
    "عكست اللفتة، التي قام بها النجم البرتغالي، كريستيانو رونالدو، لاعب ريال مدريد الإسباني تجاه زميله الفرنسي كريم بنزيمة، بتقديمه لتسديد ركلة الجزاء في مباراة آلافيس الكثير من المعاني.",
    "ويمر كريم بنزيمة مهاجم الملكي بفترة صعبة بسبب عدم قدرته على ترجمة فرص عدة تتاح له إلى أهداف، وقد هز الشباك منذ بداية الموسم 3 مرات فقط في الليغا.",
    'وترك النجم البرتغالي ركلة الجزاء، التي احتسبت خلال الدقائق الأخيرة من لقاء الفريق أمام آلافيس، السبت، إلى زميله الفرنسي، الذي نجح في تحويلها إلى داخل الشباك ورفع نتيجة المباراة إلى 4-0، وذلك رغم أن رونالدو هو المسدد الأول لركلات الجزاء والفريق وكان يمكنه رفع رصيده من الأهداف إلى "هاتريك".',
    "وأشاد المدير الفني لريال مدريد، زين الدين زيدان، بما قام به رونالدو جناح الفريق تجاه زميله بنزيمة.",
    'وأعرب زيزو عن سعادته بما قدمه الثلاثي الهجومي (رونالدو وبنزيمة وغاريث بيل) للفريق، قائلا: "سعيد بما قام به رونالدو مع بنزيمة. هذا يدل على كونه يلعب للفريق وليس لنفسه كما يشاع، الثلاثي الهجومي قدم مباراة جيدة وتمكن أفراده من التسجيل اليوم لأول مرة خلال الموسم الحالي".',
    'من جانبه، تحدث حارس مرمى الفريق، كيلور نافاس، عقب لمباراة قائلا إن "لفتة رونالدو تعكس مدى حرص اللاعبين على وحدة الفريق"، مشيدا بالنجم البرتغالي، الذي أبرز الموقف "إنسانيته"، على حد قوله.',
    "وواصل ريال مدريد انفراده بالمركز الثالث برصيد 51 نقطة خلف الوصيف أتلتيكو مدريد بفارق 4 نقاط.",
]
# alarabia, 2018-02-25T17:22:26+04:00 (story 8060f5d1): زيدان يشيد بدعم رونالدو لزميله بنزيمة
BENZEMA_AL = [
    "أشاد زين الدين زيدان مدرب ريال مدريد بالمهاجم كريستيانو رونالدو بسبب دعمه المزدوج لزميله كريم بنزيمة بعدما أهداه ركلة جزاء ليسجل منها خلال الانتصار 4-0 على ألافيس في دوري الدرجة الأولى الإسباني لكرة القدم كما طالب المشجعين بتحيته. وكان بنزيمة يتعرض لانتقادات حادة بداعي أنه من أسباب تواضع أداء ريال هذا الموسم وسبق للجماهير أن أطلقت صيحات استهجان ضده في استاد سانتياغو برنابيو أكثر من مرة بسبب إخفاقه في هز شباك المنافسين في كثير من المناسبات. وصنع بنزيمة الهدف الأول لرونالدو أمام ألافيس بلمسة رائعة بكعب القدم وأول ما فعله الهداف التاريخي لريال عقب التسجيل هو الإشارة إلى بنزيمة وبدا وكأنه يطلب من المشجعين إظهار الاحترام لزميله. وسجل رونالدو الهدف الثالث لريال بعدما أضاف جاريث بيل الهدف الثاني، والذي جاء أيضا بعد تمريرة من بنزيمة، وسنحت فرصة للوصول إلى هدفه الثالث بعد احتساب ركلة جزاء لريال قرب النهاية، لكن بدلا من التسديد منح رونالدو الفرصة لبنزيمة الذي أحرز الهدف الرابع. وقال زيدان في مؤتمر صحفي: أنا سعيد جدا بلفتة رونالدو. هذه لقطة تعكس روح الفريق وهو تصرف مذهل. كريم لعب بشكل رائع جدا واستحق التسجيل إذ ساهم كثيرا في صناعة اللعب والفرص. وأضاف: بنزيمة يلعب تحت ضغط كبير لكنه يتعامل مع الأمر بشكل جيد جدا وأنا سعيد بطريقة لعبه وأنه سجل هدفا. يجب دائما الاعتماد على بنزيمة في أكثر المباريات لأنه دائما ما يثبت مدى أهميته كلاعب. وأنهى بنزيمة حوالي ثلاثة أشهر دون تسجيل أي هدف في الدوري عندما هز شباك ريال بيتيس في الجولة الماضية ورغم أنه أهدر أكثر من فرصة سهلة فإنه كان من أبرز لاعبي ريال خلال فوزه الخامس على التوالي في كل المسابقات أمام ألافيس. وقال لوكاس فاسكيز لاعب ريال : كريستيانو أظهر روح الفريق الحقيقية مع كريم الذي يستحق الهدف. أنا سعيد من أجل كريم لأنه لاعب رائع. ولم يكن رونالدو، أفضل لاعب في العالم خمس مرات، يشتهر كثيرا بالتواضع لكن الحارس كيلور نافاس قال إن تعامل اللاعب البرتغالي مع بنزيمة يمثل شخصيته تماما. وقال نافاس: لم يشعر أي شخص منا بالاندهاش من لفتة كريستيانو لأننا نعرف جيدا شخصيته. في مثل هذه الأوقات يحتاج المرء إلى دعم المجموعة ولقد أظهر كريستيانو للجميع كيف هي الأجواء في غرفة اللاعبين.",
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


def _benzema() -> list[Document]:
    return [
        sentences_document(
            "sk", "skynews", "2018-02-25T07:03:42+00:00",
            'رونالدو وبنزيمة.. "لفتة استثنائية" تعني الكثير', BENZEMA_SK,
        ),
        sentences_document(
            "al", "alarabia", "2018-02-25T17:22:26+04:00",
            "زيدان يشيد بدعم رونالدو لزميله بنزيمة", BENZEMA_AL,
        ),
    ]  # fmt: skip


def test_a_score_both_outlets_give_in_their_leads_is_core() -> None:
    story = StoryText.build(_benzema(), attribution_threshold=0.5)
    assert ("score", 4.0) in core_figures(story)


def test_a_figure_told_as_likely_is_not_stated() -> None:
    """Skynews' "من المرجح أن تزيد قيمة الصفقة على 200 مليون" is an estimate: the 200
    million is CNN's alone, so not the story's (the blind gold's units keep them apart)."""
    story = StoryText.build(_arsenal(), attribution_threshold=0.5)
    assert ("money", 200_000_000.0) in figures_of(ARSENAL_SK[2])
    assert ("money", 200_000_000.0) not in core_figures(story)


def test_a_figure_one_outlet_gives_is_not_core() -> None:
    story = StoryText.build(_benzema()[:1], attribution_threshold=0.5)
    assert not core_figures(story)


def test_the_summary_states_the_score(monkeypatch: pytest.MonkeyPatch) -> None:
    """Before, the summary told Ronaldo's gesture and Benzema's bad run, never the 4-0 both
    outlets give (story 8060f5d1): now the lead giving it is shown."""
    shown = [sentence.text for sentence in summarize(_benzema())]
    assert any("4-0" in text for text in shown)
    select_module = importlib.import_module("marsad.summarize.select")
    monkeypatch.setattr(select_module, "core_figures", lambda _story: {})
    before = [sentence.text for sentence in summarize(_benzema())]
    assert not any("4-0" in text for text in before)


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


# Iraq's reconstruction (February 12 and 14, 2018; digest story 57c53ecb), read from the ANT
# corpus: Monday's reports of the 88.2 billion dollars needed, Wednesday's of the pledges.
IRAQ = {
    "BB-middleEast-31-20180212",
    "AL-economy-33-20180212",
    "BB-economy-7-20180214",
    "AL-economy-19-20180214",
}


def _iraq(ant: Path) -> list[Document]:
    articles = sorted(ant_articles(ant, IRAQ), key=lambda a: (a.published, a.id))
    assert len(articles) == len(IRAQ)
    return [analyse(clean_article(article)) for article in articles]


def test_a_lead_of_another_development_is_not_replaced(
    monkeypatch: pytest.MonkeyPatch, shared_data: Callable[[str], Path]
) -> None:
    """Iraq's reconstruction (story 57c53ecb): Monday's lead gives the 88.2 billion it needs,
    Wednesday's tells the allies' pledges; the pair classifier reads them as one fact, but two
    days apart the pledges are the newer development, so they stay (and the 88.2 billion is
    not swapped in for them)."""
    pledges = "تعهدت الدول الحليفة للعراق الاربعاء"
    iraq = _iraq(shared_data("ant_multisource/ant-2018.jsonl.gz"))
    assert any(s.text.startswith(pledges) for s in summarize(iraq))
    select_module = importlib.import_module("marsad.summarize.select")
    monkeypatch.setattr(select_module, "_near_in_time", lambda *_: True)
    assert not any(s.text.startswith(pledges) for s in summarize(iraq))
