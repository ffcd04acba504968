"""Streaming story assignment: join, new story, merge with a stable redirected id."""

from datetime import UTC, datetime, timedelta

from marsad.cluster import ClusterParams
from marsad.evidence import StoryEvidence
from marsad.lang import analyse
from marsad.model import Article, CleanArticle, Document
from marsad.newsroom.streamstate import dump_stream, load_stream
from marsad.stream import StreamingClusterer

FLOOD = "فيضانات تضرب المحافظة الشمالية وتقتل اثني عشر شخصا وتشرد آلاف السكان من منازلهم في القرى."
FLOOD_2 = (
    "فرق الإنقاذ تستخدم القوارب للوصول إلى القرى المعزولة بسبب الفيضانات في المحافظة الشمالية."
)
CUP = (
    "المنتخب الوطني يفوز بكأس البطولة الإقليمية بركلات الترجيح بعد تعادل سلبي في المباراة النهائية."
)


def _document(aid: str, text: str, day: float = 0) -> Document:
    published = datetime(2022, 1, 1, tzinfo=UTC) + timedelta(days=day)
    article = Article(id=aid, title="", text=text, source=aid, published=published)
    return analyse(CleanArticle(article=article, paragraphs=(text,)))


def test_related_article_joins_and_unrelated_starts_a_story() -> None:
    stream = StreamingClusterer()
    first = stream.add(_document("f1", FLOOD))
    assert stream.add(_document("c1", CUP, 0.1)) != first
    assert stream.add(_document("f2", f"{FLOOD_2} {FLOOD}", 0.2)) == first
    assert sorted(map(sorted, stream.groups())) == [["c1"], ["f1", "f2"]]


def test_same_topic_weeks_later_is_a_new_story() -> None:
    stream = StreamingClusterer()
    assert stream.add(_document("f1", FLOOD)) != stream.add(_document("f2", FLOOD, 30))


def test_merged_story_id_redirects_to_the_survivor() -> None:
    # Bag of words only: with headline evidence the bridge (headed by its flood sentence) would
    # not pull the cup final in, and the merge is what this test is about.
    stream = StreamingClusterer(
        params=ClusterParams(threshold=0.26, storyline_threshold=0.21, evidence=StoryEvidence())
    )
    a = stream.add(_document("a", FLOOD))
    stream.add(_document("a2", FLOOD, 0.1))
    b = stream.add(_document("b", CUP, 0.2))
    assert b != a
    # An article that ties both stories together makes them one story (a continuing event).
    stream.add(_document("bridge", f"{FLOOD} {CUP}", 0.3))
    assert stream.resolve(a) == stream.resolve(b)
    assert len(stream.stories) == 1
    assert stream.resolve(a) in stream.stories


def test_ids_are_deterministic() -> None:
    runs = []
    for _ in range(2):
        stream = StreamingClusterer()
        runs.append([stream.add(_document(aid, text)) for aid, text in (("x", FLOOD), ("y", CUP))])
    assert runs[0] == runs[1]


def test_a_close_article_below_the_story_bar_starts_a_story_in_its_storyline() -> None:
    stream = StreamingClusterer(params=ClusterParams(threshold=0.9, storyline_threshold=0.05))
    flood = stream.add(_document("f1", FLOOD))
    rescue = stream.add(_document("f2", FLOOD_2, 0.5))
    cup = stream.add(_document("c1", CUP, 0.6))
    assert len({flood, rescue, cup}) == 3
    assert stream.storyline_of(rescue) == stream.storyline_of(flood) == flood
    assert stream.storyline_of(cup) == cup
    restored = load_stream(dump_stream(stream))
    assert restored.storyline_of(rescue) == flood


def _from(aid: str, outlet: str, text: str, day: float = 0) -> Document:
    document = _document(aid, text, day)
    from dataclasses import replace

    return replace(document, article=replace(document.article, source=outlet))


def test_two_articles_of_one_outlet_count_the_outlet_weight_once_two_outlets_are_seen() -> None:
    def history(second_outlet: str) -> tuple[StreamingClusterer, str]:
        stream = StreamingClusterer(params=params)
        first = stream.add(_from("a1", "wire", FLOOD))
        stream.add(_from("c1", second_outlet, CUP, 0.05))
        return stream, first

    # The plain cosine of the second flood report with the first, as the stream will see it.
    text_only = StoryEvidence()  # the cosine below is the text's
    params = ClusterParams(threshold=1.0, storyline_threshold=0.0, evidence=text_only)
    probe, first = history("wire")
    terms = [t for s in _from("a2", "wire", FLOOD_2).sentences for t in s.terms]
    probe.documents_seen += 1
    probe.document_frequency.update(set(terms))
    cosine = probe.stories[first].mean_dot(probe._vector(terms))
    assert 0.1 < cosine < 0.9
    # Join below the plain cosine but above the discounted one (0.7 of it).
    params = ClusterParams(threshold=0.85 * cosine, storyline_threshold=0.0, evidence=text_only)

    one_outlet, first = history("wire")
    assert one_outlet.add(_from("a2", "wire", FLOOD_2, 0.1)) == first  # one outlet: no weight
    two_outlets, first = history("paper")
    assert two_outlets.add(_from("a2", "wire", FLOOD_2, 0.1)) != first  # discounted: apart
    restored = load_stream(dump_stream(two_outlets), params)
    assert restored.outlets == {"wire", "paper"}
    assert {o for s in restored.stories.values() for o in s.by_outlet} == {"wire", "paper"}
