"""Background gate: the 80 excerpts of ../shared/corpus/background, whose MANIFEST.tsv says which
mention correspondence. No excerpt that mentions none may yield a communication (several are traps:
"called for", "message of the film", letters of the alphabet), and at least the pinned number of those
that do must yield one. Floors in eval/floors.json under "_background"; raise, never lower silently."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from lettertrace.models import Options, RawReport
from lettertrace.pipeline import process_report
from lettertrace.read import read_path

ROOT = Path(__file__).resolve().parents[1]
FOLDER = ROOT.parent / "shared" / "corpus" / "background"
FLOOR = json.loads((ROOT / "eval" / "floors.json").read_text(encoding="utf-8"))["_background"]


def _yields() -> dict[str, tuple[bool, bool]]:
    """file -> (mentions correspondence per the manifest, yields a communication)."""
    options = Options()
    out = {}
    with (FOLDER / "MANIFEST.tsv").open(encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh, delimiter="\t"):
            reports = [r for r in read_path(FOLDER / row["file"], options) if isinstance(r, RawReport)]
            found = any(process_report(r, options).extraction.communications for r in reports)
            out[row["file"]] = (row["mentions_correspondence"].strip().lower() == "yes", found)
    return out


@pytest.fixture(scope="module")
def yields() -> dict[str, tuple[bool, bool]]:
    if not (FOLDER / "MANIFEST.tsv").exists():
        pytest.skip("../shared/corpus/background is not beside the repo")
    return _yields()


def test_no_negative_yields_a_communication(yields: dict[str, tuple[bool, bool]]) -> None:
    false_positive = sorted(f for f, (positive, found) in yields.items() if found and not positive)
    assert len(false_positive) <= FLOOR["negatives_yielding.max"], false_positive


def test_positives_yield_at_least_the_floor(yields: dict[str, tuple[bool, bool]]) -> None:
    hits = [f for f, (positive, found) in yields.items() if found and positive]
    assert len(hits) >= FLOOR["positives_yielding.min"], sorted(
        f for f, (p, fd) in yields.items() if p and not fd
    )
