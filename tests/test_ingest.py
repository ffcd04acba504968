"""Tests of the ingest stage: formats, encodings, bad input, ids, manifests and paths."""

from __future__ import annotations

import gzip
import json
import os
import socket
import time
from collections import Counter
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from marsad.errors import EncodingError
from marsad.ingest import IngestResult, decode, iter_paths, load_articles, read_articles
from marsad.lang.arabic import normalize
from marsad.model import Article, Problem, content_id
from marsad.settings import Settings

EXAMPLES = Path(__file__).resolve().parents[1] / "examples" / "kazakhstan-2022"
TITLE = "روسيا تعلن بدء انسحاب القوات من كازاخستان"
BODY = "أعلنت وزارة الدفاع الروسية، الخميس، أن القوات بدأت انسحابها.\nوقال الرئيس «توكاييف» إن المهمة انتهت؟"
SETTINGS = Settings()


def load(*paths: str | Path, settings: Settings = SETTINGS) -> IngestResult:
    return load_articles(paths, settings=settings)


def write(path: Path, content: str | bytes, encoding: str = "utf-8") -> Path:
    path.write_bytes(content if isinstance(content, bytes) else content.encode(encoding))
    return path


def record(**fields: object) -> str:
    return json.dumps({"title": TITLE, "text": BODY, **fields}, ensure_ascii=False)


def only_problem(result: IngestResult) -> Problem:
    assert len(result.problems) == 1, result.problems
    return result.problems[0]


# --- encodings ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "encoding", ["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "cp1256"]
)
def test_text_file_in_each_encoding_decodes_to_the_same_article(
    tmp_path: Path, encoding: str
) -> None:
    path = write(tmp_path / "a.txt", f"{TITLE}\r\n{BODY}\r\n", encoding)
    result = load(path)
    assert result.problems == ()
    (article,) = result.articles
    assert (article.title, article.text) == (TITLE, BODY)
    assert decode(f"{TITLE}\n{BODY}".encode(encoding)) == f"{TITLE}\n{BODY}"


def test_decode_tidies_line_endings_controls_and_bom() -> None:
    text = "سطر أول\r\nسطر ثان\rسطر\x00 ثالث\x07\tوكلمة أخيرة في النص"
    assert (
        decode(b"\xef\xbb\xbf" + text.encode()) == "سطر أول\nسطر ثان\nسطر ثالث\tوكلمة أخيرة في النص"
    )


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"\x89PNG\r\n\x1a\n" + bytes(200) + b"IHDR" * 10, "binary file"),
        (bytes(range(256)) * 4, "binary file"),
        ("Café crème à la française, déjà vu".encode("latin-1"), "unknown encoding"),
        (b"\xef\xbb\xbf\xff\xfe bad", "invalid UTF-8"),
    ],
)
def test_decode_rejects_binary_and_unknown_encodings(data: bytes, message: str) -> None:
    with pytest.raises(EncodingError, match=message):
        decode(data)


# Windows-1256 bytes of the Arabic comma, semicolon and question mark (A1, BA, BF) are UTF-8
# continuation bytes, so "ط،" is valid UTF-8 ("ء"): such text is ambiguous and left out here.
_CP1256_LETTERS = [c for c in map(chr, range(0x621, 0x64B)) if c.encode("cp1256", "ignore")]
_WORDS = st.text(st.sampled_from(_CP1256_LETTERS), min_size=1, max_size=8)
_PUNCT = st.sampled_from(["", ".", ":", "!", "-", " 2022"])
_ARABIC_TEXT = st.lists(st.tuples(_WORDS, _PUNCT), min_size=1, max_size=20).map(
    lambda words: " ".join(word + mark for word, mark in words)
)
_ANY_TEXT = st.text(
    st.one_of(
        st.sampled_from(_CP1256_LETTERS + list("ًٌٍَُِّْ،؛؟«»٠١٢٣")),
        st.characters(min_codepoint=0x20, max_codepoint=0x7E),
        st.sampled_from(list("\n\téàçÇüß—“”…")),
    )
)


