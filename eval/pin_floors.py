"""Print the scores of dev, train and train2 as a floors block (truncated to 3 decimals).

Run from the project root: .venv/bin/python eval/pin_floors.py > /tmp/floors.json, compare with
eval/floors.json, and raise (never silently lower) the pinned floors.
"""

from __future__ import annotations

import importlib.util
import json
import math
import sys
import tempfile
from pathlib import Path

from lettertrace.export.register_data import register_dict
from lettertrace.ingest import ingest_files, list_inputs
from lettertrace.models import Options
from lettertrace.store import open_store

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
METRICS = [
    "communications.precision",
    "communications.recall",
    "communications.f1",
    "dates.accuracy",
    "published.accuracy",
    "replies.accuracy",
    "full_text.f1",
    "quotes.f1",
    "speakers.accuracy",
    "quote_links.accuracy",
    "cross_document.f1",
    "aliases.accuracy",
]


def main() -> int:
    spec = importlib.util.spec_from_file_location("score", SHARED / "eval" / "score.py")
    assert spec is not None and spec.loader is not None
    scorer = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(scorer)
    out: dict[str, dict[str, float]] = {}
    for name in sys.argv[1:] or ["dev", "train", "train2"]:
        corpus = SHARED / "corpus" / name
        with tempfile.TemporaryDirectory() as tmp:
            store = open_store(Path(tmp) / "register.db")
            files, _ = list_inputs([corpus])
            files = [f for f in files if f.name not in ("gold.json", "SOURCES.tsv", "MANIFEST.tsv")]
            ingest_files(store, files, Options())
            gold = json.loads((corpus / "gold.json").read_text(encoding="utf-8"))
            res, _ = scorer.score(gold, register_dict(store))
        block = {}
        for m in METRICS:
            group, key = m.split(".")
            v = res[group][key]
            if v is not None:
                block[m] = math.floor(v * 1000) / 1000
        out[name] = block
    print(json.dumps(out, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
