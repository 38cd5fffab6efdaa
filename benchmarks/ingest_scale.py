"""Ingest a generated corpus of N small reports and show that memory stays flat while it streams.

    .venv/bin/python benchmarks/ingest_scale.py [--reports 10000] [--as files|jsonl] [--seed 7]

About a fifth of the reports state a made-up letter, message or call (they go through spaCy and
the extraction stages); the rest are made-up neutral news (the cheap prefilter skips them). The
reports go through ``ingest_files`` into a temporary register, stored in batches, then
the register is linked once. The script prints, at 10%, 50% and 100% of the reports, the rate
so far and the peak resident memory of the process (``resource.getrusage``), plus the current
RSS; then the time and memory of the final linking step.
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

from lettertrace import nlp
from lettertrace.ingest import ingest_files
from lettertrace.models import Options, ProcessedReport, RawReport
from lettertrace.pipeline import process_report
from lettertrace.store import communications, open_store, reports

CHECKPOINTS = (0.10, 0.50, 1.00)
LETTER_SHARE = 0.20

FIRST = (
    "Alma Tomas Ida Oskar Petra Ilsa Mina Cato Lena Rurik Edda Janos Vera Milo Sanne Teodor Ines Bram".split()
)
LAST = (
    "Verhoeven Kettle Ostrova Dahl Lind Marren Holt Rell Brenn Quell Voss Hale Sorel Tarn Ivers Lusk".split()
)
COUNTRIES = "Freedonia Sylvania Borduria Syldavia Ruritania Latveria Genovia Elbonia Orsinia Moravia".split()
TITLES = ("President", "Prime Minister", "Chancellor", "Foreign Minister", "King", "Governor")
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October")
TOPICS = (
    "the river treaty",
    "grain exports",
    "the border crossing",
    "fishing rights",
    "the rail link",
    "flood relief",
)

LETTER_SENTENCES = (
    "{t1} {p1} of {c1} sent a letter to {t2} {p2} of {c2} on {wd}, urging talks on {topic}.",
    "{t1} {p1} of {c1} wrote to {t2} {p2} on {wd} about {topic}.",
    "{t1} {p1} phoned {t2} {p2} of {c2} on {wd} to discuss {topic}.",
    "{t1} {p1} of {c1} sent a message of condolence to {t2} {p2} on {wd} after the floods.",
)
LETTER_QUOTES = (
    '"We owe our people an answer on {topic} before the winter," {s1} wrote in the letter.',
    'In the message, {s1} said that "the friendship between our nations will outlast this quarrel".',
    '"Nothing about {topic} should be decided without both of us at the table," {s1} said after the call.',
)
NEUTRAL_SENTENCES = (
    "The annual harvest fair in the valley town of {town} drew thousands of visitors this weekend.",
    "Organisers said the pumpkin contest and the evening concerts were the most popular events.",
    "Farmers in {c1} reported a strong apple crop despite a dry spring.",
    "The central bank of {c1} kept its interest rate unchanged on {wd}.",
    "Engineers finished repairs on the old stone bridge over the {town} river ahead of schedule.",
    "The national football team of {c1} won its third match in a row on {wd}.",
    "Schools in the north of {c1} will open a week later because of roadworks.",
    "A new museum of clocks opened in {town}, with more than four hundred pieces on display.",
    "{t1} {p1} of {c1} visited a wind farm on {wd} and praised the workers.",
    "Rail operators in {c1} announced cheaper tickets for students from next month.",
)
TOWNS = ("Marrow", "Quillby", "Estmere", "Harwick", "Dunlow", "Pellton", "Ravensby", "Castora")


def person(rng: random.Random) -> str:
    return f"{rng.choice(FIRST)} {rng.choice(LAST)}"


def fill(template: str, rng: random.Random, p1: str, p2: str) -> str:
    return template.format(
        t1=rng.choice(TITLES),
        t2=rng.choice(TITLES),
        p1=p1,
        p2=p2,
        s1=p1.split()[-1],
        c1=rng.choice(COUNTRIES),
        c2=rng.choice(COUNTRIES),
        wd=rng.choice(WEEKDAYS),
        topic=rng.choice(TOPICS),
        town=rng.choice(TOWNS),
    )


def make_report(rng: random.Random, n: int) -> dict[str, str]:
    """One made-up report: a headline, a dateline date and a few paragraphs."""
    p1, p2 = person(rng), person(rng)
    date = f"{rng.choice(MONTHS)} {rng.randint(1, 28)}, {rng.randint(2015, 2024)}"
    neutral = [fill(s, rng, p1, p2) for s in rng.sample(NEUTRAL_SENTENCES, 4)]
    if rng.random() < LETTER_SHARE:
        lead = fill(rng.choice(LETTER_SENTENCES), rng, p1, p2)
        body = [lead, fill(rng.choice(LETTER_QUOTES), rng, p1, p2), *neutral[:2]]
        title = f"{p1.split()[-1]} writes to {p2.split()[-1]}"
    else:
        body = neutral
        title = f"News from {rng.choice(TOWNS)} ({n})"
    return {"title": title, "text": f"{title}\n\n{date}\n\n" + "\n\n".join(body) + "\n"}


def write_corpus(folder: Path, n: int, seed: int, as_jsonl: bool) -> list[Path]:
    """Write N reports as .txt files (or one .jsonl file) and return the files to ingest."""
    rng = random.Random(seed)
    if as_jsonl:
        path = folder / "corpus.jsonl"
        with path.open("w", encoding="utf-8") as fh:
            for i in range(n):
                fh.write(json.dumps({"text": make_report(rng, i)["text"]}) + "\n")
        return [path]
    files = []
    for i in range(n):
        path = folder / f"report{i:06d}.txt"
        path.write_text(make_report(rng, i)["text"], encoding="utf-8")
        files.append(path)
    return files


def peak_rss_mb() -> float:
    """Peak resident memory of this process so far (Linux reports KiB)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def current_rss_mb() -> float:
    """Resident memory now, from /proc (0 where /proc is missing)."""
    try:
        pages = int(Path("/proc/self/statm").read_text().split()[1])
    except (OSError, IndexError, ValueError):
        return 0.0
    return pages * resource.getpagesize() / 2**20


