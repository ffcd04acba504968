"""Story evidence beyond the bag of words (evidence.py): the headline and the lead weigh
beside the whole text, in the batch clusterer and the store's streaming one alike."""

import json
from dataclasses import replace
from datetime import UTC, datetime, timedelta

import numpy as np
import pytest
from scipy.sparse import csr_matrix

from marsad.cluster import ClusterParams, TermCounts, cluster_documents
from marsad.evidence import (
    BLOCKS,
    Background,
    StoryEvidence,
    marked_terms,
    shipped_evidence,
    weigh,
)
from marsad.lang import analyse
from marsad.lang.terms import terms
from marsad.model import Article, CleanArticle, Document
from marsad.stream import StreamingClusterer

TEXT_ONLY = StoryEvidence()
LEAGUE = (
    "The league table remains tight at the top with three clubs separated by two points. "
    "The title race has drawn record crowds to stadiums across the country this season. "
    "Broadcasters paid a record sum for the rights to show league matches until next year. "
    "Coaches have complained about the crowded calendar and the number of injured players."
)
DISTRACTORS = [
    "Parliament passed the annual budget after a long debate about taxes and spending.",
    "A new museum of modern art opened downtown with paintings from the last century.",
    "Farmers expect a record wheat harvest after heavy rain in the spring months.",
    "The central bank kept interest rates unchanged and warned about rising prices.",
]


def _document(aid: str, title: str, sentences: list[str], hours: float, source: str) -> Document:
    published = datetime(2022, 1, 1, tzinfo=UTC) + timedelta(hours=hours)
    text = " ".join(sentences)
    article = Article(id=aid, title=title, text=text, source=source, published=published)
    return analyse(CleanArticle(article=article, paragraphs=tuple(sentences)))


def _background() -> list[Document]:
    return [_document(f"d{n}", text[:40], [text], n, f"o{n}") for n, text in enumerate(DISTRACTORS)]


def _together(documents: list[Document], evidence: StoryEvidence, threshold: float) -> bool:
    params = ClusterParams(threshold=threshold, evidence=evidence)
    clustering = cluster_documents(documents, params)
    return any({0, 1} <= set(group) for group in clustering.groups)


def _quake() -> list[Document]:
    """One earthquake told by two outlets: one headline, different background."""
    title = "Earthquake strikes northern Chile killing nine"
    first = _document(
        "q1",
        title,
        [
            "A strong earthquake struck northern Chile on Monday and killed nine people.",
            "The tremor of magnitude seven destroyed houses in the mining town of Calama.",
            "Chile sits on the Pacific ring of fire and builds to strict seismic codes.",
            "Engineers said modern towers in the capital swayed but suffered no damage.",
            "Schools across the desert province will stay closed for inspections this week.",
            "The government sent soldiers, tents and water trucks to the worst hit villages.",
            "Seismologists recorded dozens of aftershocks during the following hours.",
            "The last comparable disaster, in 2010, left hundreds dead along the coast.",
            "Universities have since trained volunteers in first aid and evacuation drills.",
            "Tourism officials said hotels in the Atacama remained open to visitors.",
            "Power was restored to most homes by the evening, the utility company said.",
        ],
        0,
        "wire",
    )
    second = _document(
        "q2",
        title,
        [
            "Nine people died when an earthquake hit northern Chile, officials said.",
            "Rescue teams in Calama searched collapsed houses through the night.",
            "Copper prices rose in London as traders weighed damage to the mines.",
            "Analysts expect exports from the region to recover within weeks.",
            "Mining companies paused shifts while engineers checked shafts and tunnels.",
            "Insurers estimated losses at several hundred million dollars.",
            "Neighbouring Peru and Bolivia offered help and sent medical staff.",
            "The peso weakened slightly against the dollar on the news.",
            "Shares of the largest copper producer fell four percent in early trade.",
            "Shipping firms reported delays at the port of Antofagasta.",
            "Economists cut their growth forecasts for the quarter.",
        ],
        2,
        "paper",
    )
    return [first, second, *_background()]


