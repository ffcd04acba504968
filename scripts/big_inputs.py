"""Write the memory-bound probes into a folder: a 15,000-sentence article, a 5 MB article and a
story of 500 articles of 16 KB (docs/reliability.md, "Memory bounds").

python scripts/big_inputs.py /tmp/big && marsad digest /tmp/big/story500.jsonl -o /dev/null
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

from bigstories import write_big_story, write_long_article


def main() -> int:
    """Write the three probes and list them with their sizes."""
    if len(sys.argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    folder = Path(sys.argv[1])
    folder.mkdir(parents=True, exist_ok=True)
    written = [
        write_long_article(folder / "long.txt", 15_000),
        write_long_article(folder / "long5mb.txt", 67_000),
        write_big_story(folder / "story500.jsonl", 500, 16 * 1024),
    ]
    for path in written:
        print(f"{path}: {path.stat().st_size:,} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
