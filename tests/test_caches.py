"""The cache inventory: every process-wide cache can be emptied at once."""

import marsad
from marsad.caches import cache_sizes
from marsad.facts import extract_story_facts
from marsad.lang import analyse
from marsad.model import Article, CleanArticle


def test_clear_caches_empties_the_lexicon_stem_and_figure_caches() -> None:
    text = "قتل 12 شخصا في هجوم على سوق في مدينة حلب، حسب ما قال وزير الداخلية."
    article = Article(id="a", title="هجوم", text=text, source="wire")
    extract_story_facts([analyse(CleanArticle(article=article, paragraphs=(text,)))])
    sizes = cache_sizes()
    assert "marsad.lang.terms._stem" in sizes or any(
        n.startswith("marsad.lang.terms") for n in sizes
    )
    assert any(n.startswith("marsad.facts.") for n in sizes)
    assert sum(sizes.values()) > 0
    dropped = marsad.clear_caches()
    assert dropped > 0
    assert sum(cache_sizes().values()) == 0