def _two_matches() -> list[Document]:
    """Two different matches of one league, each report ending in the same stock background."""
    first = _document(
        "m1",
        "Riverside beat Harbour City in the derby",
        [
            "Riverside beat Harbour City two goals to nil in the derby on Saturday.",
            "Striker Marco Silva scored both goals before half time.",
            "The home fans celebrated late into the night along the river banks.",
            LEAGUE,
        ],
        0,
        "wire",
    )
    second = _document(
        "m2",
        "Mountain Rovers held to a draw by Lakeside",
        [
            "Mountain Rovers drew one all with Lakeside on Sunday evening.",
            "Goalkeeper Omar Haddad saved a late penalty for the visitors.",
            "Heavy snow on the mountain pitch delayed the kick off by an hour.",
            LEAGUE,
        ],
        3,
        "paper",
    )
    return [first, second, *_background()]


def test_one_headline_and_lead_join_reports_whose_background_differs() -> None:
    # Text cosine 0.22, headlines 1.0, leads 0.26: weighed, 0.46.
    documents = _quake()
    assert not _together(documents, TEXT_ONLY, 0.3)
    assert _together(documents, shipped_evidence(), 0.3)


def test_shared_background_does_not_glue_two_events_with_their_own_headlines() -> None:
    # Text cosine 0.47, headlines 0, leads 0.03: weighed, 0.18.
    documents = _two_matches()
    assert _together(documents, TEXT_ONLY, 0.25)
    assert not _together(documents, shipped_evidence(), 0.25)


def test_the_stream_weighs_the_same_evidence() -> None:
    def joined(evidence: StoryEvidence, documents: list[Document], threshold: float) -> bool:
        params = ClusterParams(threshold=threshold, storyline_threshold=0.0, evidence=evidence)
        stream = StreamingClusterer(params=params)
        for document in documents[2:]:
            stream.add(document)
        return stream.add(documents[0]) == stream.add(documents[1])

    quake, matches = _quake(), _two_matches()
    assert not joined(TEXT_ONLY, quake, 0.3) and joined(shipped_evidence(), quake, 0.3)
    assert joined(TEXT_ONLY, matches, 0.25) and not joined(shipped_evidence(), matches, 0.25)


def test_an_article_without_a_headline_is_headed_by_its_first_sentence() -> None:
    document = _document("x", "", ["Floods hit the north.", "Thousands fled."], 0, "wire")
    marked = marked_terms((), document)
    first = document.sentences[0].terms
    assert [term[1:] for term in marked if term[0] == "\x01"] == list(first)


def test_headline_and_lead_terms_are_counted_apart_from_the_text() -> None:
    document = _quake()[0]
    blocks = TermCounts.of([document], marked=True).blocks()
    assert not TermCounts.of([document]).blocks()[1].nnz  # counted only when asked
    title = terms(document.article.title, document.language)
    assert blocks[1].sum() == len(title)
    assert blocks[2].sum() == sum(len(s.terms) for s in document.sentences[:3])
    assert blocks[0].sum() == len(title) + sum(len(s.terms) for s in document.sentences)


def test_the_shipped_weights_were_fit_on_february_only() -> None:
    evidence = shipped_evidence()
    assert evidence.title > 0 and evidence.lead > 0
    info = evidence.info or {}
    assert info["trained_on"] and all(day.startswith("2018-02") for day in info["trained_on"])


def test_a_model_for_other_blocks_or_negative_weights_is_refused() -> None:
    with pytest.raises(ValueError, match="blocks"):
        StoryEvidence.from_dict({"blocks": ["text"], "title": 1, "lead": 1})
    with pytest.raises(ValueError, match="negative"):
        StoryEvidence.from_dict({"blocks": list(BLOCKS), "title": -1, "lead": 1})
    again = StoryEvidence.from_dict(json.loads(json.dumps(shipped_evidence().to_dict())))
    assert again.to_dict() == shipped_evidence().to_dict()


def test_the_settings_switch_the_evidence_on_for_digest_and_store() -> None:
    from marsad.evidence import evidence_of
    from marsad.settings import Settings
    from marsad.stream import stream_params

    off = Settings(story_evidence=False)
    assert evidence_of(off) == TEXT_ONLY == ClusterParams().evidence == stream_params(off).evidence
    assert evidence_of(Settings()) == shipped_evidence() == stream_params(Settings()).evidence


