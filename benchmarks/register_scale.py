"""The register at scale: build one of N communications straight through the store, then time queries.

    .venv/bin/python benchmarks/register_scale.py [--comms 1000000] [--repeat 3] [--keep FILE]

The register is written row by row into the store's own tables (``lettertrace.store``), as the link
stage writes them, without extraction: about one report per two communications, one entity per
twenty, each communication told by one or two reports, one quote per communication, a demand for
one in twenty and a flag for one in a hundred; the full-text index holds every report and quote.
Each row is modelled on what the pipeline makes of an invented report (processed once, here): the
JSON of a mention, a quote, a report's metadata. Names, dates (1990-2024, a tenth undated), kinds
and words are drawn at random (seeded).

Then each query is timed (best of ``--repeat``), as the CLI and the web UI run it:
``letters --party`` (every letter of a party, by id, whole name and a part of it), ``--kind`` and ``--since --until`` (a page of 100, and
the next by keyset) (``query.filter_comms``), a full-text search (its hits counted, ``query.search_counts``, and the first page with snippets,
``query.search_snippets``), and
through the web UI's test client the letters page (first and a later page), a party, a year, a date
range, a year with every facet counted (``count=all``), a search, an entity page and a letter page. The web
UI reads the totals and facet counts of the whole register from counts kept by triggers (``register_tally``)
and keeps them in memory until a write; the facets it counts in SQL have ``FACET_TIME_LIMIT_MS`` together
(``web.letter_query``: those not counted by then are said to be); the first request is timed on its own.
A register kept from an older schema is brought up to date as it is opened (timed with the build). For every SQL statement a query runs, ``EXPLAIN QUERY PLAN`` is asked for and each full scan
of a table is printed. Peak resident memory is printed last. Target (issue 10): each query under 50 ms
at 1,000,000.
"""

from __future__ import annotations

import argparse
import datetime as dt
import itertools
import json
import random
import resource
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from sqlalchemy import event, insert

from lettertrace import query, search_index
from lettertrace.models import Options, RawReport
from lettertrace.offsets import Offsets
from lettertrace.pipeline import process_report
from lettertrace.serial import to_plain
from lettertrace.store import (
    Store,
    aliases,
    comm_mentions,
    communications,
    demands,
    entities,
    flags,
    open_store,
    quotes,
    reports,
)

CHUNK = 20_000
PAGE = 100  # letters a timed page holds
GIVEN = (
    "Alma Tomas Ida Oskar Petra Ilsa Mina Cato Lena Rurik Edda Janos Vera Milo Sanne Teodor Ines Bram".split()
)
SYLLABLES = "ver ho ket tle os tro va dahl lin mar ren holt rel bren quel vos hal so tar iv lus ka no".split()
TOPICS = (
    "harbour treaty grain exports border crossing fishing rights rail link flood relief river dam".split()
)
TEMPLATE = (
    "Verhoeven writes to Kettle over river dispute\n\nMarch 3, 2022\n\n"
    "President Alma Verhoeven of Freedonia sent a letter to Prime Minister Tomas Kettle of Sylvania on Monday, "
    "urging talks on the shared river.\n\n"
    '"We cannot let the water that feeds both our nations become a cause of war," Verhoeven wrote in the letter.\n'
)


def template() -> dict[str, Any]:
    """The rows the pipeline makes of one invented report, to model the generated ones on."""
    raw = RawReport(source="template.txt", sha256="0" * 64, raw_text=TEMPLATE, fmt="txt")
    done = process_report(raw, Options())
    comm, quote = done.extraction.communications[0], done.extraction.quotes[0]
    return {"mention": json.dumps(to_plain(comm)), "quote": quote, "meta": json.dumps(to_plain(done.meta))}


def surname(rng: random.Random) -> str:
    return "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 3))).capitalize()


