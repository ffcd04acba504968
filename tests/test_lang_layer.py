"""The one text layer: TF-IDF builders agree, the proclitic list drives stems and clitic sets,
and the word tests enter the cache inventory."""

import math
import re
from pathlib import Path

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

import marsad
from marsad.lang.arabic import normalize
from marsad.lang.clitics import NOUN_PROCLITICS, PROCLITICS, stems, with_clitics, without_proclitic
from marsad.lang.names import fold, nisba_stem, skeleton
from marsad.lang.tokens import tokenize, words_among
from marsad.lang.vectors import tfidf, tfidf_rows, tfidf_vector
from marsad.lang.words import WordTest, word_set

DOCUMENTS = [
    ["فيضان", "قري", "فيضان", "انقاذ"],
    ["فيضان", "قارب", "انقاذ"],
    ["كاس", "منتخب", "مباراه", "كاس", "كاس"],
]


def _by_term(rows: list[list[str]]) -> list[dict[str, float]]:
    matrix, _idf = tfidf_rows(rows)
    vocabulary = list(dict.fromkeys(t for row in rows for t in row))
    dense = matrix.toarray()
    return [
        {vocabulary[c]: dense[r, c] for c in np.flatnonzero(dense[r])} for r in range(len(rows))
    ]


def test_tfidf_rows_are_sublinear_smoothed_and_unit() -> None:
    matrix, idf = tfidf_rows(DOCUMENTS)
    # "فيضان": tf 2 in the first row, in 2 of 3 documents.
    assert idf[0] == pytest.approx(math.log(4 / 3) + 1)
    weights = _by_term(DOCUMENTS)[0]
    expected = {
        "فيضان": (1 + math.log(2)) * (math.log(4 / 3) + 1),
        "قري": math.log(4 / 2) + 1,
        "انقاذ": math.log(4 / 3) + 1,
    }
    norm = math.sqrt(sum(w * w for w in expected.values()))
    assert weights == pytest.approx({t: w / norm for t, w in expected.items()})
    assert np.allclose(np.sqrt(matrix.multiply(matrix).sum(axis=1)), 1.0)


def test_the_three_builders_give_the_same_weights() -> None:
    rows = _by_term(DOCUMENTS)
    # tfidf over raw counts, with an unused column that it drops.
    vocabulary = ["unused", *dict.fromkeys(t for row in DOCUMENTS for t in row)]
    counts = np.array([[row.count(term) for term in vocabulary] for row in DOCUMENTS], float)
    from scipy.sparse import csr_matrix

    matrix = tfidf(csr_matrix(counts)).toarray()
    assert matrix.shape == (3, len(vocabulary) - 1)
    for r, row in enumerate(rows):
        assert dict(zip(vocabulary[1:], matrix[r], strict=True)) == pytest.approx(
            {t: row.get(t, 0.0) for t in vocabulary[1:]}
        )
    # The stream's vector of the last document, once all three are counted.
    frequency: dict[str, int] = {}
    for document in DOCUMENTS:
        for term in set(document):
            frequency[term] = frequency.get(term, 0) + 1
    counted = {t: DOCUMENTS[0].count(t) for t in DOCUMENTS[0]}
    assert tfidf_vector(counted, frequency, len(DOCUMENTS)) == pytest.approx(rows[0])


@given(
    st.dictionaries(st.sampled_from("abcdefgh"), st.integers(1, 9)),
    st.dictionaries(st.sampled_from("abcdefgh"), st.integers(0, 500)),
    st.integers(0, 1000),
)
def test_the_streams_vector_is_the_loop_per_term_to_the_last_bit(
    counts: dict[str, int], frequency: dict[str, int], documents: int
) -> None:
    """The stream's clustering depends on these floats exactly: the C-chained weighting gives
    the loop's (same operations, same order), terms in the counts' order."""
    weights = {
        term: (1 + math.log(count)) * (1 + math.log((1 + documents) / (1 + frequency.get(term, 0))))
        for term, count in counts.items()
    }
    norm = math.sqrt(sum(w * w for w in weights.values())) or 1.0
    expected = [(term, w / norm) for term, w in weights.items()]
    assert list(tfidf_vector(counts, frequency, documents).items()) == expected


def test_empty_inputs_give_empty_vectors() -> None:
    matrix, idf = tfidf_rows([])
    assert matrix.shape == (0, 0) and len(idf) == 0
    matrix, _ = tfidf_rows([[], ["a"]])
    assert matrix.toarray().tolist() == [[0.0], [1.0]]
    assert tfidf_vector({}, {}, 0) == {}


def test_one_proclitic_list_for_stems_and_clitic_sets() -> None:
    assert stems("وبالعشرات") == ("وبالعشرات", "عشرات", "العشرات", "بالعشرات")
    assert stems("والقاهره") == ("والقاهره", "قاهره", "القاهره")
    assert stems("بد") == ("بد",)  # a stem keeps two letters
    assert with_clitics(frozenset({"قال"})) == {"قال", *(p + "قال" for p in PROCLITICS)}
    for prefix in PROCLITICS:
        assert "قال" in stems(prefix + "قال")
    # The counted-noun strips are a subset of the one list, in its order.
    assert [p for p in PROCLITICS if p in NOUN_PROCLITICS] == list(NOUN_PROCLITICS)
    assert NOUN_PROCLITICS == ("وبال", "وال", "بال", "لل", "ال", "و", "ب")


