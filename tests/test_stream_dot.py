"""The clusterer's dot product is the plain left-to-right sum, to the last bit: the store's
stories must not move when its loops change (every join and merge compares these scores)."""

from __future__ import annotations

import random

from marsad.stream import _dot


def _reference(small: dict[str, float], big: dict[str, float]) -> float:
    if len(small) > len(big):
        small, big = big, small
    total = 0.0
    for term, weight in small.items():
        total += weight * big.get(term, 0.0)
    return total


def test_dot_is_the_left_to_right_sum_bit_for_bit() -> None:
    rng = random.Random(7)
    vocabulary = [f"t{n}" for n in range(3000)]
    for _ in range(500):
        small = {t: rng.random() for t in rng.sample(vocabulary, rng.randint(0, 300))}
        big = {t: rng.random() * 5 for t in rng.sample(vocabulary, rng.randint(0, 2000))}
        assert _dot(small, big) == _reference(small, big)
        assert _dot(big, small) == _reference(big, small)


def test_dot_of_nothing_is_zero() -> None:
    assert _dot({}, {"a": 1.0}) == 0.0
    assert _dot({"a": 2.0}, {"b": 1.0}) == 0.0
    assert _dot({"a": 2.0, "b": 0.5}, {"b": 4.0, "a": 1.0}) == 4.0
