"""A long fuzz campaign over hostile inputs: readers, cleaning and its offset map, metadata, optionally
extraction, and the web query layer. Prints counts; exits 1 when anything raised, hung or broke offsets.

    .venv/bin/python benchmarks/fuzz_campaign.py [--inputs 10000] [--seed 1] [--extract] [--web 2000]

Inputs are built from small invented seed documents (a text report, an HTML page, a JSONL dump, a WARC,
a PDF) by random mutation: byte flips, inserted hostile chunks (NULs, BOMs, control characters, long runs
of punctuation or cue words, deep markup), truncation and splicing, plus plain random bytes. Each input
is written to a file and read with ``read_path`` as an ingest would; each report is then cleaned
(offsets checked against the raw text), given its metadata and, with ``--extract``, run through the
whole per-report pipeline. An input counts as slow past ``--slow`` seconds and as hung past ``--limit``
(stopped by an alarm). ``--web N`` sends N random query strings and paths to the web UI over a register
of the reports read. The test suite runs a bounded, repeatable version of this (tests/test_fuzz.py).
"""

from __future__ import annotations

import argparse
import io
import json
import random
import re
import signal
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path
from typing import Any
from urllib.parse import quote

from fpdf import FPDF
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from lettertrace import clean, meta
from lettertrace.models import Options, RawReport, ReadError
from lettertrace.read import read_path

LETTER = (
    "Talks over the river\n\nMarch 3, 2022\n\nPresident Alma Verhoeven of Freedonia sent a letter to Prime "
    'Minister Tomas Kettle of Sylvania on Monday. "We cannot wait," she wrote.\n\nDear Prime Minister,\n'
    "I write to you about the river.\nSincerely,\nAlma Verhoeven\n"
)
HOSTILE = [
    b"\x00",
    b"\x00\x00\x00",
    b"\xef\xbb\xbf",
    b"\xff\xfe",
    b"\r",
    b"\x1b[31m",
    b"\xe2\x80\xae",
    b"\xc3\x83\xc2\xa9",
    "“".encode() * 500,
    b"!" * 2000,
    b"letter " * 300,
    b"<div>" * 300,
    b"<script>alert(1)</script>",
    b"&#0;&#xD800;",
    b"\n" * 500,
    b"-\n" * 200,
    b"Dear Sir,\n" * 50,
]


class Hung(Exception):
    """An input ran past the time limit."""


def _alarm(signum: int, frame: Any) -> None:
    raise Hung


def seeds() -> dict[str, bytes]:
    """One small invented document per format."""
    html = f"<html><head><title>Talks</title></head><body><article><p>{LETTER}</p></article></body></html>"
    pdf = FPDF()
    pdf.set_font("helvetica", size=12)
    pdf.add_page()
    pdf.multi_cell(0, 10, LETTER.replace("“", '"'))
    warc = io.BytesIO()
    writer = WARCWriter(warc, gzip=False)
    headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
    writer.write_record(
        writer.create_warc_record(
            "https://fuzz.example/a", "response", payload=io.BytesIO(html.encode()), http_headers=headers
        )
    )
    jsonl = json.dumps({"text": LETTER, "published": "2022-03-03", "title": "Talks"}) + "\n"
    return {
        ".txt": LETTER.encode(),
        ".html": html.encode(),
        ".jsonl": (jsonl * 3).encode(),
        ".warc": warc.getvalue(),
        ".pdf": bytes(pdf.output()),
    }


def mutate(data: bytes, rng: random.Random) -> bytes:
    """``data`` after one to five random edits."""
    buf = bytearray(data)
    for _ in range(rng.randint(1, 5)):
        pos = rng.randint(0, len(buf))
        edit = rng.random()
        if edit < 0.3:
            buf[pos:pos] = rng.choice(HOSTILE)
        elif edit < 0.5 and buf:
            for _ in range(rng.randint(1, 20)):
                buf[rng.randrange(len(buf))] = rng.randrange(256)
        elif edit < 0.65:
            del buf[pos:]
        elif edit < 0.8:
            buf[pos:pos] = bytes(buf[rng.randint(0, len(buf)) :][: rng.randint(1, 4000)])
        else:
            buf[pos:pos] = rng.randbytes(rng.randint(1, 300))
    return bytes(buf)


def make_input(rng: random.Random, seed_docs: dict[str, bytes]) -> tuple[str, bytes]:
    """A file suffix and its bytes: a mutated seed, or random bytes under a random suffix."""
    suffix = rng.choice(sorted(seed_docs))
    if rng.random() < 0.1:
        return suffix, rng.randbytes(rng.randint(0, 5000))
    return suffix, mutate(seed_docs[suffix], rng)


