"""The entity reader's per-word lexicon caches: bounded, in the cache inventory, and reading
the same mentions warm as cold."""

import marsad
from marsad.caches import cache_sizes
from marsad.facts.entities import entity_mentions

SENTENCE = (
    "قال وزير الخارجية الروسي سيرغي لافروف إن القوات الروسية لن تغادر سوريا، "
    "وأكدت وزارة الدفاع الأمريكية أن الرئيس الأمريكي دونالد ترامب التقى نظيره الفرنسي."
)
CACHES = ("_starting", "_title_forms", "_nisba_entry")


def test_word_caches_are_in_the_inventory_and_emptied() -> None:
    marsad.clear_caches()
    entity_mentions(SENTENCE)
    sizes = cache_sizes()
    for name in CACHES:
        assert sizes[f"marsad.facts.entities.{name}"] > 0
    marsad.clear_caches()
    assert all(cache_sizes()[f"marsad.facts.entities.{name}"] == 0 for name in CACHES)


def test_mentions_are_the_same_warm_as_cold() -> None:
    marsad.clear_caches()
    cold = [(m.canonical, m.type, m.form, m.role) for m in entity_mentions(SENTENCE)]
    # the same words in another sentence: read from the warm per-word caches
    warm = [(m.canonical, m.type, m.form, m.role) for m in entity_mentions("و" + SENTENCE)]
    assert cold == warm
    assert ("سيرغي لافروف", "role", "role", "وزير خارجيه|روسيا") in cold  # a title (_is_title)
    assert ("روسيا", "country", "nisba", None) in cold  # a nisba adjective (_nisba_entry)
    assert ("وزارة الدفاع (الولايات المتحدة)", "organization", "name", None) in cold
    assert ("سوريا", "country", "name", None) in cold  # a lexicon phrase (_starting)
