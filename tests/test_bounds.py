"""Memory bounds: a story's pairwise scores see at most ``max_story_sentences`` sentences, and an
article over ``max_article_bytes`` is refused at every entry (docs/reliability.md, "Memory bounds").

The big probes run the real command in a subprocess limited to 2 GB of address space: before the
cap, the 15,000-sentence article asked for 7.2 GB and the 500-article story for 22 GB more.
"""

import json
import os
import resource
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest

from bigstories import long_article, write_big_story, write_long_article, write_near_copies
from marsad.model import Article, Document
from marsad.newsroom import ingest
from marsad.pipeline import digest
from marsad.settings import Settings
from marsad.store import open_store
from marsad.summarize import summarize
from marsad.summarize.bounds import considered

ADDRESS_SPACE = 2 * 1024**3


def _limited() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (ADDRESS_SPACE, ADDRESS_SPACE))


def _marsad(*args: str | Path, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "marsad", *map(str, args)],
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
        cwd=cwd,
        preexec_fn=_limited,
    )


def _documents(*lengths: int) -> list[Document]:
    from marsad.clean import clean_articles
    from marsad.lang import analyse

    articles = [
        Article(id=f"a{n}", title=f"خبر {n}", text=long_article(length, seed=n), source=f"s{n}")
        for n, length in enumerate(lengths)
    ]
    return [analyse(item) for item in clean_articles(articles)]


def test_considered_keeps_the_earliest_sentences_of_each_article() -> None:
    documents = _documents(30, 4, 12)
    lengths = [len(d.sentences) for d in documents]
    assert considered(documents, None) == tuple(documents)
    assert considered(documents, sum(lengths)) == tuple(documents)
    kept = considered(documents, 21)
    assert sum(len(d.sentences) for d in kept) == 21
    # Depth 8 for the long articles (8 + 4 + 8 = 20), the spare place to the earliest one.
    assert [len(d.sentences) for d in kept] == [9, lengths[1], 8]
    for whole, part in zip(documents, kept, strict=True):
        assert part.sentences == whole.sentences[: len(part.sentences)]
    assert [d.id for d in considered(documents, 2)] == ["a0", "a1"]


def test_a_capped_summary_cites_only_considered_sentences() -> None:
    documents = _documents(60, 60)
    summary = summarize(documents, max_sentences=10)
    assert summary
    assert all(sentence.sentence < 5 for sentence in summary)
    assert all(ref.sentence < 5 for sentence in summary for ref in sentence.refs)
    assert summarize(documents, max_sentences=10_000) == summarize(documents)


def test_the_story_budget_is_a_setting() -> None:
    assert Settings().max_story_sentences == 2000
    with pytest.raises(ValueError, match="max_story_sentences"):
        Settings(max_story_sentences=0)


def test_an_article_over_the_byte_budget_is_refused_by_digest_and_the_store(
    tmp_path: Path,
) -> None:
    settings = Settings(max_article_bytes=4096)
    big = Article(id="big", title="كبير", text=long_article(200), source="s")
    small = Article(id="small", title="صغير", text=long_article(10), source="s")
    result = digest([big, small], settings)
    assert [a.id for story in result.stories for a in story.articles] == ["small"]
    assert [str(p) for p in result.problems] == [
        f"big: article is {len((big.title + big.text).encode()):,} bytes, above the 4,096 bytes limit"
    ]
    store = open_store(str(tmp_path / "m.db"), settings=settings)
    report = ingest(store, [big, small])
    assert report.added == 1
    assert [p.message for p in report.problems] == [result.problems[0].message]
    assert store.article("big") is None


