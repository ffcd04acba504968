"""Two match reports neither of which names a side of the other are two matches (a Europa
League night's), not one event: they count less for stories, in the digest and the store alike
(Settings.other_sides_weight; issue 17, round 11)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from functools import partial
from pathlib import Path

import numpy as np

from marsad.cluster import TermCounts
from marsad.eval.story_check import month_stories
from marsad.evidence import match_sides, named_columns, side_keys, sides_apart, sides_rows
from marsad.model import Document
from marsad.settings import Settings
from storydocs import body_document, digest_stories, stream_stories

# A glued story of the February 2018 month digest: Sky News on 22 February 19:43 and 20:50,
# two round-of-32 return legs of one Europa League night (real headlines and first sentences).
LOKOMOTIV = 'لوكوموتيف موسكو يحقق "مفاجأة" في يوروبا ليغ'
LOKOMOTIV_LEAD = (
    "تأهل لوكوموتيف موسكو إلى الدور ثمن النهائي من مسابقة الدوري الأوروبي (يوروبا ليغ)، "
    "بفوزه الخميس، على نيس الفرنسي 1-صفر، في إياب الدور الثاني."
)
ATLETICO = "أتلتيكو لثمن نهائي يوروبا ليغ"
ATLETICO_LEAD = (
    'بلغ أتلتيكو مدريد الإسباني الدور ثمن النهائي لمسابقة الدوري الأوروبي "يوروبا ليغ" في '
    'كرة القدم، وذلك بفوزه على ضيفه كوبنهاغن الدنماركي 1-صفر على ملعب "واندا متروبوليتانو" '
    "في مدريد."
)
# One match, two outlets (24 February 2018): West Ham spelled وست and ويست.
LIVERPOOL = "ليفربول يتقدم للمركز الثاني.. وصلاح يسجل هدفا ويصنع آخر"
LIVERPOOL_LEAD = (
    "مدد ليفربول سجله الخالي من الهزيمة على ملعبه إلى 16 مباراة في الدوري الإنجليزي الممتاز "
    "لكرة القدم، وتقدم إلى المركز الثاني بعد أداء مذهل آخر بإستاد انفيلد في الفوز 4-1 على "
    "وست هام يونايتد، السبت."
)
WEST_HAM = "ليفربول يتجاوز ويست هام وينتزع الوصافة"
WEST_HAM_LEAD = (
    "انتزع ليفربول المركز الثاني بالدوري الإنجليزي الممتاز لكرة القدم بتغلبه على ويست هام "
    "يونايتد 4 - 1 يوم السبت في الجولة الثامنة والعشرين من الدوري."
)
DAY = datetime(2018, 2, 22, 19, 43, tzinfo=UTC)
ON = Settings(other_sides_weight=0.5)
OFF = Settings(other_sides_weight=1.0)

_document = partial(body_document, DAY)


def _europa() -> list[Document]:
    return [
        _document("a", LOKOMOTIV, LOKOMOTIV_LEAD, "SK", 0),
        _document("b", ATLETICO, ATLETICO_LEAD, "AL", 1),
    ]


def _liverpool() -> list[Document]:
    return [
        _document("c", LIVERPOOL, LIVERPOOL_LEAD, "SK", 0),
        _document("d", WEST_HAM, WEST_HAM_LEAD, "AL", 4),
    ]


def _sides(document: Document) -> list[str]:
    return match_sides(document.article.title, document)


def test_side_keys_meet_across_spellings() -> None:
    assert set(side_keys("تشيلسي")) & set(side_keys("تشلسي"))
    assert set(side_keys("ويست")) & set(side_keys("وست"))
    assert set(side_keys("لبرشلونة")) & set(side_keys("برشلونة"))
    assert not set(side_keys("نيس")) & set(side_keys("كوبنهاغن"))


def test_two_matches_are_apart_one_match_is_not() -> None:
    lokomotiv, atletico = (_sides(d) for d in _europa())
    assert lokomotiv and atletico  # both state a score
    assert sides_apart(lokomotiv, atletico)
    assert not sides_apart(*(_sides(d) for d in _liverpool()))  # وست هام, ويست هام
    assert not sides_apart(lokomotiv, lokomotiv)


def test_an_article_without_a_score_names_no_sides() -> None:
    preview = _document(
        "e", "أتلتيكو يستضيف كوبنهاغن في يوروبا ليغ", "يلتقي الفريقان الخميس.", "AL", 0
    )
    assert _sides(preview) == []
    assert not sides_apart(_sides(preview), _sides(_europa()[0]))


def test_sides_rows_is_sides_apart_pair_by_pair() -> None:
    documents = [*_europa(), *_liverpool()]
    counts = TermCounts.of(documents, marked=True)
    columns = named_columns(counts.vocabulary)
    pairs = np.array([(i, j) for i in range(4) for j in range(i + 1, 4)])
    found = sides_rows(counts.counts[:, columns], counts.vocabulary[columns], pairs)
    sides = [_sides(d) for d in documents]
    assert found.tolist() == [sides_apart(sides[i], sides[j]) for i, j in pairs.tolist()]
    assert found.tolist()[0] and not found.tolist()[-1]


def test_two_matches_are_two_stories_in_the_digest_and_the_store() -> None:
    documents = _europa()
    for settings, expected in ((OFF, 1), (ON, 2)):
        assert digest_stories(documents, settings) == expected
        assert stream_stories(documents, settings) == expected


def test_the_february_digest_parts_a_europa_league_nights_matches(
    shared_data: Callable[[str], Path],
) -> None:
    """The month's one glued story of the kind (read by title) parts at the defaults; the
    Liverpool report of another outlet stays with its match."""
    data = shared_data("ant_multisource/ant-2018.jsonl.gz").parent
    lokomotiv, atletico = "SK-sport-68-20180222", "SK-sport-67-20180222"
    liverpool, west_ham = "SK-sport-112-20180224", "AL-sport-236-20180224"
    before, after = (month_stories(data, "2018-02", s) for s in (OFF, ON))
    assert before[lokomotiv] == before[atletico] and after[lokomotiv] != after[atletico]
    assert after[liverpool] == after[west_ham]
