"""Store against digest on the story gold's days: the real newsroom ingests each day's window
(publication order, batches of 100, a new SQLite file) and its stories are compared with the
digest's over the gold articles (B-cubed), beside the in-memory stream that `marsad eval stories
--stream` scores (which cleans each window at once instead of batch by batch)."""

from __future__ import annotations

import tempfile
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from marsad.eval.clusters import BCubed, bcubed
from marsad.eval.story_gold import SPLITS, _stream_labels, _windows, digest_labels, load_day
from marsad.newsroom import Newsroom, digest, open_store
from marsad.settings import Settings


@dataclass(frozen=True, slots=True, kw_only=True)
class Agreement:
    """B-cubed agreements over the gold articles that all three place."""

    articles: int
    store_vs_digest: BCubed
    stream_vs_digest: BCubed
    store_vs_stream: BCubed

    def to_markdown(self) -> str:
        """A small Markdown table."""
        rows = [
            f"| {self.articles} gold articles | P | R | F1 |",
            "|---|---:|---:|---:|",
        ]
        for name, value in (
            ("store (newsroom) vs digest", self.store_vs_digest),
            ("in-memory stream vs digest", self.stream_vs_digest),
            ("store vs in-memory stream", self.store_vs_stream),
        ):
            rows.append(f"| {name} | {value.precision:.3f} | {value.recall:.3f} | {value.f1:.3f} |")
        return "\n".join(rows)


def store_agreement(ant_dir: Path, split: str, batch_size: int = 100) -> Agreement:
    """Digest, newsroom store and in-memory stream on each gold day's window of ``split``."""
    settings = Settings()
    made: dict[str, str] = {}
    stored: dict[str, str] = {}
    streamed: dict[str, str] = {}
    for day, articles in _windows(ant_dir, SPLITS[split], 1):
        gold = load_day(day)
        stories, _ = digest_labels(digest(articles, settings))
        ordered = sorted(articles, key=lambda a: a.published or datetime.min.replace(tzinfo=UTC))
        with tempfile.TemporaryDirectory() as folder:
            store = open_store(str(Path(folder) / "agreement.db"), settings=settings)
            try:
                Newsroom(store).ingest(ordered, batch_size=batch_size)
                placed = {r.article.id: r.story_id for r in store.articles_of(list(gold))}
            finally:
                store.close()
        stream, _ = _stream_labels(articles, settings)
        for aid in gold:
            if aid in stories and placed.get(aid) and aid in stream:
                made[aid] = f"{day}/{stories[aid]}"
                stored[aid] = f"{day}/{placed[aid]}"
                streamed[aid] = f"{day}/{stream[aid]}"
    return Agreement(
        articles=len(made),
        store_vs_digest=bcubed(made, stored),
        stream_vs_digest=bcubed(made, streamed),
        store_vs_stream=bcubed(streamed, stored),
    )
