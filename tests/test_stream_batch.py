"""A batch placed by ``add_many`` (scores bounded by one sparse product) ends exactly as the same
articles added one by one, and the bounds skip most candidates while never passing over one
that could be chosen."""

from __future__ import annotations

import copy
import random
from datetime import UTC, datetime, timedelta

import pytest

import marsad.stream as stream_module
from marsad.lang import analyse
from marsad.model import Article, CleanArticle, Document
from marsad.stream import StoryState, StreamingClusterer, read_document
from marsad.stream_bounds import Bounds, Tables, _matrix

TOPICS = [
    "flood river rain village rescue boats water dam storm evacuation",
    "election vote parliament party minister ballot campaign coalition poll president",
    "football match goal league cup final coach player stadium penalty",
    "oil price barrel market crude opec supply dollar trade exchange",
    "earthquake magnitude tremor building collapse quake casualties aftershock city",
]
OUTLETS = ["cnn", "bbc", "jazeera", "reuters"]


def _documents(count: int, seed: int) -> list[Document]:
    """Articles mixing one or two topics' words: many scores near the thresholds."""
    rng = random.Random(seed)
    start = datetime(2018, 2, 1, tzinfo=UTC)
    documents = []
    for n in range(count):
        words = rng.choice(TOPICS).split()
        if rng.random() < 0.4:
            words += rng.sample(rng.choice(TOPICS).split(), 3)
        chosen = [rng.choice(words) for _ in range(rng.randint(6, 14))]
        text = " ".join(chosen) + "."
        title = " ".join(rng.sample(words, 3))
        published = start + timedelta(hours=n * rng.uniform(0.5, 3))
        article = Article(
            id=f"a{seed}-{n}",
            title=title,
            text=text,
            source=rng.choice(OUTLETS),
            published=published,
            lang="en",
        )
        documents.append(analyse(CleanArticle(article=article, paragraphs=(text,))))
    return documents


def _state(stream: StreamingClusterer) -> object:
    stories = {
        key: (s.articles, s.storyline, s.total, s.by_outlet, s.parts, s.first, s.last)
        for key, s in stream.stories.items()
    }
    return stories, stream.redirects, dict(stream.index), stream.document_frequency


