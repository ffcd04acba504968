"""Figures and goal minutes, round 18 of issue 18: the errors of the fourth February round of
the blind figure gold (ANT February 2018 sentences, article ids given)."""

from __future__ import annotations

from marsad.facts._goal_minutes import goal_minute_conflicts, sentence_minutes
from test_facts_round16 import figures


def test_a_numbered_paragraph_under_the_preposition_lam_is_no_count() -> None:
    # AL-internationalNews-251-20180227: "للفقرة 14" is "ل" + "الفقرة 14", paragraph 14.
    text = 'فإن إيران لا تمتثل للفقرة 14 من القرار 2216".'
    assert figures(text) == []
    assert figures("وذلك وفقا للمادة 25 من الدستور") == []
    assert figures("ولا تخضع وللفقرة 3 منه") == []
    # A count stays a count: the word before it is no numbering noun.
    assert figures("وقدم التحالف مساعدات للاجئين 14 شاحنة") == [(14, "other")]


# Goal minutes -------------------------------------------------------------------------------


def _conflicts(*told: tuple[str, str, str]) -> list[tuple[int, ...]]:
    """The minutes of the goal-minute conflicts among (article, outlet, sentence) items."""
    minutes = [m for article, outlet, text in told for m in sentence_minutes(text, article, outlet)]
    found = goal_minute_conflicts(minutes, language="ar")
    return [tuple(claim.value for claim in item.claims) for item in found]


def test_one_scorers_goal_at_two_minutes_is_a_conflict() -> None:
    # SK-sport-96-20180225 and AL-sport-243-20180225: Willian's goal at 31 and at 32.
    sky = (
        "واستحق الفريق اللندني التقدم عبر ويليان في الدقيقة 31، بعدما تلقى تمريرة من إيدن"
        " هازارد، ليهز شباك دافيد دي خيا بتسديدة في الزاوية القريبة."
    )
    arabia = "حيث تقدم تشيلسي بهدف سجله ويليان في الدقيقة 32 لكن فرحة الفريق لم تدم طويلا"
    assert _conflicts(("s", "skynews", sky), ("a", "alarabia", arabia)) == [(31, 32)]
    # The same outlet twice is no conflict between outlets.
    assert _conflicts(("s", "skynews", sky), ("t", "skynews", arabia)) == []
    # A minute in brackets after its scorer (SK-sport-14-20180217 and CN-sport-8-20180217).
    bracket = "ثنائية الضيوف حملت توقيع لويس سواريز (16) وجوردي ألبا (88)."
    words = (
        'فعلى أرضية ملعب "إيوروا البلدي"، تقدم برشلونة عبر اللاعب الأوروغوياني لويس سواريز،'
        " عند الدقيقة 18، لينتهي الشوط الأول بهدف نظيف للفريق الكتالوني."
    )
    assert _conflicts(("s", "skynews", bracket), ("c", "CNN", words)) == [(16, 18)]


def test_a_name_near_two_minutes_names_no_single_goal() -> None:
    # A scorer of two goals, or a team named near two minutes, is not one goal's scorer.
    one = "وسجل للعراق عماد محسن (47) ومهند علي (50 و73)."
    other = "قبل أن يضيف مهند علي الهدف الثالث للعراق عند الدقيقة 51."
    assert _conflicts(("s", "skynews", one), ("c", "CNN", other)) == []
    twice = "سجل مهند علي هدفا في الدقيقة 51 ثم أضاف مهند علي هدفا في الدقيقة 71."
    assert _conflicts(("c", "CNN", twice), ("s", "skynews", "وسجل مهند علي (50).")) == []


def test_the_next_clause_scorer_is_not_this_minutes() -> None:
    # AL-sport-98-20180219: "في الدقيقة 34 وسجل ناتشو": 34 is Mandi's minute, not Nacho's.
    text = "وتعادل عيسى ماندي لبيتيس في الدقيقة 34 وسجل ناتشو فيرنانديز الهدف الثاني بالخطأ"
    (minute,) = sentence_minutes(text, "a", "alarabia")
    assert "ناتشو" not in minute.names and "ماندي" in minute.names


def test_minutes_far_apart_or_outside_a_goal_are_not_compared() -> None:
    near = ("a", "alarabia", "وسجل ويليان هدفا في الدقيقة 32")
    assert _conflicts(near, ("s", "skynews", "وسجل ويليان هدفا في الدقيقة 80")) == []
    # No goal told: a sending-off's minute.
    assert sentence_minutes("وطرد فابيان أوريانا في الدقيقة 67", "a", "alarabia") == []
    # "بهدف" (in order to) and a number in brackets are no goal.
    assert sentence_minutes("اجتمع الوزراء بهدف دعم المشروع (16)", "a", "alarabia") == []
