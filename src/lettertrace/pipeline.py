"""The stage order, what each stage needs and provides, and the per-report run.

read -> clean -> meta -> segment/extract (communications, quotes) -> store -> link (resolve + merge)
"""

from __future__ import annotations

import signal
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass
from types import FrameType

from . import clean as clean_stage
from . import extract as extract_stage
from . import meta as meta_stage
from . import nlp, sieve
from .extract import windows
from .models import CleanText, Extraction, Options, ProcessedReport, RawReport, ReportMeta, ReportTimeout


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
        return _finish(_prepare(raw, options), options)


@dataclass(frozen=True)
class _Prepared:
    """A report cleaned, with its metadata, and whether it goes on to spaCy."""

    raw: RawReport
    clean: CleanText
    meta: ReportMeta
    parse: bool


def _prepare(raw: RawReport, options: Options) -> _Prepared:
    cleaned = clean_stage.clean(raw, options)
    meta = meta_stage.extract_metadata(raw, cleaned)
    return _Prepared(raw, cleaned, meta, not options.prefilter or sieve.passes(cleaned.text))


def _finish(p: _Prepared, options: Options) -> ProcessedReport:
    if p.parse:
        extraction = extract_stage.extract(p.clean, p.meta, options)
    else:
        extraction = Extraction()  # no cue of a communication near a party, no quotation: no parse
    return ProcessedReport(raw=p.raw, clean=p.clean, meta=p.meta, extraction=extraction)


def process_reports(raws: list[RawReport], options: Options) -> list[ProcessedReport | Exception]:
    """:func:`process_report` on each of ``raws``, or the exception it raised; the reports that go on to
    spaCy are parsed together (:func:`lettertrace.nlp.parsed_ahead`), with the same results.

    Each report keeps its own ``options.max_seconds`` for its cleaning, metadata and prefilter, then for
    its extraction less what those took; the batch's parse runs within ``options.max_seconds`` too, and
    when it runs out each report is parsed alone, within its own budget."""
    out: list[ProcessedReport | Exception | _Prepared] = []
    spent = []
    for raw in raws:
        t0 = time.monotonic()
        try:
            with time_budget(options.max_seconds):
                out.append(_prepare(raw, options))
        except Exception as exc:  # ReportTimeout included: this report fails, the others go on
            out.append(exc)
        spent.append(time.monotonic() - t0)
    texts = [p.clean.text for p in out if isinstance(p, _Prepared) and p.parse]
    texts = [t for t in texts if len(t) <= windows.WINDOW_CHARS]  # a longer one is parsed in windows
    with ExitStack() as parsed:
        try:
            with time_budget(options.max_seconds):
                parsed.enter_context(nlp.parsed_ahead(texts, options.spacy_model))
        except ReportTimeout:  # the batch's parse ran out of time: each report is parsed on its own
            pass
        return [_finish_one(p, options, s) for p, s in zip(out, spent, strict=True)]


def _finish_one(
    p: ProcessedReport | Exception | _Prepared, options: Options, spent: float
) -> ProcessedReport | Exception:
    if not isinstance(p, _Prepared):
        return p
    left = max(options.max_seconds - spent, 0.001) if options.max_seconds else None
    try:
        with time_budget(left, options.max_seconds):
            return _finish(p, options)
    except Exception as exc:
        return exc


@contextmanager
def time_budget(seconds: float | None, of: float | None = None) -> Iterator[None]:
    """Raise :class:`ReportTimeout` inside the block once ``seconds`` have passed (what is left of a
    budget of ``of`` seconds, which the message then names).

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

    message = f"stopped after {of or seconds:g} s (--max-seconds); nothing of this report stored"
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
