"""The CMIF export of every annotated corpus passes the official CMIF v1.1 schema and Schematron.

Runs ``../shared/standards/cmif/validate.py`` (RelaxNG, the Schematron rules, the rules of the CMIF
documentation) on what ``lettertrace export --format cmif`` writes. The only warnings allowed are the
two the register cannot answer: names without an authority id, and Wikidata ids (an authority the
CMIF documentation does not list).
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from lettertrace.cli import app
from lettertrace.ingest import ingest_files, list_inputs
from lettertrace.models import Options
from lettertrace.store import open_store

SHARED = Path(__file__).resolve().parents[2] / "shared"
VALIDATOR = SHARED / "standards" / "cmif" / "validate.py"
CMIF_URL = "https://example.org/lettertrace/register.xml"
ALLOWED_WARNINGS = (
    re.compile(r"^WARNING correspAction: \d+ of \d+ persName/orgName have no @ref"),
    re.compile(
        r"^WARNING correspAction: \d+ @ref value\(s\) from www\.wikidata\.org, not one of the authority"
    ),
)
runner = CliRunner()


def validate(cmif: Path) -> tuple[int, list[str]]:
    """Exit status of the validator and its ERROR/WARNING lines."""
    if not VALIDATOR.exists():
        pytest.skip(f"no CMIF validator at {VALIDATOR}")
    done = subprocess.run(
        [sys.executable, str(VALIDATOR), str(cmif)], capture_output=True, text=True, timeout=300
    )
    lines = [ln for ln in done.stdout.splitlines() if ln.startswith(("ERROR", "WARNING"))]
    return done.returncode, lines


def export_cmif(db: Path, out: Path, *extra: str) -> Path:
    result = runner.invoke(app, ["export", "--db", str(db), "--format", "cmif", "--output", str(out), *extra])
    assert result.exit_code == 0, result.output
    return out


def corpus_register(name: str, folder: Path) -> Path:
    """A register of ``../shared/corpus/NAME`` (read in place)."""
    corpus = SHARED / "corpus" / name
    if not corpus.is_dir():
        pytest.skip(f"../shared/corpus/{name} is not beside the repo")
    db = folder / f"{name}.db"
    files, _skipped = list_inputs([corpus])
    summary = ingest_files(open_store(db), files, Options())
    assert not summary.failed, summary.failed
    return db


def assert_valid(cmif: Path) -> None:
    code, lines = validate(cmif)
    errors = [ln for ln in lines if ln.startswith("ERROR")]
    assert code == 0 and not errors, errors
    unexpected = [ln for ln in lines if not any(rx.match(ln) for rx in ALLOWED_WARNINGS)]
    assert not unexpected, unexpected


def test_dev_export_is_valid_cmif(dev_register: Path, tmp_path: Path) -> None:
    assert_valid(export_cmif(dev_register, tmp_path / "dev.xml", "--cmif-url", CMIF_URL))


def test_without_a_url_only_the_idno_is_flagged(dev_register: Path, tmp_path: Path) -> None:
    code, lines = validate(export_cmif(dev_register, tmp_path / "dev.xml"))
    assert code == 0
    extra = [ln for ln in lines if not any(rx.match(ln) for rx in ALLOWED_WARNINGS)]
    assert len(extra) == 1 and "publicationStmt/idno must be the URL of this CMIF file" in extra[0]


@pytest.mark.slow
@pytest.mark.parametrize("name", ["train", "train2"])
def test_corpus_export_is_valid_cmif(name: str, tmp_path: Path) -> None:
    db = corpus_register(name, tmp_path)
    assert_valid(export_cmif(db, tmp_path / f"{name}.xml", "--cmif-url", CMIF_URL))
