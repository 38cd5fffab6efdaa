"""The dev register raises no false red flag (issue 11, item 4): dev report 004's headline names the
organisation whose secretary general's letter the report tells of, beside another letter whose text it
reproduces; the headline is about the letter it tells of, so no headline_sender_mismatch. The register
of dev and train together raises none there either. Reads ../shared/corpus/dev and train in place."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import DEV_CORPUS
from lettertrace.export.register_data import communication_list, report_flags
from lettertrace.ingest import ingest_files, list_inputs
from lettertrace.models import Options
from lettertrace.store import open_store

TRAIN_CORPUS = DEV_CORPUS.parent / "train"


def headline_flags(db: Path) -> list[str]:
    store = open_store(db)
    raised = [f["code"] for c in communication_list(store) for f in c["flags"]]
    raised += [f["code"] for f in report_flags(store)]
    return [code for code in raised if code == "headline_sender_mismatch"]


def test_the_dev_register_raises_no_headline_flag(dev_register: Path) -> None:
    assert headline_flags(dev_register) == []


def test_dev_and_train_in_one_register_raise_no_headline_flag_on_dev_reports(tmp_path: Path) -> None:
    if not TRAIN_CORPUS.is_dir():
        pytest.skip(f"train corpus not found at {TRAIN_CORPUS}")
    db = tmp_path / "dev-train.db"
    files, _ = list_inputs([DEV_CORPUS, TRAIN_CORPUS])
    assert not ingest_files(open_store(db), files, Options()).failed
    store = open_store(db)
    dev = {
        r["id"] for r in store.iter_reports() if Path(r["source"]).parent.resolve() == DEV_CORPUS.resolve()
    }
    assert dev
    flagged = [
        f["evidence"][0].get("report")
        for c in communication_list(store)
        for f in c["flags"]
        if f["code"] == "headline_sender_mismatch"
    ]
    flagged += [f["document"] for f in report_flags(store) if f["code"] == "headline_sender_mismatch"]
    assert not [r for r in flagged if r in dev], flagged
