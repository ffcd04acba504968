"""Run a shell command against a throwaway PostgreSQL server: ``MARSAD_DB`` names its database.

    python scripts/with_postgres.py 'marsad ingest examples/kazakhstan-2022 && marsad loadtest'

The server is the one the tests start (tests/conftest_postgres.py: initdb and pg_ctl from
Debian's postgresql package, on 127.0.0.1, fsync off); it is removed when the command ends.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

from conftest_postgres import create_database, postgres_server


def main() -> int:
    """Start the server, create a database, run the command with MARSAD_DB set."""
    if len(sys.argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    with postgres_server() as base:
        url = create_database(base, "marsad")
        print(f"MARSAD_DB={url}", file=sys.stderr)
        environment = {**os.environ, "MARSAD_DB": url}
        return subprocess.run(sys.argv[1], shell=True, env=environment, check=False).returncode


if __name__ == "__main__":
    sys.exit(main())
