"""scripts/repeat_pairs.py: what two shown sentences share, and the table of labelled repeats."""

from __future__ import annotations

import importlib.util
from datetime import UTC, datetime
from pathlib import Path
from types import ModuleType

from storydocs import two_outlet_story


def _script() -> ModuleType:
    path = Path(__file__).parents[1] / "scripts" / "repeat_pairs.py"
    spec = importlib.util.spec_from_file_location("repeat_pairs", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_two_leads_of_two_outlets_share_their_words() -> None:
    story = two_outlet_story(
        ("a1", "bbc", "انسحبت المغنية الشابة من برنامج المسابقات الغنائية بعد الانتقادات."),
        ("a2", "sky", "أعلنت المغنية الشابة انسحابها من برنامج المسابقات الغنائية."),
        datetime(2018, 2, 9, tzinfo=UTC),
    )
    first = next(k for k, s in enumerate(story.sentences) if s.article == "a1" and s.index == 0)
    second = next(k for k, s in enumerate(story.sentences) if s.article == "a2" and s.index == 0)
    pair = _script().pair_features(story, first, second)
    assert pair["leads"] and pair["two outlets"] and pair["same day"]
    assert not pair["same article"]
    assert pair["later adds nothing"] and pair["either adds nothing"]
    assert pair["contained"] >= 0.5
    assert pair["by root"] >= pair["contained"]


def test_table_counts_repeats_their_class_and_the_rest() -> None:
    pairs = [
        {"kind": "root+actor", "leads": True, "two outlets": True, "same day": True},
        {"kind": None, "leads": False, "two outlets": True, "same day": False},
    ]
    for pair in pairs:
        pair.update(
            {
                "same names": False,
                "later adds nothing": False,
                "either adds nothing": False,
                "contained": 0.0,
                "by root": 0.0,
                "logit": None,
                "place": 1,
            }
        )
    lines = _script().table(pairs)
    assert "all shown pairs: 1 (1) / 1" in lines
    assert "two outlets: 1 (1) / 1" in lines
    assert "both their articles' first sentences: 1 (1) / 0" in lines