class Campaign:
    """Runs inputs through the stages and keeps the counts."""

    def __init__(self, args: argparse.Namespace) -> None:
        self.args = args
        self.counts: Counter[str] = Counter()
        self.reasons: Counter[str] = Counter()
        self.failures: list[str] = []
        self.slowest: list[tuple[float, str]] = []
        self.reports: list[RawReport] = []

    def run_one(self, folder: Path, n: int, suffix: str, data: bytes) -> None:
        path = folder / f"input{n:06d}{suffix}"
        path.write_bytes(data)
        failures = len(self.failures)
        started = time.perf_counter()
        signal.alarm(self.args.limit)
        try:
            self._stages(path)
        except Hung:
            self.counts["hung"] += 1
            self.failures.append(f"hung: {path.name} ({len(data)} bytes)")
        except Exception as exc:  # what the campaign is looking for
            self.counts["raised"] += 1
            self.failures.append(f"raised: {path.name}: {type(exc).__name__}: {str(exc)[:120]}")
        finally:
            signal.alarm(0)
        took = time.perf_counter() - started
        self.counts["slow"] += took > self.args.slow
        self.slowest = sorted([*self.slowest, (took, path.name)], reverse=True)[:5]
        if len(self.failures) == failures:
            path.unlink()  # keep only the inputs that failed (see --keep), to replay them

    def _stages(self, path: Path) -> None:
        options = Options()
        for item in read_path(path, options):
            if isinstance(item, ReadError):
                self.counts["read errors"] += 1
                self.reasons[re.sub(r"^line \d+: ", "", item.reason).split(":")[0][:60]] += 1
                continue
            self.counts["reports"] += 1
            ct = clean.clean(item, options)
            errors = clean.offset_errors(item.raw_text, ct)
            if errors:
                self.counts["offset errors"] += 1
                self.failures.append(f"offsets: {path.name}: {errors[0]}")
            meta.extract_metadata(item, ct)
            if self.args.extract:
                from lettertrace.pipeline import process_report

                process_report(item, options)
            if len(self.reports) < 300:
                self.reports.append(item)


def web_campaign(reports: list[RawReport], n: int, rng: random.Random) -> Counter[str]:
    """Random query strings and paths against the web UI over a register of ``reports``."""
    from fastapi.testclient import TestClient

    from lettertrace.pipeline import process_report
    from lettertrace.store import open_store
    from lettertrace.web import create_app

    counts: Counter[str] = Counter()
    with tempfile.TemporaryDirectory() as folder:
        store = open_store(Path(folder) / "fuzz.db")
        for raw in reports:
            store.save_report(process_report(raw, Options()))
        client = TestClient(create_app(Path(folder) / "fuzz.db"), raise_server_exceptions=False)
        pages = [
            "/",
            "/letters.json",
            "/entities",
            "/entities.json",
            "/reports",
            "/timeline",
            "/network.json",
        ]
        for _ in range(n):
            text = "".join(
                chr(rng.choice([0, 10, 34, 39, 42, 94, rng.randint(32, 0x2FFF)])) for _ in range(8)
            )
            if rng.random() < 0.5:
                params = {rng.choice(["q", "party", "kind", "year", "outlet"]): text}
                r = client.get(rng.choice(pages), params=params)
            else:
                base = rng.choice(["/static/", "/letters/", "/entities/", "/reports/", "/"])
                r = client.get(
                    base + quote(text, safe="") + rng.choice(["", ".json"]), follow_redirects=False
                )
            counts[f"{r.status_code // 100}xx"] += 1
            counts["without nosniff"] += r.headers.get("x-content-type-options") != "nosniff"
    return counts


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--inputs", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--extract", action="store_true", help="also run the whole per-report pipeline")
    parser.add_argument("--web", type=int, default=2000, help="web requests to send (0: none)")
    parser.add_argument("--slow", type=float, default=5.0, help="seconds that make an input slow")
    parser.add_argument("--limit", type=int, default=60, help="seconds that make an input hung")
    parser.add_argument("--keep", type=Path, default=None, help="folder for the inputs that failed")
    args = parser.parse_args()
    rng = random.Random(args.seed)
    signal.signal(signal.SIGALRM, _alarm)
    campaign = Campaign(args)
    seed_docs = seeds()
    started = time.perf_counter()
    with tempfile.TemporaryDirectory() as tmp:
        folder = args.keep or Path(tmp)
        folder.mkdir(parents=True, exist_ok=True)
        for n in range(args.inputs):
            campaign.run_one(folder, n, *make_input(rng, seed_docs))
    print(f"{args.inputs} inputs in {time.perf_counter() - started:.0f} s (seed {args.seed})")
    for key in ("reports", "read errors", "offset errors", "raised", "hung", "slow"):
        print(f"  {key:14} {campaign.counts[key]}")
    print("  read errors by reason: " + ", ".join(f"{r} {c}" for r, c in campaign.reasons.most_common(8)))
    print("  slowest: " + ", ".join(f"{name} {s:.2f} s" for s, name in campaign.slowest))
    if args.web:
        web = web_campaign(campaign.reports, args.web, rng)
        print(f"web: {args.web} requests: " + ", ".join(f"{k} {v}" for k, v in sorted(web.items())))
        campaign.counts["raised"] += web["5xx"] + web["without nosniff"]
    for line in campaign.failures[:20]:
        print("  " + line)
    bad = campaign.counts["raised"] + campaign.counts["hung"] + campaign.counts["offset errors"]
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
