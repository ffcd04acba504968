"""The summary audit (`marsad eval audit`): each check fires on the failure it names."""

import json
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

from marsad.eval.audit import (
    READINGS_DONE,
    audit_digest,
    read_reading,
    reading_agreement,
    reading_scores,
)
from marsad.eval.noise import analysed
from marsad.model import Article, Digest, SummarySentence
from marsad.pipeline import digest

WIN = "فاز ريال مدريد على ضيفه ريال بيتيس بخمسة أهداف مقابل ثلاثة في الدوري الإسباني مساء الأحد."
GOALS = "وسجل ماركو أسينسيو هدفين للفريق الملكي في الشوط الثاني من المباراة التي أقيمت في مدريد."
COACH = "وقال المدرب زين الدين زيدان إن فريقه قدم أداء جيدا أمام جماهيره في ملعب سانتياغو برنابيو."
POINTS = "ورفع ريال مدريد رصيده إلى 51 نقطة في المركز الثالث خلف برشلونة وأتلتيكو مدريد."


def _articles() -> list[Article]:
    day = datetime(2018, 2, 18, 20, tzinfo=UTC)
    return [
        Article(
            id="a1",
            title="ريال مدريد يفوز على بيتيس",
            text=f"{WIN}\n{GOALS}\n{COACH}",
            source="A",
            published=day,
        ),
        Article(
            id="s1",
            title="ريال مدريد يهزم بيتيس",
            text=f"{WIN}\n{POINTS}",
            source="S",
            published=day,
        ),
    ]


def _with_summary(result: Digest, *sentences: SummarySentence) -> Digest:
    (story,) = [s for s in result.stories if len(s.articles) == 2]
    return replace(result, stories=(replace(story, summary=sentences),))


def test_audit_counts_what_each_check_names() -> None:
    articles = _articles()
    documents = analysed(articles)
    result = digest(articles)
    clean = _with_summary(
        result,
        SummarySentence(text=WIN, article="a1", sentence=0, sources=("a1", "s1")),
        SummarySentence(text=GOALS, article="a1", sentence=1, sources=("a1",)),
    )
    audit = audit_digest(clean, documents)
    assert (audit.stories, audit.sentences) == (1, 2)
    assert sum(audit.failing.values()) == 0
    assert (audit.also, audit.with_also) == (0, 0)
    told = _with_summary(
        result,
        SummarySentence(text=GOALS, article="a1", sentence=1, sources=("a1",), also=("s1",)),
    )
    audit = audit_digest(told, documents)  # "also told" is counted apart, never a credit
    assert (audit.credits, audit.also, audit.with_also) == (1, 1, 1)

    faulty = _with_summary(
        result,
        SummarySentence(text=COACH, article="a1", sentence=2, sources=("a1", "s1")),
        SummarySentence(text=WIN, article="a1", sentence=0, sources=("a1",)),
        SummarySentence(text=WIN, article="s1", sentence=0, sources=("s1",)),
    )
    audit = audit_digest(faulty, documents)
    assert audit.failing["opening"] == 1  # opens with a third sentence, not a lead
    assert audit.failing["wrong_credit"] == 1  # s1 never quotes the coach
    assert audit.failing["missing_credit"] == 2  # each copy of the win misses the other outlet
    assert audit.failing["redundant"] == 1  # the win twice


def test_reading_scores_count_each_checklist_item() -> None:
    def sentence(**flags: object) -> dict[str, object]:
        return {"noise": False, "off_topic": False, "redundant_with": None, **flags}

    rows = [
        {
            "item": "R1",
            "sentences": [sentence(), sentence(noise=True), sentence(redundant_with=1)],
            "first_states_event": True,
            "missing_core_fact": None,
            "publishable": False,
        },
        {
            "item": "R2",
            "sentences": [sentence(missing_credit=["BBC Arabic"])],
            "first_states_event": False,
            "missing_core_fact": "the toll",
            "publishable": True,
        },
    ]
    reading = reading_scores(rows)
    assert (reading.summaries, reading.sentences) == (2, 4)
    assert reading.sentence_shares["noise"] == 0.25
    assert reading.sentence_shares["missing_credit"] == 0.25
    assert reading.summary_shares == {
        "noise_or_off_topic": 0.5,
        "redundant": 0.5,
        "first_states_event": 0.5,
        "missing_core_fact": 0.5,
        "publishable": 0.5,
    }


def test_a_wrong_second_credit_is_counted_and_agreed_only_where_it_was_read(tmp_path: Path) -> None:
    def row(item: str, **flags: object) -> dict[str, object]:
        sentence = {"noise": False, "redundant_with": None, **flags}
        return {"item": item, "sentences": [sentence], "first_states_event": True,
                "missing_core_fact": None, "publishable": True}  # fmt: skip

    reading = reading_scores([row("R1", wrong_also=["CNN Arabic"]), row("R2", wrong_also=[])])
    assert reading.sentence_shares["wrong_also"] == 0.5
    first, second, older = (tmp_path / name for name in ("a.jsonl", "b.jsonl", "c.jsonl"))
    first.write_text(json.dumps(row("R1", wrong_also=["CNN Arabic"])) + "\n")
    second.write_text(json.dumps(row("R1", wrong_also=[])) + "\n")
    older.write_text(json.dumps(row("R1")) + "\n")
    checks = (
        7  # noise, off_topic, needs_context, wrong_credit, missing_credit, wrong_also, redundant
    )
    assert reading_agreement(first, second)[2] == (checks - 1) / checks
    assert reading_agreement(older, older)[2] == 1.0  # read before the line: not a flag


def test_the_stored_blind_readings_are_whole_and_agreed() -> None:
    for _name, first, second in READINGS_DONE:
        rows = read_reading(first)
        assert len(rows) == 50 and all(row["sentences"] for row in rows)
        both, verdicts, flags = reading_agreement(first, second)
        # Measured: verdicts 0.94, 0.94, 0.92, 0.92, 0.92, 0.88 (the sixth pair of readers
        # differ on whether four summaries miss a core fact), 0.94, 0.92, 0.92, 0.90 and 0.84
        # (the tenth pair differ on three "publishable" and two openings of ten), 0.94, 0.96, 0.92,
        # 0.92, 0.98, 0.98, 0.92, 0.90, 0.84 (round 20: the pair differ on three "publishable"
        # and two missing core facts of ten), 0.94 (round 21), 0.96 (round 22),
        # 0.96 (round 23), 0.96 (round 24), 0.96 (round 25); flags 0.97-1.00.
        assert both == 10 and verdicts >= 0.8 and flags > 0.95
