"""Eval gate: score the sample corpus with the shared scorer and fail below the pinned floors.

Floors live in eval/floors.json; raise them as extraction improves, never lower one silently.
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
DEV = SHARED / "corpus" / "dev"
FLOORS = json.loads((ROOT / "eval" / "floors.json").read_text(encoding="utf-8"))

pytestmark = pytest.mark.skipif(
    not (DEV / "gold.json").exists(), reason="../shared/corpus/dev is not beside the repo"
)


def _scorer() -> ModuleType:
    spec = importlib.util.spec_from_file_location("lettertrace_shared_score", SHARED / "eval" / "score.py")
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


@pytest.fixture(scope="module")
def dev_scores(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    store = open_store(tmp_path_factory.mktemp("gate") / "register.db")
    files, _skipped = list_inputs([DEV])
    summary = ingest_files(store, files, Options())
    assert summary.ok, summary.failed
    gold = json.loads((DEV / "gold.json").read_text(encoding="utf-8"))
    res, _log = _scorer().score(gold, register_dict(store))
    return dict(res)


@pytest.mark.parametrize("metric", sorted(k for k in FLOORS if not k.startswith("_")))
def test_dev_score_meets_floor(dev_scores: dict[str, Any], metric: str) -> None:
    group, key = metric.split(".")
    value = dev_scores[group][key]
    assert value is not None, f"{metric} was not measured"
    assert value >= FLOORS[metric], f"{metric} = {value:.3f}, below the pinned floor {FLOORS[metric]}"


def test_every_dev_report_is_exported(dev_scores: dict[str, Any]) -> None:
    assert dev_scores["missing_documents"] == []
