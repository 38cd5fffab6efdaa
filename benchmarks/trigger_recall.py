"""Where each gold communication is lost on its way through extraction, per annotated corpus.

    .venv/bin/python benchmarks/trigger_recall.py [CORPUS_DIR ...] [--verbose]

Default corpora: ../shared/corpus/dev, train and train2 (each a folder with a ``gold.json``).
Every report named in the gold file is read, cleaned and given its metadata by the project's own
stage functions, then extracted once with a :class:`lettertrace.extract.Trace` (spaCy is loaded
once for the whole run). Each non-optional gold communication falls in the first class that
explains it:

- ``prefiltered``: the report was dropped by the prefilter before spaCy (the cue test or the cue's
  sentence, ``sieve.py``);
- ``no trigger``: no candidate of a compatible kind (letter and message are one class, call another);
- ``no argument``: candidates of that kind exist, but none has both a sender and a recipient;
- ``unresolved party``: candidates with both exist, but none whose parties hold the gold keys;
- ``filtered out``: a matching candidate existed but merging or the validity test dropped it
  (or the one kept match already answers another gold communication);
- ``found``: a kept candidate matches.

Keys are matched as the scorer (``../shared/eval/score.py``) matches them: names folded to ASCII
and lower case, the key equal to a run of whole tokens written together ('diazcanel' in
'Miguel Diaz-Canel'); a call has no direction. A candidate's name also counts with the aliases
of the well-known actor it names (``data/aliases.yaml``), as the linker would resolve it, and a
state epithet (``data/epithets.yaml``) with the state. ``--verbose`` lists each loss with the
nearest raw candidate (right kind first, then most gold keys carried, then with arguments).
Trigger recall is the share of gold communications whose report yields a candidate of the
right kind at all (everything but ``prefiltered`` and ``no trigger``).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
import unicodedata
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from anyascii import anyascii

from lettertrace import clean, meta, sieve
from lettertrace.actors import epithets, known_actors
from lettertrace.extract import Candidate, Trace, extract
from lettertrace.models import Options, RawReport
from lettertrace.read import read_path
from lettertrace.resolve import _actor_of_forms

SHARED = Path(__file__).resolve().parents[2] / "shared" / "corpus"
DEFAULT_CORPORA = (SHARED / "dev", SHARED / "train", SHARED / "train2")
CLASSES = ("found", "filtered out", "unresolved party", "no argument", "no trigger", "prefiltered")


def fold(s: str) -> str:
    s = unicodedata.normalize("NFKD", s or "")
    s = "".join(c for c in s if not unicodedata.combining(c))
    return anyascii(s).lower()


def tokens(s: str) -> list[str]:
    return [t for t in re.split(r"[^a-z0-9]+", fold(s)) if t]


def key_matches(key: str, names: Sequence[str]) -> bool:
    """The key is a run of whole tokens of one of the names, written together."""
    for n in names:
        toks = tokens(n)
        for i in range(len(toks)):
            for j in range(i + 1, len(toks) + 1):
                if "".join(toks[i:j]) == key:
                    return True
    return False


@cache
def forms_of(name: str) -> tuple[str, ...]:
    """The name with the aliases of the known actor it names, or the state its epithet names."""
    forms = [name]
    for ptype in ("person", "org"):
        i = _actor_of_forms(ptype, (name,))
        if i is not None:
            forms += known_actors()[i].aliases
    forms += [state for state, eps in epithets().items() if any(fold(e) == fold(name) for e in eps)]
    return tuple(forms)


def kind_class(kind: str | None) -> str:
    return "call" if (kind or "").lower() in ("call", "phone_call", "phone call", "telephone") else "written"


def has_args(c: Candidate) -> bool:
    return c.sender is not None and bool(c.recipients)


def key_hits(g: dict[str, Any], c: Candidate) -> int:
    """How many gold keys the candidate's parties carry, in their roles (any role for a call)."""
    sender = forms_of(c.sender) if c.sender else ()
    recips = [forms_of(r) for r in c.recipients]
    gold_recips = list(g.get("recipients") or [])
    if kind_class(g["kind"]) == "call":
        parties = [sender, *recips]
        return sum(any(key_matches(k, p) for p in parties) for k in [g["sender"], *gold_recips])
    return int(key_matches(g["sender"], sender)) + sum(
        any(key_matches(k, r) for r in recips) for k in gold_recips
    )


def matches(g: dict[str, Any], c: Candidate) -> bool:
    """The scorer's test of one gold communication against one candidate."""
    if kind_class(g["kind"]) != kind_class(c.kind) or not has_args(c):
        return False
    return key_hits(g, c) == 1 + len(g.get("recipients") or [])