def test_span_tokens_and_word_tests() -> None:
    tokens = tokenize("قُتل 2022ء، في حلب")
    assert [t.text for t in tokens] == ["قُتل", "2022", "ء", "،", "في", "حلب"]
    assert tokens[0].norm == "قتل" and (tokens[1].start, tokens[1].end) == (5, 9)
    assert words_among("وقال 12 شخصا", word_set("شخصا قال")) == (frozenset({"شخصا"}), True)


def test_a_word_written_onto_digits_is_two_tokens() -> None:
    # France 24 drops the space before a figure; one letter (a proclitic or the Egyptian
    # decimal mark ر), a tatweel and Latin letters stay on their digits.
    assert [t.text for t in tokenize("على متنها66 شخصا")] == ["على", "متنها", "66", "شخصا"]
    assert [t.text for t in tokenize("لتبلغ8,6 بالمئة")] == ["لتبلغ", "8,6", "بالمئة"]
    assert [t.text for t in tokenize("و200 بـ50 الـ15 وب5")] == ["و200", "بـ50", "الـ15", "وب5"]
    assert [t.text for t in tokenize("9ر6 G7")] == ["9", "ر6", "G7"]
    tokens = tokenize("متنها66")
    assert (tokens[1].start, tokens[1].end) == (5, 7)


def test_name_folding() -> None:
    assert fold("توكاييف") == fold("توكايف")
    assert skeleton("جومارت") == skeleton("جومرت")
    assert nisba_stem("روسيه") == "روسي"
    assert nisba_stem("قال") is None


def test_word_tests_are_emptied_with_the_other_caches() -> None:
    asked: list[str] = []

    def short(word: str) -> bool:
        asked.append(word)
        return len(word) < 4

    test = WordTest(short)
    assert test.among(frozenset({"في", "القاهره"})) == {"في"}
    marsad.clear_caches()
    assert test.among(frozenset({"في"})) == {"في"}
    assert asked.count("في") == 2


def test_every_text_module_is_in_the_architecture_map() -> None:
    root = Path(__file__).resolve().parents[1]
    text = (root / "docs" / "architecture.md").read_text(encoding="utf-8")
    section = text.split("## The text layer", 1)[1].split("\n## ", 1)[0]
    modules = {p.stem for p in (root / "src" / "marsad" / "lang").glob("*.py")} - {"__init__"}
    assert {m for m in modules if f"`{m}`" not in section} == set()
    # The fact extractors' private text layer is gone for good.
    assert not (root / "src" / "marsad" / "facts" / "_text.py").exists()
    assert not (root / "src" / "marsad" / "facts" / "_lexicon.py").exists()


# Words of the letters that start proclitics and end nisba adjectives, doubled letters, hamza
# carriers and diacritics, Latin and digits: the shortcuts of stems, nisba_stem and fold.
_WORDS = st.text(alphabet="وفبكلالينهةىأإآؤئـًٌّْتسرمabZ19 ", max_size=9)


@given(_WORDS)
def test_stems_shortcut_gives_the_forms_of_every_proclitic(word: str) -> None:
    forms = [word] + [
        word[len(prefix) :]
        for prefix in PROCLITICS
        if word.startswith(prefix) and len(word) - len(prefix) >= 2
    ]
    assert stems.__wrapped__(word) == tuple(dict.fromkeys(forms))


@given(_WORDS)
def test_nisba_stem_shortcut_reads_every_ending(word: str) -> None:
    expected = word if word.endswith("ي") and len(word) >= 4 else None
    for ending in ("يين", "يون", "يه", "ين", "ون", "ه"):
        if word.endswith(ending) and len(word) - len(ending) >= 3:
            stem = word[: -len(ending)]
            expected = stem if stem.endswith("ي") else stem + "ي" if ending[0] == "ي" else None
            break
    assert nisba_stem(word) == expected


@given(_WORDS)
def test_fold_collapses_doubled_letters_of_the_normalized_word(word: str) -> None:
    assert fold.__wrapped__(word) == re.sub(r"(.)\1+", r"\1", normalize(word).lower())


def test_one_proclitic_comes_off_when_enough_of_the_word_is_left() -> None:
    assert without_proclitic("والشرطة", ("وال", "ال", "و")) == "شرطة"
    assert without_proclitic("الشرطة", ("وال", "ال", "و")) == "شرطة"
    # only the first match: "وبال" is not two proclitics when the list stops at "و"
    assert without_proclitic("وبالعشرات", ("و",)) == "بالعشرات"
    # "ولد" keeps its و: two letters would be left
    assert without_proclitic("ولد", ("و",)) == "ولد"
    assert without_proclitic("ولد", ("و",), keep=2) == "لد"