@pytest.fixture(scope="module")
def probes(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("big")
    write_long_article(folder / "long.txt", 15_000)
    write_big_story(folder / "story500.jsonl", 500, 16 * 1024)
    return folder


@pytest.mark.parametrize(("name", "articles"), [("long.txt", 1), ("story500.jsonl", 500)])
def test_digest_of_a_huge_story_fits_in_2_gb(probes: Path, name: str, articles: int) -> None:
    out = probes / f"{name}.json"
    result = _marsad("digest", probes / name, "-f", "json", "-o", out, cwd=probes)
    assert result.returncode == 0, result.stderr[-2000:]
    assert "Traceback" not in result.stderr
    stories = json.loads(out.read_text(encoding="utf-8"))["stories"]
    assert sum(len(story["articles"]) for story in stories) == articles
    assert max(len(story["articles"]) for story in stories) == articles  # one story
    assert all(story["summary"] for story in stories)


def test_ingest_and_the_api_of_a_huge_article_fit_in_2_gb(probes: Path) -> None:
    result = _marsad("ingest", probes / "long.txt", "--db", probes / "i.db", cwd=probes)
    assert result.returncode == 0, result.stderr[-2000:]
    assert "Traceback" not in result.stderr
    script = f"""
import json, sys
from fastapi.testclient import TestClient
from marsad.service.app import create_app
from marsad.store import open_store
store = open_store({str(probes / "api.db")!r})
token = store.create_token("probe")
client = TestClient(create_app(store))
text = open({str(probes / "long.txt")!r}, encoding="utf-8").read()
body = {{"articles": [{{"id": "long", "title": "فيضانات", "text": text, "source": "s"}}]}}
answer = client.post("/articles", json=body, headers={{"Authorization": f"Bearer {{token}}"}})
print(answer.status_code, json.dumps(answer.json()))
"""
    posted = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
        preexec_fn=_limited,
    )
    assert posted.returncode == 0, posted.stderr[-2000:]
    status, answer = posted.stdout.split(" ", 1)
    assert status == "201" and json.loads(answer)["added"] == 1  # created


def test_lexrank_counts_are_sparse_for_a_large_story_and_score_the_same() -> None:
    from scipy.sparse import csr_matrix, issparse

    from marsad.summarize import graph

    words = [text.split() for text in long_article(400).replace(".", "").splitlines()]
    dense = graph.lexrank_terms(words, "ar")
    assert not issparse(dense)
    cosines = graph.idf_modified_cosine(dense)
    assert graph.idf_modified_cosine(csr_matrix(dense)) == pytest.approx(cosines, abs=1e-12)
    # 1,500 sentences × 4,500 distinct words: 6.75 million cells, counted sparse.
    many = [[f"w{3 * n + k}" for k in range(3)] for n in range(1500)]
    counts = graph.lexrank_terms(many, "en")
    assert issparse(counts) and counts.shape == (1500, 4500)


def test_query_and_manifest_limits_are_settings(tmp_path: Path) -> None:
    from fastapi.testclient import TestClient
    from typer.testing import CliRunner

    import marsad.cli.service  # noqa: F401  (registers the commands on `app`)
    from marsad.cli import app
    from marsad.service.app import create_app

    limits = Settings(max_query_chars=5, max_storyline_chars=3, max_page_size=2, max_page=3)
    store = open_store(str(tmp_path / "q.db"), settings=limits)
    client = TestClient(create_app(store, settings=limits))
    for params in ({"q": "12345", "outlet": "12345", "storyline": "abc", "limit": 2}, {}):
        assert client.get("/stories", params=params).status_code == 200
    for name, value in (("q", "123456"), ("outlet", "123456"), ("storyline", "abcd"), ("limit", 3)):
        refused = client.get("/stories", params={name: value})
        assert refused.status_code == 422, name
        assert refused.headers["content-type"] == "application/problem+json"
        assert [e["loc"] for e in refused.json()["errors"]] == [["query", name]]
    assert client.get("/", params={"page": 3, "q": "12345"}).status_code == 200
    for params in ({"page": 4}, {"q": "123456"}, {"storyline": "abcd"}):
        assert client.get("/", params=params).status_code == 422, params
    listed = client.get("/openapi.json").json()["paths"]["/stories"]["get"]["parameters"]
    schemas = {p["name"]: p["schema"] for p in listed}
    assert schemas["limit"]["maximum"] == 2
    assert schemas["q"]["anyOf"][0]["maxLength"] == 5
    assert schemas["storyline"]["anyOf"][0]["maxLength"] == 3
    store.close()

    db = str(tmp_path / "q.db")
    cli = CliRunner()
    refused = cli.invoke(app, ["stories", "--db", db, "--limit", "3", "--set", "max_page_size=2"])
    assert refused.exit_code == 2 and "max_page_size 2" in refused.output
    assert cli.invoke(app, ["stories", "--db", db, "--limit", "501"]).exit_code == 2

    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text("فيضانات\n" + long_article(5), encoding="utf-8")
    (folder / "sources.json").write_text('{"a.txt": "Outlet A"}', encoding="utf-8")
    assert [a.source for a in digest([folder]).stories[0].articles] == ["Outlet A"]
    small = digest([folder], Settings(max_manifest_bytes=10))
    assert [a.source for a in small.stories[0].articles] == ["a"]  # the file name
    assert [p.message for p in small.problems] == [
        "manifest is larger than 10 bytes (max_manifest_bytes)"
    ]


