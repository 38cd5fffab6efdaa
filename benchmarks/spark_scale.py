"""The Spark job against local ingest: throughput per core, parallel efficiency, overhead, merge cost.

    .venv/bin/python benchmarks/spark_scale.py [--records 2000] [--files 16] [--annotated 0.05] [--seed 13]
                                              [--cores 2] [--pad-kb 0] [--json FILE]

Generates, in a temporary folder, ``--files`` WARC files (``.warc.gz``, HTML response records, as a news
crawl holds them) of ``--records`` web pages: 95 % made from the excerpts of ../shared/corpus/background
and 5 % from the annotated reports of dev, train and train2 (read in place; nothing is copied into the
repository), each page a variant of its text (the paragraphs after the headline and dateline in another
order, its own URL) wrapped in the same invented navigation and footer (``--pad-kb``: and that many KB
of invented scripts and teaser menus, for pages the size of real news pages). Then, on the same files:

1. local ingest (``ingest_files``: read, ``process_report``, store, link), timed, with the time spent in
   ``process_report`` alone;
2. the Spark job (``lettertrace.spark.job.run_job``) with ``local[1]``, then ``local[N]`` (``--cores``);
3. ``load-facts`` of the ``local[N]`` facts into a fresh register, timed, and its JSON export compared
   with local ingest's, byte for byte.

It prints records per second per core for each, the parallel efficiency (throughput with N cores over
N times that with one), the job's overhead against local ingest, spaCy loads and peak memory of the
Python workers, and the merge step's time. On a machine shared with other work the efficiency is noisy:
run it more than once. On a checkout others are editing, run it on a snapshot of the code, which the
Spark workers then import too: ``git archive HEAD src | tar -x -C DIR`` and ``PYTHONPATH=DIR/src``.
"""

from __future__ import annotations

import argparse
import html
import io
import json
import os
import random
import resource
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from lettertrace.export.json_export import export_json
from lettertrace.ingest import ingest_files
from lettertrace.models import Options, ProcessedReport, RawReport
from lettertrace.pipeline import process_report
from lettertrace.read import read_path
from lettertrace.spark import job, unavailable
from lettertrace.spark.load import load_facts
from lettertrace.store import open_store

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"
ANNOTATED = ("dev", "train", "train2")


def texts(folder: Path) -> list[tuple[str, str]]:
    """(name, text) of every plain-text report of a corpus folder, read in place."""
    out = []
    for path in sorted(folder.glob("*.txt")):
        for rec in read_path(path, Options()):
            if isinstance(rec, RawReport):
                out.append((f"{folder.name}/{path.stem}", rec.raw_text))
    return out


def variant(text: str, k: int) -> str:
    """Variant ``k`` of a report: headline and the paragraph under it kept, the others reordered."""
    paragraphs = [p for p in text.split("\n\n") if p.strip()]
    head, rest = paragraphs[:2], paragraphs[2:]
    if k:
        random.Random(k).shuffle(rest)
    return "\n\n".join(head + rest)


SECTIONS = "World Politics Business Markets Sport Culture Science Health Travel Opinion Video Weather".split()
TEASER_WORDS = (
    "new plan city council river market team season vote budget school bridge storm festival".split()
)


def page(text: str, pad_kb: int = 0) -> bytes:
    """A news web page around ``text`` (invented navigation and footer for the cleaner to drop), with
    about ``pad_kb`` KB more of invented page furniture (scripts, menus, teasers), as on real news sites."""
    head, *paragraphs = text.split("\n\n")
    body = "".join(f"<p>{html.escape(p)}</p>\n" for p in paragraphs)
    return (
        "<!doctype html><html><head><meta charset='utf-8'>"
        f"<title>{html.escape(head)} | Example News</title>{furniture(pad_kb // 2, script=True)}</head><body>"
        "<nav><a href='/'>Home</a> <a href='/world'>World</a> <a href='/sport'>Sport</a></nav>"
        f"<article><h1>{html.escape(head)}</h1>\n{body}</article>{furniture(pad_kb - pad_kb // 2)}"
        "<footer>Example News. All rights reserved. Subscribe to our newsletter.</footer></body></html>"
    ).encode()


