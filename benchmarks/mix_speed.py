"""Ingest speed on a realistic news stream: a mix in which almost nothing is correspondence.

    .venv/bin/python benchmarks/mix_speed.py [--reports 2000] [--jobs 1 2] [--spacy all|distinct]

The mix is built from ``../shared/corpus/background`` (read in place; the mix is written to a
temporary folder and deleted): 95% of the reports are variants of the background reports that
mention no correspondence, 5% of those that do (its ``MANIFEST.tsv`` says which), taken in turn;
every variant differs from its original by one line, so that each is a report of its own.

In one run the script then times

- spaCy alone: ``lettertrace.nlp`` parsing each report's clean text once. With ``--spacy distinct``
  (the default) each distinct original is parsed once and its time counted once per variant (a
  variant's one line more changes nothing measurable); ``--spacy all`` parses every report;
- ``lettertrace ingest MIX --db NEW --jobs N`` end to end, as a user runs it (a new process: its
  start-up, reading, cleaning, the prefilter's two stages, spaCy and extraction where they pass,
  batched storing, linking), once per ``--jobs`` value, each into a fresh register;

and prints reports per second, the ingest against spaCy ratio (spaCy's time over ingest's), the
parallel efficiency from the first to the second ``--jobs`` value (t1 / (n2/n1 * t2)), the CPU
time each run used (its processes and workers together: their ratio is the cost of working in
parallel, which the machine's other work does not change) and spaCy's CPU time over it (a ratio
the machine's other work changes far less than the wall-clock one), the peak
resident memory of the ingest (its largest process) and the machine's load before each run. The
figures are as noisy as the machine: other work on it slows one run and not the other.
"""

from __future__ import annotations

import argparse
import csv
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from lettertrace import clean, nlp, sieve
from lettertrace.models import Options, RawReport
from lettertrace.read import read_path

BACKGROUND = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "background"
POSITIVE_SHARE = 0.05


def originals(folder: Path) -> tuple[list[Path], list[Path], dict[str, str]]:
    """The background reports without and with correspondence, and each file's URL."""
    with (folder / "MANIFEST.tsv").open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh, delimiter="\t"))
    neg = [folder / r["file"] for r in rows if r["mentions_correspondence"] == "no"]
    pos = [folder / r["file"] for r in rows if r["mentions_correspondence"] == "yes"]
    return neg, pos, {r["file"]: r["url"] for r in rows}


def build_mix(folder: Path, out: Path, n: int) -> list[tuple[Path, Path]]:
    """Write ``n`` variants into ``out`` (with a MANIFEST.tsv); returns (variant, original) pairs."""
    neg, pos, urls = originals(folder)
    n_pos = round(n * POSITIVE_SHARE)
    picks = [neg[i % len(neg)] for i in range(n - n_pos)] + [pos[i % len(pos)] for i in range(n_pos)]
    pairs = []
    with (out / "MANIFEST.tsv").open("w", encoding="utf-8", newline="") as fh:
        manifest = csv.writer(fh, delimiter="\t", lineterminator="\n")
        manifest.writerow(["file", "url"])
        for i, src in enumerate(picks):
            dst = out / f"mix{i:05d}{src.suffix}"
            data = src.read_bytes()
            dst.write_bytes(data.rstrip(b"\n") + f"\n\nItem {i:05d}\n".encode())  # one line more
            manifest.writerow([dst.name, urls.get(src.name, "")])
            pairs.append((dst, src))
    return pairs


def clean_text(path: Path, options: Options) -> str:
    return "\n".join(
        clean.clean(r, options).text for r in read_path(path, options) if isinstance(r, RawReport)
    )