@pytest.mark.parametrize("rows", [1000, 30])
def test_a_batch_ends_as_the_same_articles_one_by_one(
    rows: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(stream_module, "BOUNDS_ROWS", rows)  # one product, or several
    for seed in range(3):
        documents = _documents(260, seed)
        before = StreamingClusterer()
        for document in documents[:100]:
            before.add(document)
        one = copy.deepcopy(before)
        many = copy.deepcopy(before)
        ids = [one.add(document) for document in documents[100:]]
        batch = many.add_many(documents[100:180]) + many.add_many(documents[180:])
        assert batch == ids
        assert _state(many) == _state(one)
        assert one.redirects  # merges happened, so the bounds' bookkeeping was exercised


def test_the_bounds_pass_over_most_candidates() -> None:
    documents = _documents(260, 5)
    stream = StreamingClusterer()
    for document in documents[:100]:
        stream.add(document)
    scored = 0
    mean_dot = StoryState.mean_dot

    def counted(self: StoryState, *args: object, **kwargs: object) -> float:
        nonlocal scored
        scored += 1
        return mean_dot(self, *args, **kwargs)  # type: ignore[arg-type]

    setattr(StoryState, "mean_dot", counted)  # noqa: B010 (a slots class: no monkeypatch)
    try:
        one = copy.deepcopy(stream)
        for document in documents[100:]:
            one.add(document)
        alone, scored = scored, 0
        stream.add_many(documents[100:])
    finally:
        setattr(StoryState, "mean_dot", mean_dot)  # noqa: B010
    assert scored < alone * 0.75


def test_a_bound_is_never_below_the_score() -> None:
    rng = random.Random(3)
    terms = [f"t{n}" for n in range(60)]

    def vector() -> dict[str, float]:
        return {t: rng.random() for t in rng.sample(terms, rng.randint(1, 20))}

    stories = []
    for n in range(30):
        story = StoryState(id=f"s{n}")
        for m in range(rng.randint(1, 4)):
            for term, weight in vector().items():
                story.total[term] = story.total.get(term, 0.0) + weight
            story.articles.append(f"s{n}-{m}")
        stories.append(story)
    vectors = [vector() for _ in range(40)]
    bounds = Bounds(vectors, stories)
    for row, each in enumerate(vectors):
        for story in stories:
            score = story.mean_dot(each)
            assert not bounds.below(row, story, score)
            assert bounds.below(row, story, score * 1.001 + 1e-6)
    changed = stories[0]
    changed.articles.append("more")
    assert not bounds.below(0, changed, 1e9)  # changed since: not bounded


def test_kept_tables_are_read_again_when_a_story_changes() -> None:
    rng = random.Random(7)
    terms = [f"t{n}" for n in range(40)]

    def story(name: str) -> StoryState:
        total = {t: rng.random() for t in rng.sample(terms, rng.randint(1, 15))}
        return StoryState(id=name, total=total, articles=[f"{name}-0"])

    stories = [story(f"s{n}") for n in range(12)]
    columns = {term: n for n, term in enumerate(rng.sample(terms, 25))}
    tables = Tables()

    def fresh() -> list[list[float]]:
        rows: list[list[float]] = _matrix([s.total for s in stories], columns).toarray().tolist()
        return rows

    assert tables.totals(stories, columns).toarray().tolist() == fresh()
    stories[0].total["t1"] = stories[0].total.get("t1", 0.0) + 1.0  # a member joined
    stories[0].articles.append("s0-1")
    stories[1] = story("s1")  # loaded again (another writer's batch): another object
    stories.append(story("s12"))  # new
    assert tables.totals(stories, columns).toarray().tolist() == fresh()
    assert tables.totals(stories[5:], columns).toarray().tolist() == fresh()[5:]


def test_a_grown_story_keeps_its_numbered_terms_and_numbers_only_its_new_ones() -> None:
    columns = {"a": 0, "b": 1, "c": 2, "d": 3}
    grown = StoryState(id="g", total={"a": 0.5, "x": 0.25}, articles=["g-0"])
    other = StoryState(id="o", total={"b": 1.0}, articles=["o-0"])
    tables = Tables()
    tables.totals([grown, other], columns)
    before = tables._kept["g"][2].tolist()
    for term, weight in {"a": 0.5, "c": 0.125, "d": 1.0}.items():  # as a member joining
        grown.total[term] = grown.total.get(term, 0.0) + weight
    grown.articles.append("g-1")
    found = tables.totals([grown, other], columns).toarray().tolist()
    assert found == _matrix([grown.total, other.total], columns).toarray().tolist()
    numbers = tables._kept["g"][2].tolist()
    assert numbers[: len(before)] == before and len(numbers) == len(grown.total)
    assert found[0] == [1.0, 0.0, 0.125, 1.0]


def test_a_new_story_looks_for_a_merge_among_what_its_article_found(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Short posting lists, so some are full and a new story pushes an older one out of them:
    # its merge candidates are then looked up again, as add did before it reused them.
    monkeypatch.setattr(stream_module, "MAX_STORIES_PER_TERM", 3)
    for seed in range(3):
        documents = _documents(200, seed)
        reused = StreamingClusterer()
        again = _LooksAgain()
        assert [reused.add(d) for d in documents] == [again.add(d) for d in documents]
        assert _state(reused) == _state(again)
    stream = StreamingClusterer()
    stream.index["full"] = [f"s{n}" for n in range(4)]  # 3 before the new story's id
    stream.index["room"] = [f"s{n}" for n in range(3)]
    assert stream._found_again(["room"])
    assert not stream._found_again(["room", "full"])


class _LooksAgain(StreamingClusterer):
    """A clusterer that looks a new story's merge candidates up again, as add once did."""

    def _found_again(self, top: list[str]) -> bool:
        return False


def test_readings_made_ahead_place_as_the_clusterer_reads_them() -> None:
    documents = _documents(200, 11)
    here = StreamingClusterer()
    ahead = StreamingClusterer()
    readings = [read_document(d, ahead.params) for d in documents]
    assert here.add_many(documents) == ahead.add_many(documents, readings)
    assert _state(here) == _state(ahead)
    assert here.document_frequency == ahead.document_frequency
    # A reading is the clusterer's only view of the document: another one places elsewhere.
    swapped = readings[::-1]
    assert StreamingClusterer().add_many(documents, swapped) != here_again(documents)


def here_again(documents: list[Document]) -> list[str]:
    """The documents placed by a new clusterer that reads them itself."""
    return StreamingClusterer().add_many(documents)


def test_a_link_bound_is_never_below_the_link() -> None:
    rng = random.Random(4)
    terms = [f"t{n}" for n in range(80)]
    stories = []
    for n in range(25):
        story = StoryState(id=f"s{n}")
        for m in range(rng.randint(1, 5)):
            vector = {t: rng.random() for t in rng.sample(terms, rng.randint(1, 25))}
            for term, weight in vector.items():
                story.total[term] = story.total.get(term, 0.0) + weight
            story.articles.append(f"s{n}-{m}")
        stories.append(story)
    tables = Tables()
    tables.totals(stories[:10], {t: n for n, t in enumerate(terms)})  # some kept, some not
    for story in stories:
        others = [other for other in stories if other is not story]
        dots = tables.link_bounds(story, others)
        assert dots is not None
        for n, other in enumerate(others):
            link = story.link(other) * len(story.articles) * len(other.articles)
            assert link <= dots[n] <= link * 1.001 + 1e-9
    grown = stories[3]
    grown.total["t79"] = grown.total.get("t79", 0.0) + 5.0  # a member joined: read again
    grown.articles.append("more")
    dots = tables.link_bounds(stories[0], [grown])
    assert dots is not None
    assert dots[0] >= stories[0].link(grown) * len(stories[0].articles) * len(grown.articles)


def test_a_grown_storys_merge_test_scores_few_links(monkeypatch: pytest.MonkeyPatch) -> None:
    documents = _documents(260, 6)
    stream = StreamingClusterer()
    for document in documents[:100]:
        stream.add(document)
    plain = copy.deepcopy(stream)
    links = 0
    link = StoryState.link

    def counted(self: StoryState, *args: object, **kwargs: object) -> float:
        nonlocal links
        links += 1
        return link(self, *args, **kwargs)  # type: ignore[arg-type]

    setattr(StoryState, "link", counted)  # noqa: B010 (a slots class: no monkeypatch)
    try:
        stream.add_many(documents[100:])
        bounded, links = links, 0
        monkeypatch.setattr(Tables, "link_bounds", lambda *_: None)  # no bound: every link
        plain.add_many(documents[100:])
    finally:
        setattr(StoryState, "link", link)  # noqa: B010
    assert _state(stream) == _state(plain)
    assert bounded < links * 0.5


def test_top_terms_leave_out_marked_and_named_terms() -> None:
    stream = StreamingClusterer()
    vector = {"flood": 0.5, stream_module.TITLE + "flood": 0.9, "rain": 0.7, "dam": 0.7}
    vector[stream_module.NAMED + "x"] = 0.95
    assert stream._top_terms(vector) == ["rain", "dam", "flood"][: stream.params.top_terms]


def test_the_bounds_read_only_stories_in_some_articles_window(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Articles over weeks: the posting lists hold stories long out of the later articles'
    # window, which no candidate search of theirs finds (nor a bound serves).
    documents = sorted(_documents(260, 8), key=lambda d: d.article.published or 0)
    stream = StreamingClusterer()
    for document in documents[:160]:
        stream.add(document)
    one = copy.deepcopy(stream)
    read: list[list[StoryState]] = []
    made = stream_module.Bounds

    def kept(vectors: object, stories: object, tables: object = None) -> Bounds:
        read.append(list(stories))  # type: ignore[call-overload]
        return made(vectors, read[-1], tables)  # type: ignore[arg-type]

    monkeypatch.setattr(stream_module, "Bounds", kept)
    days = [stream_module._days(d.article.published) for d in documents[160:]]
    earliest = min(day for day in days if day is not None)
    window = stream.params.window_days
    listed = {stream.resolve(s) for ids in stream.index.values() for s in ids[-200:]} & set(
        stream.stories
    )
    stale = [s for s in listed if (stream.stories[s].last or 0.0) + window < earliest]
    assert stale  # some listed stories are out of every article's window
    placed = stream.add_many(documents[160:])
    assert placed == [one.add(document) for document in documents[160:]]
    assert _state(stream) == _state(one)
    assert read and not {story.id for story in read[0]} & set(stale)


def test_in_some_window_keeps_undated_stories_and_all_for_an_undated_article() -> None:
    old = StoryState(id="old", first=1.0, last=2.0)
    near = StoryState(id="near", first=8.0, last=9.5)
    later = StoryState(id="later", first=20.0, last=21.0)
    undated = StoryState(id="undated")
    stories = [old, near, later, undated]
    assert stream_module.in_some_window(stories, [11.0, 12.0], 3.0) == [near, undated]
    assert stream_module.in_some_window(stories, [5.0, 17.0], 3.0) == [old, near, later, undated]
    assert stream_module.in_some_window(stories, [11.0, None], 3.0) == stories


def _candidates_one_by_one(
    stream: StreamingClusterer, top: list[str], when: float | None
) -> list[StoryState]:
    """The candidate search as a loop over each listed id (what ``_candidates`` must give)."""
    seen: set[str] = set()
    found = []
    window = stream.params.window_days
    for term in top:
        for story_id in reversed(stream.index.get(term, [])[-stream_module.MAX_STORIES_PER_TERM :]):
            current = stream.resolve(story_id)
            if current in seen:
                continue
            seen.add(current)
            story = stream.stories[current]
            first, last = story.first, story.last
            if (
                when is None
                or first is None
                or last is None
                or first - window <= when <= last + window
            ):
                found.append(story)
    return found


def test_candidates_are_the_listed_stories_in_the_window_most_recent_first(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Short lists, full ones among them; merged ids followed (over two merges); undated ones.
    monkeypatch.setattr(stream_module, "MAX_STORIES_PER_TERM", 7)
    rng = random.Random(12)
    stream = StreamingClusterer()
    for n in range(40):
        day = None if n % 9 == 0 else rng.uniform(0.0, 20.0)
        stream.stories[f"s{n}"] = StoryState(id=f"s{n}", first=day, last=day and day + n % 3)
    for n in range(40, 46):  # merged away: s40 -> s41 -> s1, ...
        stream.redirects[f"s{n}"] = f"s{n + 1}" if n % 2 == 0 else f"s{n - 40}"
    ids = [f"s{n}" for n in range(46)]
    for term in range(8):
        stream.index[f"t{term}"] = [rng.choice(ids) for _ in range(rng.randint(0, 12))]
    for _ in range(200):
        top = rng.sample([f"t{n}" for n in range(10)], 3)
        when = None if rng.random() < 0.1 else rng.uniform(-2.0, 24.0)
        assert stream._candidates(top, when) == _candidates_one_by_one(stream, top, when)
