"""Agency datelines with the day written in figures, day first ("DUSHANBE, 19.08.2021 /AGENCY/.",
"Bishkek, 3/11/2022 -"): the place is no party and the dateline's day is the report's, not the act's, so
"yesterday" in the story counts back from it. Invented people."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pytest

from lettertrace import clean, meta
from lettertrace.datelines import DATELINE_RE
from lettertrace.extract import extract
from lettertrace.models import Options
from lettertrace.read import read_path


def _comms(text: str) -> list[tuple[str, str, tuple[str, ...], str, str]]:
    opts = Options()
    with tempfile.TemporaryDirectory() as d:
        path = os.path.join(d, "r.txt")
        Path(path).write_text(text + "\n", encoding="utf-8")
        raw = next(read_path(Path(path), opts))
        cleaned = clean.clean(raw, opts)
        found = extract(cleaned, meta.extract_metadata(raw, cleaned), opts)
    return [
        (c.kind, c.sender.name, tuple(r.name for r in c.recipients), str(c.date.earliest), str(c.date.latest))
        for c in found.communications
    ]


@pytest.mark.parametrize(
    "opening",
    ["Dushanbe, 19.08.2021 - ", "DUSHANBE, 19.08.2021 /NXA/. ", 'DUSHANBE, 19.08.2021 /NIA "Xabar"/. '],
)
def test_numeric_dateline_is_the_reports_day(opening: str) -> None:
    got = _comms(
        opening + "President Saidmurod Nazarov yesterday held a telephone conversation with President"
        " Bakhtiyor Umarov of Uzbekistan."
    )
    assert got == [("call", "Saidmurod Nazarov", ("Bakhtiyor Umarov",), "2021-08-18", "2021-08-18")]


@pytest.mark.parametrize(
    ("line", "place"),
    [
        ("Bishkek, 3/11/2022 – The President wrote", "Bishkek"),
        ("MOSCOW, 12.5.2019 - The minister phoned", "MOSCOW"),
    ],
)
def test_numeric_dateline_matched(line: str, place: str) -> None:
    m = DATELINE_RE.search(line)
    assert m is not None and m.group(0).startswith(place) and line[m.end() :].startswith("The")


def test_a_ratio_is_no_dateline() -> None:
    assert DATELINE_RE.search("Turnout, 45.3 - a record - was announced") is None