def test_a_story_over_the_member_budget_is_summarized_through_its_earliest_per_outlet() -> None:
    from marsad.pipeline import _work_members

    whole = digest(["examples/kazakhstan-2022"])
    (story,) = whole.stories
    cited = {source for sentence in story.summary for source in sentence.sources}
    assert len(cited) > 2  # the whole story credits more than two of its five articles
    capped = digest(["examples/kazakhstan-2022"], Settings(max_story_articles=2))
    (small,) = capped.stories
    assert [a.id for a in small.articles] == [a.id for a in story.articles]  # all listed
    earliest = {a.id for a in story.articles[:2]}  # five outlets: the two earliest articles
    assert {s for sentence in small.summary for s in sentence.sources} <= earliest
    assert {s for fact in small.facts for s in fact.sources} <= earliest
    # Two outlets: each one's earliest, then each one's second.
    read = [(document, None) for document in _documents(3, 3, 3, 3, 3)]
    outlets = ["x", "y", "x", "x", "y"]
    read = [
        (replace(d, article=replace(d.article, source=o)), None)
        for (d, _), o in zip(read, outlets, strict=True)
    ]
    assert [d.id for d, _ in _work_members(read, 3)] == ["a0", "a1", "a2"]
    assert [d.id for d, _ in _work_members(read, 4)] == ["a0", "a1", "a2", "a4"]


@pytest.fixture(scope="module")
def near_copies(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """3,000 articles of 3,000 outlets, each one word per sentence away from one wire text."""
    folder = tmp_path_factory.mktemp("copies")
    write_near_copies(folder / "near3000.jsonl", 3000)
    return folder


def test_digest_of_3000_near_copies_fits_in_2_gb(near_copies: Path) -> None:
    # Before near-copies were joined: 4.5 million candidate pairs, and a MemoryError in
    # average link after 1 min 49 s even under 4 GB.
    out = near_copies / "digest.json"
    result = _marsad(
        "digest", near_copies / "near3000.jsonl", "-f", "json", "-o", out, cwd=near_copies
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert "Traceback" not in result.stderr
    (story,) = json.loads(out.read_text(encoding="utf-8"))["stories"]
    assert len(story["articles"]) == 3000
    assert story["summary"] and story["duplicates"]


_LARGEST_RESERVATION = """
from marsad.dedupe import DedupeParams, shingle_sets, signatures
words = [[f"w{i}_{j}" for j in range(400)] for i in range(50)]
signatures(shingle_sets(words, 5), DedupeParams())
largest = 0
for line in open("/proc/self/maps"):
    start, end = (int(part, 16) for part in line.split()[0].split("-"))
    largest = max(largest, end - start)
print(largest)
"""


@pytest.mark.skipif(not Path("/proc/self/maps").exists(), reason="needs Linux's /proc/self/maps")
def test_minhash_reserves_no_gigabyte_of_address_space() -> None:
    # rensa's allocator (mimalloc) reserved 1 GiB at once by default: 0.96 GB of a worker's 2 GB
    # address space never used, and a MemoryError building a story of 2,000 near copies.
    result = subprocess.run(
        [sys.executable, "-c", _LARGEST_RESERVATION],
        capture_output=True,
        text=True,
        check=True,
        env={k: v for k, v in os.environ.items() if k != "MIMALLOC_ARENA_RESERVE"},
    )
    assert int(result.stdout) < 256 * 1024**2


def test_ingest_of_3000_near_copies_fits_in_2_gb(near_copies: Path) -> None:
    # The store's streaming clusterer never made the square of pairs: this held before too,
    # more slowly (each rebuild summarized and read facts from every member, and compared
    # every copy of a sentence with every other). Batches of 1,000: three rebuilds.
    db = near_copies / "i.db"
    result = _marsad(
        "ingest",
        near_copies / "near3000.jsonl",
        "--db",
        db,
        "--batch-size",
        "1000",
        cwd=near_copies,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert "Traceback" not in result.stderr
    store = open_store(str(db))
    try:
        assert store.counts()["articles"] == 3000
        assert store.counts()["stories"] == 1
        assert not store.check_integrity()
    finally:
        store.close()
