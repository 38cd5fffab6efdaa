"""Relinking a register at scale after new reports (issue 10: "under a minute" after 1,000 reports).

    .venv/bin/python benchmarks/relink_scale.py REGISTER [--reports 1000] [--seed 5]

Copies ``REGISTER`` (one ``benchmarks/register_scale.py --keep`` built), stores ``--reports`` invented
reports in the copy as ``lettertrace ingest`` does (processed by the pipeline, saved in batches), then
times ``link.relink`` as ingest runs it, and prints the counts after it and the peak resident memory.
The relink rebuilds the register from every report's facts: the reports ``register_scale.py`` writes
carry none (their letters are written straight into the register tables), so those letters are gone
after it and the figure is a floor (every report read, the full-text index rewritten) rather than what
a register of extracted letters would cost.
"""

from __future__ import annotations

import argparse
import hashlib
import random
import resource
import shutil
import sqlite3
import sys
import tempfile
import time
from contextlib import closing
from pathlib import Path

from lettertrace import link
from lettertrace.models import Options, RawReport
from lettertrace.pipeline import process_report
from lettertrace.store import communications, entities, open_store, reports

GIVEN = "Alma Tomas Ida Oskar Petra Ilsa Mina Cato Lena Rurik Edda Janos".split()
SURNAMES = "Verhoeven Kettle Ostrova Brenholt Marholt Quennevar Dahlin Tarvos Renholt Sovik".split()
TITLES = ["President", "Prime Minister", "Foreign Minister", "Chancellor"]
STATES = ["Freedonia", "Sylvania", "Ostravia", "Norland"]


def report(rng: random.Random, i: int) -> RawReport:
    a, b = f"{rng.choice(GIVEN)} {rng.choice(SURNAMES)}", f"{rng.choice(GIVEN)} {rng.choice(SURNAMES)}"
    ta, tb, sa, sb = rng.choice(TITLES), rng.choice(TITLES), rng.choice(STATES), rng.choice(STATES)
    body = (
        f"{a.split()[-1]} writes to {b.split()[-1]} over the river\n\nMarch {1 + i % 28}, 2022\n\n"
        f"{ta} {a} of {sa} sent a letter to {tb} {b} of {sb} on Monday, urging talks on the shared river.\n\n"
        f'"We cannot let the water become a cause of war," {a.split()[-1]} wrote in the letter.\n'
    )
    return RawReport(
        source=f"/new/{i:05d}.txt", sha256=hashlib.sha256(body.encode()).hexdigest(), raw_text=body, fmt="txt"
    )


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("register", type=Path)
    ap.add_argument("--reports", type=int, default=1000)
    ap.add_argument("--seed", type=int, default=5)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory(prefix="relink-", dir=args.register.parent) as tmp:
        db = Path(tmp) / "register.db"
        with closing(sqlite3.connect(args.register)) as src, closing(sqlite3.connect(db)) as dst:
            src.backup(dst)
        store = open_store(db)
        print(f"before: {store.count(reports):,} reports, {store.count(communications):,} communications")
        rng = random.Random(args.seed)
        t0 = time.perf_counter()
        done = [process_report(report(rng, i), Options()) for i in range(args.reports)]
        t1 = time.perf_counter()
        for i in range(0, len(done), 16):
            store.save_reports(done[i : i + 16])
        t2 = time.perf_counter()
        link.relink(store)
        store.mark_linked()
        t3 = time.perf_counter()
        print(f"processed {args.reports:,} reports in {t1 - t0:.1f} s, stored in {t2 - t1:.1f} s")
        print(f"relink: {t3 - t2:.1f} s")
        print(
            f"after: {store.count(reports):,} reports, {store.count(communications):,} communications, "
            f"{store.count(entities):,} entities"
        )
        shutil.rmtree(tmp, ignore_errors=True)
    print(f"peak resident memory: {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")


if __name__ == "__main__":
    sys.exit(main())
