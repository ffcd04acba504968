"""Golden files for cleaning and sentence splitting on the bundled examples.

The golden files were read by a person (Arabic included) when written; a change to them is
reviewed like code. Set MARSAD_UPDATE_GOLDEN=1 to rewrite them after an intended change.
"""

import os
from pathlib import Path

import pytest

from marsad.clean import clean_articles
from marsad.ingest import load_articles
from marsad.lang import analyse
from marsad.model import CleanArticle
from marsad.settings import Settings

ROOT = Path(__file__).parents[1]
EXAMPLES = ROOT / "examples" / "kazakhstan-2022"
GOLDEN = Path(__file__).parent / "golden"
NAMES = sorted(path.stem for path in EXAMPLES.glob("*.txt"))


@pytest.fixture(scope="module")
def cleaned() -> dict[str, CleanArticle]:
    loaded = load_articles([EXAMPLES], settings=Settings())
    assert loaded.problems == ()
    return {Path(item.article.path or "").stem: item for item in clean_articles(loaded.articles)}


def _check(path: Path, actual: str) -> None:
    if os.environ.get("MARSAD_UPDATE_GOLDEN") == "1":
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(actual, encoding="utf-8")
    assert path.read_text(encoding="utf-8") == actual


def _cleaning_view(item: CleanArticle) -> str:
    lines = [f"# title: {item.article.title}", "# kept:"]
    lines += [f"{n}\t{paragraph}" for n, paragraph in enumerate(item.paragraphs)]
    lines.append("# removed:")
    lines += [f"{removal.reason}\t{removal.text}" for removal in item.removed]
    return "\n".join(lines) + "\n"


@pytest.mark.parametrize("name", NAMES)
def test_cleaning_golden(cleaned: dict[str, CleanArticle], name: str) -> None:
    _check(GOLDEN / "clean" / f"{name}.txt", _cleaning_view(cleaned[name]))


@pytest.mark.parametrize("name", NAMES)
def test_sentences_golden(cleaned: dict[str, CleanArticle], name: str) -> None:
    document = analyse(cleaned[name])
    view = "".join(f"{s.paragraph}.{s.index}\t{s.text}\n" for s in document.sentences)
    _check(GOLDEN / "sentences" / f"{name}.txt", view)
