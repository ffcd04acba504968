"""A serving process's heap, frozen once it has started: the objects made at start (the app,
its routes and models, the store's metadata, the compiled templates, the warmed answers) are
left out of the garbage collector's later full collections.

Under 50 clients with writes, a serving process ran a full collection every 20-25 s over the
~136,000 objects it holds after start: 90 ms of CPU each with the event loop held, 230-640 ms
of wall time on the shared machine, during which every request of that process waited
(docs/benchmarks.md, round 29). Frozen, a full collection reads only what was made since.
"""

from __future__ import annotations

import gc


def freeze_heap() -> None:
    """Collect what is garbage now, then move every object left to the collector's permanent
    generation (``gc.freeze``): they are still freed when no longer referenced, only never
    scanned again. For a long-lived serving process, once its start-up is done."""
    gc.collect()
    gc.freeze()
