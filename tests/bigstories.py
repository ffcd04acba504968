"""Oversized but valid inputs, generated at test time: one very long article and one story of
hundreds of long articles (the probes of docs/reliability.md, "Memory bounds").
"""

from __future__ import annotations

import json
import random
from pathlib import Path

# Words of a flood story: every generated sentence draws from them, so all articles are one story.
_STORY_TEXT = (
    "الفيضانات المحافظة الشمالية الدفاع المدني فرق الإنقاذ القوارب القرى المياه الأمطار "
    "السكان المنازل الطرق الجسور الحكومة الوزارة المسؤولين الضحايا المصابين المستشفيات "
    "الإغاثة المساعدات الخيام الأغذية الأدوية السدود الأنهار الأودية الطقس الأرصاد"
)
_STORY = _STORY_TEXT.split()
_COMMON_TEXT = (
    "قال أعلن أكد أفاد ذكر أوضح بدأت وصلت غمرت انهارت أغلقت فتحت أرسلت نقلت سجلت "
    "يوم الاثنين الثلاثاء صباح مساء بعد قبل خلال في من إلى على أن حيث التي الذي"
)
_COMMON = _COMMON_TEXT.split()


def _sentence(rng: random.Random, words: int) -> str:
    """A sentence of ``words`` words: two thirds story words, the rest common ones."""
    chosen = [
        rng.choice(_STORY) if rng.random() < 0.66 else rng.choice(_COMMON) for _ in range(words)
    ]
    return " ".join(chosen) + "."


def long_article(sentences: int, *, seed: int = 0) -> str:
    """One article body of ``sentences`` short sentences (about 58 bytes each), in paragraphs."""
    rng = random.Random(seed)
    lines = []
    for start in range(0, sentences, 5):
        lines.append(" ".join(_sentence(rng, 6) for _ in range(min(5, sentences - start))))
    return "\n".join(lines)


def story_article(number: int, *, size: int, shared: list[str], seed: int = 0) -> str:
    """An article of about ``size`` bytes: every other sentence from ``shared`` (wire copy)."""
    rng = random.Random(seed * 100_003 + number)
    parts: list[str] = []
    length = 0
    while length < size:
        text = rng.choice(shared) if len(parts) % 2 else _sentence(rng, 10)
        parts.append(text)
        length += len(text.encode()) + 1
    return "\n".join(" ".join(parts[k : k + 4]) for k in range(0, len(parts), 4))


def write_long_article(path: Path, sentences: int = 15_000) -> Path:
    """A text file holding one article of ``sentences`` sentences."""
    path.write_text("فيضانات في المحافظة الشمالية\n" + long_article(sentences), encoding="utf-8")
    return path


def write_big_story(path: Path, articles: int = 500, size: int = 16 * 1024) -> Path:
    """A JSONL file of ``articles`` articles of about ``size`` bytes, all of one story."""
    rng = random.Random(1)
    shared = [_sentence(rng, 12) for _ in range(200)]
    with path.open("w", encoding="utf-8") as out:
        for number in range(articles):
            record = {
                "id": f"big-{number}",
                "title": f"فيضانات المحافظة الشمالية {number}",
                "source": f"outlet-{number % 40}",
                "published": f"2024-03-{1 + number % 3:02d}T08:00:00+00:00",
                "text": story_article(number, size=size, shared=shared),
            }
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    return path


def write_near_copies(path: Path, articles: int = 3000, sentences: int = 8) -> Path:
    """A JSONL file of ``articles`` short articles of many outlets, each a lightly edited copy
    of one wire text (one word of each sentence changed)."""
    rng = random.Random(2)
    wire = [_sentence(rng, 12) for _ in range(sentences)]
    with path.open("w", encoding="utf-8") as out:
        for number in range(articles):
            edited = [
                sentence.replace(rng.choice(sentence.split()), rng.choice(_STORY), 1)
                for sentence in wire
            ]
            record = {
                "id": f"copy-{number}",
                "title": f"فيضانات المحافظة الشمالية {number}",
                "source": f"outlet-{number}",
                "published": f"2024-03-{1 + number % 3:02d}T08:00:00+00:00",
                "text": " ".join(edited),
            }
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    return path
