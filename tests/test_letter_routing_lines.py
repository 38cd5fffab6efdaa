"""An official letter's routing and copy lines ("Through: C, Regional Administrator", "cc: D") are lines of
their own and name no signer; a signature's "for A, Governor of X" under the signer's title is a line of
its own and names the principal, who sends (the one copied is an addressee as well)."""

from __future__ import annotations

import pytest

from lettertrace.clean import clean
from lettertrace.models import Options, RawReport
from test_extract import found_acts

LETTER = (
    "Governor Teodoro Quintana wrote to President Marian Caldwell on Tuesday. The text of the request follows.",
    "The Honorable Marian Caldwell\nPresident of the Republic\nThrough: Garrett Lowe, Regional Administrator, "
    "Southern Region, Port Ellery",
    "Dear Madam President:",
    "I respectfully request that you declare a major disaster for the state.",
    "Sincerely,",
    "Miriam Estevez\nChief of Staff to the Governor\nfor Teodoro Quintana, Governor of the State",
    "cc: Garrett Lowe, Regional Administrator",
)


def test_the_principal_sends_and_no_routing_line_signs() -> None:
    got = found_acts(*LETTER)
    assert got == [("letter", "Teodoro Quintana", ("Marian Caldwell", "Garrett Lowe"))]  # copied to Lowe


@pytest.mark.parametrize(
    ("text", "line"),
    [
        (
            "Sincerely,\n\nAna Berg\nMinister of Health\n\ncc: Tomas Vell, Deputy Minister\n",
            "cc: Tomas Vell, Deputy Minister",
        ),
        ("President of the Republic\nThrough: Tomas Vell, Envoy\n", "Through: Tomas Vell, Envoy"),
        (
            "Ana Berg\nChief of Staff to the Minister\nfor Tomas Vell, Minister of Health\n",
            "for Tomas Vell, Minister of Health",
        ),
    ],
)
def test_routing_and_principal_lines_stay_lines(text: str, line: str) -> None:
    got = clean(RawReport(source="l.txt", sha256="0" * 64, raw_text=text, fmt="txt"), Options()).text
    assert line in got.splitlines()


def test_a_wrapped_sentence_starting_with_for_is_joined() -> None:
    text = "The minister thanked the people of the coast\nfor their patience during the long repairs.\n"
    got = clean(RawReport(source="l.txt", sha256="0" * 64, raw_text=text, fmt="txt"), Options()).text
    assert "coast for their patience" in got
