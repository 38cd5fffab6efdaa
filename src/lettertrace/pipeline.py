"""The stage order, what each stage needs and provides, and the per-report run.

read -> clean -> meta -> segment/extract (communications, quotes) -> store -> link (resolve + merge)
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from . import clean as clean_stage
from . import extract as extract_stage
from . import meta as meta_stage
from .models import Options, ProcessedReport, RawReport


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
    """Run the per-report stages on one report read from a file."""
    cleaned = clean_stage.clean(raw, options)
    meta = meta_stage.extract_metadata(raw, cleaned)
    extraction = extract_stage.extract(cleaned, meta, options)
    return ProcessedReport(raw=raw, clean=cleaned, meta=meta, extraction=extraction)


ProcessFn = Callable[[RawReport, Options], ProcessedReport]
