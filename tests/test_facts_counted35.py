"""Issue 18, round 32 (counted35): a vague amount is a range compared by range order (an exact
count then a later vague word above it, two vague words of a size), a dual of armed men is 2
of them, and "N منهم" counts the people of the nearest earlier toll. Made-up sentences."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime

from marsad.facts._of_them import counts_of_them
from marsad.facts.discrepancies import FigureClaim, figure_discrepancies, pairing
from marsad.facts.quantities import quantities


def claim(outlet: str, sentence: str, day: int = 20, hour: int = 10, n: int = 0) -> FigureClaim:
    return FigureClaim(
        article=f"{outlet}-{day}-{hour}",
        outlet=outlet,
        mention=quantities(sentence)[n],
        sentence=sentence,
        published=date(2018, 2, day),
        at=datetime(2018, 2, day, hour, tzinfo=UTC),
    )


def kinds(*claims: FigureClaim) -> list[tuple[str, list[str]]]:
    found = figure_discrepancies(list(claims), language="ar")
    return [(d.kind, [str(c.value) for c in d.claims]) for d in found]


def test_an_exact_count_then_a_later_vague_word_above_it_is_an_update() -> None:
    first = claim("sky", "وأصيب 20 شخصا في الانفجار", day=20)
    later = claim("bbc", "وخلف الانفجار عشرات الجرحى", day=21)
    assert kinds(first, later) == [("update", ["20", "{'min': 20, 'max': 99}"])]
    # Within the word's range, or the vague word first and the count inside it: agreement.
    assert kinds(claim("sky", "وأصيب 35 شخصا في الانفجار"), later) == []
    # The vague word of a toll is never a conflict, even told the same day.
    assert kinds(claim("sky", "وأصيب 150 شخصا في الانفجار", day=21), later) == []


def test_a_vague_word_then_a_count_just_past_its_range_is_an_update() -> None:
    dozens = claim("bbc", "قتل عشرات الأشخاص في القصف", hour=9)
    assert kinds(dozens, claim("cnn", "قتل 150 شخصا في القصف", hour=15)) == [
        ("update", ["{'min': 20, 'max': 99}", "150"])
    ]
    # Within the hour the exact count is another counter's word, not a later one.
    assert kinds(dozens, claim("cnn", "قتل 150 شخصا في القصف", hour=9)) == []
    # Past twice the range: the next word's count, another count.
    assert kinds(dozens, claim("cnn", "قتل 250 شخصا في القصف", hour=15)) == []


def test_two_vague_words_of_a_size_apart_are_a_conflict() -> None:
    hundreds = claim("sky", "وتسابق مئات المتسابقين في الماراثون", hour=17)
    thousands = claim("alarabia", "انطلق الماراثون بمشاركة آلاف المتسابقين", hour=13)
    assert [kind for kind, _ in kinds(hundreds, thousands)] == ["conflict"]
    # The same word: agreement; a count far past the word's range: a loose word, no dispute.
    assert kinds(claim("sky", "بمشاركة آلاف المتسابقين"), thousands) == []
    far = claim("sky", "بمشاركة 65 ألف متسابق في الماراثون", hour=13)
    assert kinds(far, thousands) == []


def test_two_vague_words_of_a_toll_are_never_compared() -> None:
    # The dozens released beside the hundreds held: two counts, not a growing one.
    dozens = claim("bbc", "أفرجت السلطات عن عشرات المعتقلين", hour=1)
    hundreds = claim("france24", "قلقها لاحتجاز السلطات مئات المعتقلين", hour=7)
    assert kinds(dozens, hundreds) == []


def test_a_war_total_in_round_words_is_no_update() -> None:
    first = claim("sky", "وتسبب تمرد الجماعة بمقتل 20 ألف شخص في البلاد", day=25)
    later = claim("bbc", "قتل عشرات الآلاف في البلاد", day=26)
    assert kinds(first, later) == []


def test_a_dual_of_soldiers_is_two_soldiers_and_is_paired() -> None:
    soldiers = claim("alarabia", "أعلنت الوزارة مقتل جنديين في الهجوم")
    all_dead = claim("bbc", "أعلن مسؤولون مقتل خمسة أشخاص في الهجوم")
    assert [(kind, values) for kind, values in kinds(soldiers, all_dead)] == [("scope", ["2", "5"])]
    # A dual of persons stays a fact, never paired.
    persons = claim("alarabia", "وقتل في المظاهرات شخصان")
    assert kinds(persons, all_dead) == []
    assert set(pairing([persons, all_dead])[1].values()) == {"a dual count"}


def test_n_of_them_counts_the_people_of_the_nearest_earlier_toll() -> None:
    toll = quantities("وأعلنت الوزارة أن خمسة مواطنين قتلوا في الغارات")[0]
    assert toll.counted == "killed"
    them = "وتعرف محللون على تسعة منهم"
    found = counts_of_them(them, 4, [(1, toll)])
    assert [(m.value, m.counted, m.sure) for m in found] == [(9, "killed", True)]
    # Too far back, or after a figure of something else: left as unsure.
    assert counts_of_them(them, 9, [(1, toll)]) == []
    days = quantities("واستمر القصف ثلاثة أيام")[0]
    assert counts_of_them(them, 4, [(1, toll), (3, days)]) == []


def test_a_later_count_of_them_is_an_update_of_the_toll() -> None:
    first = claim("bbc", "وقتل اثنان من المقاتلين على الأقل في الضربات", day=14)
    toll = quantities("وأعلنت الوزارة أن خمسة مواطنين قتلوا في الغارات")[0]
    nine = counts_of_them("وتعرف محللون على تسعة منهم", 4, [(1, toll)])[0]
    later = replace(
        claim("france24", "وتعرف محللون على تسعة منهم", day=17, n=0),
        mention=nine,
    )
    assert [kind for kind, _ in kinds(first, later)] == ["update"]
