"""The Python API: exported names, validated Articles, dict records, JSON round trip, docs."""

import re
import subprocess
import sys
from dataclasses import fields
from datetime import UTC, datetime
from pathlib import Path

import pytest

import marsad
from marsad import model
from marsad.errors import InvalidArticleError, MarsadError

ROOT = Path(__file__).parents[1]
EXAMPLES = ROOT / "examples" / "kazakhstan-2022"
MODEL = [
    model.Digest,
    model.Story,
    model.Article,
    model.SummarySentence,
    model.SourceRef,
    model.Fact,
    model.Discrepancy,
    model.Claim,
    model.TimelineEvent,
    model.DuplicateGroup,
    model.Removal,
    model.Problem,
    model.Storyline,
    model.StorylineStep,
]


def test_the_data_model_is_exported() -> None:
    for cls in MODEL:
        assert getattr(marsad, cls.__name__) is cls
    assert marsad.Settings is marsad.load_settings().__class__
    assert issubclass(marsad.MarsadError, Exception)
    assert re.fullmatch(r"\d+\.\d+\.\d+.*", marsad.__version__)
    assert set(marsad.__all__) <= set(dir(marsad))


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"published": "2022-01-10"}, "Article.published must be a datetime"),
        ({"published": datetime(2022, 1, 10)}, "must be timezone-aware"),
        ({"title": None}, "Article.title must be a string"),
        ({"published_certainty": "sure"}, "published_certainty must be one of"),
    ],
)
def test_an_article_is_checked_where_it_is_built(changes: dict[str, object], message: str) -> None:
    values: dict[str, object] = {"id": "a", "title": "t", "text": "x", "source": "s"}
    with pytest.raises(InvalidArticleError, match=message):
        model.Article(**{**values, **changes})  # type: ignore[arg-type]
    assert issubclass(InvalidArticleError, ValueError)
    assert issubclass(InvalidArticleError, MarsadError)


def test_dict_records_and_wrong_types_become_problems() -> None:
    text = (EXAMPLES / sorted(p.name for p in EXAMPLES.glob("*.txt"))[0]).read_text("utf-8")
    result = marsad.digest(
        [{"title": "عنوان", "text": text, "published": "2022-01-10", "source": "Wire"}, 42, {}],
        summarizer="lead",
    )
    article = result.stories[0].articles[0]
    assert article.published == datetime(2022, 1, 10, tzinfo=UTC)
    assert article.path == "<records>:1"
    messages = [str(problem) for problem in result.problems]
    assert messages[0].startswith("<records>:2: expected a path, an Article or a dict")
    assert messages[1] == "<records>:3: empty body"


def test_a_json_digest_loads_back(tmp_path: Path) -> None:
    path = tmp_path / "digest.json"
    subprocess.run(
        [sys.executable, "-m", "marsad", "digest", EXAMPLES, "-f", "json", "-o", path, "-q"],
        check=True,
    )
    loaded = marsad.load_digest(path)
    import json

    assert loaded.to_dict() == json.loads(path.read_text(encoding="utf-8"))
    assert model.Digest.from_dict(loaded.to_dict()) == loaded
    assert loaded.stories[0].facts and loaded.stories[0].summary


def test_a_file_that_is_not_a_digest_is_an_input_error(tmp_path: Path) -> None:
    (tmp_path / "x.json").write_text('{"a": 1}')
    with pytest.raises(MarsadError, match="not a marsad JSON digest"):
        marsad.load_digest(tmp_path / "x.json")
    with pytest.raises(MarsadError, match="cannot read"):
        marsad.load_digest(tmp_path / "missing.json")


def _documented_fields(section: str) -> dict[str, set[str]]:
    """Class name → the backticked names in its bullet of docs/api.md's data model list."""
    found: dict[str, set[str]] = {}
    for item in re.split(r"\n- ", "\n" + section):
        match = re.match(r"`(\w+)`:", item)
        if match:
            names = set(re.findall(r"`(\w+)`", item[match.end() :]))
            found[match.group(1)] = names
    return found


def test_docs_list_every_public_field() -> None:
    text = (ROOT / "docs" / "api.md").read_text(encoding="utf-8")
    start = text.index("## Data model")
    section = text[start : text.index("\n\nAn `Article` checks", start)]
    documented = _documented_fields(section)
    for cls in MODEL:
        assert cls.__name__ in documented, cls.__name__
        missing = {f.name for f in fields(cls)} - documented[cls.__name__]
        assert not missing, f"{cls.__name__}: {sorted(missing)} not in docs/api.md"
    settings = text[text.index("## Settings") : start]
    for field in fields(marsad.Settings):
        assert f"| `{field.name}` |" in settings, field.name


def test_the_common_commands_import_nothing_heavy() -> None:
    code = (
        "import sys, marsad.cli, marsad.cli.digest, marsad.cli.service, marsad.store;"
        "heavy = {'sklearn', 'scipy', 'numpy', 'trafilatura', 'marsad.pipeline'};"
        "print(sorted(heavy & set(sys.modules)))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "[]"
    store = "import sys, marsad.store.dialects; print('sklearn' in sys.modules)"
    result = subprocess.run(
        [sys.executable, "-c", store], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "False"
