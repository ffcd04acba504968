"""The shortcuts of the stories stage's hot paths give what the full computation gives
(issues 18/19/20, round 17): prefilters never skip a match, remembered results equal computed
ones."""

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from marsad.facts import MONTH_WORDS, _kind_bodies
from marsad.facts._kind_bodies import named_bodies, read_bodies, written_kinds
from marsad.facts._numbers import digits_of
from marsad.facts._quote_words import BODY_KINDS
from marsad.facts._speaker_words import _span
from marsad.facts.dates import _date_mentions, date_mentions
from marsad.facts.entities import partial_mentions, person_key
from marsad.facts.quantities import _may_start_at, _quantities, quantities
from marsad.lang.arabic import _normalize, normalize
from marsad.lang.context import _words_without_article, told_before
from marsad.lang.referents import (
    _DEMONSTRATIVE_WORDS,
    _FAR_DEMONSTRATIVE,
    _PAIR_WORDS,
    _PARTIES,
    _holds,
    refers_back,
)
from marsad.lang.tokens import tokenize
from marsad.summarize.events import scores, tolls

# Pieces that make the patterns match often: their lexicon words, clitics, the article, spaces.
_PIECES = st.sampled_from(
    [*_DEMONSTRATIVE_WORDS, *_PAIR_WORDS, "ال", "و", "ب", "ان", "ين", " ", "من", "خطوة", "ه", "ا"]
)
_TEXTS = st.lists(_PIECES, max_size=12).map("".join)


def test_the_prefilter_words_are_the_patterns_own_lexicon() -> None:
    for word in _DEMONSTRATIVE_WORDS:
        assert re.search(rf"\b{word}\b", _FAR_DEMONSTRATIVE.pattern)
    for word in _PAIR_WORDS:
        assert word in _PARTIES.pattern


@given(_TEXTS)
def test_no_text_the_patterns_match_fails_its_prefilter(text: str) -> None:
    if _FAR_DEMONSTRATIVE.search(text):
        assert _holds(text, _DEMONSTRATIVE_WORDS)
    if _PARTIES.search(text):
        assert _holds(text, _PAIR_WORDS)


def test_refers_back_still_finds_this_x_and_a_pair() -> None:
    title = "الحكومة تعلن حالة الطوارئ"
    assert refers_back("وقال البيان إن هذه الخطوة ضرورية.", "ar", title, "")
    assert refers_back("واعتقلت الشرطة المشتبهان بعد الهجوم.", "ar", title, "")
    assert not refers_back("وقالت الحكومة إن الوضع هادئ.", "ar", title, "")


@given(st.text(max_size=30))
def test_a_remembered_normal_form_is_the_computed_one(text: str) -> None:
    assert normalize(text) == _normalize(text)
    assert normalize(text) == normalize(text)


def test_a_short_text_that_nfkc_lengthens_is_normalized_in_full() -> None:
    text = "\ufdfa"  # one character, eighteen after NFKC
    assert normalize(text) == _normalize(text)


def _digits_reference(text: str) -> str | None:
    """``digits_of`` before its one-test shortcut for words (round 16)."""
    if text[:1].isdigit():
        return text
    if not any(ch.isdigit() for ch in text[1:4]):
        return None
    match = re.match(r"^(?:(?:و|ف)?(?:ب|ل|ك)?ـ?|[أا]و|من|في)(?=\d)", text)
    return text[match.end() :] if match and match.end() > 0 else None


@given(st.text(alphabet="وفبلكـأامنيع0123456789٣²،.", min_size=1, max_size=8))
def test_digits_of_skips_only_words(text: str) -> None:
    assert digits_of(text) == _digits_reference(text)


def test_figures_start_at_number_words_and_digits_only() -> None:
    text = "قتل خمسة أشخاص وأصيب بـ20 آخرون في الهجوم"
    tokens = tokenize(text)
    number_words = frozenset({"خمسه"})
    assert [tokens[i].text for i in _may_start_at(tokens, number_words)] == ["خمسة", "بـ20"]
    assert [m.value for m in quantities(text)] == [5, 20]


def test_told_before_compares_the_words_written_without_the_article() -> None:
    earlier = ["افتتحت وزارة الصحة عيادة جديدة في المدينة", "وتعمل بالعيادة ممرضات"]
    words = dict(_words_without_article(earlier[0]))
    assert "عياده" in words and "الصحه" not in words
    assert told_before("وتستقبل العيادة المرضى يوميا.", "ar", "خبر", "", earlier)


