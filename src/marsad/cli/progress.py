"""Rich progress bars for the long stages of a digest, drawn on standard error."""

from __future__ import annotations

from types import TracebackType

from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    SpinnerColumn,
    TaskID,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)

from marsad.cli import err


class RichProgress:
    """One bar per stage (a spinner when the size is unknown); silent when stderr is no terminal."""

    def __init__(self, *, enabled: bool | None = None) -> None:
        self._bars = Progress(
            SpinnerColumn(),
            TextColumn("{task.description:<20}"),
            BarColumn(),
            MofNCompleteColumn(),
            TimeElapsedColumn(),
            TextColumn("eta"),
            TimeRemainingColumn(),
            console=err,
            disable=not (err.is_terminal if enabled is None else enabled),
        )
        self._tasks: dict[str, TaskID] = {}

    def __enter__(self) -> RichProgress:
        self._bars.start()
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        self._bars.stop()

    def start(self, label: str, total: int | None) -> None:
        """Add the stage's bar."""
        self._tasks[label] = self._bars.add_task(label, total=total)

    def advance(self, label: str, amount: int = 1) -> None:
        """Move the stage's bar."""
        self._bars.advance(self._tasks[label], amount)

    def finish(self, label: str) -> None:
        """Fill the stage's bar (a spinner becomes a full bar)."""
        task = self._tasks[label]
        total = self._bars.tasks[task].total
        done = self._bars.tasks[task].completed
        self._bars.update(task, total=total or max(done, 1), completed=total or max(done, 1))
