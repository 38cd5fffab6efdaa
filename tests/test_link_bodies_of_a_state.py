"""Across reports, a body that names one state (its embassy, foreign ministry or government) acts for
that state: one report's note from Peru and another's note from the Peruvian embassy, the same day,
are one communication. Every text is invented; the states are real, so the CLDR knows them."""

from __future__ import annotations

from pathlib import Path

import pytest

from lettertrace.export.register_data import register_dict
from lettertrace.ingest import ingest_files
from lettertrace.models import Options
from lettertrace.store import open_store

TOLD = """Peru asks Chile to hand over former minister

Lima, 14 March 2024 -

{sentence}

"We have asked for the return of Mr Stren so that he can face the courts," spokeswoman Dina Paolu told reporters.
"""
OTHER_DAY = """Peru and Chile at odds over fisheries

Lima, 20 April 2024 -

The Peruvian foreign ministry sent a note verbale to the Chilean government on Thursday protesting against trawlers.
"""


def mentions_per_act(tmp_path: Path, first: str, second: str) -> list[list[str]]:
    folder = tmp_path / "in"
    folder.mkdir()
    texts = {"a.txt": TOLD.format(sentence=first), "b.txt": TOLD.format(sentence=second), "c.txt": OTHER_DAY}
    for name, text in texts.items():
        (folder / name).write_text(text, encoding="utf-8")
    store = open_store(tmp_path / "r.db")
    ingest_files(store, sorted(folder.glob("*.txt")), Options())
    reg = register_dict(store)
    files = {d["id"]: Path(d["source"]).name for d in reg["documents"]}
    return sorted(sorted(files[m["document"]] for m in c["mentions"]) for c in reg["communications"])


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (
            "Peru sent a note verbale to Chile on Tuesday asking for the extradition of former minister Ivo Stren.",
            "Chile's foreign ministry said it received a note verbale from the Peruvian embassy on Tuesday "
            "requesting the extradition of former minister Ivo Stren.",
        ),
        (
            "The Peruvian government sent a note verbale to Chile on Tuesday asking for the extradition of former "
            "minister Ivo Stren.",
            "A note verbale from Peru's embassy was delivered to the Chilean foreign ministry on Tuesday, requesting "
            "the extradition of former minister Ivo Stren.",
        ),
        (
            "Peru's foreign ministry sent a note verbale to the Chilean government on Tuesday asking for the "
            "extradition of former minister Ivo Stren.",
            "Peru sent a note verbale to Chile on Tuesday requesting the extradition of former minister Ivo Stren.",
        ),
    ],
)
def test_the_state_and_its_bodies_are_one_side(tmp_path: Path, first: str, second: str) -> None:
    assert mentions_per_act(tmp_path, first, second) == [["a.txt", "b.txt"], ["c.txt"]]