def date_of(rng: random.Random) -> tuple[str | None, str | None, str]:
    if rng.random() < 0.1:
        return None, None, "unknown"
    day = dt.date(1990, 1, 1) + dt.timedelta(days=rng.randrange(35 * 365))
    precision = rng.choice(("day", "day", "month", "year"))
    if precision == "day":
        return day.isoformat(), day.isoformat(), precision
    if precision == "month":
        last = (day.replace(day=28) + dt.timedelta(days=4)).replace(day=1) - dt.timedelta(days=1)
        return day.replace(day=1).isoformat(), last.isoformat(), precision
    return f"{day.year}-01-01", f"{day.year}-12-31", precision


def build(store: Store, n_comms: int, seed: int) -> dict[str, Any]:
    """Write the register; returns a few ids and names to query."""
    rng = random.Random(seed)
    tpl = template()
    n_ents, n_reports = max(10, n_comms // 20), max(1, n_comms // 2)
    names = [f"{rng.choice(GIVEN)} {surname(rng)}" for _ in range(n_ents)]
    ent_ids = [f"e-{i:07d}" for i in range(n_ents)]
    with store.begin() as conn:
        conn.execute(
            insert(entities),
            [
                {"id": e, "name": nm, "etype": "person", "wikidata": None, "roles": "[]"}
                for e, nm in zip(ent_ids, names, strict=True)
            ],
        )
        conn.execute(
            insert(aliases),
            [
                {"entity_id": e, "alias": a, "akind": k, "report_id": None}
                for e, nm in zip(ent_ids, names, strict=True)
                for a, k in ((nm, "name"), (nm.split()[-1], "surname"))
            ],
        )
    texts: list[str] = []
    for start in range(0, n_reports, CHUNK):
        rows, fts = [], []
        for i in range(start, min(n_reports, start + CHUNK)):
            a, b, topic = rng.choice(names), rng.choice(names), " ".join(rng.sample(TOPICS, 3))
            body = f"{a} sent a letter to {b} about the {topic}.\n\nOfficials said talks on the {topic} would go on."
            rid = f"r{i:011d}"
            rows.append(
                {
                    "id": rid, "source": f"/stream/{i:08d}.txt", "sha256": f"{i:064d}", "fmt": "txt",
                    "title": f"{a} writes to {b}", "outlet": "Invented Wire", "author": None, "url": None,
                    "published": date_of(rng)[0], "dateline_place": None, "raw_text": body, "clean_text": body,
                    "offsets": Offsets(range(len(body))).to_json(), "meta": tpl["meta"], "extraction": "{}",
                    "ingested_at": "2024-01-01T00:00:00+00:00",
                }
            )  # fmt: skip
            fts.append(("report", rid, rid, body))
            if i < 50:
                texts.append(body)
        with store.begin() as conn:
            conn.execute(insert(reports), rows)
            search_index.write(conn, fts)  # in the order generated (the link stage: by publication)
    q = tpl["quote"]
    for start in range(0, n_comms, CHUNK):
        cs, ms, qs, ds, fs, fts = [], [], [], [], [], []
        for i in range(start, min(n_comms, start + CHUNK)):
            cid = f"c-{i:010d}"
            earliest, latest, precision = date_of(rng)
            recips = rng.sample(ent_ids, rng.choice((1, 1, 2)))
            cs.append(
                {
                    "id": cid, "kind": rng.choice(("letter", "letter", "message", "call")),
                    "sender": rng.choice(ent_ids), "recipients": json.dumps(recips), "earliest": earliest,
                    "latest": latest, "precision": precision,
                    "in_reply_to": f"c-{rng.randrange(i):010d}" if i and rng.random() < 0.05 else None,
                    "implied": int(rng.random() < 0.02), "summary": None,
                }
            )  # fmt: skip
            for rep in {rng.randrange(n_reports) for _ in range(rng.choice((1, 1, 1, 2)))}:
                ms.append(
                    {
                        "communication_id": cid, "report_id": f"r{rep:011d}", "local_idx": 0,
                        "data": tpl["mention"], "start": 0, "end": 40, "full_start": None, "full_end": None,
                    }
                )  # fmt: skip
            rid = ms[-1]["report_id"]
            words = f"{q.text} {' '.join(rng.sample(TOPICS, 2))}"
            qs.append(
                {
                    "id": f"{rid}-q{i}", "report_id": rid, "qkind": "quote", "start": 0, "end": len(words),
                    "text": words, "speaker": rng.choice(ent_ids), "speaker_name": None, "communication_id": cid,
                    "citation": 0, "cue": q.cue,
                }
            )  # fmt: skip
            fts.append(("quote", f"{rid}-q{i}", rid, words))
            if rng.random() < 0.05:
                ds.append(
                    {
                        "id": f"d{i}",
                        "report_id": rid,
                        "communication_id": cid,
                        "start": 0,
                        "end": 10,
                        "text": "to reopen the pass",
                    }
                )
            if rng.random() < 0.01:
                fs.append(
                    {
                        "report_id": rid,
                        "communication_id": cid,
                        "code": "two_dates",
                        "message": "two dates",
                        "evidence": "[]",
                    }
                )
        with store.begin() as conn:
            for table, rows in (
                (communications, cs),
                (comm_mentions, ms),
                (quotes, qs),
                (demands, ds),
                (flags, fs),
            ):
                if rows:
                    conn.execute(insert(table), rows)
            search_index.write(conn, fts)
    busiest = rng.choice(ent_ids)
    return {"party": names[ent_ids.index(busiest)], "entity": busiest, "letter": f"c-{n_comms // 2:010d}"}


class Plans:
    """The SQL statements run on an engine, and the full table scans ``EXPLAIN QUERY PLAN`` finds in them."""

    def __init__(self, store: Store) -> None:
        self.store, self.seen = store, {}  # type: ignore[var-annotated]
        event.listen(store.engine, "before_cursor_execute", self._record)

    def _record(self, conn: Any, cursor: Any, statement: str, params: Any, context: Any, many: bool) -> None:
        if statement.lstrip().upper().startswith(("SELECT", "WITH")) and not many:
            self.seen.setdefault(statement, params)

    def scans(self) -> list[str]:
        found = []
        statements, self.seen = dict(self.seen), {}
        raw = self.store.engine.raw_connection()
        try:
            for sql, params in statements.items():
                for row in raw.cursor().execute(f"EXPLAIN QUERY PLAN {sql}", params or ()):
                    detail = row[-1]
                    if detail.startswith("SCAN") and "INDEX" not in detail and "VIRTUAL" not in detail:
                        found.append(detail)
        finally:
            raw.close()
        return sorted(set(found))


def peak_mb() -> float:
    """Peak resident memory of this process so far, in MB."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def best_of(fn: Callable[[], Any], repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - t0)
    return best


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--comms", type=int, default=1_000_000)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--seed", type=int, default=10)
    ap.add_argument(
        "--keep",
        type=Path,
        help="build the register in this file and keep it (when it is there: query it again)",
    )
    args = ap.parse_args()
    with tempfile.TemporaryDirectory(prefix="scale-") as tmp:
        db = args.keep or Path(tmp) / "register.db"
        t0 = time.perf_counter()
        store = open_store(db)
        sidecar = Path(f"{db}.picks.json")
        if args.keep and args.keep.exists() and sidecar.exists() and store.count(communications):
            picks = json.loads(sidecar.read_text())  # built before: queried again
        else:
            picks = build(store, args.comms, args.seed)
            if args.keep:
                sidecar.write_text(json.dumps(picks))
        counts = {t.name: store.count(t) for t in (reports, communications, comm_mentions, entities, quotes)}
        print(
            f"built in {time.perf_counter() - t0:.0f} s: "
            + ", ".join(f"{v:,} {k}" for k, v in counts.items())
        )
        run(store, db, picks, args.repeat)
    print(f"peak resident memory: {peak_mb():.0f} MB")


def run(store: Store, db: Path, picks: dict[str, Any], repeat: int) -> None:
    from fastapi.testclient import TestClient

    from lettertrace.web import create_app

    app = create_app(db)
    client = TestClient(app)
    t0 = time.perf_counter()
    client.__enter__()  # the server starts as ``lettertrace serve`` does: warmed up, templates compiled
    print(
        "web: server start (totals, facet counts and names of the whole register): "
        f"{time.perf_counter() - t0:.2f} s"
    )
    plans = Plans(store), Plans(app.state.store)

    calls = itertools.count()

    def get(url: str) -> Callable[[], Any]:
        def fetch() -> Any:  # a parameter no page reads: computed, not replayed by the response cache
            r = client.get(f"{url}{'&' if '?' in url else '?'}nocache={next(calls)}")
            assert r.status_code == 200, url
            return r

        return fetch

    t0 = time.perf_counter()
    get("/?limit=50")()
    print(f"web: first request: {(time.perf_counter() - t0) * 1000:.1f} ms")
    party, eid, year = picks["party"], picks["entity"], "2001"
    cursor = get("/letters.json?kind=call&limit=50")().json()["paging"]["next_cursor"]
    last = query.filter_comms(store, kind="call", limit=PAGE)[-1]["id"]
    cases: list[tuple[str, Callable[[], Any]]] = [
        (f"letters --party '{party}' (all)", lambda: query.filter_comms(store, party=party)),
        (f"letters --party {eid} (all)", lambda: query.filter_comms(store, party=eid)),
        (
            f"letters --party '{party.split()[-1]}' (part of a name, first {PAGE})",
            lambda: query.filter_comms(store, party=party.split()[-1], limit=PAGE),
        ),
        (f"letters --kind call (first {PAGE})", lambda: query.filter_comms(store, kind="call", limit=PAGE)),
        (
            f"letters --kind call (next {PAGE}, keyset)",
            lambda: query.filter_comms(store, kind="call", after=last, limit=PAGE),
        ),
        (
            f"letters --since {year} --until {year} (first {PAGE})",
            lambda: query.filter_comms(store, since=year, until=year, limit=PAGE),
        ),
        (
            "search 'harbour treaty' (FTS, count, first 20)",
            lambda: (
                query.search_counts(store, query.fts_query("harbour treaty")),
                query.search_snippets(store, query.fts_query("harbour treaty"), limit=20),
            ),
        ),
        ("web letters page /", get("/?limit=50")),
        ("web letters page 2 /?kind=call&after=", get(f"/?kind=call&limit=50&after={cursor}")),
        ("web letters of a party /?party=", get(f"/?party={eid}&limit=50")),
        (f"web year facet /?year={year}", get(f"/?year={year}&limit=50")),
        (f"web date range /?since={year}&until={year}", get(f"/?since={year}&until={year}&limit=50")),
        ("web year facet, every facet counted (&count=all)", get(f"/?year={year}&limit=50&count=all")),
        ("web search /?q=harbour+treaty", get("/?q=harbour+treaty&limit=50")),
        ("web entity page", get(f"/entities/{eid}")),
        ("web letter page", get(f"/letters/{picks['letter']}")),
    ]
    for p in plans:  # the statements of the first request are not a query's
        p.scans()
    print(f"{'query':<50} {'first ms':>9} {'again ms':>9}  full scans (EXPLAIN QUERY PLAN)")
    for name, fn in cases:  # first: as a new query is answered; again: best of the next (the web UI
        t0 = time.perf_counter()  # keeps each query's counts until the register changes)
        fn()
        first = time.perf_counter() - t0
        again = best_of(fn, repeat)
        scans = sorted({s for p in plans for s in p.scans()})
        mark = "" if max(first, again) < 0.050 else "  > 50 ms"
        print(
            f"{name:<50} {first * 1000:>9.1f} {again * 1000:>9.1f}  {'; '.join(scans) or '-'}{mark}",
            flush=True,
        )
    print(f"peak resident memory so far (build and queries): {peak_mb():.0f} MB")
    n = query.count_comms(store, kind="call")
    t0 = time.perf_counter()
    query.filter_comms(store, kind="call")
    print(f"(letters --kind call, every one of {n:,}: {time.perf_counter() - t0:.1f} s)")
    client.__exit__(None, None, None)


if __name__ == "__main__":
    sys.exit(main())