@given(_ANY_TEXT, st.sampled_from(["utf-8", "utf-8-sig", "utf-16"]))
def test_decode_round_trips_unicode_encodings(text: str, encoding: str) -> None:
    assert decode(text.encode(encoding)) == text


@given(_ARABIC_TEXT, st.sampled_from(["cp1256", "utf-16-le", "utf-16-be"]))
def test_decode_round_trips_arabic_in_cp1256_and_bomless_utf16(text: str, encoding: str) -> None:
    assert decode(text.encode(encoding)) == text


# --- formats -----------------------------------------------------------------------------


def test_plain_text_title_is_first_non_empty_line_and_body_is_kept(tmp_path: Path) -> None:
    body = "  سطر أول مع مسافة بادئة\n\n\nسطر بعد فراغ\u200f"
    path = write(tmp_path / "outlet.TEXT", f"\n  \n\u200f{TITLE}\u200b  \n\n{body}\n\n")
    (article,) = load(path).articles
    assert article.title == TITLE
    assert article.text == body
    assert article.source == "outlet"
    assert article.path == str(path)
    assert (article.published, article.published_certainty, article.lang) == (None, "unknown", None)
    assert article.id == content_id(normalize(TITLE), normalize(body))


def test_jsonl_records_with_metadata(tmp_path: Path) -> None:
    lines = [
        record(
            id="x-1",
            source="bbc",
            url="https://x/1",
            published="2018-02-18T21:35:43+04:00",
            lang="ar",
            category="ignored",
        ),
        "",
        record(title="عنوان آخر", published="2022-01-13"),
        record(title="ثالث", published="2022-01-13T10:00:00"),
    ]
    path = write(tmp_path / "feed.ndjson", "\n".join(lines) + "\n")
    result = load(path)
    assert result.problems == ()
    first, second, third = result.articles
    assert (first.id, first.source, first.url, first.lang) == ("x-1", "bbc", "https://x/1", "ar")
    assert first.published == datetime(2018, 2, 18, 21, 35, 43, tzinfo=timezone(timedelta(hours=4)))
    assert first.published.utcoffset() == timedelta(hours=4)
    assert first.published_certainty == "stated"
    assert first.path == f"{path}:1"
    assert second.published == datetime(2022, 1, 13, tzinfo=UTC)
    assert (second.source, second.path) == ("feed", f"{path}:3")
    assert third.published == datetime(2022, 1, 13, 10, tzinfo=UTC)


