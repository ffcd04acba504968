"""Trilateral roots from derivation patterns and the event class of a sentence by its verb's
root (issue 19, round 26): engineer-written sentences in the words of Arabic news."""

from datetime import UTC, datetime

import numpy as np
import pytest

from marsad.lang.roots import readings, root_keys
from marsad.summarize.base import StoryText
from marsad.summarize.pairs import rules
from marsad.summarize.signature import ANCHORED_LOGIT, event_pairs, event_verb
from marsad.summarize.verb_roots import root_classes, root_event, word_class
from storydocs import two_outlet_story


def test_a_word_is_read_by_its_forms_root() -> None:
    assert ("قتل", "I") in readings("ومقتل")
    assert ("قتل", "I") in readings("يقتلون")
    assert ("عقل", "VIII") in readings("واعتقلت")
    assert ("حجز", "VIII") in readings("يحتجز")
    assert ("فجر", "VII") in readings("انفجار")
    assert ("فجر", "II") in readings("التفجيرات")
    assert ("شهد", "X") in readings("استشهاد")
    # weak roots: hollow (فاز, أصيب, استقال, اغتال) and defective (أودى, أودت)
    assert ("فوز", "I") in readings("فازت")
    assert ("صوب", "IV") in readings("إصابة")
    assert ("صوب", "IV") in readings("وأصيب")
    assert ("قيل", "X") in readings("سيستقيل")
    assert ("غول", "VIII") in readings("اغتيال")
    assert ("ودي", "IV") in readings("أودت")
    # a middle ي of a bare word is a root letter: "غير" is not "غار"
    assert readings("غير") == {("غير", "I")}


def test_one_event_in_other_words_is_one_class() -> None:
    assert root_event("قتل 20 شخصا في غارة على الغوطة الشرقية") == "kill"
    assert root_event("لقي 20 مدنيا حتفهم جراء قصف على الغوطة الشرقية") == "kill"
    assert root_event("أودت غارة جوية بحياة 12 مدنيا في دمشق") == "kill"
    assert root_event("أحرز ريال مدريد فوزا على ليغانيس 3-1") == "win"
    assert root_event("يتغلب الأهلي على الزمالك") == "win"
    assert root_event("ألقت الشرطة القبض على رجل في الكويت") == "arrest"
    assert root_event("يحتجز الأمن التركي صحفيا في إسطنبول") == "arrest"
    # the word lists of ``signature`` read these otherwise or not at all
    assert event_verb("أودت غارة جوية بحياة 12 مدنيا في دمشق") == "strike"
    assert event_verb("يحتجز الأمن التركي صحفيا في إسطنبول") is None


def test_a_root_of_another_meaning_is_no_event() -> None:
    # fighters (III), "mind" (عقل in form I), dawn (فجر in form I), most (أغلب), said (قال)
    for word in ("المقاتلين", "عقل", "فجر", "أغلبية", "قال", "قتال", "غير"):
        assert word_class(word) is None, word
    assert root_event("وقال المقاتلون فجر اليوم إن أغلبية السكان غادروا") is None


def test_the_classes_come_from_one_data_file() -> None:
    classes = root_classes()
    assert classes["قتل", None] == classes["حتف", None] == classes["ودي", "IV"] == "kill"
    assert classes["عقل", "VIII"] == "arrest" and ("عقل", None) not in classes


def _story(first: str, second: str) -> StoryText:
    when = datetime(2018, 2, 18, 16, tzinfo=UTC)  # a Sunday: Saturday is the day before
    return two_outlet_story(("b1", "BBC", first), ("c1", "CNN", second), when)


KILLED = "قتل 12 مدنيا في غارة جوية على دمشق بحسب المرصد السوري لحقوق الإنسان."
TOOK_LIVES = "أودت غارة جوية بحياة 12 مدنيا في دمشق، وفق ما أفاد المرصد السوري لحقوق الإنسان."


