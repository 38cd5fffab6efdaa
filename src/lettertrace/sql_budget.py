"""Time limits on SQL statements (SQLite's progress handler): a count that would hold up a page is given
up instead, and the page says so (as Datasette's ``facet_time_limit_ms``)."""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import Connection
from sqlalchemy.exc import OperationalError

CHECK_EVERY = 1000  # steps of SQLite's virtual machine between two looks at the clock
# Steps the statements of a budget have whatever the time: a small register's counts never depend on how
# busy the machine is (the facets of the test registers take up to 13,400 steps; 100,000 take 3 to 10 ms
# at 1,000,000 letters, benchmarks/register_scale.py).
MIN_STEPS = 100_000


class TimedOut(Exception):
    """A statement ran past its budget and was interrupted (or was not begun)."""


class Budget:
    """Time that statements have together, ``seconds`` from now; they are interrupted once it is spent
    and they have taken ``steps`` steps together (``MIN_STEPS``)."""

    def __init__(self, seconds: float, steps: int | None = None) -> None:
        self.end = time.perf_counter() + seconds
        self.floor = MIN_STEPS if steps is None else steps
        self.used = 0

    @property
    def spent(self) -> bool:
        """Whether the time and the steps are both used up."""
        return self.used >= self.floor and time.perf_counter() >= self.end

    @contextmanager
    def limit(self, conn: Connection) -> Iterator[None]:
        """Interrupt the statements run on ``conn`` inside the block once the budget is spent
        (``TimedOut``; at once when it is spent already)."""
        if self.spent:
            raise TimedOut("no time left")
        raw = conn.connection.driver_connection

        def late() -> int:
            self.used += CHECK_EVERY
            return int(self.spent)

        raw.set_progress_handler(late, CHECK_EVERY)  # type: ignore[union-attr]
        try:
            yield
        except OperationalError as exc:
            if "interrupted" not in str(exc.orig):
                raise
            raise TimedOut(f"interrupted after {self.used:,} steps") from exc
        finally:
            raw.set_progress_handler(None, 0)  # type: ignore[union-attr]
