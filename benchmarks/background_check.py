"""False positives on reports that hold no correspondence, and hits on those that do.

    .venv/bin/python benchmarks/background_check.py [BACKGROUND_DIR] [--verbose]

Default folder: ../shared/corpus/background, whose ``MANIFEST.tsv`` says for each excerpt
whether it mentions correspondence (column ``mentions_correspondence``: yes/no). Nothing is
ingested: every excerpt goes through the per-report pipeline (``pipeline.process_report``: clean,
metadata, prefilter, extraction) and the script counts

- negatives that yield at least one communication (false-positive reports), each communication
  named with its file, kind, sender, recipients and the sentence that states it;
- positives that yield at least one communication, and positives the prefilter drops; each
  positive that yields none is named with the manifest's note.

``--verbose`` also lists the positives with what was found in each.
"""

from __future__ import annotations

import argparse
import csv
import sys
import time
from pathlib import Path

from lettertrace import sieve
from lettertrace.extract import prefilter
from lettertrace.models import CommMention, Options, ProcessedReport, RawReport
from lettertrace.pipeline import process_report
from lettertrace.read import read_path

SHARED = Path(__file__).resolve().parents[2] / "shared" / "corpus"
DEFAULT_FOLDER = SHARED / "background"


def describe(report: ProcessedReport, c: CommMention) -> str:
    sender = c.sender.name if c.sender is not None else "?"
    recips = ", ".join(r.name for r in c.recipients) or "?"
    text = report.clean.text
    sentence = " ".join(text[m.start : m.end] for m in c.mentions[:1]).replace("\n", " ")
    if len(sentence) > 200:
        sentence = sentence[:197] + "..."
    return f"{c.kind} [{c.trigger}] {sender} -> {recips} | {sentence}"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("folder", nargs="?", type=Path, default=DEFAULT_FOLDER)
    ap.add_argument("--verbose", action="store_true", help="also list what each positive yields")
    args = ap.parse_args(argv)
    manifest = args.folder / "MANIFEST.tsv"
    if not manifest.is_file():
        print(f"{manifest}: not found", file=sys.stderr)
        return 2
    with manifest.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh, delimiter="\t"))
    options = Options()
    start = time.perf_counter()
    neg = pos = neg_hit = pos_hit = pos_dropped = neg_cue = neg_word = 0
    fp_lines: list[str] = []
    pos_lines: list[str] = []
    pos_empty: list[str] = []
    for row in rows:
        positive = row["mentions_correspondence"].strip().lower() == "yes"
        reports = [r for r in read_path(args.folder / row["file"], options) if isinstance(r, RawReport)]
        done = [process_report(r, options) for r in reports]
        comms = [(p, c) for p in done for c in p.extraction.communications]
        cue_word = any(prefilter.has_cue(p.clean.text) for p in done)
        cue = any(sieve.passes(p.clean.text) for p in done)  # both stages: what goes on to spaCy
        if positive:
            pos += 1
            pos_hit += bool(comms)
            pos_dropped += not cue
            note = "dropped by the prefilter" if not cue else f"{len(comms)} communication(s)"
            pos_lines.append(f"  {row['file']}: {note}")
            pos_lines += [f"      {describe(p, c)}" for p, c in comms]
            if not comms:
                pos_empty.append(
                    f"  {row['file']}: {note if not cue else 'no communication'} ({row.get('note', '')})"
                )
        else:
            neg += 1
            neg_word += cue_word
            neg_cue += cue
            neg_hit += bool(comms)
            fp_lines += [f"  {row['file']}: {describe(p, c)}" for p, c in comms]
    print(
        f"negatives: {neg}, passing the cue test: {neg_word}, passing both stages of the prefilter (parsed): "
        f"{neg_cue}, yielding a communication: {neg_hit}"
    )
    print(f"false-positive communications: {len(fp_lines)}")
    print("\n".join(fp_lines))
    print(f"positives: {pos}, yielding a communication: {pos_hit}, dropped by the prefilter: {pos_dropped}")
    print(f"positives yielding none: {len(pos_empty)}")
    print("\n".join(pos_empty))
    if args.verbose:
        print("\n".join(pos_lines))
    print(f"({time.perf_counter() - start:.1f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
