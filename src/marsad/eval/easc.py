"""EASC (El-Haj, Kruschwitz & Fox 2010): 153 Arabic articles, five human extracts each."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterator
from dataclasses import dataclass
from itertools import pairwise
from pathlib import Path

from marsad.lang import analyse
from marsad.lang.terms import tokens
from marsad.model import Article, CleanArticle, Document

TOPICS = range(1, 154)
# The split of DESIGN.md: train and tune on Topic1-100 only; Topic101-153 are held out.
TRAIN = range(1, 101)
HELD_OUT = range(101, 154)
SPLITS = {"train": TRAIN, "held-out": HELD_OUT, "all": TOPICS}
_TOPIC = re.compile(r"Topic(\d+)$")


@dataclass(frozen=True, slots=True, kw_only=True)
class EascArticle:
    """One EASC topic: the analysed article and its reference extracts."""

    topic: int
    document: Document
    references: tuple[str, ...]

    @property
    def budget(self) -> int:
        """Mean reference length in words (the summary budget of the protocol)."""
        lengths = [len(reference.split()) for reference in self.references]
        return round(sum(lengths) / len(lengths))


def _root(path: Path) -> Path:
    return path / "EASC-UTF-8" if (path / "EASC-UTF-8").is_dir() else path


def _read(path: Path) -> str:
    return path.read_text(encoding="utf-8-sig")


def topic_files(path: Path, topic: int) -> tuple[Path, list[Path]]:
    """The article file and the reference files of one topic (extensions in either case)."""
    root = _root(path)
    articles = sorted(p for p in (root / "Articles" / f"Topic{topic}").iterdir() if p.is_file())
    references = sorted(p for p in (root / "MTurk" / f"Topic{topic}").iterdir() if p.is_file())
    if len(articles) != 1 or not references:
        raise ValueError(f"EASC Topic{topic}: expected one article and references")
    return articles[0], references


def load_topic(path: Path, topic: int) -> EascArticle:
    """One topic, its article analysed as Arabic (one paragraph per line, no title)."""
    article_file, reference_files = topic_files(path, topic)
    paragraphs = tuple(line.strip() for line in _read(article_file).splitlines() if line.strip())
    article = Article(
        id=f"Topic{topic}",
        title="",
        text="\n".join(paragraphs),
        source="easc",
        path=str(article_file),
        lang="ar",
    )
    document = analyse(CleanArticle(article=article, paragraphs=paragraphs))
    references = tuple(_read(p).strip() for p in reference_files)
    return EascArticle(topic=topic, document=document, references=references)


def load(path: Path, split: str = "all") -> Iterator[EascArticle]:
    """The topics of a split ("train", "held-out" or "all"), in topic order."""
    if split not in SPLITS:
        raise ValueError(f"unknown EASC split {split!r}; choose one of {', '.join(SPLITS)}")
    for topic in SPLITS[split]:
        yield load_topic(path, topic)


def fingerprint(path: Path, split: str = "all") -> str:
    """SHA-256 over the split's article and reference files (names and bytes), in topic order."""
    digest = hashlib.sha256()
    for topic in SPLITS[split]:
        article_file, reference_files = topic_files(path, topic)
        for file in [article_file, *reference_files]:
            digest.update(f"Topic{topic}/{file.name}\n".encode())
            digest.update(file.read_bytes())
    return digest.hexdigest()


def reference_share(easc: EascArticle) -> list[float]:
    """For each sentence, the share of the references that contain it (normalized text).

    A sentence counts as contained when at least 80% of its word bigrams (its words, for a
    one-word sentence) occur in the reference: EASC's extracts are re-typed lightly.
    """
    shares = []
    reference_grams = [_bigrams(tokens(reference)) for reference in easc.references]
    for sentence in easc.document.sentences:
        grams = _bigrams(tokens(sentence.text))
        if not grams:
            shares.append(0.0)
            continue
        inside = [len(grams & ref) / len(grams) >= 0.8 for ref in reference_grams]
        shares.append(sum(inside) / len(inside))
    return shares


def _bigrams(words: list[str]) -> set[tuple[str, ...]]:
    if len(words) < 2:
        return {tuple(words)} if words else set()
    return set(pairwise(words))