@dataclass
class Meter:
    """Counts reports as they go in and notes rate and memory at the checkpoints."""

    total: int
    files: int
    started: float = field(default_factory=time.perf_counter)
    done: int = 0
    files_done: int = 0
    stored_at: float = 0.0
    rows: list[str] = field(default_factory=list)

    def process(self, raw: RawReport, options: Options) -> ProcessedReport:
        """Process one report, noting a checkpoint as the 10% and 50% reports start."""
        self.done += 1
        for share in CHECKPOINTS[:-1]:
            if self.done == max(1, round(self.total * share)):
                self.note(f"{share:4.0%}", self.done - 1)
        return process_report(raw, options)

    def on_file(self, _path: str) -> None:
        """After each file: once the last is stored, note the 100% checkpoint (before linking)."""
        self.files_done += 1
        if self.files_done == self.files:
            self.stored_at = time.perf_counter()
            self.note("100%", self.done)

    def note(self, label: str, stored: int) -> None:
        elapsed = time.perf_counter() - self.started
        self.rows.append(
            f"{label:>6} {stored:>8} {elapsed:>9.1f} {stored / elapsed if elapsed else 0:>11.1f} "
            f"{peak_rss_mb():>13.1f} {current_rss_mb():>12.1f}"
        )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "--reports", type=int, default=10000, help="number of reports to generate (default 10000)"
    )
    parser.add_argument(
        "--as",
        dest="layout",
        choices=("files", "jsonl"),
        default="files",
        help="one .txt file per report, or one JSONL file",
    )
    parser.add_argument("--seed", type=int, default=7, help="random seed of the generated corpus")
    args = parser.parse_args(argv)
    if args.reports < 10:
        parser.error("--reports must be at least 10")

    options = Options()
    nlp.load(options.spacy_model)  # load spaCy before measuring: its memory is a constant, not growth
    with tempfile.TemporaryDirectory(prefix="lettertrace-scale-") as tmp:
        folder = Path(tmp)
        t0 = time.perf_counter()
        files = write_corpus(folder, args.reports, args.seed, args.layout == "jsonl")
        print(f"generated {args.reports} reports ({args.layout}) in {time.perf_counter() - t0:.1f} s")
        print(f"after loading spaCy: peak RSS {peak_rss_mb():.1f} MB, current {current_rss_mb():.1f} MB")
        store = open_store(folder / "register.db")
        meter = Meter(args.reports, len(files))
        summary = ingest_files(store, files, options, on_file=meter.on_file, process=meter.process)
        total = time.perf_counter() - meter.started
        n_comms = store.count(communications)
        n_reports = store.count(reports)
        db_mb = sum(p.stat().st_size for p in folder.glob("register.db*")) / 2**20

    print("\nreading, processing and storing in batches (10% and 50%: as that report starts):")
    print(f"{'at':>6} {'stored':>8} {'seconds':>9} {'reports/s':>11} {'peak RSS MB':>13} {'RSS now MB':>12}")
    print("\n".join(meter.rows))
    link_s = total - (meter.stored_at - meter.started)
    print(f"\nlinking the register once at the end: {link_s:.1f} s; peak RSS after it {peak_rss_mb():.1f} MB")
    print(f"whole run: {n_reports} reports in {total:.1f} s = {n_reports / total:.1f} reports/s")
    print(f"failed {len(summary.failed)}, communications {n_comms}, register file {db_mb:.1f} MB")
    first, last = meter.rows[0].split(), meter.rows[-1].split()
    growth = float(last[4]) - float(first[4])
    print(f"peak RSS growth from 10% to 100% of the reports stored: {growth:+.1f} MB")
    return 0 if not summary.failed else 1


if __name__ == "__main__":
    sys.exit(main())