def spacy_seconds(pairs: list[tuple[Path, Path]], mode: str, options: Options) -> tuple[float, float, int]:
    """spaCy alone over the mix's words (see the module): wall and CPU seconds, and how many reports
    pass the prefilter."""
    nlp.parse("warm up", options.spacy_model)
    per_original: dict[Path, tuple[float, float]] = {}
    passing: dict[Path, bool] = {}
    total = cpu = 0.0
    for variant, original in pairs:
        path = variant if mode == "all" else original
        if mode == "all" or original not in per_original:
            text = clean_text(path, options)
            passing[original] = sieve.passes(text)
            t0, c0 = time.perf_counter(), time.process_time()
            nlp.parse(text, options.spacy_model)
            per_original[original] = (time.perf_counter() - t0, time.process_time() - c0)
        total += per_original[original][0]
        cpu += per_original[original][1]
    return total, cpu, sum(passing[o] for _v, o in pairs)


def cpu_seconds() -> float:
    """User and system CPU time of the child processes waited for so far (workers included)."""
    used = resource.getrusage(resource.RUSAGE_CHILDREN)
    return used.ru_utime + used.ru_stime


def ingest_seconds(mix: Path, db: Path, jobs: int) -> tuple[float, str]:
    cmd = [
        sys.executable,
        "-c",
        "from lettertrace.cli import main; main()",
        "ingest",
        str(mix),
        "--db",
        str(db),
    ]
    if jobs != 1:
        cmd += ["--jobs", str(jobs)]
    t0 = time.perf_counter()
    done = subprocess.run(cmd, capture_output=True, text=True, check=False)
    seconds = time.perf_counter() - t0
    if done.returncode != 0:
        sys.exit(f"ingest --jobs {jobs} failed ({done.returncode}):\n{done.stderr[-2000:]}")
    return seconds, done.stdout.strip().splitlines()[-1]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--reports", type=int, default=2000)
    ap.add_argument("--jobs", type=int, nargs="+", default=[1, 2])
    ap.add_argument("--spacy", choices=("distinct", "all"), default="distinct")
    ap.add_argument("--corpus", type=Path, default=BACKGROUND)
    args = ap.parse_args()
    if not (args.corpus / "MANIFEST.tsv").is_file():
        sys.exit(f"background corpus with MANIFEST.tsv not found at {args.corpus}")
    options = Options()
    with tempfile.TemporaryDirectory(prefix="mix-") as tmp:
        mix = Path(tmp) / "mix"
        mix.mkdir()
        pairs = build_mix(args.corpus, mix, args.reports)
        n = len(pairs)
        spacy_s, spacy_cpu, passing = spacy_seconds(pairs, args.spacy, options)
        print(f"mix: {n} reports from {args.corpus} ({round(n * POSITIVE_SHARE)} with correspondence)")
        print(f"prefilter (cue test, then the cue's sentence): {passing} of {n} reports go on to spaCy")
        print(f"spaCy alone ({args.spacy} parsed): {spacy_s:.2f} s, CPU {spacy_cpu:.2f} s")
        times, cpu = {}, {}
        for jobs in args.jobs:
            load, cpu_before = os.getloadavg()[0], cpu_seconds()
            seconds, line = ingest_seconds(mix, Path(tmp) / f"jobs{jobs}.db", jobs)
            times[jobs], cpu[jobs] = seconds, cpu_seconds() - cpu_before
            print(
                f"ingest --jobs {jobs}: {seconds:.2f} s, {n / seconds:.0f} reports/s, "
                f"spaCy/ingest {spacy_s / seconds:.2f}x, CPU {cpu[jobs]:.2f} s "
                f"(spaCy's CPU / ingest's {spacy_cpu / cpu[jobs]:.2f}x)  "
                f"(load average before: {load:.2f}; {line})"
            )
        peak_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
        print(f"peak resident memory of an ingest (its largest process): {peak_mb:.0f} MB")
        if len(args.jobs) >= 2:
            j1, j2 = args.jobs[:2]
            eff = times[j1] / (j2 / j1 * times[j2])
            print(f"parallel efficiency --jobs {j1} -> {j2}: {eff:.2f}  (machine: {os.cpu_count()} cores)")
            # what the workers and their coordination cost in CPU, whatever else the machine does
            print(f"CPU time --jobs {j2} / --jobs {j1}: {cpu[j2] / cpu[j1]:.2f}")


if __name__ == "__main__":
    main()
