"""One side's two matches days apart (a player's quarter-final and semi-final) are two
stories: two match reports naming one side, with no score in common and one headline stating
a result, more than a set time apart count other_sides_weight
(Settings.rival_matches_after_days; issue 17, round 12)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from functools import partial
from pathlib import Path

import numpy as np

from marsad.cluster import TermCounts
from marsad.eval.story_check import month_stories
from marsad.evidence import match_sides, named_columns, rivals, rivals_rows, score_key
from marsad.model import Document
from marsad.settings import Settings
from storydocs import body_document, digest_stories, stream_stories

# A glued story of the February 2018 month digest (real headlines and first sentences): Al
# Arabiya on 16 February 20:36 UTC, Federer tops the ranking after his Rotterdam quarter-final;
# Sky News 25 hours later, he wins the semi-final; Sky News on 18 February, his final.
RANKING = "فيدرر يكسر رقما قياسيا ويتصدر التصنيف العالمي للتنس"
RANKING_LEAD = (
    "عاد السويسري روجر فيدرر إلى صدارة التصنيف العالمي للاعبي التنس المحترفين لأول مرة منذ "
    "2012 بعد فوزه على الهولندي روبن هاسه ليتأهل إلى قبل نهائي بطولة روتردام يوم الجمعة. "
    "وفاز فيدرر، 36 عاما، بنتيجة 4-6 و6-1 و6-1 ليضمن الحصول على النقاط الكافية ليصبح أكبر "
    "لاعب يتصدر التصنيف منذ انطلاقه في 1973."
)
SEMI = "فيدرر يسقط سيبي ويبلغ نهائي روتردام للتنس"
SEMI_LEAD = (
    "قدم روجر فيدرر المصنف الأول عالميا الجديد أداء مميزا آخر ليفوز 6-3 و7-6على أندرياس سيبي "
    "في الدور قبل النهائي لبطولة روتردام للتنس. وسيواجه اللاعب السويسري في النهائي منافسه "
    "البلغاري غريغور ديميتروف المصنف الخامس عالميا الأحد."
)
FINAL = 'فيدرر يحتفل بلقب "الأكبر سنا"'
FINAL_LEAD = (
    "احتفل النجم السويسري المخضرم روجيه فيدرر بإنجازه كأكبر لاعب سنا يتصدر التصنيف العالمي "
    "للاعبي التنس المحترفين، بإحرازه لقب بطل دورة روتردام الهولندية، بعد تغلبه على البلغاري "
    "غريغور ديميتروف 6-2 و6-2 في المباراة النهائية، الأحد."
)
DAY = datetime(2018, 2, 16, 20, 36, tzinfo=UTC)
ON = Settings(rival_matches_after_days=0.5)
OFF = Settings(rival_matches_after_days=99.0)

_document = partial(body_document, DAY)


def _federer() -> list[Document]:
    return [
        _document("a", RANKING, RANKING_LEAD, "AL", 0),
        _document("b", SEMI, SEMI_LEAD, "SK", 25.0),
        _document("c", FINAL, FINAL_LEAD, "SK", 44.2),
    ]


def _sides(document: Document) -> list[str]:
    return match_sides(document.article.title, document)


def test_a_score_is_keyed_by_its_numbers_in_order() -> None:
    assert score_key("3-1") == score_key("1 - 3") == "1-3"
    assert score_key("صفر-2") == "0-2"


def test_two_rounds_are_rivals_a_round_and_a_headline_without_result_are_not() -> None:
    ranking, semi, final = (_sides(d) for d in _federer())
    assert ranking and semi and final  # each states a score
    assert rivals(ranking, semi)  # Federer; 4-6 6-1 6-1 against 6-3 7-6; يسقط
    assert not rivals(ranking, final)  # neither headline states a result
    assert not rivals(semi, semi)


def test_rivals_rows_is_rivals_pair_by_pair() -> None:
    documents = _federer()
    counts = TermCounts.of(documents, marked=True)
    columns = named_columns(counts.vocabulary)
    pairs = np.array([(0, 1), (0, 2), (1, 2), (1, 1)])
    found = rivals_rows(counts.counts[:, columns], counts.vocabulary[columns], pairs)
    sides = [_sides(d) for d in documents]
    assert found.tolist() == [rivals(sides[i], sides[j]) for i, j in pairs.tolist()]
    assert found.tolist()[0]


def test_two_rounds_are_two_stories_in_the_digest_and_the_store() -> None:
    documents = _federer()[:2]
    for settings, expected in ((OFF, 1), (ON, 2)):
        assert digest_stories(documents, settings) == expected
        assert stream_stories(documents, settings) == expected


def test_rounds_within_the_time_set_stay_one_story() -> None:
    documents = _federer()[:2]
    near = Settings(rival_matches_after_days=1.1)  # the semi-final is 25 h (1.04 d) later
    assert digest_stories(documents, near) == stream_stories(documents, near) == 1


def test_the_february_digest_parts_federers_semi_final(
    shared_data: Callable[[str], Path],
) -> None:
    """The month's glued Federer story: the semi-final parts from the ranking reports at the
    defaults; Neymar's injury story (leads quoting two old scores) stays whole."""
    data = shared_data("ant_multisource/ant-2018.jsonl.gz").parent
    ranking, semi = "BB-sport-3-20180217", "SK-sport-12-20180217"
    injury, father = "SK-sport-123-20180226", "SK-sport-157-20180228"
    before, after = (month_stories(data, "2018-02", s) for s in (OFF, Settings()))
    assert before[ranking] == before[semi] and after[ranking] != after[semi]
    assert after[injury] == after[father]