def nearest(g: dict[str, Any], trace: Trace) -> Candidate | None:
    """The raw candidate closest to a gold communication: right kind, most keys, with arguments."""

    def closeness(c: Candidate) -> tuple[bool, int, bool]:
        return kind_class(c.kind) == kind_class(g["kind"]), key_hits(g, c), has_args(c)

    return max(trace.candidates, key=closeness) if trace.candidates else None


def describe(c: Candidate | None) -> str:
    if c is None:
        return "no candidate"
    recips = ", ".join(c.recipients) or "?"
    return f"{c.kind} [{c.trigger}@{c.start}] {c.sender or '?'} -> {recips}"


@dataclass
class Loss:
    corpus: str
    file: str
    gold_id: str
    where: str
    gold: str
    nearest: str


def classify(golds: list[dict[str, Any]], trace: Trace) -> list[str]:
    """The loss class of each gold communication of one report (kept matches used one to one)."""
    used: set[int] = set()
    out = []
    for g in golds:
        if trace.prefiltered_out:
            out.append("prefiltered")
            continue
        same = [c for c in trace.candidates if kind_class(c.kind) == kind_class(g["kind"])]
        hit = next((i for i, c in enumerate(trace.kept) if i not in used and matches(g, c)), None)
        if hit is not None:
            used.add(hit)
            out.append("found")
        elif not same:
            out.append("no trigger")
        elif not any(has_args(c) for c in same):
            out.append("no argument")
        elif not any(matches(g, c) for c in [*same, *trace.merged]):
            out.append("unresolved party")
        else:
            out.append("filtered out")
    return out


def read_one(path: Path, options: Options) -> RawReport | None:
    for item in read_path(path, options):
        if isinstance(item, RawReport):
            return item
        print(f"skipped {item}", file=sys.stderr)
    return None


def run_corpus(folder: Path, options: Options) -> tuple[Counter[str], list[Loss]]:
    gold = json.loads((folder / "gold.json").read_text(encoding="utf-8"))
    counts: Counter[str] = Counter()
    losses: list[Loss] = []
    for fname, doc in sorted(gold["documents"].items()):
        golds = [g for g in doc.get("communications", []) if not g.get("optional")]
        if not golds:
            continue
        raw = read_one(folder / fname, options)
        trace = Trace()
        if raw is None:
            trace.prefiltered_out = True
        else:
            cleaned = clean.clean(raw, options)
            if sieve.passes(
                cleaned.text
            ):  # both stages of the prefilter, as pipeline.process_report runs them
                extract(cleaned, meta.extract_metadata(raw, cleaned), options, trace=trace)
            else:
                trace.prefiltered_out = True
        for g, where in zip(golds, classify(golds, trace), strict=True):
            counts[where] += 1
            if where != "found":
                desc = f"{g['kind']} {g['sender']} -> {g.get('recipients')}"
                near = "" if where == "prefiltered" else describe(nearest(g, trace))
                losses.append(Loss(folder.name, fname, g["id"], where, desc, near))
    return counts, losses


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpora", nargs="*", type=Path, default=list(DEFAULT_CORPORA))
    ap.add_argument("--verbose", action="store_true", help="list each loss with its file and gold id")
    args = ap.parse_args(argv)
    options = Options()
    start = time.perf_counter()
    total: Counter[str] = Counter()
    for folder in args.corpora:
        if not (folder / "gold.json").is_file():
            print(f"{folder}: no gold.json, skipped", file=sys.stderr)
            continue
        counts, losses = run_corpus(folder, options)
        total += counts
        print_counts(folder.name, counts)
        if args.verbose:
            for loss in losses:
                print(f"    {loss.where:<16} {loss.file:<10} {loss.gold_id:<16} {loss.gold}")
                if loss.nearest:
                    print(f"{'':<22}nearest: {loss.nearest}")
    if len(args.corpora) > 1:
        print_counts("all", total)
    print(f"({time.perf_counter() - start:.1f} s)")
    return 0


def print_counts(name: str, counts: Counter[str]) -> None:
    n = sum(counts.values())
    with_trigger = n - counts["prefiltered"] - counts["no trigger"]
    recall = with_trigger / n if n else 0.0
    found = counts["found"] / n if n else 0.0
    parts = "  ".join(f"{c}={counts[c]}" for c in CLASSES)
    print(f"{name:<8} gold={n:<4} trigger recall={recall:.3f}  kept recall={found:.3f}  {parts}")


if __name__ == "__main__":
    sys.exit(main())
