"""Duplicates: shingles, LSH candidates, exact verification, groups and shared passages."""

from datetime import UTC, datetime

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from marsad import dedupe
from marsad.cluster import find_root
from marsad.dedupe import (
    DedupeParams,
    candidate_pairs,
    duplicates_of_words,
    jaccard,
    shared_passages,
    shingle_sets,
)
from marsad.lang import analyse
from marsad.lang.terms import tokens
from marsad.model import Article, CleanArticle, Document, DuplicateGroup

BODY = (
    "أعلنت وزارة الدفاع أن القوات بدأت الانسحاب من المدينة الساحلية صباح الخميس بعد انتهاء مهمتها "
    "وقال المتحدث إن عدد الجنود المشاركين في العملية بلغ ألفي جندي من خمس دول مختلفة في المنطقة "
    "وشهدت المدينة احتجاجات واسعة على ارتفاع أسعار الوقود قبل أسبوعين من وصول القوات الأجنبية إليها"
)
OTHER = (
    "فاز المنتخب الوطني لكرة القدم بكأس البطولة الإقليمية بعد فوزه بركلات الترجيح في المباراة النهائية "
    "التي أقيمت في العاصمة أمام جمهور كبير وأشاد المدرب بحارس المرمى الذي تصدى لثلاث ركلات"
)


def _article(aid: str, text: str, source: str = "x", day: int | None = None) -> Article:
    published = datetime(2022, 1, day, tzinfo=UTC) if day else None
    return Article(id=aid, title="", text=text, source=source, published=published)


def _groups(articles: list[Article], **params: float) -> list[tuple[str, tuple[str, ...]]]:
    words = [a.text.split() for a in articles]
    result = duplicates_of_words(articles, words, DedupeParams(**params))  # type: ignore[arg-type]
    return sorted((g.kind, tuple(sorted(g.articles))) for g in result.groups)


def test_shingles_are_order_sensitive_and_stable() -> None:
    first, again, reordered = shingle_sets([["a", "b", "c"], ["a", "b", "c"], ["c", "b", "a"]], 2)
    assert np.array_equal(first, again)
    assert not np.array_equal(first, reordered)
    assert len(first) == 2


def test_jaccard_exact() -> None:
    a, b = np.array([1, 2, 3], dtype=np.uint64), np.array([2, 3, 4], dtype=np.uint64)
    assert jaccard(a, b) == 0.5
    assert jaccard(a, a) == 1.0


def test_identical_rows_share_every_band() -> None:
    signatures = np.array([[1, 2, 3, 4], [1, 2, 3, 4], [9, 9, 9, 9]], dtype=np.uint32)
    assert candidate_pairs(signatures, bands=2).tolist() == [[0, 1]]


def test_exact_and_near_duplicates_and_a_stranger() -> None:
    near = BODY + " حسب المصادر"
    groups = _groups(
        [_article("a", BODY), _article("b", BODY), _article("c", near), _article("d", OTHER)]
    )
    assert groups == [("near", ("a", "b", "c"))]
    assert _groups([_article("a", BODY), _article("b", BODY)]) == [("exact", ("a", "b"))]


