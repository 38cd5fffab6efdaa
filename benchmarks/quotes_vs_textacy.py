"""Quotes and speakers: textacy's ``direct_quotations`` against lettertrace, scored the same way.

    .venv/bin/python benchmarks/quotes_vs_textacy.py CORPUS_DIR [--score PATH/score.py]

textacy is an optional extra: ``.venv/bin/pip install -e '.[bench]'``.

For each report of CORPUS_DIR the script runs textacy's ``extract.triples.direct_quotations``
over the same spaCy pipeline lettertrace uses (``lettertrace.nlp``), on the same clean text, and
builds an export-shaped JSON from its triples: documents with ``source`` = the file name, one
quote per triple (the text between the quotation marks, with its span), speakers as entities
named by the speaker's words, and no communications. textacy gives up on a whole report when
the number of quotation marks is odd (an unclosed quote); such reports are counted and
contribute no quotes. Then it ingests CORPUS_DIR into a temporary register with lettertrace,
exports it as JSON, and prints both score tables of ``../shared/eval/score.py`` against
``CORPUS_DIR/gold.json``.
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

from lettertrace import clean, nlp
from lettertrace.export.register_data import register_dict
from lettertrace.ingest import ingest_files, list_inputs
from lettertrace.models import Options, RawReport
from lettertrace.read import read_path
from lettertrace.store import open_store

DEFAULT_SCORE = Path(__file__).resolve().parents[2] / "shared" / "eval" / "score.py"


def load_textacy() -> Any:
    """The textacy triples module, or exit with a message saying how to install it."""
    try:
        from textacy.extract import triples
    except ImportError:
        sys.exit("textacy is not installed: run `.venv/bin/pip install -e '.[bench]'` (textacy==0.13.0)")
    return triples


def slug(name: str) -> str:
    return "t-" + (re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-") or "speaker")


class TextacyExport:
    """An export-shaped register built from textacy's quotation triples."""

    def __init__(self) -> None:
        self.documents: list[dict[str, Any]] = []
        self.entities: dict[str, dict[str, Any]] = {}
        self.quotes: list[dict[str, Any]] = []
        self.gave_up: list[tuple[str, str]] = []  # (file name, textacy's reason)

    def add_report(self, raw: RawReport, triples: Any, options: Options) -> None:
        """Run ``direct_quotations`` on one report and keep what it yields."""
        name = Path(raw.source.split("#")[0]).name
        doc_id = f"d{len(self.documents)}"
        self.documents.append({"id": doc_id, "source": name, "published": None})
        doc = nlp.parse(clean.clean(raw, options).text, options.spacy_model)
        try:
            found = list(triples.direct_quotations(doc))
        except ValueError as exc:  # an odd number of quotation marks: textacy drops the whole report
            self.gave_up.append((name, str(exc).split(";")[0]))
            return
        for n, triple in enumerate(found):
            self.add_quote(doc, doc_id, n, triple)

    def add_quote(self, doc: Any, doc_id: str, n: int, triple: Any) -> None:
        """One triple: the content between its quotation-mark tokens, and its speaker as an entity."""
        content = triple.content
        start = content[0].idx + len(content[0].text) if content[0].is_quote else content.start_char
        end = content[-1].idx if content[-1].is_quote else content.end_char
        while start < end and doc.text[start].isspace():
            start += 1
        while end > start and doc.text[end - 1].isspace():
            end -= 1
        speaker = " ".join(tok.text for tok in triple.speaker)
        entity = self.entities.setdefault(
            slug(speaker), {"id": slug(speaker), "name": speaker, "aliases": [speaker]}
        )
        self.quotes.append(
            {
                "id": f"{doc_id}-q{n}",
                "speaker": entity["id"],
                "text": doc.text[start:end],
                "document": doc_id,
                "start": start,
                "end": end,
                "communication": None,
            }
        )

    def as_dict(self) -> dict[str, Any]:
        return {
            "format": "lettertrace-register/1",
            "documents": self.documents,
            "entities": list(self.entities.values()),
            "communications": [],
            "quotes": self.quotes,
            "quote_fragments": [],
            "paraphrases": [],
            "flags": [],
        }


def report_files(corpus: Path) -> list[Path]:
    files, _skipped = list_inputs([corpus])
    return files


def textacy_export(corpus: Path, options: Options) -> TextacyExport:
    triples = load_textacy()
    out = TextacyExport()
    for path in report_files(corpus):
        for item in read_path(path, options):
            if isinstance(item, RawReport):
                out.add_report(item, triples, options)
            else:
                print(f"textacy run: skipped {item}", file=sys.stderr)
    return out


def lettertrace_export(corpus: Path, options: Options, db: Path) -> dict[str, Any]:
    summary = ingest_files(open_store(db), report_files(corpus), options)
    for source, reason in summary.failed:
        print(f"lettertrace run: failed {source}: {reason}", file=sys.stderr)
    return register_dict(open_store(db))


def score_table(score_py: Path, gold: Path, export: dict[str, Any], path: Path) -> str:
    path.write_text(json.dumps(export, ensure_ascii=False), encoding="utf-8")
    done = subprocess.run(
        [sys.executable, str(score_py), str(gold), str(path)], capture_output=True, text=True
    )
    if done.returncode != 0:
        return f"score.py failed ({done.returncode}):\n{done.stderr}"
    return done.stdout.rstrip()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("corpus", type=Path, help="folder of reports with a gold.json")
    parser.add_argument(
        "--score", type=Path, default=DEFAULT_SCORE, help=f"the scorer (default {DEFAULT_SCORE})"
    )
    args = parser.parse_args(argv)
    gold = args.corpus / "gold.json"
    if not gold.is_file():
        parser.error(f"no gold annotation at {gold}")
    if not args.score.is_file():
        parser.error(f"no scorer at {args.score}")
    load_textacy()  # fail early, before any work, when the extra is missing
    options = Options()
    with tempfile.TemporaryDirectory(prefix="lettertrace-quotes-") as tmp:
        work = Path(tmp)
        peer = textacy_export(args.corpus, options)
        ours = lettertrace_export(args.corpus, options, work / "register.db")
        peer_table = score_table(args.score, gold, peer.as_dict(), work / "textacy.json")
        our_table = score_table(args.score, gold, ours, work / "lettertrace.json")
    reports = len(peer.documents)
    print(f"corpus: {args.corpus} ({reports} reports)\n")
    print(f"== textacy {_textacy_version()} direct_quotations (same spaCy pipeline, same clean text)")
    print(f"   gave up on {len(peer.gave_up)} of {reports} reports (unclosed quotation mark)")
    for name, reason in peer.gave_up:
        print(f"     {name}: {reason}")
    print(f"   {len(peer.quotes)} quotes, {len(peer.entities)} speakers\n")
    print(peer_table)
    print(f"\n== lettertrace ({len(ours['quotes'])} quotes)\n")
    print(our_table)
    return 0


def _textacy_version() -> str:
    from importlib.metadata import version

    return version("textacy")


if __name__ == "__main__":
    sys.exit(main())
