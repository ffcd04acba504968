"""Issue 18, round 17: speakers of a second February sample outside the blind gold (ANT 2018),
labelled before the change (tests/data/facts_quotes_round17/README.md), and the rules it led to."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import marsad
from marsad.eval.facts_blind import evaluate_blind, scores
from marsad.model import Article
from marsad.report import render_json

SAMPLE = Path(__file__).parent / "data" / "facts_quotes_round17"
ANT = "ant_multisource/ant-2018.jsonl.gz"


def quote_speakers(*lines: str) -> list[str | None]:
    article = Article(id="q1", title="تصريحات", text="\n".join(lines), source="outlet", lang="ar")
    story = json.loads(render_json(marsad.digest([article])))["stories"][0]
    return [fact["speaker"] for fact in story["facts"] if fact["kind"] == "quote"]


def test_a_governor_an_officer_and_an_investigator_are_titles_before_a_name() -> None:
    speakers = quote_speakers(
        "قال محافظ بنك إنجلترا مارك كارني، الاثنين، إن بيتكوين فشلت كعملة وفقا للمؤشرات.",
        "وقال ضابط الشرطة، ويسانوساك سيوب، لبي بي سي إن الحادث وقع في محطة قطارات سامسن.",
        'قال المحقق الرئيسي في مشروع الرفاه العالمي أندرو شوارتز، في مقابلة مع قناة "العربية"، '
        "إنه يعتقد أن الناس حول العالم سعداء.",
    )
    assert speakers == ["مارك كارني", "ويسانوساك سيوب", "أندرو شوارتز"]


def test_an_officer_no_one_names_is_no_speaker() -> None:
    speakers = quote_speakers("وقال ضابط في الجيش إن الوضع في المدينة هادئ جدا الآن.")
    assert speakers == [None]


def test_a_statement_from_a_body_or_issued_by_it_is_the_bodys() -> None:
    speakers = quote_speakers(
        "وأفاد بيان من وزارة الخارجية أنه تم إبلاغ السفير الصيني بأن ما حدث مؤسف جدا.",
        "وأوضح بيان نشره المركز الإعلامي للجيش اليمني، أن المواجهات تزامنت مع قصف مدفعي عنيف.",
        "وقال بيان من ثلاث صفحات إن الحكومة ستعمل على ذلك قريبا.",
    )
    assert speakers == ["وزارة الخارجية", "المركز الإعلامي للجيش اليمني", None]
