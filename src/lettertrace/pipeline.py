"""The stage order, what each stage needs and provides, and the per-report run.

read -> clean -> meta -> segment/extract (communications, quotes) -> store -> link (resolve + merge)
"""

from __future__ import annotations

import signal
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from types import FrameType

from . import clean as clean_stage
from . import extract as extract_stage
from . import meta as meta_stage
from . import sieve
from .models import Extraction, Options, ProcessedReport, RawReport, ReportTimeout


@dataclass(frozen=True)
class Stage:
    name: str
    requires: tuple[str, ...]
    provides: tuple[str, ...]
    module: str


# Declared once: a test fails when a stage requires something no earlier stage provides.
STAGES: tuple[Stage, ...] = (
    Stage("read", (), ("raw",), "lettertrace.read"),
    Stage("clean", ("raw",), ("clean",), "lettertrace.clean"),
    Stage("meta", ("raw", "clean"), ("meta",), "lettertrace.meta"),
    Stage("extract", ("clean", "meta"), ("extraction",), "lettertrace.extract"),
    Stage("store", ("raw", "clean", "meta", "extraction"), ("report_row",), "lettertrace.store"),
    Stage("link", ("report_row",), ("register",), "lettertrace.link"),
    Stage("export", ("register",), ("export",), "lettertrace.export"),
)


def check_stage_order(stages: tuple[Stage, ...] = STAGES) -> list[str]:
    """Problems in the declared stage order (empty when every requirement is met in time)."""
    seen: set[str] = set()
    problems = []
    for st in stages:
        problems += [
            f"{st.name} requires {r}, which no earlier stage provides" for r in st.requires if r not in seen
        ]
        seen.update(st.provides)
    return problems


def process_report(raw: RawReport, options: Options) -> ProcessedReport:
    """Run the per-report stages on one report read from a file, within ``options.max_seconds``."""
    with time_budget(options.max_seconds):
        cleaned = clean_stage.clean(raw, options)
        meta = meta_stage.extract_metadata(raw, cleaned)
        if options.prefilter and not sieve.passes(cleaned.text):
            extraction = Extraction()  # no cue of a communication near a party, no quotation: no parse
        else:
            extraction = extract_stage.extract(cleaned, meta, options)
    return ProcessedReport(raw=raw, clean=cleaned, meta=meta, extraction=extraction)


@contextmanager
def time_budget(seconds: float | None) -> Iterator[None]:
    """Raise :class:`ReportTimeout` inside the block once ``seconds`` have passed.

    A real-time alarm (SIGALRM) interrupts the block wherever it is, a long regular expression
    included; it needs the main thread (the CLI's), so elsewhere, and where the caller already
    runs an alarm of its own (the fuzz campaign), the block runs without a limit.
    """
    if (
        not seconds
        or not hasattr(signal, "setitimer")
        or threading.current_thread() is not threading.main_thread()
        or signal.getitimer(signal.ITIMER_REAL)[0] > 0
    ):
        yield
        return

    message = f"stopped after {seconds:g} s (--max-seconds); nothing of this report stored"
    expired = []

    def stop(signum: int, frame: FrameType | None) -> None:
        expired.append(signum)
        raise ReportTimeout(message)

    previous = signal.signal(signal.SIGALRM, stop)
    try:  # the timer is set inside: an alarm firing at once still clears it below
        signal.setitimer(
            signal.ITIMER_REAL, seconds, 0.5
        )  # and every half second after, should code swallow it
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
    if expired:
        raise ReportTimeout(
            message
        )  # the block ran to its end past its budget: a library swallowed the alarm


ProcessFn = Callable[[RawReport, Options], ProcessedReport]