@pytest.mark.parametrize("name", ["a.jsonl.gz", "a.gz", "a.JSONL.GZ"])
def test_gzipped_jsonl(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    with gzip.open(path, "wt", encoding="utf-8") as stream:
        stream.write(record(id="1") + "\n" + record(id="2", text="نص آخر"))
    result = load(path)
    assert [a.id for a in result.articles] == ["1", "2"]
    assert result.articles[0].source == "a"


@pytest.mark.parametrize(
    "content",
    [
        "[" + record(id="1") + ", " + record(id="2", text="نص") + "]",
        record(id="1") + "\n" + record(id="2", text="نص"),
    ],
)
def test_json_file_holds_a_list_or_json_lines(tmp_path: Path, content: str) -> None:
    result = load(write(tmp_path / "a.json", content))
    assert result.problems == ()
    assert [a.id for a in result.articles] == ["1", "2"]


@pytest.mark.parametrize(
    ("name", "encoding"),
    [
        ("a.jsonl", "utf-16"),
        ("a.dat", "utf-16-le"),
        ("a.jsonl", "utf-8-sig"),
        ("a.jsonl", "cp1256"),
    ],
)
def test_jsonl_in_other_encodings(tmp_path: Path, name: str, encoding: str) -> None:
    content = record(id="1") + "\n" + record(id="2", text="نص") + "\n"
    result = load(write(tmp_path / name, content, encoding))
    assert result.problems == ()
    assert [(a.id, a.title) for a in result.articles] == [("1", TITLE), ("2", TITLE)]


def test_json_over_the_file_limit_is_streamed_when_it_is_json_lines(tmp_path: Path) -> None:
    small = Settings(max_file_bytes=100)
    lines = write(tmp_path / "lines.json", record(id="1") + "\n" + record(id="2", text="نص"))
    assert [a.id for a in load(lines, settings=small).articles] == ["1", "2"]
    array = write(tmp_path / "array.json", "[" + record(id="1") + "]")
    assert only_problem(load(array, settings=small)).message.startswith("file is")
    utf16 = write(tmp_path / "utf16.jsonl", record(id="1"), "utf-16")
    assert only_problem(load(utf16, settings=small)).message.startswith("UTF-16 file is")


HTML = f"""<!DOCTYPE html><html lang="ar" dir="rtl"><head><meta charset="utf-8">
<title>{TITLE}</title><meta property="og:site_name" content="الجزيرة نت">
<meta property="article:published_time" content="2022-01-13T10:00:00+03:00"></head>
<body><nav><a href="/">الرئيسية</a></nav><article><h1>{TITLE}</h1>
<p>{"أعلنت وزارة الدفاع الروسية أن القوات بدأت انسحابها من كازاخستان بعد انتهاء مهمتها. " * 3}</p>
<p>{"وقال الرئيس الكازاخستاني إن الوضع مستقر في كل المناطق بعد أيام من الاضطرابات. " * 3}</p>
</article><footer>جميع الحقوق محفوظة</footer></body></html>"""


@pytest.mark.parametrize(("name", "encoding"), [("a.html", "utf-8"), ("a.HTM", "cp1256")])
def test_html_article_and_metadata(tmp_path: Path, name: str, encoding: str) -> None:
    result = load(write(tmp_path / name, HTML, encoding))
    assert result.problems == ()
    (article,) = result.articles
    assert article.title == TITLE
    assert article.text.startswith("أعلنت وزارة الدفاع")  # the <h1> is not repeated in the body
    assert "الرئيسية" not in article.text
    assert article.source == "الجزيرة نت"
    assert article.published is not None and article.published.date().isoformat() == "2022-01-13"
    assert article.published_certainty == "stated"


@pytest.mark.parametrize(
    ("content", "title"),
    [(record(id="s"), TITLE), (HTML, TITLE), (f"{TITLE}\n{BODY}", TITLE)],
)
def test_unknown_extension_is_sniffed(tmp_path: Path, content: str, title: str) -> None:
    result = load(write(tmp_path / "article.dat", content))
    assert result.problems == ()
    assert [a.title for a in result.articles] == [title]


# --- bad input ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("empty.txt", b"", "empty file"),
        ("bom.txt", b"\xef\xbb\xbf", "empty file"),
        ("blank.txt", b" \n\t\r\n \n", "only whitespace"),
        ("binary.txt", b"\x7fELF\x02\x01\x01" + bytes(64) + b"\x03\x00>\x00" * 50, "binary file"),
        ("latin1.txt", "Titre\nCafé crème déjà".encode("latin-1"), "unknown encoding"),
        ("empty.jsonl", b"", "empty file"),
        ("blank.jsonl", b"\n\n", "no records"),
        ("bad.html", b"<html><body><p>\x3c</body", "no article text found in HTML"),
        ("empty.html", b"<html><body></body></html>", "no article text found in HTML"),
        ("broken.gz", b"not gzip at all", "read error: not a gzipped file"),
        ("list.json", b"[]", "empty JSON list"),
    ],
)
def test_bad_file_gives_one_problem_naming_it(
    tmp_path: Path, name: str, content: bytes, message: str
) -> None:
    path = write(tmp_path / name, content)
    result = load(path)
    assert result.articles == ()
    problem = only_problem(result)
    assert problem.path == str(path)
    assert message in problem.message