def test_threshold_is_respected() -> None:
    half = " ".join(BODY.split()[: len(BODY.split()) // 2])
    assert _groups([_article("a", BODY), _article("b", half)]) == []


def test_first_publisher_is_the_earliest() -> None:
    articles = [_article("late", BODY, day=9), _article("early", BODY, day=3)]
    result = duplicates_of_words(articles, [a.text.split() for a in articles], DedupeParams())
    assert result.groups[0].first == "early"


def _document(aid: str, source: str, paragraphs: list[str], day: int):  # type: ignore[no-untyped-def]
    article = Article(
        id=aid,
        title="t",
        text="\n".join(paragraphs),
        source=source,
        published=datetime(2022, 1, day, tzinfo=UTC),
    )
    return analyse(CleanArticle(article=article, paragraphs=tuple(paragraphs)))


WIRE = (
    "وحدات جنود السلام التابعة للمنظمة بدأت بعدما أنجزت المهام المحددة تحضير معداتها "
    "العسكرية والتقنية لنقلها إلى طائرات سلاح الجو بهدف العودة إلى قاعدتها الدائمة."
)


def test_wire_passage_with_different_lead_ins_is_shared_text() -> None:
    documents = [
        _document("a", "outlet-a", [f"من جهتها، قالت الوزارة في بيان إن {WIRE}"], day=14),
        _document("b", "outlet-b", [f"الوزارة قالت في بيان لها، وفقا للوكالة، إن {WIRE}"], day=13),
        _document(
            "c",
            "outlet-c",
            ["خبر آخر تماما لا علاقة له بالموضوع المطروح في هذه القصة أبدا."],
            day=13,
        ),
    ]
    (group,) = shared_passages(documents)
    assert group.kind == "shared-text"
    assert set(group.articles) == {"a", "b"}
    assert group.first == "b"
    assert group.text.startswith("الوزارة قالت")


def test_copies_within_one_outlet_are_not_shared_text() -> None:
    documents = [_document("a", "same", [WIRE], day=1), _document("b", "same", [WIRE], day=2)]
    assert shared_passages(documents) == ()


def _reference_passages(documents: list[Document]) -> tuple[DuplicateGroup, ...]:
    """shared_passages as first written: every pair of sentences sharing a 6-gram compared."""
    grams: list[set[str]] = []
    places: list[tuple[Document, int]] = []
    if len({document.article.source for document in documents}) < 2:
        return ()
    for document in documents:
        for sentence in document.sentences:
            words = tokens(sentence.text)
            if len(words) >= dedupe.MIN_SHARED_WORDS:
                grams.append({" ".join(words[k : k + 6]) for k in range(len(words) - 5)})
                places.append((document, sentence.index))
    parent = list(range(len(grams)))
    for number, mine in enumerate(grams):
        for other in range(number + 1, len(grams)):
            same_outlet = places[number][0].article.source == places[other][0].article.source
            common = len(mine & grams[other])
            if common and not same_outlet and common >= 0.5 * min(len(mine), len(grams[other])):
                root_a, root_b = find_root(parent, number), find_root(parent, other)
                parent[max(root_a, root_b)] = min(root_a, root_b)
    components: dict[int, list[int]] = {}
    for number in range(len(grams)):
        components.setdefault(find_root(parent, number), []).append(number)
    return tuple(
        dedupe._passage([places[n] for n in members])
        for members in components.values()
        if len({places[n][0].article.source for n in members}) > 1
    )


_LEADS = ["", "قالت الوزارة في بيان إن ", "وأضاف المتحدث أن ", "وفقا للوكالة "]
_BASE = [WIRE, BODY.split(" وقال ")[0] + ".", OTHER.split(" وأشاد ")[0] + "."]
# Halves of two sentences glued: these share about half their 6-grams with each parent, so
# whether they join depends on the outlets around them.
_SENTENCES = _BASE + [
    " ".join(a.split()[: len(a.split()) // 2] + b.split()[len(b.split()) // 2 :])
    for a in _BASE
    for b in _BASE
    if a != b
]


@settings(max_examples=150, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.sampled_from(["a", "b", "c"]),
            st.lists(st.tuples(st.integers(0, 3), st.integers(0, 8)), min_size=1, max_size=4),
        ),
        min_size=1,
        max_size=6,
    )
)
def test_shared_passages_match_the_pairwise_definition(
    drawn: list[tuple[str, list[tuple[int, int]]]],
) -> None:
    documents = [
        _document(f"d{n}", outlet, [_LEADS[lead] + _SENTENCES[k] for lead, k in parts], day=n + 1)
        for n, (outlet, parts) in enumerate(drawn)
    ]
    assert shared_passages(documents) == _reference_passages(documents)


def test_wire_copy_filed_many_times_is_one_passage_under_a_small_postings_cap(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    words = WIRE.split()
    documents = []
    for n in range(60):  # one word of each copy edited: 60 distinct wordings, 60 outlets
        edited = [*words[: n % 10], "وقد", *words[n % 10 + 1 :]]
        documents.append(_document(f"d{n}", f"outlet-{n}", [" ".join(edited)], day=1 + n % 20))
    expected = _reference_passages(documents)
    assert len(expected) == 1 and len(expected[0].articles) == 60
    monkeypatch.setattr(dedupe, "PASSAGE_POSTINGS", 3)
    assert shared_passages(documents) == expected
