"""Eval gate: score the annotated corpora with the shared scorer and fail below the pinned floors.

Floors live in eval/floors.json, one block per corpus (dev: the 5 sample reports; train: 38;
train2: 40 reports of other regions and centuries). Raise them as extraction improves; never lower
one without saying why in the commit message.
"""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from lettertrace.export.register_data import register_dict
from lettertrace.ingest import ingest_files, list_inputs
from lettertrace.models import Options
from lettertrace.store import open_store

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
FLOORS: dict[str, dict[str, float]] = {
    k: v for k, v in json.loads((ROOT / "eval" / "floors.json").read_text(encoding="utf-8")).items()
    if not k.startswith("_")
}  # fmt: skip
CORPORA = sorted(FLOORS)


def _scorer() -> ModuleType:
    spec = importlib.util.spec_from_file_location("lettertrace_shared_score", SHARED / "eval" / "score.py")
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


@pytest.fixture(scope="module", params=CORPORA)
def scores(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> tuple[str, dict[str, Any]]:
    name = str(request.param)
    corpus = SHARED / "corpus" / name
    if not (corpus / "gold.json").exists():
        pytest.skip(f"../shared/corpus/{name} is not beside the repo")
    store = open_store(tmp_path_factory.mktemp(f"gate-{name}") / "register.db")
    files, _skipped = list_inputs([corpus])
    files = [f for f in files if f.name not in ("gold.json", "SOURCES.tsv", "MANIFEST.tsv")]
    summary = ingest_files(store, files, Options())
    assert summary.ok, summary.failed
    gold = json.loads((corpus / "gold.json").read_text(encoding="utf-8"))
    res, _log = _scorer().score(gold, register_dict(store))
    return name, dict(res)


def test_scores_meet_floors(scores: tuple[str, dict[str, Any]]) -> None:
    name, res = scores
    below = []
    for metric, floor in sorted(FLOORS[name].items()):
        group, key = metric.split(".")
        value = res[group][key]
        assert value is not None, f"{name}: {metric} was not measured"
        if value < floor:
            below.append(f"{metric} = {value:.3f} < {floor}")
    assert not below, f"{name} below its pinned floors: " + "; ".join(below)


def test_every_report_is_exported(scores: tuple[str, dict[str, Any]]) -> None:
    name, res = scores
    assert res["missing_documents"] == [], name