def test_jsonl_bad_lines_are_reported_with_line_numbers(tmp_path: Path) -> None:
    lines = [
        record(id="good-1"),
        "{not json",
        "[1, 2]",
        json.dumps({"title": TITLE}),
        record(text="  \n "),
        record(title=7),
        record(id="bad-date", published="13/01/2022"),
        record(id="x" * 2000),
        record(id="good-2", text="نص"),
    ]
    path = write(tmp_path / "a.jsonl", "\n".join(lines))
    result = load(path, settings=Settings(max_article_bytes=1000))
    assert [a.id for a in result.articles] == ["good-1", "bad-date", "good-2"]
    assert result.articles[1].published is None
    expected = {
        2: "not valid JSON: Expecting property name",
        3: "expected a JSON object, got array",
        4: "empty body",
        5: "empty body",
        6: "field 'title' must be a string, got number",
        7: "unreadable published date '13/01/2022'; left unknown",
        8: f"line is {len(lines[7].encode()) + 1:,} bytes, above the 1,000 bytes limit",
    }
    assert [p.line for p in result.problems] == list(expected)
    for problem in result.problems:
        assert problem.path == str(path)
        assert problem.message.startswith(expected[problem.line or 0])


def test_truncated_gzip_keeps_the_lines_before_the_damage(tmp_path: Path) -> None:
    data = gzip.compress(("\n".join(record(id=str(i)) for i in range(200)) + "\n").encode())
    path = write(tmp_path / "a.jsonl.gz", data[: len(data) // 2])
    result = load(path)
    problem = only_problem(result)
    assert problem.message.startswith("read error") and problem.line == len(result.articles) + 1


def test_file_over_the_article_limit_is_rejected_with_its_size(tmp_path: Path) -> None:
    path = write(tmp_path / "big.txt", TITLE + "\n" + "كلمة " * 300_000)
    size = f"{path.stat().st_size / 2**20:.1f}"
    message = f"file is {size} MB, above the 1.0 MB limit for one article"
    only_1mb = Settings(max_article_bytes=1024 * 1024)
    assert only_problem(load(path, settings=only_1mb)).message == message


def test_missing_paths_and_special_files_are_problems(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    server = socket.socket(socket.AF_UNIX)
    sock = tmp_path / "s.txt"
    server.bind(str(sock))
    try:
        result = load(tmp_path / "missing.txt", "nothing/*.txt", fifo, sock)
    finally:
        server.close()
    assert [(p.path, p.message) for p in result.problems] == [
        (str(tmp_path / "missing.txt"), "no such file or directory"),
        ("nothing/*.txt", "no files match this pattern"),
        (str(fifo), "not a regular file (a named pipe)"),
        (str(sock), "not a regular file (a socket)"),
    ]


def test_unreadable_file_is_a_problem(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = write(tmp_path / "secret.txt", f"{TITLE}\n{BODY}")
    path.chmod(0)
    if os.geteuid() == 0:  # root reads anything: simulate the refusal instead

        def refuse(*args: object, **kwargs: object) -> None:
            raise PermissionError(13, "Permission denied")

        monkeypatch.setattr("marsad.ingest.files.open_regular", refuse)
    problem = only_problem(load(path))
    assert (problem.path, problem.message) == (str(path), "permission denied")


# --- ids and duplicates ------------------------------------------------------------------


def test_ids_are_stable_and_equal_for_equal_content(tmp_path: Path) -> None:
    a = write(tmp_path / "a.txt", f"{TITLE}\n{BODY}")
    b = write(tmp_path / "b.txt", f"{TITLE}\r\n{BODY}\n", "utf-16")
    c = write(tmp_path / "c.txt", f"{TITLE}\n{BODY} تحديث")
    first, second = load(a, c), load(tmp_path)
    assert [x.id for x in first.articles] == [x.id for x in second.articles]
    assert first.articles[0].id != first.articles[1].id
    assert second.skipped_duplicates == 1  # b.txt: same content as a.txt
    assert [x.path for x in second.articles] == [str(a), str(c)]
    assert load(b).articles[0].id == first.articles[0].id


def test_same_path_twice_is_read_once(tmp_path: Path) -> None:
    path = write(tmp_path / "a.txt", f"{TITLE}\n{BODY}")
    (tmp_path / "link.txt").symlink_to(path)
    result = load(path, str(path), tmp_path, tmp_path / "*.txt", tmp_path / "link.txt")
    assert (len(result.articles), result.files, result.skipped_duplicates) == (1, 1, 0)
    assert result.problems == ()


def test_repeated_record_is_skipped_and_conflicting_id_reported(tmp_path: Path) -> None:
    lines = [record(id="a"), record(id="a"), record(id="a", text="نص مختلف")]
    path = write(tmp_path / "a.jsonl", "\n".join(lines))
    result = load(path)
    assert len(result.articles) == 1
    assert result.skipped_duplicates == 1
    problem = only_problem(result)
    assert (problem.path, problem.line) == (str(path), 3)
    assert problem.message == f"duplicate id 'a' with different content; kept the first ({path}:1)"


# --- manifests ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "content"),
    [
        (
            "sources.json",
            {"a.txt": "الجزيرة", "b.txt": {"source": "BBC", "published": "2022-01-13"}},
        ),
        ("sources.csv", "file,source,published\na.txt,الجزيرة,\nb.txt,BBC,2022-01-13\n"),
    ],
)
def test_manifest_beside_the_files(tmp_path: Path, name: str, content: object) -> None:
    text = content if isinstance(content, str) else json.dumps(content, ensure_ascii=False)
    write(tmp_path / name, text)
    write(tmp_path / "a.txt", f"{TITLE}\n{BODY}")
    write(tmp_path / "b.txt", f"عنوان\n{BODY}")
    write(tmp_path / "c.txt", f"عنوان آخر\n{BODY}")
    result = load(tmp_path)
    assert result.problems == ()
    assert [a.source for a in result.articles] == ["الجزيرة", "BBC", "c"]
    assert result.articles[1].published == datetime(2022, 1, 13, tzinfo=UTC)
    assert result.files == 3  # the manifest itself is not an article


def test_explicit_manifest_and_its_title(tmp_path: Path) -> None:
    manifest = write(tmp_path / "m.json", json.dumps({"a.txt": {"source": "X", "title": "عنوان"}}))
    write(tmp_path / "a.txt", BODY)
    (article,) = load(tmp_path, settings=Settings(manifest=manifest)).articles
    assert (article.source, article.title, article.text) == ("X", "عنوان", BODY)


def test_bad_manifest_is_one_problem(tmp_path: Path) -> None:
    manifest = write(tmp_path / "sources.json", "[1, 2]")
    write(tmp_path / "a.txt", f"{TITLE}\n{BODY}")
    write(tmp_path / "b.txt", f"عنوان\n{BODY}")
    result = load(tmp_path)
    assert [a.source for a in result.articles] == ["a", "b"]
    assert only_problem(result).path == str(manifest)


# --- paths -------------------------------------------------------------------------------


def test_folders_are_walked_sorted_without_hidden_files(tmp_path: Path) -> None:
    for name in ["b/2.txt", "b/1.txt", "a.txt", ".hidden.txt", ".git/x.txt", "c/d/3.txt"]:
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        write(tmp_path / name, "x")
    found = [
        p.relative_to(tmp_path).as_posix() for p in iter_paths([tmp_path]) if isinstance(p, Path)
    ]
    assert found == ["a.txt", "b/1.txt", "b/2.txt", "c/d/3.txt"]
    recursive = iter_paths([f"{tmp_path}/**/*.txt", f"{tmp_path}/b/*"])
    assert [p.name for p in recursive if isinstance(p, Path)] == [
        "a.txt",
        "1.txt",
        "2.txt",
        "3.txt",
    ]


def test_a_link_to_a_folder_listed_before_it_does_not_hide_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "in" / "real").mkdir(parents=True)
    write(tmp_path / "in" / "real" / "a.txt", "x")
    (tmp_path / "in" / "zalias").symlink_to(tmp_path / "in" / "real")
    walk = os.walk

    def links_first(*args: Any, **kwargs: Any) -> Iterator[tuple[str, list[str], list[str]]]:
        # The file system may list a folder's entries in any order: here the link comes first.
        for folder, dirnames, filenames in walk(*args, **kwargs):
            dirnames.sort(reverse=True)
            yield folder, dirnames, filenames

    monkeypatch.setattr(os, "walk", links_first)
    for follow in (False, True):
        found = iter_paths([tmp_path / "in"], follow_symlinks=follow)
        assert [p.relative_to(tmp_path).as_posix() for p in found if isinstance(p, Path)] == [
            "in/real/a.txt"
        ], follow


def test_a_single_path_string_is_not_split_into_characters(tmp_path: Path) -> None:
    path = write(tmp_path / "a.txt", f"{TITLE}\n{BODY}")
    assert len(load_articles(str(path), settings=SETTINGS).articles) == 1


def test_read_articles_reads_one_file(tmp_path: Path) -> None:
    path = write(tmp_path / "a.txt", f"{TITLE}\n{BODY}")
    (article,) = read_articles(path, settings=SETTINGS)
    assert isinstance(article, Article) and article.title == TITLE


# --- real data ---------------------------------------------------------------------------


def test_example_articles_load_with_first_line_titles_and_their_manifests_outlets() -> None:
    result = load(EXAMPLES)
    assert result.problems == ()
    files = sorted(EXAMPLES.glob("*.txt"))
    assert len(result.articles) == len(files) == 5
    # The example's sources.json names each file's outlet (the demo shows names, not hashes).
    outlets = json.loads((EXAMPLES / "sources.json").read_text(encoding="utf-8"))
    for article, path in zip(result.articles, files, strict=True):
        first_line = path.read_text(encoding="utf-8").split("\n", 1)[0].strip()
        assert (article.source, article.path) == (outlets[path.name]["source"], str(path))
        if article.title_inferred:  # 003 opens with its lead sentence, not a headline
            assert path.stem.startswith("003_")
            assert first_line in article.text
            assert first_line.startswith(article.title.rstrip("…"))
        else:
            assert article.title == first_line


def test_one_paragraph_file_is_an_article_with_an_inferred_title(tmp_path: Path) -> None:
    words = "أعلنت وزارة الدفاع الروسية الخميس أن قوات بقيادة موسكو بدأت انسحابها من كازاخستان"
    body = words + " بعد أن أرسلت لدعم السلطات. وقال شهود إن الطائرات أقلعت صباحا."
    result = load(write(tmp_path / "lead.txt", body.encode()))
    (article,) = result.articles
    assert article.title_inferred
    assert article.title == " ".join(words.split()[:12]) + "…"
    assert article.text == body
    assert article.to_dict()["title_inferred"] is True


def test_jsonl_record_without_title_gets_an_inferred_one(tmp_path: Path) -> None:
    line = json.dumps(
        {"id": "x1", "text": "انفجار قوي يهز الميناء صباح اليوم. وقال شهود إنه سمع من بعيد."}
    )
    (article,) = load(write(tmp_path / "a.jsonl", line.encode())).articles
    assert (article.title, article.title_inferred) == ("انفجار قوي يهز الميناء صباح اليوم.", True)


def test_whole_ant_corpus_loads(shared_data: Callable[[str], Path]) -> None:
    path = shared_data("ant_multisource/ant-2018.jsonl.gz")
    start = time.perf_counter()
    result = load(path)
    print(f"ANT: {len(result.articles)} articles in {time.perf_counter() - start:.2f} s")
    assert len(result.articles) == 31_525 - len(result.problems)
    assert Counter(p.message for p in result.problems).keys() <= {"empty body"}
    assert all(a.published is not None and a.published.tzinfo for a in result.articles)
