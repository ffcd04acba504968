"""Write the reliability tests' corpus of bad inputs into a folder (nothing big is committed).

python scripts/bad_corpus.py /tmp/bad && marsad ingest /tmp/bad --db /tmp/bad.db
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

from badinputs import write_corpus


def main() -> int:
    """Write the corpus and list what ingest must do with each file."""
    if len(sys.argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    for name, expect in write_corpus(Path(sys.argv[1])).items():
        kept = f"{len(expect.titles)} kept" if expect.titles else "none kept"
        print(f"{name}: {kept}; rejected: {', '.join(expect.problems) or 'nothing'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
