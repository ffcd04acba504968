"""Two articles that each name a place below the country by its kind noun (مديرية ناطع, جبهة
الساحل الغربي), neither naming a locality, city or region of the other, tell two fronts of one
war, not one event: they count less for stories, in the digest and the store alike
(localities.py, with Settings.other_places_weight; issue 19, round 20)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, datetime
from functools import partial
from pathlib import Path

import numpy as np

from marsad.cluster import TermCounts
from marsad.eval.story_check import month_stories
from marsad.evidence import named_columns
from marsad.localities import LOCALITY, localities_apart, localities_rows, located
from marsad.model import Document
from marsad.settings import Settings
from marsad.stream import places_of
from storydocs import body_document, digest_stories, stream_stories

# Glued in the February 2018 month digest: Al Arabiya on 25 February and Sky News the next day,
# the army's strikes in Nate'a (Al-Bayda) and the coalition's on the west coast (real headlines
# and first two sentences).
NATEA = "اليمن.. خسائر كبيرة للحوثيين في ناطع بالبيضاء"
NATEA_LEAD = (
    "قصف #الجيش_اليمني تجمعات لميليشيا #الحوثي في جبل الظهر وشعب المسوح بمديرية ناطع "
    "بمحافظة #البيضاء، وكبدها خسائر كبيرة في الأرواح والعتاد. واستهدفت مقاتلات "
    "#تحالف_دعم_الشرعية باليمن مواقع #الميليشيات ومخازن أسلحة في مديرية الحيمة الداخلية غرب "
    "محافظة #صنعاء."
)
COAST = "التحالف يكبّد الحوثيين خسائر كبيرة في جبهة الساحل الغربي"
COAST_LEAD = (
    "أوقعت غارات التحالف العربي لدعم الشرعية في اليمن، الاثنين، 20 قتيلا في صفوف ميليشيات "
    "الحوثي الإيرانية في جبهة الساحل الغربي، وفق ما أورد مراسلنا. وأشار إلى أن مقاتلات "
    "التحالف بإسناد من القوات الإماراتية تمكنت من تدمير آليات عسكرية ومستودعات ذخيرة تابعة "
    "للميليشيات شمال شرقي حيس في محافظة الحديدة المطلة على البحر الأحمر."
)
# One day's bombing of Eastern Ghouta (24 February): two towns, both articles name the Ghouta.
GHOUTA = 'مقتل "أكثر من 500 مدني" منذ بدء القصف الجوي على الغوطة'
GHOUTA_LEAD = (
    "قال ناشطون في منطقة الغوطة الشرقية بالقرب من دمشق إن أكثر من 500 مدنيا قتلوا، منذ بدء "
    "القصف الجوي الحكومي المكثف على المنطقة، قبل نحو أسبوع. وذكر المرصد السوري لحقوق "
    "الإنسان إن 29 مدنيا قتلوا في غارات جوية السبت، من بينهم 17 شخصا في بلدة دوما."
)
SHELLED = "طائرات حربية تقصف الغوطة بعد تصويت مجلس الأمن"
SHELLED_LEAD = (
    "قال المرصد السوري لحقوق الإنسان، إن طائرات حربية قصفت الغوطة الشرقية مساء السبت بعد "
    "دقائق من موافقة مجلس الأمن الدولي على قرار يطالب بوقف إطلاق النار لمدة 30 يوما في "
    "سوريا. وأضاف المرصد أن الطائرات قصفت بلدة الشيفونية في الجيب الخاضع للمعارضة المسلحة."
)
DAY = datetime(2018, 2, 25, 6, 39, tzinfo=UTC)
ON = Settings(other_places_weight=0.5)
OFF = Settings(other_places_weight=1.0)

_document = partial(body_document, DAY)


def _yemen() -> list[Document]:
    return [_document("a", NATEA, NATEA_LEAD, "AL", 0), _document("b", COAST, COAST_LEAD, "SK", 34)]


def _ghouta() -> list[Document]:
    return [
        _document("c", GHOUTA, GHOUTA_LEAD, "BB", 0),
        _document("d", SHELLED, SHELLED_LEAD, "SK", 4.5),
    ]


def _named(document: Document) -> list[str]:
    return places_of(document)


def test_a_locality_is_a_place_named_by_its_kind() -> None:
    found = located(["قصف الجيش تجمعات بمديرية ناطع بمحافظة #البيضاء"])
    assert LOCALITY + "نطع" in found and LOCALITY + "بض" in found
    assert located(["وانتقل القتال إلى قرية أخرى"]) == []  # no name after the kind
    assert located(["قتل مدنيون في دمشق"]) == []  # a city: held, but no locality


def test_two_fronts_are_apart_one_regions_towns_are_not() -> None:
    natea, coast = (_named(d) for d in _yemen())
    assert localities_apart(natea, coast)
    assert not localities_apart(*(_named(d) for d in _ghouta()))  # both name the Ghouta
    assert not localities_apart(natea, natea)


def test_localities_rows_is_localities_apart_pair_by_pair() -> None:
    documents = [*_yemen(), *_ghouta()]
    counts = TermCounts.of(documents, marked=True)
    columns = named_columns(counts.vocabulary)
    pairs = np.array([(i, j) for i in range(4) for j in range(i + 1, 4)])
    found = localities_rows(counts.counts[:, columns], counts.vocabulary[columns], pairs)
    named = [_named(d) for d in documents]
    assert found.tolist() == [localities_apart(named[i], named[j]) for i, j in pairs.tolist()]
    assert found.tolist()[0] and not found.tolist()[-1]


def test_two_fronts_are_two_stories_in_the_digest_and_the_store() -> None:
    # Two articles alone: the digest's bar at 0.15 stands for the story's other reports, which
    # held the pair at 0.20 in the month (the store joins the pair at its own bar).
    documents = _yemen()
    for settings, expected in ((OFF, 1), (ON, 2)):
        assert digest_stories(documents, _low(settings)) == expected
        assert stream_stories(documents, settings) == expected
    # Both name the Ghouta: the rule leaves them as they are.
    assert digest_stories(_ghouta(), _low(ON)) == digest_stories(_ghouta(), _low(OFF)) == 1
    assert stream_stories(_ghouta(), ON) == stream_stories(_ghouta(), OFF)


def _low(settings: Settings) -> Settings:
    return replace(settings, story_threshold=0.15, storyline_threshold=0.12)


def test_the_february_digest_parts_two_fronts(shared_data: Callable[[str], Path]) -> None:
    """The month's one story of the kind (read by title) parts at the defaults: the army's
    strikes in Nate'a leave the coalition's on the west coast and in Al-Jawf; Al Arabiya's two
    fronts of one day (Sirwah's lead names Sanaa, a province of the first) stay together."""
    data = shared_data("ant_multisource/ant-2018.jsonl.gz").parent
    natea, sirwah = "AL-internationalNews-201-20180225", "AL-internationalNews-205-20180225"
    coast, jawf = "SK-middleEast-111-20180226", "SK-middleEast-112-20180227"
    before, after = (month_stories(data, "2018-02", s) for s in (OFF, ON))
    assert before[natea] == before[coast] == before[jawf]
    assert after[natea] == after[sirwah]
    assert after[natea] != after[coast] and after[natea] != after[jawf]