def test_eval_stories_takes_settings_and_refuses_a_bad_one() -> None:
    import subprocess
    import sys

    command = [sys.executable, "-m", "marsad", "eval", "stories", "--set", "story_evidence=maybe"]
    result = subprocess.run(command, capture_output=True, text=True, check=False)
    assert result.returncode == 2
    assert "story_evidence must be true or false" in result.stderr
    assert "Traceback" not in result.stderr


def test_the_digest_reads_the_switch_from_its_settings() -> None:
    from marsad.pipeline import digest
    from marsad.settings import Settings

    articles = [
        Article(
            id=document.id,
            title=document.article.title,
            text="\n\n".join(s.text for s in document.sentences),
            source=document.article.source,
            published=document.article.published,
        )
        for document in _two_matches()
    ]

    def together(**settings: object) -> bool:
        result = digest(articles, Settings(story_threshold=0.25, **settings))  # type: ignore[arg-type]
        return any({"m1", "m2"} <= {a.id for a in story.articles} for story in result.stories)

    assert together(story_evidence=False)
    assert not together()


def _example() -> list[Document]:
    from pathlib import Path

    from marsad.clean import clean_articles
    from marsad.ingest import load_articles
    from marsad.settings import Settings

    folder = Path(__file__).parents[1] / "examples" / "kazakhstan-2022"
    loaded = load_articles([folder], settings=Settings())
    return [analyse(item) for item in clean_articles(loaded.articles)]


def test_the_background_keeps_a_handful_of_reports_of_one_event_together() -> None:
    # Five outlets on Kazakhstan (troops arrive / begin to leave): in five articles a name in
    # every headline weighs least of all; counted against ANT's February it weighs as a name.
    documents = _example()
    evidence = shipped_evidence()
    assert evidence.background is not None
    alone = replace(evidence, background=None)
    params = ClusterParams(threshold=0.2, storyline_threshold=0.12)
    with_background = cluster_documents(documents, replace(params, evidence=evidence))
    without = cluster_documents(documents, replace(params, evidence=alone))
    assert len(with_background.groups) == 1
    assert len(without.groups) == 3


def test_headline_idf_counts_the_background_beside_the_run() -> None:
    title = "\x01"
    words = np.array([title + "common", title + "rare"])
    counts = csr_matrix(np.array([[1.0, 1.0], [1.0, 0.0]]))
    background = Background(
        documents=1000, terms=np.array([title + "common"]), frequency=np.array([900])
    )
    flat = weigh(counts, words, None).toarray()
    weighed = weigh(counts, words, background).toarray()
    assert flat[0, 0] < flat[0, 1]  # the run alone: "common" is in both rows
    assert weighed[0, 0] < 0.2 < 0.98 < weighed[0, 1]  # common in the background too
    assert np.allclose(np.linalg.norm(weighed, axis=1), 1.0)
    assert background.frequencies([title + "rare", title + "common"]) == {
        title + "rare": 0,
        title + "common": 900,
    }


def test_the_background_is_counted_on_articles_before_march_2018() -> None:
    from importlib import resources

    from marsad.eval.story_background import BEFORE

    models = resources.files("marsad").joinpath("models")
    table = json.loads(models.joinpath("story_background.json").read_text("utf-8"))
    assert BEFORE == "2018-03-01" and f"before {BEFORE}" in table["corpus"]
    assert table["documents"] > 2000 and min(table["title"].values()) >= 2


def test_the_store_counts_the_same_background() -> None:
    # The streaming clusterer at its default bar (0.22): the five reports stay one story only
    # when the headline and lead IDF count the background, as in the batch.
    evidence = shipped_evidence()

    def stories(chosen: StoryEvidence) -> int:
        params = ClusterParams(threshold=0.22, storyline_threshold=0.15, evidence=chosen)
        stream = StreamingClusterer(params=params)
        added = [stream.add(document) for document in _example()]
        return len({stream.resolve(story) for story in added})

    assert stories(evidence) == 1
    assert stories(replace(evidence, background=None)) == 2