def test_a_word_shorter_than_a_name_is_no_partial_mention() -> None:
    people = {person_key(name): name for name in ("حسن علي", "أناتولي سيرديوكوف")}
    found = partial_mentions("والتقى علي مع سيرديوكوف", people)
    assert [m.canonical for m in found] == ["أناتولي سيرديوكوف"]


@given(
    st.text(alphabet="قال زيد، إن 12 «نعم».", max_size=40), st.integers(-2, 44), st.integers(-2, 44)
)
def test_a_span_of_tokens_is_found_by_bisection(text: str, start: int, end: int) -> None:
    every = [t for t in tokenize(text) if start <= t.start and t.end <= end]
    assert _span(text, start, end) == every


# Sentences with figures, dates, tolls and scores in digits and in words (round 18: memoised).
_READ = [
    "قتل خمسة أشخاص وأصيب 20 آخرون في هجوم الأحد الماضي",
    "فاز الأهلي على الزمالك 2-1 يوم 12 فبراير 2018",
    "قالت الوزارة أمس إن 300 شخص اعتقلوا ومقتل خمسة من رجال الأمن",
    "لا أرقام ولا تواريخ هنا",
]
_READ_PIECES = st.sampled_from(
    ["قتل", "خمسة", "أشخاص", "20", "٣", "2-1", "يوم", "الأحد", "فبراير", "أمس", "مقابل", " ", "،"]
)


@given(st.lists(_READ_PIECES, max_size=10).map(" ".join))
def test_remembered_sentence_readings_are_the_computed_ones(text: str) -> None:
    for month_words in (frozenset(), MONTH_WORDS):
        assert quantities(text, month_words=month_words) == list(
            _quantities.__wrapped__(text, month_words)
        )
    assert date_mentions(text) == list(_date_mentions.__wrapped__(text))
    assert tolls(text) == tolls.__wrapped__(text)
    assert scores(text) == scores.__wrapped__(text)


def test_a_sentence_is_read_for_figures_dates_tolls_and_scores_once() -> None:
    # tolls reads figures in words through quantities: each reading is counted on its own.
    for reading, read in (
        (_quantities, quantities),
        (_date_mentions, date_mentions),
        (tolls, tolls),
        (scores, scores),
    ):
        reading.cache_clear()
        for text in _READ + _READ:
            read(text)
        assert (reading.cache_info().misses, reading.cache_info().hits) == (len(_READ), len(_READ))


def test_a_remembered_reading_is_handed_out_as_a_new_list() -> None:
    text = _READ[0]
    figures, dates = quantities(text), date_mentions(text)
    assert figures and dates
    figures.clear()
    dates.clear()
    assert quantities(text) and date_mentions(text)


_BODY_PIECES = st.sampled_from(
    ["وقالت", "صحيفة", "لصحيفة", "وشركة", "للجنة", "وزارة", "الخارجية", "الغارديان", "«", "»",
     "حزب", "فرنسية", "إن", "الحزب", "بوزارة", "فالوزارة", "ال", "و", " "]
)  # fmt: skip


@given(st.lists(_BODY_PIECES, max_size=10).map(" ".join))
def test_no_sentence_naming_a_body_fails_the_kind_noun_prefilter(text: str) -> None:
    assert named_bodies(text, BODY_KINDS) == read_bodies(text, BODY_KINDS)


def test_the_kind_noun_prefilter_holds_each_kind_bare_and_with_a_proclitic() -> None:
    written = written_kinds(BODY_KINDS)
    assert {"صحيفه", "وصحيفه", "لصحيفه", "بصحيفه", "فصحيفه"} <= written
    assert named_bodies("وقالت لصحيفة الغارديان إن", BODY_KINDS) == [("صحيفه", "صحيفة الغارديان")]


def test_a_sentence_without_a_kind_noun_is_not_read_token_by_token(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def unread(text: str, kinds: frozenset[str]) -> list[tuple[str, str]]:
        raise AssertionError(text)

    monkeypatch.setattr(_kind_bodies, "read_bodies", unread)
    assert named_bodies("وقال المتحدث إن الوضع هادئ", BODY_KINDS) == []
