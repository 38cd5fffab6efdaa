"""Start-up time of the ``lettertrace`` command: ``--help`` and ``letters`` on the sample register.

    .venv/bin/python benchmarks/startup.py [--db REGISTER] [--runs 9]

Each command is run ``--runs`` times in a fresh process; the best and the median wall time are
printed, with the ratio to a bare ``python -c pass`` (the floor any Python command pays). The best
run is the figure to quote: the others only add what else the machine was doing. Without ``--db``
the sample register is built first (``lettertrace ingest ../shared/corpus/dev`` into a temporary
folder; not timed). Targets (issue 10): ``--help`` under 0.3 s, ``letters`` under 0.6 s.

Also printed: the heavy packages each command imports (``-X importtime`` would tell where the
time goes). ``tests/test_startup.py`` checks the same imports, without timing anything.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent
LETTERTRACE = BIN / "lettertrace"
DEV = ROOT.parent / "shared" / "corpus" / "dev"
HEAVY = (
    "torch",
    "spacy",
    "thinc",
    "sentence_transformers",
    "fastapi",
    "uvicorn",
    "jinja2",
    "sqlalchemy",
    "numpy",
    "networkx",
    "lxml",
    "pypdf",
    "trafilatura",
    "dateparser",
)

# Runs a command's code in-process, as the console script does, then names the heavy packages loaded.
PROBE = """
import sys
sys.argv = ["lettertrace", *sys.argv[1:]]
from lettertrace.cli import main
try:
    main()
except SystemExit:
    pass
heavy = {heavy!r}
sys.__stderr__.write("loaded: " + (" ".join(m for m in heavy if m in sys.modules) or "-") + "\\n")
"""


def wall(cmd: list[str], runs: int) -> list[float]:
    """Wall times of ``runs`` fresh runs of ``cmd`` (output discarded; a failure stops the benchmark)."""
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        times.append(time.perf_counter() - start)
    return times


def loaded(args: list[str]) -> str:
    """The heavy packages that ``lettertrace ARGS`` imports."""
    out = subprocess.run(
        [sys.executable, "-c", PROBE.format(heavy=HEAVY), *args],
        check=True,
        capture_output=True,
        text=True,
    )
    return next(line for line in out.stderr.splitlines() if line.startswith("loaded: "))[8:]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--db", type=Path, help="a register to list (default: build one from the dev corpus)")
    ap.add_argument("--runs", type=int, default=9)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        db = args.db
        if db is None:
            db = Path(tmp) / "dev.db"
            print(f"building the sample register from {DEV} ...", flush=True)
            subprocess.run(
                [str(LETTERTRACE), "ingest", str(DEV), "--db", str(db)], check=True, stdout=subprocess.DEVNULL
            )
        cases = [
            ("python -c pass", [sys.executable, "-c", "pass"], None),
            ("import lettertrace.cli", [sys.executable, "-c", "import lettertrace.cli"], None),
            ("lettertrace --help", [str(LETTERTRACE), "--help"], ["--help"]),
            (
                "lettertrace letters",
                [str(LETTERTRACE), "letters", "--db", str(db)],
                ["letters", "--db", str(db)],
            ),
            (
                "lettertrace documents",
                [str(LETTERTRACE), "documents", "--db", str(db)],
                ["documents", "--db", str(db)],
            ),
        ]
        print(f"{args.runs} runs each, wall time in seconds (register: {db.name})")
        print(f"{'command':24} {'best':>6} {'median':>7} {'x python':>9}  heavy packages imported")
        floor = None
        for name, cmd, probe in cases:
            times = wall(cmd, args.runs)
            best = min(times)
            floor = floor or best
            heavy = loaded(probe) if probe else ""
            print(f"{name:24} {best:6.3f} {statistics.median(times):7.3f} {best / floor:8.1f}x  {heavy}")


if __name__ == "__main__":
    main()
