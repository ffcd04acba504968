"""Coverage (summarize/attribution.py): the sparse product used for larger stories gives the
dense product's matrix (the switch is for speed only)."""

import numpy as np

from marsad.summarize import StoryText
from marsad.summarize.attribution import SPARSE_COVERAGE_CELLS, coverage_matrix
from test_summarize_credit import DOLLAR_DIGITS, DOLLAR_WORDS, POWELL, _document


def _dense_coverage(story: StoryText) -> np.ndarray:
    present = (story.vectors.toarray() > 0).astype(float)
    weighted = present * story.idf.reshape(1, -1)
    mass = weighted.sum(axis=1)
    mass[mass == 0] = 1.0
    result: np.ndarray = (weighted @ present.T) / mass[:, None]
    return result


def test_small_and_large_stories_get_the_dense_coverage() -> None:
    texts = [POWELL, DOLLAR_WORDS, DOLLAR_DIGITS]
    small = StoryText.build(
        [_document(f"a{n}", "skynews", text) for n, text in enumerate(texts)],
        attribution_threshold=0.5,
    )
    # February's three reports, each repeated with its sentences in another order, until the
    # story is past the switch (the vocabulary stays; the sentences grow)
    documents = [
        _document(f"b{n}", "skynews", texts[n % 3][n % 2 :] + texts[n % 3][: n % 2])
        for n in range(60)
    ]
    large = StoryText.build(documents, attribution_threshold=0.5)
    assert small.vectors.shape[0] * small.vectors.shape[1] < SPARSE_COVERAGE_CELLS
    assert large.vectors.shape[0] * large.vectors.shape[1] >= SPARSE_COVERAGE_CELLS
    assert large.dense is not None  # dense vectors exist, the sparse product is chosen
    for story in (small, large):
        assert np.allclose(coverage_matrix(story), _dense_coverage(story), rtol=0, atol=1e-12)
