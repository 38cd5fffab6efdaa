"""Reports processed a batch at a time (here or in a worker): the same analyses and results as one at a time.

Invented reports about invented people; the batch's parse (``nlp.pipe``) must give every token the
same analysis as :func:`lettertrace.nlp.parse` of the text alone.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from lettertrace import nlp, pipeline
from lettertrace.ingest import ingest_files, list_inputs
from lettertrace.models import Options, ProcessedReport, RawReport
from lettertrace.pipeline import process_report, process_reports
from lettertrace.store import open_store

MODEL = Options().spacy_model

TEXTS = [
    "President Alma Berg of Norland sent a letter to Prime Minister Tomas Kettle on Monday.",
    'Kettle replied on Tuesday.\n\n"We will open the pass in spring," Kettle wrote in the reply.',
    "The harbour board met on Monday to discuss moorings.",
    "Chancellor Ida Ostrova phoned Berg.\nShe said that the talks would go on.",
    "letter " * 400,  # a sentence the parser leaves too long: parsed again, cut, on its own
    "",
]


def analyses(doc: object) -> list[tuple[object, ...]]:
    return [
        (
            t.text,
            t.idx,
            t.tag_,
            t.pos_,
            str(t.morph),
            t.lemma_,
            t.dep_,
            t.head.i,
            t.is_sent_start,
            t.ent_iob_,
            t.ent_type_,
        )
        for t in doc  # type: ignore[attr-defined]
    ]


def test_texts_parsed_ahead_are_analysed_as_one_at_a_time() -> None:
    alone = [analyses(nlp.parse(t, MODEL)) for t in TEXTS]
    with nlp.parsed_ahead([*TEXTS, TEXTS[0]], MODEL, batch_size=3):  # a text twice: parsed again
        together = [analyses(nlp.parse(t, MODEL)) for t in [*TEXTS, TEXTS[0]]]
    assert together == [*alone, alone[0]]
    assert not nlp._AHEAD  # nothing kept after the block


def test_what_the_block_does_not_ask_for_is_dropped() -> None:
    with nlp.parsed_ahead(TEXTS[:2], MODEL):
        assert len(nlp._AHEAD) == 2
    assert not nlp._AHEAD


def raw(name: str, text: str) -> RawReport:
    return RawReport(source=name, sha256="0" * 64, raw_text=text, fmt="txt")


def test_a_batch_gives_what_each_report_gives_alone() -> None:
    raws = [raw(f"r{i}.txt", f"Report {i}\n\n{t}\n") for i, t in enumerate(TEXTS[:4])]
    one_by_one = [process_report(r, Options()) for r in raws]
    assert process_reports(raws, Options()) == one_by_one
    assert any(p.extraction.communications for p in one_by_one)


def _fail_where_ostrova(monkeypatch: pytest.MonkeyPatch) -> None:
    """Extraction raises on the report that names Ostrova, and runs as ever on the others."""
    extract = pipeline.extract_stage.extract

    def failing(clean, meta, options):  # type: ignore[no-untyped-def]
        if "Ostrova" in clean.text:
            raise ValueError("bad date")
        return extract(clean, meta, options)

    monkeypatch.setattr(pipeline.extract_stage, "extract", failing)


def test_a_report_that_fails_fails_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    raws = [raw(f"r{i}.txt", f"Report {i}\n\n{t}\n") for i, t in enumerate(TEXTS[:4])]
    _fail_where_ostrova(monkeypatch)
    results = process_reports(raws, Options())
    assert isinstance(results[3], ValueError)
    assert all(isinstance(r, ProcessedReport) for r in results[:3])
    assert not nlp._AHEAD


@pytest.mark.parametrize("jobs", [1, 2])
def test_ingest_stores_a_batch_and_names_the_report_that_failed(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, jobs: int
) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    for i, t in enumerate(TEXTS[:4]):
        (folder / f"r{i}.txt").write_text(f"Report {i}\n\n{t}\n", encoding="utf-8")
    _fail_where_ostrova(monkeypatch)
    files, _skipped = list_inputs([folder])
    summary = ingest_files(
        open_store(tmp_path / "r.db"), files, Options(), jobs=jobs
    )  # workers fork: patched
    assert summary.failed == [(str(folder / "r3.txt"), "processing failed: ValueError: bad date")]
    assert sorted(summary.ingested) == [str(folder / f"r{i}.txt") for i in range(3)]
