"""Web UI latency under a burst of parallel requests, on a register of invented reports.

    .venv/bin/python benchmarks/web_load.py [--reports 1000] [--db artifacts/web_load.db] [--burst 100]

Builds (once, then reuses) a register of ``--reports`` invented reports: letters, calls and messages
between 60 made-up leaders of 20 made-up states, each report run through the real pipeline and linked.
Then starts ``lettertrace serve`` on it and sends ``--rounds`` bursts of ``--burst`` requests at once,
over a mix of pages and JSON twins (letters with and without filters, a party by name, search, entities,
timeline, network, single letters and reports; new letter, report and party choices in each burst).
The first burst meets a cold server (no page computed yet). Prints median, p95 and worst latency per
burst, overall and per page. Target (issue 14): 100 parallel requests on 1,000 reports, p95 under 300 ms.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import subprocess
import sys
import time
import urllib.request
from collections import defaultdict
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TARGET_P95_MS = 300.0
FIRST = ["Alma", "Tomas", "Ida", "Oskar", "Petra", "Ilsa", "Cato", "Mira", "Talia", "Oren", "Pell", "Vera"]
LAST = ["Verhoeven", "Kettle", "Ostrova", "Dahl", "Lind", "Marren", "Rell", "Quell", "Voss", "Hale"]
STATES = [f"{s}ia" for s in ["Freedon", "Sylvan", "Bordur", "Marov", "Kest", "Ulvar", "Tessal", "Orban"]]
TITLES = ["President", "Prime Minister", "Chancellor", "Foreign Minister", "King"]
TEMPLATES = [
    "{a} of {sa} sent a letter to {b} of {sb} on Monday, urging talks on the shared river.",
    "{a} of {sa} phoned {b} of {sb} on Tuesday to discuss grain exports and the harbour.",
    "{a} of {sa} sent a congratulatory message to {b} of {sb} on Sunday after the election.",
    "In a letter to {b} of {sb}, {a} of {sa} asked for the border crossing to reopen.",
]


def invented_report(rng: random.Random, n: int) -> str:
    """One short invented report about one act between two made-up leaders."""
    people = [(f"{rng.choice(TITLES)} {f} {last}", rng.choice(STATES)) for f in FIRST[:6] for last in LAST]
    (a, sa), (b, sb) = rng.sample(people, 2)
    day = f"{rng.choice(['March', 'June', 'October'])} {rng.randint(1, 28)}, {rng.randint(2015, 2024)}"
    body = rng.choice(TEMPLATES).format(a=a, b=b, sa=sa, sb=sb)
    quote = f'"We will not give up on peace between our peoples," {a.split()[-1]} said in report {n}.'
    return f"Report {n}: {a.split()[-1]} and {b.split()[-1]}\n\n{day}\n\n{body}\n\n{quote}\n"


def build_register(db: Path, count: int) -> None:
    """A register of ``count`` invented reports at ``db`` (processed, stored and linked)."""
    from lettertrace import link
    from lettertrace.models import Options, RawReport
    from lettertrace.pipeline import process_report
    from lettertrace.store import open_store

    rng = random.Random(14)
    store = open_store(db)
    started = time.perf_counter()
    for n in range(count):
        text = invented_report(rng, n)
        raw = RawReport(source=f"invented/report{n:05d}.txt", sha256=f"{n:064x}", raw_text=text, fmt="txt")
        store.save_report(process_report(raw, Options()))
    link.relink(store)
    store.mark_linked()
    print(f"built {db} from {count} invented reports in {time.perf_counter() - started:.0f} s")


def urls(base: str, rng: random.Random) -> list[tuple[str, str]]:
    """(label, url) for one burst: the register's pages and twins, some with filters."""
    letters = fetch_json(f"{base}/letters.json")["letters"]
    reports = fetch_json(f"{base}/reports.json")["reports"]
    mix = [
        ("letters", "/"),
        ("letters.json", "/letters.json"),
        ("kind", "/?kind=call"),
        ("party by name", f"/?party={rng.choice(LAST)}"),
        ("search", "/letters.json?q=harbour"),
        ("entities", "/entities"),
        ("timeline", "/timeline"),
        ("network", "/network"),
        ("letter", f"/letters/{rng.choice(letters)['id']}"),
        ("report", f"/reports/{rng.choice(reports)['id']}"),
    ]
    return [(label, base + path) for label, path in mix]