def test_two_outlets_telling_one_toll_with_other_verbs_are_one_fact() -> None:
    story = _story(KILLED, TOOK_LIVES)
    texts = [s.text for s in story.sentences]
    bbc, cnn = texts.index(KILLED), texts.index(TOOK_LIVES)
    same = np.full((len(story.sentences),) * 2, -0.45)
    eligible = story.eligible.tolist()
    # the written word lists read a strike and a killing: two events
    assert not event_pairs(story, eligible, same)[bbc, cnn]
    joined = event_pairs(story, eligible, same, root_event)
    assert joined[bbc, cnn] and joined[cnn, bbc]
    found = rules(story, same)
    assert found["event"][bbc, cnn] and found["rule_same"][bbc, cnn]
    # another toll is another fact
    other = _story(KILLED, TOOK_LIVES.replace("12", "30"))
    texts = [s.text for s in other.sentences]
    first, second = texts.index(KILLED), texts.index(TOOK_LIVES.replace("12", "30"))
    same = np.full((len(other.sentences),) * 2, -0.45)
    assert not event_pairs(other, other.eligible.tolist(), same, root_event)[first, second]


# 18b8ad32 (February): Al Arabiya and France 24 tell Saturday evening's Israeli strikes on Gaza.
STRUCK = (
    "وكانت مقاتلات حربية إسرائيلية قصفت مساء السبت مواقع عسكرية تابعة لحركة حماس في قطاع غزة، "
    "من بينها مصنع للأسلحة ونفق للتهريب."
)
RAIDS = (
    "واستهدفت الغارات الإسرائيلية مساء السبت ثلاث قواعد لحماس شرق مدينة غزة من دون أن تسفر عن "
    "إصابات، وفق المصادر الفلسطينية."
)
# aad6c96a: the Houthis' 46 dead and a Houthi commander killed on Saturday share the doer alone.
FORTY_SIX = (
    "قالت مصادرنا إن 46 عنصرا من ميليشيات الحوثي الإيرانية باليمن قتلوا في مواجهات بالساحل "
    "الغربي مع المقاومة اليمنية."
)
COMMANDER = (
    "قتل القيادي في مليشيات الحوثي الإيرانية، عبدالملك مقبل طاوس أبو طه، السبت، مع عدد من "
    "مرافقيه في غارة جوية للتحالف العربي في منطقة الصفراء بمحافظة صعدة."
)


def test_a_pair_far_apart_in_words_joins_by_three_anchors_not_one() -> None:
    story = _story(STRUCK, RAIDS)
    texts = [s.text for s in story.sentences]
    first, second = texts.index(STRUCK), texts.index(RAIDS)
    far = np.full((len(story.sentences),) * 2, -2.0)  # under signature.MIN_LOGIT
    eligible = story.eligible.tolist()
    assert not event_pairs(story, eligible, far, root_event)[first, second]
    assert event_pairs(story, eligible, far, root_event, ANCHORED_LOGIT)[first, second]
    assert rules(story, far)["rule_same"][first, second]
    story = _story(FORTY_SIX, COMMANDER)
    texts = [s.text for s in story.sentences]
    first, second = texts.index(FORTY_SIX), texts.index(COMMANDER)
    far = np.full((len(story.sentences),) * 2, -2.0)
    assert not event_pairs(story, story.eligible.tolist(), far, root_event, ANCHORED_LOGIT)[
        first, second
    ]


def test_a_table_of_named_roots_is_read_with_its_forms() -> None:
    table = {"kill": ["قتل", "غدر@X"], "arrest": ["عتقل"], "skip": "words"}
    names = root_keys(table, "t.toml", skip="skip")
    assert names == {("قتل", None): "kill", ("غدر", "X"): "kill", ("عتقل", None): "arrest"}
    with pytest.raises(ValueError, match="under two names"):
        root_keys({"a": ["قتل"], "b": ["قتل"]}, "t.toml")
    with pytest.raises(ValueError, match="must be a list of roots"):
        root_keys({"a": "قتل"}, "t.toml")
