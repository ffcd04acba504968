"""A corpus of bad inputs, generated at test time (nothing big is committed): what each file is
and what ingest must do with it: keep an article (with this title) or reject it (for this reason).
"""

from __future__ import annotations

import gzip
import json
import os
from dataclasses import dataclass
from pathlib import Path

GOOD_AR = "شهدت المحافظة الشمالية فيضانات واسعة يوم الاثنين. وقال الدفاع المدني إن اثني عشر شخصا لقوا حتفهم."
GOOD_EN = (
    "Floods hit the northern province on Monday. Rescue teams used boats to reach the villages."
)
HUGE_BYTES = 100 * 1024 * 1024
BIG_JSONL_LINES = 10_000
BROKEN_LINE = 5_000
LONG_TITLE_CHARS = 1_000_000


@dataclass(frozen=True, slots=True)
class Expect:
    """What ingest must make of one file: articles with these titles, problems with these texts."""

    titles: tuple[str, ...] = ()
    problems: tuple[str, ...] = ()


def _record(**fields: object) -> str:
    base: dict[str, object] = {"title": "خبر", "text": GOOD_AR, "source": "وكالة"}
    return json.dumps({**base, **fields}, ensure_ascii=False)


def _huge_line(path: Path) -> None:
    """A 100 MB JSONL line, then a good record that must still be read."""
    chunk = "ا" * (1024 * 1024 // 2)  # 1 MiB of UTF-8
    with path.open("w", encoding="utf-8") as out:
        out.write('{"title": "huge", "source": "x", "text": "')
        for _ in range(HUGE_BYTES // (1024 * 1024)):
            out.write(chunk)
        out.write('"}\n')
        out.write(_record(id="after-huge", title="بعد السطر الضخم") + "\n")


def _big_jsonl(path: Path) -> None:
    """10,000 records with one broken line in the middle."""
    with path.open("w", encoding="utf-8") as out:
        for number in range(1, BIG_JSONL_LINES + 1):
            if number == BROKEN_LINE:
                out.write('{"title": "broken", "text": \n')
                continue
            text = f"Record {number} reports floods in district {number}. Boats reached it."
            out.write(json.dumps({"id": f"r{number}", "title": f"r{number}", "text": text}) + "\n")


def write_corpus(folder: Path, *, huge: bool = True, big: bool = True) -> dict[str, Expect]:
    """Write every bad input into ``folder``; returns file name → what ingest must do."""
    folder.mkdir(parents=True, exist_ok=True)
    files: dict[str, tuple[bytes, Expect]] = {
        "empty.txt": (b"", Expect(problems=("empty file",))),
        "binary.txt": (bytes(range(256)) * 64, Expect(problems=("binary file",))),
        "nul-bytes.txt": (
            ("عنوان مع بايت صفري\n" + GOOD_AR).encode().replace(b" ", b" \x00", 2),
            Expect(titles=("عنوان مع بايت صفري",)),
        ),
        "invalid-utf8.txt": (
            b"Title\nSome text \xff\xfe\xfd with bytes that are no encoding \x81\x8d.",
            Expect(problems=("unknown encoding: invalid UTF-8 at byte 16",)),
        ),
        "cp1256.txt": (
            ("خبر بترميز ويندوز\n" + GOOD_AR).encode("cp1256"),
            Expect(titles=("خبر بترميز ويندوز",)),
        ),
        "utf16le.txt": (
            ("خبر بترميز يو تي إف ١٦\n" + GOOD_AR).encode("utf-16-le"),
            Expect(titles=("خبر بترميز يو تي إف ١٦",)),
        ),
        "utf16be.txt": (
            ("UTF-16 BE without BOM\n" + GOOD_EN).encode("utf-16-be"),
            Expect(titles=("UTF-16 BE without BOM",)),
        ),
        "deep.html": (
            (
                "<html><body>" + "<div>" * 100_000 + "نص" + "</div>" * 100_000 + "</body></html>"
            ).encode(),
            Expect(problems=("no article text found in HTML",)),
        ),
        "script.html": (
            (
                "<html><head><title>Floods in the north</title>"
                "<script>document.cookie='x'</script></head><body><article><h1>Floods in the "
                f"north</h1><p>{GOOD_EN}</p><img src=x onerror=alert(1)>"
                f"<p>{GOOD_EN.replace('Monday', 'Tuesday')}</p></article></body></html>"
            ).encode(),
            Expect(titles=("Floods in the north",)),
        ),
        "one-word.txt": ("عنوان\nكلمة\n".encode(), Expect(titles=("عنوان",))),
        "no-punctuation.txt": (
            ("خبر بلا ترقيم\n" + " ".join(["فيضانات المحافظة الشمالية"] * 200)).encode(),
            Expect(titles=("خبر بلا ترقيم",)),
        ),
        "bidi-title.txt": (
            ("\u202eعاجل\u200b: فيضانات\u202c \u200fفي الشمال\n" + GOOD_AR).encode(),
            Expect(titles=("عاجل: فيضانات في الشمال",)),
        ),
        "dup-ids.jsonl": (
            "\n".join(
                [
                    _record(id="same", title="الأول"),
                    _record(id="same", title="الأول"),  # an exact repeat: skipped quietly
                    _record(id="same", title="الثاني", text=GOOD_AR + " وأضاف."),
                ]
            ).encode(),
            Expect(titles=("الأول",), problems=("duplicate id 'same' with different content",)),
        ),
        "long-title.jsonl": (
            _record(id="long-title", title="ع" * LONG_TITLE_CHARS).encode(),
            Expect(
                titles=("ع" * 499 + "…",),
                problems=(f"title of {LONG_TITLE_CHARS:,} characters cut to 500",),
            ),
        ),
        "mixed.jsonl": (
            "\n".join(
                [
                    _record(id="ok-1", title="سليم"),
                    "{not json",
                    _record(id="ok-2", title=7),
                    "\x00\x01\x02",
                    '{"title": "t", "text": ' + "[" * 100_000 + "]" * 100_000 + "}",
                ]
            ).encode(),
            Expect(
                titles=("سليم",),
                problems=(
                    "not valid JSON",
                    "field 'title' must be a string",
                    "not valid JSON",
                    "not valid JSON: nested too deeply",
                ),
            ),
        ),
    }
    expected: dict[str, Expect] = {}
    for name, (content, expect) in files.items():
        (folder / name).write_bytes(content)
        expected[name] = expect
    if huge:
        _huge_line(folder / "huge-line.jsonl")
        expected["huge-line.jsonl"] = Expect(
            titles=("بعد السطر الضخم",), problems=("line is 100.0 MB, above the 5.0 MB limit",)
        )
    if big:
        _big_jsonl(folder / "big.jsonl")
        expected["big.jsonl"] = Expect(
            titles=tuple(f"r{n}" for n in range(1, BIG_JSONL_LINES + 1) if n != BROKEN_LINE),
            problems=("not valid JSON",),
        )
    return expected


def write_hostile_paths(folder: Path) -> Path:
    """A folder with a good file, a link to it, a link to a file outside the folder and a named
    pipe; returns the outside file (a server secret that must not be read)."""
    folder.mkdir(parents=True)
    secret = folder.parent / "secret.txt"
    secret.write_text("Server secret\n\n" + GOOD_EN.replace("Floods", "Secrets"), "utf-8")
    (folder / "good.txt").write_text("Floods in the north\n\n" + GOOD_EN, encoding="utf-8")
    (folder / "inside-link.txt").symlink_to(folder / "good.txt")
    (folder / "outside-link.txt").symlink_to(secret)
    os.mkfifo(folder / "pipe.txt")
    return secret


def write_blank_lines_gz(path: Path, lines: int) -> None:
    """A gzip JSONL of blank lines (the probe's 1 GB of newlines packs into 4.6 MB)."""
    chunk = b"\n" * (1 << 20)
    with gzip.open(path, "wb", compresslevel=1) as out:
        for _ in range(lines // len(chunk)):
            out.write(chunk)
        out.write(b"\n" * (lines % len(chunk)))


LAUGHS = """<?xml version="1.0"?>
<!DOCTYPE rss [
 <!ENTITY lol "lol">
 <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
 <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
 <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
 <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
 <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
 <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
 <!ENTITY xxe SYSTEM "file:///etc/passwd">
]>
<rss version="2.0"><channel><title>Laughs</title>
<item><guid>laugh</guid><title>&lol9;</title><description>&lol9; &xxe;</description></item>
<item><guid>good</guid><title>Floods kill twelve</title><description>&lt;p&gt;{good}&lt;/p&gt;</description></item>
</channel></rss>
""".replace("{good}", GOOD_EN)

# Feeds that are not feeds, or feeds with bad entries next to a good one.
BAD_FEEDS: dict[str, bytes] = {
    "empty.xml": b"",
    "binary.xml": bytes(range(256)) * 16,
    "truncated.xml": b'<?xml version="1.0"?><rss version="2.0"><channel><title>T</title><item>',
    "html.xml": b"<html><body><p>not a feed</p></body></html>",
}
MIXED_FEED = (
    '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Mixed</title>'
    "<item><guid>no-title</guid><description>Only a body here.</description></item>"
    "<item><guid>no-body</guid><title>Only a title</title></item>"
    "<item><guid>bidi</guid><title>\u202eFloods\u202c in the north</title>"
    f"<description>{GOOD_EN}</description></item>"
    "</channel></rss>"
)
