"""The doer of an event read from the sentence's noun phrases (summarize/doer.py), and the
pairs of two outlets' sentences it joins far apart in words. Engineer-written from February
2018 news (not blind gold)."""

from datetime import UTC, datetime

import numpy as np

from marsad.summarize.base import StoryText
from marsad.summarize.doer import doer_words, same_doer
from marsad.summarize.pairs import rules
from marsad.summarize.signature import ANCHORED_LOGIT, READ_LOGIT, event_pairs
from marsad.summarize.verb_roots import root_event
from storydocs import two_outlet_story

# ab5dafad (February): France 24 and the BBC tell Abou el-Fotouh's arrest, whom the entity
# lexicon does not know, in other words (pair logit -3.2).
ARRESTED = (
    "اعتقلت الشرطة المصرية الأربعاء عبد المنعم أبو الفتوح وخمسة من مساعديه، بعيد وصوله من "
    "العاصمة البريطانية لندن."
)
CAUGHT = (
    "وكانت قوات الأمن المصرية قد ألقت القبض على أبو الفتوح مساء أمس، بدعوى اتصاله بجماعة محظورة."
)
# e26c4ce8: Sky and Al Arabiya on Barnaby Joyce's resignation.
RESIGNS = "أعلن نائب رئيس وزراء أستراليا بارنبي جويس، الجمعة إنه سيستقيل من زعامة حزبه."
DECIDED = "وقرر جويس الاستقالة بعد أن ترددت مزاعم بحدوث تحرش جنسي."


def _story(first: str, second: str) -> StoryText:
    when = datetime(2018, 2, 15, 16, tzinfo=UTC)  # a Thursday: Wednesday is the day before
    return two_outlet_story(("f1", "FR24", first), ("b1", "BBC", second), when)


def test_the_doer_is_the_last_word_of_a_noun_phrase_by_the_event() -> None:
    assert "فتح" in doer_words(ARRESTED, "arrest")  # after the verb (VSO), "الفتوح" loosely
    assert "فتح" in doer_words(CAUGHT, "arrest")
    assert "جيس" in doer_words(RESIGNS, "resign")  # before it (SVO), the title first
    assert doer_words(DECIDED, "resign") == {"جيس"}  # the opening verb "قرر" is no name
    assert same_doer(RESIGNS, DECIDED, "resign")
    # a nisba ("الشرطة المصرية") and one word with the article are common nouns, no name
    assert doer_words("اعتقلت الشرطة المصرية الأربعاء ثلاثة.", "arrest") == frozenset()
    assert doer_words("قالت الحكومة إن الشرطة اعتقلت.", "arrest") == frozenset()
    assert not same_doer(ARRESTED, "ألقت الشرطة القبض على أحمد شفيق.", "arrest")


def test_a_read_doer_joins_two_outlets_far_apart_in_words() -> None:
    story = _story(ARRESTED, CAUGHT)
    texts = [s.text for s in story.sentences]
    first, second = texts.index(ARRESTED), texts.index(CAUGHT)
    eligible = story.eligible.tolist()
    far = np.full((len(story.sentences),) * 2, -3.2)
    assert not event_pairs(story, eligible, far, root_event, ANCHORED_LOGIT)[first, second]
    joined = event_pairs(story, eligible, far, root_event, ANCHORED_LOGIT, doer_words)
    assert joined[first, second] and joined[second, first]
    found = rules(story, far)
    assert found["rule_same"][first, second]  # a repeat in selection ...
    assert not found["event"][first, second]  # ... and no second-line credit
    # further apart than ``READ_LOGIT``: two facts
    further = np.full((len(story.sentences),) * 2, READ_LOGIT - 0.1)
    assert not event_pairs(story, eligible, further, root_event, ANCHORED_LOGIT, doer_words)[
        first, second
    ]


def test_a_read_doer_on_clashing_days_or_another_name_is_two_facts() -> None:
    other_day = CAUGHT.replace("مساء أمس", "الأحد")
    story = _story(ARRESTED, other_day)
    texts = [s.text for s in story.sentences]
    far = np.full((len(story.sentences),) * 2, -3.2)
    pairs = event_pairs(story, story.eligible.tolist(), far, root_event, ANCHORED_LOGIT, doer_words)
    assert not pairs[texts.index(ARRESTED), texts.index(other_day)]
    other_name = CAUGHT.replace("أبو الفتوح", "هشام جنينة")
    story = _story(ARRESTED, other_name)
    texts = [s.text for s in story.sentences]
    pairs = event_pairs(story, story.eligible.tolist(), far, root_event, ANCHORED_LOGIT, doer_words)
    assert not pairs[texts.index(ARRESTED), texts.index(other_name)]
