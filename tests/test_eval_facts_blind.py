"""The blind facts gold of issue 18: its hash, the scorer's matching rules, floors, the command."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

import pytest
from typer.testing import CliRunner

from marsad.clean import clean_articles
from marsad.eval.facts_blind import (
    DEFAULT_BLIND_GOLD,
    BlindEvaluation,
    _gold_figures,
    _locate,
    _quote_at,
    _same_speaker,
    _score_dates,
    _score_pairs,
    _score_story,
    evaluate_blind,
    scores,
)
from marsad.lang import analyse
from marsad.model import Article, Document

GOLD_SHA256 = "f67612e8a652de5a15b42b2ba220dae8681c6547669d773be03c70cb35938d54"
ANT = "ant_multisource/ant-2018.jsonl.gz"
# Measured at the commit that added them (docs/evaluation.md), a little below: a change that
# lowers one fails here, and a floor is only lowered on purpose. Issue 18's targets are higher.
# March "quotes with a speaker" was lowered on purpose (0.56 -> 0.53) by the fifth speaker round,
# which gives fewer speakers at a higher precision (docs/evaluation.md).
# The seventh speaker round raised the February speaker floors and March "quotes with a speaker"
# (0.53 -> 0.56) and lowered March "speaker precision" on purpose (0.83 -> 0.80: 40/48 -> 41/51,
# two more wrong of three more given; docs/evaluation.md, "Seventh round, speakers").
# The eighth round raised February "speaker precision" (0.95 -> 0.97: 299/308).
# The ninth round raised February recall (0.66 -> 0.74: 32/43) and March discrepancy precision
# and recall (0.40 -> 0.42: 3/7, 0.33 -> 0.44: 4/9), and lowered March "quotes with a speaker"
# on purpose (0.56 -> 0.55: 51/90 -> 50/90, one right speaker fewer): its speaker rules refuse
# what February articles outside the gold showed wrong ("Ninth round", docs/evaluation.md).
# The page-junk round refuses one-word speakers that are words of the sentence: March "quotes
# with a speaker" 50/90 -> 49/90 at precision 40/50 -> 40/49 (one wrong speaker fewer), floor
# lowered on purpose (0.55 -> 0.54).
# Round 14 raised March "discrepancy precision" (0.42 -> 0.50: 3/7 -> 6/12).
# Round 17's name-span test (a speaker with a verb, a ب/ل verbal noun or an opening possessed
# noun is none) lowered March "quotes with a speaker" on purpose (0.54 -> 0.53: 50/90 -> 48/90,
# 41/50 -> 40/48 right: one wrong and one right speaker gone, March items not read).
# Round 18 grew the figure gold (7 February stories, 10 March ones): tune "conflict+update
# recall" 33/43 -> 33/45 on main's rules, 34/45 (0.756) with the round's goal minutes, floor
# kept at 0.74; report 4/9 -> 4/13 (0.444 -> 0.308), floor 0.44 -> 0.30 because the gold grew
# (the new March stories' 4 conflicts are all missed, none flagged wrongly); report "quantity
# precision" 156/195 -> 282/335 (0.800 -> 0.842), floor 0.78 -> 0.83.
# Round 19 grew it with 10 February and 10 March stories drawn for conflicts (f876027's rules):
# tune recall 34/45 -> 34/62 (0.756 -> 0.548, floor 0.74 -> 0.54), tune "quantity precision"
# 597/611 -> 753/799 (0.977 -> 0.942, floor 0.97 -> 0.94); report recall 4/13 -> 6/43 (0.308 ->
# 0.140, floor 0.30 -> 0.13), report "quantity precision" 282/335 -> 409/497 (0.842 -> 0.823,
# floor 0.83 -> 0.82); discrepancy precision 29/30 and 6/12 -> 9/18 keep their floors. Then
# round 19's seriously wounded raised tune recall 34/62 -> 46/62 (0.742, floor 0.54 -> 0.74).
# Round 20 grew the quote gold by a fourth February round (200 sentences, 164 quotes, 874996c's
# rules): tune "quotes with a speaker" 316/436 -> 410/600 (0.725 -> 0.683, floor 0.70 -> 0.68),
# "speaker precision" 308/316 -> 394/410 (0.975 -> 0.961, floor 0.97 -> 0.96); the new round
# alone gives 94/164 (57%) at 86/94 (0.915), near March's 49/90 at 40/49. Then round 20's
# rules raised tune "quotes with a speaker" to 421/600 (0.702, floor 0.68 -> 0.70) and
# "conflict+update recall" to 52/62 (0.839, floor 0.74 -> 0.83; 4 of the 6 pairs gained are one
# crash's minutes after take-off, told by four outlets).
# Round 21 grew the figure gold by a sixth February round (10 stories drawn for conflicts, 20
# conflict/update pairs; main's rules with quant7): the new round alone gives discrepancy
# precision 13/16 and recall 11/20; tune precision 37/37 -> 50/53 (floor 0.95 -> 0.94), recall
# 52/62 -> 63/82 (0.768, floor 0.83 -> 0.76), quantity precision 763/798 -> 858/903 (0.950).
# Then round 21's rules raised tune "conflict+update recall" to 64/82 (0.780, floor 0.76 ->
# 0.77), "quotes with a speaker" to 431/600 (0.718, floor 0.70 -> 0.71); report "quotes with a
# speaker" to 51/90 (0.567, floor 0.53 -> 0.56), "speaker precision" to 43/51 (0.843, floor
# 0.80 -> 0.84), "quantity precision" to 424/499 (0.850, floor 0.82 -> 0.84).
# Round 22 (conflicts9) raised tune "discrepancy precision" 51/54 -> 57/58 (0.983, floor 0.94 ->
# 0.98), "conflict+update recall" 64/82 -> 69/82 (0.841, floor 0.77 -> 0.84) and "quantity
# precision" 858/903 -> 860/903 (0.952, floor 0.94 -> 0.95); March unchanged.
# quant8 (glued figures, thousands in words, a list's percent, victims of abuse) raised tune
# "quantity precision" to 870/900 (0.967, floor 0.94 -> 0.96); March 424/499 -> 428/503.
# Round 22 (speakers13) gives no speaker to an occasion, an outlet told or a bare statement
# whose issuer is not named: report "quotes with a speaker" 51/90 -> 50/90 on purpose (floor
# 0.56 -> 0.55; the one withdrawn was wrong, 43 right kept), "speaker precision" 43/51 ->
# 43/50 (0.860, floor 0.84 -> 0.85).
# quant9 (no figure given without a unit or counted noun; no troops read off the clause) raised
# "quantity precision": tune 872/900 -> 854/874 (0.977, floor 0.96 -> 0.97), report 428/503 ->
# 422/485 (0.870, floor 0.84 -> 0.86); "quantity recall" (new) 872/1193 -> 854/1193 and 428/669
# -> 422/669 is what abstaining costs.
# Round 23 (conflicts10) keeps a figure whose year dates another clause in its event: report
# "discrepancy precision" 9/18 -> 14/23 (0.609, floor 0.50 -> 0.60); February unchanged.
# Round 23 (speakers14: stance verbs and short quotes a verb's named subject cites) raised tune
# "quotes with a speaker" 432/600 -> 435/600 (0.725, floor 0.71 -> 0.72) and report 50/90 ->
# 51/90 (0.567, floor 0.55 -> 0.56; "speaker precision" 43/50 -> 44/51, 0.863).
# Round 24 (conflicts11: duals of people read as two, never paired): "quantity recall" tune
# 854 -> 861 of 1193 (precision 0.977 -> 0.976, floor kept), report 422 -> 430 of 669 (precision
# 0.870 -> 0.872); report "discrepancy precision" 14/23 -> 14/22 (floor kept).
# Round 24 (speakers15: a joined verb's body, turn phrases, honorifics, "التقرير")
# raised tune "quotes with a speaker" 435/600 -> 439/600 (0.732, floor 0.72 -> 0.73); report
# unchanged.
# Round 26 (discrec: a scale word alone after a qualifier, "نحو مليون لاجئ") raised "quantity
# recall" tune 862 -> 863 and report 430 -> 434 of 669 (all right); report "discrepancy
# precision" 14/22 -> 14/23 (0.609, floor 0.60 kept: one more March flag, not read).
# Round 28 (recall18: a person's age told differently by two outlets is a conflict) raised
# "conflict+update recall" tune 69/82 -> 70/82 (0.854, floor 0.84 -> 0.85) and report 6/43 ->
# 7/43 (0.163, floor 0.13 -> 0.16); discrepancy precision 57/58 -> 58/59, 14/23 -> 15/24.
# Round 29 (pastevent: a month or "months ago" dates a figure only where it can) raised report
# "discrepancy precision" 15/24 -> 19/29 (0.655, floor 0.60 -> 0.65); February unchanged.
# Round 30 (quant30: numbers that label, wounds after a count, cases alone) raised tune
# "quantity precision" 863/884 -> 863/881 (0.980, floor 0.97 kept: below 0.98); report unchanged.
# Round 31 (pairs32: a count's people, two counters of one day) moved neither split.
# Round 32 (counted34: an outlet's unplaced twin, a month in its year's list, settled past
# events) raised tune "conflict+update recall" 70/82 -> 71/82 (0.866, floor 0.85 -> 0.86);
# report unchanged.
# Round 32 (panel34: people on board or present, the guide's `other`, never a toll) raised tune
# "quantity precision" 863/881 -> 864/881 (0.981, floor 0.97 -> 0.98); report unchanged.
# Round 32 (panel35: no counted noun off a verb or "جراء", bodies count the killed) moved tune
# "quantity precision" 864/881 -> 864/880 (0.982, floor 0.98 kept); report unchanged.
# Round 32 (counted35: vague amounts as ranges, duals of armed men, "N منهم") raised tune
# "conflict+update recall" 71/82 -> 74/82 (0.902, floor 0.86 -> 0.90), "discrepancy precision"
# 58/59 -> 64/65 (0.985, floor kept); report unchanged.
# Round 33 (flags37: those killed at once, "على الفور", a part of the toll, never paired) raised
# report "discrepancy precision" 19/29 -> 19/27 (0.704, floor 0.65 ->
# 0.70); February unchanged.
FLOORS = {
    "tune": {"relative dates right": 0.975, "quotes with a speaker": 0.73,
             "speaker precision": 0.96, "quantity precision": 0.98,
             "discrepancy precision": 0.98, "conflict+update recall": 0.90},
    "report": {"relative dates right": 0.92, "quotes with a speaker": 0.56,
               "speaker precision": 0.85, "quantity precision": 0.86,
               "discrepancy precision": 0.70, "conflict+update recall": 0.16},
}  # fmt: skip


def test_the_gold_is_the_pinned_one() -> None:
    digest = hashlib.sha256()
    for path in sorted(DEFAULT_BLIND_GOLD.glob("*.jsonl")):
        digest.update(hashlib.sha256(path.read_bytes()).hexdigest().encode())
    assert digest.hexdigest() == GOLD_SHA256


def test_the_gold_holds_labels_and_short_anchors_only() -> None:
    for path in DEFAULT_BLIND_GOLD.glob("*.jsonl"):
        for line in path.read_text(encoding="utf-8").splitlines():
            item = json.loads(line)
            assert "text" not in item and "paragraph" not in item and "sentence" not in item
            assert len(item.get("anchor", "")) <= 80


def test_anchors_are_found_with_less_context_when_cleaning_cut_some() -> None:
    body = "قال الوزير الأحد إن الحكومة ستستقيل"
    assert _locate(body, "وقال الوزير الأحد إن", 12, 5) == 11
    assert _locate(body, "xxxxxxxxxxxxxxxxxxxxxx الأحد yyyy", 23, 5) == 11
    assert _locate(body, "غير موجود", 0, 3) is None


def test_speakers_match_by_a_shared_name_word_not_an_office() -> None:
    assert _same_speaker("لافروف", "سيرغي لافروف")
    assert _same_speaker("وزارة الخارجية (تركيا)", "وزارة الخارجية التركية")
    assert not _same_speaker("وزير المالية", "وزير الخارجية")
    assert not _same_speaker("قطر", "تركي آل الشيخ")


def test_a_vague_claim_matches_the_gold_figure_of_its_word_repeated() -> None:
    # Al Arabiya, 21 February 2018, says "عشرات التلميذات" missing twice; the gold lists it once.
    gold = {"figures": [
        {"id": "f2", "article": "a", "anchor": "لا تزال عشرات التلميذات في عداد المفقودين",
         "value_kind": "vague", "value": "عشرات", "counted": "missing"},
        {"id": "f9", "article": "a", "anchor": "وخطفت المجموعة مئات النساء",
         "value_kind": "vague", "value": "مئات", "counted": "missing"},
    ]}  # fmt: skip
    again = "وبعد يومين من هجوم الاثنين لا تزال عشرات التلميذات مفقودات"
    assert _gold_figures(gold, ["a"], {"min": 20, "max": 99}, "missing", again) == {"f2"}
    assert _gold_figures(gold, ["b"], {"min": 20, "max": 99}, "missing", again) == set()


@pytest.mark.parametrize("split", ["tune", "report"])
def test_floors(split: str, shared_data: Callable[[str], Path]) -> None:
    data = shared_data(ANT).parents[1]
    measured = scores(evaluate_blind(split, data_dir=data))
    for name, floor in FLOORS[split].items():
        assert measured[name].value >= floor, (name, measured[name])


def test_an_unknown_split_is_a_clear_error() -> None:
    import marsad.cli.evaluate_facts  # noqa: F401  (adds the command to the app)
    from marsad.cli import app

    result = CliRunner().invoke(app, ["eval", "facts", "--split", "april"])
    assert result.exit_code != 0
    assert "unknown split" in result.output and "Traceback" not in result.output


def test_wrong_dates_are_told_apart_confident_low_or_no_day() -> None:
    sentences = (
        "وقال الوزير أمس إن الحكومة ستستقيل قريبا بعد أزمة طويلة.",  # a confident wrong day
        "وتولى الجيش المسؤولية الأمنية في المدينة الأربعاء بعد اشتباكات.",  # low, wrong
        "وظلت البورصة تتراوح بين مستوى إيجابي وآخر سلبي طوال اليوم.",  # no day given
        "وأعلنت الشرطة أمس اعتقال ثلاثة أشخاص في العاصمة بعد التحقيق.",  # right
    )
    article = Article(
        id="t-1", title="اختبار", text="\n\n".join(sentences), source="test",
        published=datetime(2018, 2, 26, 12, tzinfo=UTC), published_certainty="stated",
    )  # fmt: skip
    documents = {d.id: d for d in (analyse(a) for a in clean_articles([article]))}
    gold = [("أمس", "2018-02-24"), ("الأربعاء", "2018-02-28"), ("اليوم", "2018-02-26")]
    gold.append(("أمس", "2018-02-25"))
    items = [
        {"id": f"d{k}", "article": "t-1", "expression": word, "kind": "date", "day": day,
         "anchor": sentences[k], "anchor_offset": sentences[k].index(word)}
        for k, (word, day) in enumerate(gold)
    ]  # fmt: skip
    result = BlindEvaluation(split="tune")
    _score_dates(result, items, documents)
    assert (result.dates.right, result.dates.total) == (1, 4)
    assert (result.wrong_dates_confident.right, result.wrong_dates_confident.total) == (1, 3)
    assert (result.wrong_dates_low.right, result.wrong_dates_none.right) == (1, 1)


def test_missed_conflicts_are_told_apart_by_where_they_were_lost() -> None:
    figure = {"value_kind": "exact", "counted": "killed", "anchor": ""}
    story = {
        "id": "s",
        "articles": {"a": {"outlet": "BBC"}, "b": {"outlet": "CNN"}},
        "figures": [
            {**figure, "id": "f1", "article": "a", "value": 14},
            {**figure, "id": "f2", "article": "b", "value": 12},
            {**figure, "id": "f3", "article": "b", "value": 9},
            {**figure, "id": "f4", "article": "b", "value": 7},
        ],
        "pairs": [
            {"a": "f1", "b": "f2", "label": "conflict"},  # both read, no discrepancy
            {"a": "f1", "b": "f3", "label": "conflict"},  # 9 read as another counted thing
            {"a": "f1", "b": "f4", "label": "update"},  # 7 not read at all
        ],
    }
    typed = {("a", "14"): {"killed"}, ("b", "12"): {"killed"}, ("b", "9"): {"other"}}
    result = BlindEvaluation(split="tune")
    _score_pairs(result, story, [], typed)
    assert (result.recall.right, result.recall.total) == (0, 3)
    assert result.missed == {
        "judged none": 1,
        "read as another counted thing": 1,
        "a figure not read": 1,
    }


def test_quantity_recall_counts_the_gold_figures_given_with_their_counted_thing() -> None:
    text = "قتل 12 شخصا في الهجوم وأصيب 30 آخرون.\n\nوبلغت الخسائر 5 ملايين دولار."
    article = Article(
        id="q-1", title="اختبار", text=text, source="test",
        published=datetime(2018, 2, 26, 12, tzinfo=UTC), published_certainty="stated",
    )  # fmt: skip
    documents = [analyse(a) for a in clean_articles([article])]
    figure = {"article": "q-1", "value_kind": "exact", "anchor": ""}
    story = {
        "id": "s", "articles": {"q-1": {"outlet": "test"}}, "pairs": [],
        "figures": [
            {**figure, "id": "f1", "value": 12, "counted": "killed"},  # given
            {**figure, "id": "f2", "value": 30, "counted": "injured"},  # given
            {**figure, "id": "f3", "value": 5000000, "counted": "displaced"},  # another thing
        ],
    }  # fmt: skip
    result = BlindEvaluation(split="tune")
    _score_story(result, story, documents)
    assert (result.quantity_recall.right, result.quantity_recall.total) == (2, 3)
    assert (result.quantity.right, result.quantity.total) == (2, 3)


def _documents(*bodies: tuple[str, str, str]) -> list[Document]:
    """Analysed one-paragraph articles (id, outlet, body) of 20 February 2018."""
    articles = [
        Article(
            id=aid, title="اختبار", text=body, source=outlet,
            published=datetime(2018, 2, 20, 12, tzinfo=UTC), published_certainty="stated",
        )
        for aid, outlet, body in bodies
    ]  # fmt: skip
    return [analyse(item) for item in clean_articles(articles)]


def test_pairs_judged_none_are_told_apart_by_where_the_pairing_lost_them() -> None:
    docs = _documents(
        ("a", "BBC", "وقتل 17 شخصا في هجوم مسلح على مدرسة ثانوية في المدينة."),
        ("b", "CNN", "وقتل 20 شخصا في هجوم مسلح على مدرسة في عام 2012."),
        ("c", "Sky", "في عام 2012، هاجم مسلح مدرسة ثانوية، مما أدى إلى مقتل 19 شخصا."),
    )
    figure = {"value_kind": "exact", "counted": "killed"}
    story = {
        "id": "s",
        "articles": {"a": {"outlet": "BBC"}, "b": {"outlet": "CNN"}, "c": {"outlet": "Sky"}},
        "figures": [
            {**figure, "id": "f1", "article": "a", "value": 17, "anchor": "17 شخصا"},
            {**figure, "id": "f2", "article": "b", "value": 20, "anchor": "20 شخصا"},
            {**figure, "id": "f3", "article": "c", "value": 19, "anchor": "19 شخصا"},
        ],
        "pairs": [
            {"a": "f1", "b": "f2", "label": "conflict"},  # 2012's count is judged apart
            {"a": "f1", "b": "f3", "label": "conflict"},  # 19 is dropped: its year's clause
        ],
    }
    typed = {("a", "17"): {"killed"}, ("b", "20"): {"killed"}, ("c", "19"): {"killed"}}
    result = BlindEvaluation(split="tune")
    _score_pairs(result, story, [], typed, docs)
    assert result.missed == {"judged none": 2}
    assert result.before_pairing == {"past event: judged apart": 1, "past event: a year": 1}


def test_unread_sides_are_told_apart_by_what_the_reader_did() -> None:
    docs = _documents(
        ("a", "BBC", "وقتل 12 شخصا في الهجوم على القرية."),
        ("b", "CNN", "وتعرفت مجموعة محللين على تسعة منهم."),  # read, not sure: withheld
        ("c", "Sky", "وتقدم الفريق عند الدقيقة 18 من المباراة."),  # nothing read
        ("d", "RT", "وقتل 20 شخصا في الهجوم على القرية."),  # read as 20, gold says 21
    )
    figure = {"value_kind": "exact", "counted": "killed"}
    story = {
        "id": "s",
        "articles": {x: {"outlet": x} for x in "abcd"},
        "figures": [
            {**figure, "id": "f1", "article": "a", "value": 12, "anchor": "12 شخصا"},
            {**figure, "id": "f2", "article": "b", "value": 9, "anchor": "تسعة منهم"},
            {**figure, "id": "f3", "article": "c", "value": 18, "anchor": "الدقيقة 18"},
            {**figure, "id": "f4", "article": "d", "value": 21, "anchor": "20 شخصا"},
        ],
        "pairs": [
            {"a": "f1", "b": "f2", "label": "update"},
            {"a": "f1", "b": "f3", "label": "conflict"},
            {"a": "f1", "b": "f4", "label": "conflict"},
        ],
    }
    typed = {("a", "12"): {"killed"}}
    result = BlindEvaluation(split="tune")
    _score_pairs(result, story, [], typed, docs)
    assert result.missed == {"a figure not read": 3}
    assert result.unread == {"withheld as unsure": 1, "nothing read": 1, "another value": 1}


def test_an_engineer_item_without_text_is_found_by_offset_and_body_hash() -> None:
    body = "قال الوزير إن الاتفاق قريب."
    sha = hashlib.sha256(body.encode("utf-8")).hexdigest()[:12]
    assert _quote_at({"offset": 11, "sha256": sha}, body) == 11
    assert _quote_at({"offset": 11, "sha256": sha}, body + " وأضاف.") is None
    anchored = {"anchor": "الوزير إن", "anchor_offset": 7, "cue": "إن"}
    assert _quote_at(anchored, body) == body.index("إن")
