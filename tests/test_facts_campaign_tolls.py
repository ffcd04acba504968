"""Issue 18, item 2, round 33 (flags37): those killed at once are a part of the toll, and a
campaign's total since a day is never a conflict with one event's toll (``_campaign_tolls``)."""

from __future__ import annotations

from datetime import date
from functools import partial

from figurekit import figure_claim
from marsad.eval.flag_whys import WHYS, FalseFlag, why_counts, why_of
from marsad.facts._campaign_tolls import at_once, since_a_day
from marsad.facts.discrepancies import figure_discrepancies

FEB_20 = date(2018, 2, 20)
claim = partial(figure_claim, published=FEB_20, lead=True)


def test_killed_at_once_is_a_part_never_an_update() -> None:
    part = "وقتل 4 أشخاص على الفور في انفجار السيارة بالبلدة."
    assert at_once(claim(part, 4, "a").mention, part)
    whole = "وارتفع عدد قتلى انفجار السيارة بالبلدة إلى 9 أشخاص."
    assert not at_once(claim(whole, 9, "a").mention, whole)
    later = claim(whole, 9, "bbc", at=None, published=date(2018, 2, 21))
    found = figure_discrepancies([claim(part, 4, "sky"), later], language="ar")
    assert [d.kind for d in found if d.kind in ("conflict", "update")] == []


def test_at_once_is_read_in_the_figure_clause_only() -> None:
    text = "قتل 12 شخصا في القصف، وتوفي اثنان على الفور في مكان آخر."
    assert not at_once(claim(text, 12, "a").mention, text)


def test_a_total_since_a_day_is_scope_beside_one_attack() -> None:
    since = "وقتل 250 مدنيا في قصف البلدة منذ الأحد."
    assert since_a_day(claim(since, 250, "a").mention, since)
    attack = "وقتل 300 مدني في قصف البلدة."
    assert not since_a_day(claim(attack, 300, "a").mention, attack)
    found = figure_discrepancies(
        [claim(since, 250, "sky"), claim(attack, 300, "bbc")], language="ar"
    )
    assert "conflict" not in [d.kind for d in found]


def test_false_flags_are_counted_by_why() -> None:
    part = FalseFlag(
        kind="update", gold=("scope",), texts=("قتل 4 على الفور", "قتل 9"), vague=(False, False)
    )
    since = FalseFlag(
        kind="conflict", gold=(), texts=("قتل 250 منذ الأحد", "قتل 300"), vague=(False, False)
    )
    assert why_of(part) == WHYS[0]
    assert why_of(since) == WHYS[1]
    rows = {why: (c, u) for why, c, u in why_counts([part, since])}
    assert rows[WHYS[0]] == (0, 1) and rows[WHYS[1]] == (1, 0)