def furniture(kb: int, script: bool = False) -> str:
    """``kb`` KB of invented page furniture: a tracking script's data, or menus of teaser links."""
    rng, out, size = random.Random(kb), [], 0
    while size < kb * 1024:
        if script:
            item = f"<script>window.__data = {json.dumps({'slot': rng.randrange(10**6), 'ids': list(range(40))})};</script>"
        else:
            words = " ".join(rng.choice(TEASER_WORDS) for _ in range(8))
            item = f"<li><a href='/{rng.choice(SECTIONS).lower()}/{rng.randrange(10**6)}'>{words.capitalize()}</a></li>"
        out.append(item)
        size += len(item)
    return "".join(out) if script else f"<aside><ul>{''.join(out)}</ul></aside>" if out else ""


def generate(
    folder: Path, records: int, files: int, share: float, seed: int, pad_kb: int = 0
) -> tuple[int, int, int]:
    """Write the WARC files; return (records, annotated records, bytes of HTML)."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    background = texts(CORPUS / "background")
    annotated = [t for name in ANNOTATED for t in texts(CORPUS / name)]
    if not background or not annotated:
        raise SystemExit(f"corpora not found under {CORPUS}")
    rng = random.Random(seed)
    n_annotated = round(records * share)
    kinds = [True] * n_annotated + [False] * (records - n_annotated)
    rng.shuffle(kinds)
    per_file = -(-records // files)
    size = 0
    for f in range(files):
        with (folder / f"crawl-{f:03d}.warc.gz").open("wb") as fh:
            writer = WARCWriter(fh, gzip=True)  # each record a gzip member, as in Common Crawl's files
            for i in range(f * per_file, min(records, (f + 1) * per_file)):
                pool = annotated if kinds[i] else background
                name, text = pool[i % len(pool)]
                body = page(variant(text, i // len(pool)), pad_kb)
                size += len(body)
                headers = StatusAndHeaders(
                    "200 OK", [("Content-Type", "text/html; charset=utf-8")], "HTTP/1.1"
                )
                url = f"https://news.example/{name}/{i}"
                rec = writer.create_warc_record(
                    url, "response", payload=io.BytesIO(body), http_headers=headers
                )
                writer.write_record(rec)
    return records, n_annotated, size


def local_ingest(files: list[Path], db: Path) -> dict[str, float]:
    """Local ingest of the files, with the seconds spent in ``process_report``."""
    spent = [0.0, 0.0]

    def timed(raw: RawReport, options: Options) -> ProcessedReport:
        start, start_cpu = time.perf_counter(), time.process_time()
        try:
            return process_report(raw, options)
        finally:
            spent[0] += time.perf_counter() - start
            spent[1] += time.process_time() - start_cpu

    start = time.perf_counter()
    summary = ingest_files(open_store(db), files, Options(), process=timed)
    return {
        "seconds": time.perf_counter() - start,
        "process_seconds": spent[0],
        "process_cpu_seconds": spent[1],
        "reports": len(summary.ingested),
        "failed": len(summary.failed),
    }


def read_only(files: list[Path]) -> tuple[float, float]:
    """Wall and CPU seconds to read every record of the files into RawReports (WARC, HTTP, HTML)."""
    start, start_cpu = time.perf_counter(), time.process_time()
    for path in files:
        for _rec in read_path(path, Options()):
            pass
    return time.perf_counter() - start, time.process_time() - start_cpu


def tree_cpu() -> float:
    """CPU seconds used so far by this process's descendants (Spark's JVM and its Python workers), read
    from /proc: a figure the other work on a shared machine does not inflate, as it does wall time."""
    tick = os.sysconf("SC_CLK_TCK")
    parent: dict[int, int] = {}
    used: dict[int, float] = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        parent[int(entry.name)] = int(fields[1])
        used[int(entry.name)] = sum(int(f) for f in fields[11:15]) / tick  # utime stime cutime cstime
    me, total = os.getpid(), 0.0
    for pid in used:
        up = parent.get(pid)
        while up and up != me:
            up = parent.get(up)
        if up == me:
            total += used[pid]
    return total


def spark_run(master: str, inputs: list[str], out: Path) -> dict[str, Any]:
    """One session: a cold run on the first file (the JVM's classes, the Python workers and their spaCy
    load: a fixed cost per executor), then the timed run on every file."""
    start = time.perf_counter()
    spark = job.session(master, app=f"spark_scale {master}", **{"spark.ui.enabled": "false"})
    started = time.perf_counter() - start
    try:
        cold = job.run_job(spark, inputs[:1], str(out.with_name(out.name + "-cold")), Options())
        cpu_before, own_before = tree_cpu(), time.process_time()
        summary = job.run_job(spark, inputs, str(out), Options())
        job_cpu = tree_cpu() - cpu_before + time.process_time() - own_before
    finally:
        spark.stop()
    workers = list(summary.workers.values())
    return {
        "master": master,
        "session_seconds": started,
        "cold_seconds": cold.seconds,
        "cold_reports": cold.reports,
        "seconds": summary.seconds,
        "job_cpu_seconds": job_cpu,  # the driver, the JVM and every Python worker, during the timed run
        "reports": summary.reports,
        "errors": summary.error_count,
        "partitions": summary.partitions,
        "workers": len(workers),
        "spacy_loads": sum(int(w["loads"]) for w in workers),
        "process_seconds": sum(w["seconds"] for w in workers),
        "process_cpu_seconds": sum(w.get("cpu_seconds", 0.0) for w in workers),
        "worker_peak_mb": max((w.get("peak_mb", 0.0) for w in workers), default=0.0),
    }


def code_digest() -> str:
    """A digest of lettertrace's source files: the Spark workers import them afresh, so code edited
    during a run (another session's work in the same checkout) would make the two registers differ."""
    import hashlib

    import lettertrace

    digest = hashlib.sha256()
    for path in sorted(Path(lettertrace.__file__).parent.rglob("*")):
        if path.suffix in (".py", ".yaml", ".json", ".txt") and "__pycache__" not in path.parts:
            digest.update(path.read_bytes())
    return digest.hexdigest()[:12]


def _size(folder: Path, pattern: str = "**/*") -> int:
    return sum(p.stat().st_size for p in folder.glob(pattern) if p.is_file())


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--records", type=int, default=2000)
    ap.add_argument("--files", type=int, default=16)
    ap.add_argument("--annotated", type=float, default=0.05, help="share of records from annotated reports")
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument("--cores", type=int, default=2)
    ap.add_argument("--pad-kb", type=int, default=0, help="KB of invented page furniture added to each page")
    ap.add_argument("--json", type=Path, help="also write the figures to this file")
    args = ap.parse_args(argv)
    problem = unavailable()
    if problem:
        print(f"Spark cannot run here: {problem}", file=sys.stderr)
        return 2
    load_start, code = os.getloadavg()[0], code_digest()
    with tempfile.TemporaryDirectory(prefix="spark_scale-") as tmp:
        folder = Path(tmp)
        (folder / "warc").mkdir()
        n, n_ann, size = generate(
            folder / "warc", args.records, args.files, args.annotated, args.seed, args.pad_kb
        )
        files = sorted((folder / "warc").glob("*.warc.gz"))
        warc_mb = sum(f.stat().st_size for f in files) / 2**20
        print(
            f"generated {n} records ({n_ann} annotated) in {len(files)} WARC files: {size / 2**20:.1f} MB of HTML, "
            f"{warc_mb:.1f} MB gzipped"
        )
        local = local_ingest(files, folder / "local.db")
        print(
            f"local ingest: {local['seconds']:.1f} s ({local['process_seconds']:.1f} s in process_report, "
            f"{local['process_cpu_seconds']:.1f} s CPU), "
            f"{local['reports']} reports, {local['failed']} failed"
        )
        reading, reading_cpu = read_only(files)
        local["read_seconds"], local["read_cpu_seconds"] = reading, reading_cpu
        print(
            f"reading the records alone (WARC, HTTP, HTML; no processing): {reading:.1f} s ({reading_cpu:.1f} s CPU)"
        )
        inputs = [str(f) for f in files]
        one = spark_run("local[1]", inputs, folder / "facts1")
        many = spark_run(f"local[{args.cores}]", inputs, folder / "facts")
        for r in (one, many):
            print(
                f"spark {r['master']}: {r['seconds']:.1f} s (before it: {r['session_seconds']:.1f} s session start, "
                f"{r['cold_seconds']:.1f} s cold run on one file of {r['cold_reports']} reports), "
                f"{r['reports']} reports, {r['errors']} errors, {r['partitions']} partitions, {r['workers']} "
                f"workers, spaCy loaded {r['spacy_loads']} times, {r['process_seconds']:.1f} s in "
                f"process_report ({r['process_cpu_seconds']:.1f} s CPU), worker peak {r['worker_peak_mb']:.0f} MB; "
                f"CPU of the whole job (JVM, workers, driver): {r['job_cpu_seconds']:.1f} s"
            )
        start = time.perf_counter()
        loaded = load_facts(open_store(folder / "spark.db"), folder / "facts")
        merge = time.perf_counter() - start
        same = export_json(open_store(folder / "local.db"), None) == export_json(
            open_store(folder / "spark.db"), None
        )
        alone = local["process_seconds"] + reading  # what the job does per record, without Spark
        local_rate = n / alone
        rate1 = n / one["seconds"]
        rate_n = n / many["seconds"] / args.cores
        figures = {
            "records": n,
            "annotated": n_ann,
            "html_mb": size / 2**20,
            "warc_gz_mb": warc_mb,
            "local_ingest": local,
            "spark_1": one,
            "spark_n": many,
            "records_per_s_per_core_read_and_process": local_rate,
            "records_per_s_per_core_local_1": rate1,
            "records_per_s_per_core_local_n": rate_n,
            "parallel_efficiency": rate_n / rate1,
            "overhead_local_1_vs_read_and_process": one["seconds"] / alone - 1,
            "overhead_local_1_plus_load_vs_ingest": (one["seconds"] + merge) / local["seconds"] - 1,
            "load_facts_seconds": merge,
            "facts_mb": _size(folder / "facts") / 2**20,
            "register_mb": _size(folder, "spark.db*") / 2**20,
            "loaded": len(loaded.ingested),
            "identical_export": same,
            "cpu_seconds_per_record_without_spark": (local["process_cpu_seconds"] + reading_cpu) / n,
            "cpu_seconds_per_record_local_1": one["job_cpu_seconds"] / n,
            "cpu_seconds_per_record_local_n": many["job_cpu_seconds"] / n,
            "driver_peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
            "load_average_1min": {"start": load_start, "end": os.getloadavg()[0]},
        }
        print(
            f"facts: {figures['facts_mb']:.1f} MB of Parquet; register: {figures['register_mb']:.1f} MB of SQLite"
        )
        print(
            f"load-facts (merge and link): {merge:.1f} s for {len(loaded.ingested)} reports; "
            f"JSON export identical to local ingest's: {'yes' if same else 'NO'}"
        )
        print(
            f"records/s per core: read and process_report without Spark {local_rate:.1f}, spark local[1] {rate1:.1f}, "
            f"spark local[{args.cores}] {rate_n:.1f}"
        )
        print(f"parallel efficiency local[{args.cores}] vs local[1]: {figures['parallel_efficiency']:.2f}")
        print(
            f"CPU seconds per record: read and process_report without Spark "
            f"{figures['cpu_seconds_per_record_without_spark'] * 1000:.1f} ms, whole job local[1] "
            f"{figures['cpu_seconds_per_record_local_1'] * 1000:.1f} ms, local[{args.cores}] "
            f"{figures['cpu_seconds_per_record_local_n'] * 1000:.1f} ms"
        )
        print(
            f"overhead of spark local[1] over read and process_report without Spark: "
            f"{figures['overhead_local_1_vs_read_and_process']:+.0%}; "
            f"local[1] plus load-facts over local ingest: {figures['overhead_local_1_plus_load_vs_ingest']:+.0%}"
        )
        print(
            f"1-minute load average: {load_start:.2f} at the start, {os.getloadavg()[0]:.2f} at the end "
            f"({os.cpu_count()} cores; other work on the machine makes the efficiency noisy)"
        )
        if code_digest() != code:
            print(
                "warning: lettertrace's source files changed during the run: the registers compared ran different code"
            )
        if args.json:
            args.json.write_text(json.dumps(figures, indent=1) + "\n", encoding="utf-8")
    return 0 if same else 1


if __name__ == "__main__":
    sys.exit(main())
