"""Time and peak memory of ingesting one long report, at 256 KB, 1 MB, 5 MB and 20 MB.

    .venv/bin/python benchmarks/long_reports.py [--sizes 256K,1M,5M,20M] [--people 40] [--density 0.8]

Each report is invented text full of communication words: paragraphs in which ``--people``
made-up leaders write, phone, cable and answer one another, with quotes, among a few neutral
sentences (``--density`` is the share of sentences that state a communication). Each size is read,
processed, stored and linked in a fresh process (the steps of ``ingest_files``, into a temporary
register, no time budget), so that the peak resident memory printed is that of one report of that
size, spaCy's model included. Long reports are read in windows (``extract/windows.py``), so time
should grow about linearly with the size and memory stay about flat. The time per KB grows with
the number of people a window names (in-report resolution compares each mention with the parties
known so far).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from ingest_scale import fill, person

SENTENCES = (
    "{t1} {p1} of {c1} sent a letter to {t2} {p2} of {c2} on {wd}, urging talks on {topic}.",
    "{t1} {p1} wrote to {t2} {p2} on {wd} about {topic}.",
    "{t1} {p1} phoned {t2} {p2} of {c2} on {wd} to discuss {topic}.",
    "{t1} {p1} of {c1} cabled condolences to {t2} {p2} on {wd} after the floods.",
    "In a message to {p2}, {s1} said that the talks on {topic} would go on.",
    '"We owe our people an answer on {topic} before the winter," {s1} wrote in the letter.',
    "{p2} replied to the letter from {p1} on {wd}, the ministry of {c2} said.",
    "The two leaders spoke by telephone on {wd} and agreed to exchange letters on {topic}.",
    '"Nothing about {topic} should be decided without both of us," {s1} told {p2} in the call.',
)
NEUTRAL = (
    "Engineers in {c1} finished repairs on the old stone bridge ahead of schedule.",
    "Farmers reported a strong apple crop despite a dry spring.",
    "The central bank of {c1} kept its interest rate unchanged on {wd}.",
)
SIZES = {"K": 1024, "M": 1024 * 1024}


def make_report(size: int, seed: int, density: float, people: int) -> str:
    """An invented report of ``size`` characters: a headline, a date, then paragraphs in which
    ``people`` made-up leaders write to, phone and answer one another."""
    rng = random.Random(seed)
    cast = sorted({person(rng) for _ in range(50 * people)})
    cast = rng.sample(cast, min(people, len(cast)))
    parts = ["Leaders trade letters over the river treaty\n\nMarch 3, 2022\n\n"]
    total = len(parts[0])
    while total < size:
        sentences = []
        for _ in range(rng.randint(3, 6)):
            p1, p2 = rng.sample(cast, 2)
            pool = SENTENCES if rng.random() < density else NEUTRAL
            sentences.append(fill(rng.choice(pool), rng, p1, p2))
        paragraph = " ".join(sentences) + "\n\n"
        parts.append(paragraph)
        total += len(paragraph)
    return "".join(parts)[:size]


def child(path: str) -> None:
    """Read, process, store and link one file in a fresh register; print each stage's seconds as JSON
    (the steps of ``ingest_files``, timed one by one)."""
    from lettertrace import link
    from lettertrace.models import Options, ReadError
    from lettertrace.nlp import load
    from lettertrace.pipeline import process_report
    from lettertrace.read import read_path
    from lettertrace.store import communications, open_store

    options = Options(max_bytes=1 << 40, max_seconds=None)
    load(options.spacy_model)
    times: dict[str, float] = {}
    started = time.perf_counter()
    with tempfile.TemporaryDirectory() as folder:
        store = open_store(Path(folder) / "register.db")
        (raw,) = list(read_path(Path(path), options))
        assert not isinstance(raw, ReadError), raw
        times["read"] = time.perf_counter() - started
        processed = process_report(raw, options)
        times["process"] = time.perf_counter() - started - sum(times.values())
        store.save_report(processed)
        del processed
        times["store"] = time.perf_counter() - started - sum(times.values())
        link.relink(store)
        store.mark_linked()
        times["link"] = time.perf_counter() - started - sum(times.values())
        comms = store.count(communications)
    print(json.dumps({"seconds": time.perf_counter() - started, "times": times, "comms": comms}))


def measure(path: Path) -> tuple[dict[str, object], float]:
    """Run :func:`child` in a fresh process; its output and its peak resident memory in MB."""
    proc = subprocess.Popen(
        [sys.executable, __file__, "--child", str(path)], stdout=subprocess.PIPE, text=True
    )
    assert proc.stdout is not None
    out = proc.stdout.read()
    _, status, usage = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode:
        raise SystemExit(f"child failed ({proc.returncode}) on {path}")
    return json.loads(out.strip().splitlines()[-1]), usage.ru_maxrss / 1024


def parse_size(text: str) -> int:
    return int(float(text[:-1]) * SIZES[text[-1].upper()]) if text[-1].upper() in SIZES else int(text)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="256K,1M,5M,20M")
    parser.add_argument("--seed", type=int, default=3)
    parser.add_argument("--density", type=float, default=0.8)
    parser.add_argument("--people", type=int, default=40, help="how many leaders the report names")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args.child)
        return 0
    print(f"{'size':>6} {'seconds':>8} {'KB/s':>5} {'peak MB':>8} {'letters':>8}   read/process/store/link s")
    with tempfile.TemporaryDirectory() as folder:
        for label in args.sizes.split(","):
            path = Path(folder) / f"report-{label}.txt"
            path.write_text(
                make_report(parse_size(label), args.seed, args.density, args.people), encoding="utf-8"
            )
            result, peak = measure(path)
            took = float(str(result["seconds"]))
            rate = path.stat().st_size / 1024 / took
            stages = "/".join(f"{v:.0f}" for v in dict(result["times"]).values())  # type: ignore[call-overload]
            print(
                f"{label:>6} {took:8.1f} {rate:5.0f} {peak:8.0f} {result['comms']!s:>8}   {stages}",
                flush=True,
            )
            path.unlink()
    return 0


if __name__ == "__main__":
    sys.exit(main())
