"""Words per second of the per-report pipeline against spaCy's small pipeline alone, on the same texts.

    .venv/bin/python benchmarks/extract_speed.py [CORPUS_DIR ...] [--repeat 3]

Default corpora: ../shared/corpus/background and ../shared/corpus/dev. Every report is read
once; then, for each report and in the same run, the script times

- ``pipeline.process_report``: clean, metadata, the cheap prefilter and, for reports with a cue,
  spaCy and every extraction stage (what ingest does per report, without the register);
- spaCy alone: ``lettertrace.nlp.load(Options().spacy_model)`` applied to the report's clean text.

Reports are split by the prefilter (both stages, ``sieve.passes`` over the clean text, as the
pipeline applies it: "with a cue" means parsed). Each timing is the best of ``--repeat`` runs, the two measurements alternating so
that both see the same machine. Targets (issue 3): reports with a cue cost at most 1.3x spaCy;
reports without one go at least 20x faster than spaCy would.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from lettertrace import clean, nlp, sieve
from lettertrace.ingest import list_inputs
from lettertrace.models import Options, RawReport
from lettertrace.pipeline import process_report
from lettertrace.read import read_path

SHARED = Path(__file__).resolve().parents[2] / "shared" / "corpus"
DEFAULT_CORPORA = (SHARED / "background", SHARED / "dev")
CUE_TARGET = 1.3  # pipeline cost / spaCy cost on reports with a cue: at most this
NO_CUE_TARGET = 20.0  # spaCy cost / pipeline cost on reports without a cue: at least this


@dataclass
class Timed:
    source: str
    words: int
    cue: bool
    pipeline_s: float = float("inf")
    spacy_s: float = float("inf")


def read_reports(folders: list[Path], options: Options) -> list[RawReport]:
    """Every report in the folders (files that cannot be read are named and skipped)."""
    files, _skipped = list_inputs(folders)
    out = []
    for path in files:
        for item in read_path(path, options):
            if isinstance(item, RawReport):
                out.append(item)
            else:
                print(f"skipped {item}", file=sys.stderr)
    return out


def elapsed(fn: Callable[..., object], *args: Any) -> float:
    """Seconds one call of ``fn(*args)`` takes."""
    t0 = time.perf_counter()
    fn(*args)
    return time.perf_counter() - t0


def measure(raws: list[RawReport], options: Options, repeat: int) -> list[Timed]:
    """Best-of-``repeat`` time of the pipeline and of spaCy alone on each report."""
    model = nlp.load(options.spacy_model)
    texts = [clean.clean(raw, options).text for raw in raws]
    rows = [Timed(raw.source, len(t.split()), sieve.passes(t)) for raw, t in zip(raws, texts, strict=True)]
    process_report(raws[0], options)  # warm up: data files, caches
    model(texts[0])
    for _ in range(repeat):
        for raw, text, row in zip(raws, texts, rows, strict=True):
            row.pipeline_s = min(row.pipeline_s, elapsed(process_report, raw, options))
            row.spacy_s = min(row.spacy_s, elapsed(model, text))
    return rows


def summarize(label: str, rows: list[Timed]) -> tuple[float, float] | None:
    """Print one group's figures; return (pipeline words/s, spaCy words/s)."""
    if not rows:
        print(f"{label:<22} no reports")
        return None
    words = sum(r.words for r in rows)
    pipe = sum(r.pipeline_s for r in rows)
    spacy = sum(r.spacy_s for r in rows)
    print(
        f"{label:<22} {len(rows):>7} {words:>8} {words / pipe:>14,.0f} {words / spacy:>12,.0f} "
        f"{pipe * 1000:>12.1f} {spacy * 1000:>10.1f}"
    )
    return words / pipe, words / spacy


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "corpora", nargs="*", type=Path, help="folders of reports (default: background and dev)"
    )
    parser.add_argument("--repeat", type=int, default=3, help="runs per report; the best is kept (default 3)")
    args = parser.parse_args(argv)
    folders = args.corpora or [p for p in DEFAULT_CORPORA if p.is_dir()]
    if not folders:
        parser.error(f"no corpus folder given and none found under {SHARED}")
    options = Options()
    raws = read_reports(folders, options)
    if not raws:
        parser.error("no readable reports in " + ", ".join(map(str, folders)))
    rows = measure(raws, options, max(1, args.repeat))

    print(f"corpora: {', '.join(str(f) for f in folders)}; best of {args.repeat} runs per report\n")
    head = (
        ("count", 7),
        ("words", 8),
        ("pipeline w/s", 14),
        ("spaCy w/s", 12),
        ("pipeline ms", 12),
        ("spaCy ms", 10),
    )
    print(f"{'reports':<22} " + " ".join(f"{name:>{width}}" for name, width in head))
    cue = summarize("with a cue", [r for r in rows if r.cue])
    no_cue = summarize("without a cue", [r for r in rows if not r.cue])
    summarize("all", rows)
    print()
    ok = True
    if cue:
        ratio = cue[1] / cue[0]
        ok &= ratio <= CUE_TARGET
        verdict = "meets" if ratio <= CUE_TARGET else "MISSES"
        print(
            f"with a cue:    pipeline costs {ratio:.2f}x spaCy alone ({verdict} the target: <= {CUE_TARGET}x)"
        )
    if no_cue:
        ratio = no_cue[0] / no_cue[1]
        ok &= ratio >= NO_CUE_TARGET
        verdict = "meets" if ratio >= NO_CUE_TARGET else "MISSES"
        target = f">= {NO_CUE_TARGET:.0f}x"
        print(f"without a cue: pipeline is {ratio:.1f}x faster than spaCy ({verdict} the target: {target})")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