def fetch_json(url: str) -> dict:  # type: ignore[type-arg]
    import json

    with urllib.request.urlopen(url, timeout=120) as r:
        return dict(json.loads(r.read()))


def timed_get(url: str) -> tuple[float, int]:
    started = time.perf_counter()
    with urllib.request.urlopen(url, timeout=120) as r:
        r.read()
        status = r.status
    return (time.perf_counter() - started) * 1000, status


def serve(db: Path, port: int) -> subprocess.Popen[bytes]:
    """``lettertrace serve`` in a subprocess, once it answers."""
    cmd = [sys.executable, "-c", "from lettertrace.cli import main; main()", "serve", "--db", str(db)]
    proc = subprocess.Popen([*cmd, "--port", str(port)], stdout=subprocess.DEVNULL)
    for _ in range(600):
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{port}/static/style.css", timeout=1).read()
            return proc
        except OSError:
            time.sleep(0.1)
    proc.kill()
    raise SystemExit("the server did not start")


def cpu_ms(pid: int) -> float:
    """CPU time (user and system) process ``pid`` has used, in ms: what a burst costs the server whatever
    else the machine runs (Linux /proc; 0 elsewhere)."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    return (int(fields[11]) + int(fields[12])) * 1000 / os.sysconf("SC_CLK_TCK")


def pct(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(p * len(ordered)))]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reports", type=int, default=1000)
    parser.add_argument("--db", type=Path, default=ROOT / "artifacts" / "web_load.db")
    parser.add_argument("--burst", type=int, default=100)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--port", type=int, default=8765)
    args = parser.parse_args()
    if not args.db.exists():
        args.db.parent.mkdir(parents=True, exist_ok=True)
        build_register(args.db, args.reports)
    proc = serve(args.db, args.port)
    try:
        rng = random.Random(1)
        base = f"http://127.0.0.1:{args.port}"
        by_label: dict[str, list[float]] = defaultdict(list)
        print(f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs (latency is shared with it)")
        cpu = cpu_ms(proc.pid)
        for n in range(args.rounds):  # the first burst meets a cold server: no page computed yet
            mix = urls(base, rng)
            jobs = [mix[i % len(mix)] for i in range(args.burst)]
            with ThreadPoolExecutor(max_workers=args.burst) as pool:
                results = list(pool.map(lambda job: (job[0], timed_get(job[1])), jobs))
            for label, (ms, status) in results:
                assert status == 200, (label, status)
                by_label[label].append(ms)
            times = [ms for _, (ms, _) in results]
            now = cpu_ms(proc.pid)
            spent, cpu = now - cpu, now
            print(
                f"  burst {n + 1}: median {statistics.median(times):.0f} ms, p95 {pct(times, 0.95):.0f} ms;"
                f" server CPU {spent:.0f} ms"
            )
    finally:
        proc.terminate()
        proc.wait()
    every = [ms for values in by_label.values() for ms in values]
    p95 = pct(every, 0.95)
    print(f"{args.rounds} bursts of {args.burst} parallel requests on {args.db.name}:")
    print(f"  all: median {statistics.median(every):.0f} ms, p95 {p95:.0f} ms, worst {max(every):.0f} ms")
    for label, values in sorted(by_label.items()):
        print(f"  {label:14} median {statistics.median(values):6.0f} ms, p95 {pct(values, 0.95):6.0f} ms")
    verdict = "met" if p95 <= TARGET_P95_MS else "NOT met"
    print(f"p95 / target ({TARGET_P95_MS:.0f} ms): {p95 / TARGET_P95_MS:.2f} ({verdict})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
