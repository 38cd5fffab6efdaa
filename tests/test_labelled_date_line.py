"""A page's section label and date on a line of their own ("History | 14 August 2025") stay on their own
line, even after a headline that ends on a preposition; and a date in the body is the act's, not the page's."""

from __future__ import annotations

import pytest

from lettertrace.clean import assert_offsets, clean
from lettertrace.clean_lines import is_date_line, is_labelled_date_line
from lettertrace.models import Options, RawReport
from test_extract import run


@pytest.mark.parametrize(
    "line", ["History | 14 August 2025", "Published: 3 May 2024", "World News | May 3, 2024"]
)
def test_a_label_and_a_date_make_a_date_line(line: str) -> None:
    assert is_date_line(line)


@pytest.mark.parametrize(
    "line", ["We met on: 3 May 2024 and then", "The vote | a report", "History | of the war"]
)
def test_text_is_no_labelled_date_line(line: str) -> None:
    assert not is_labelled_date_line(line)


def test_the_headline_is_not_joined_to_the_label_and_date() -> None:
    text = "The telegrams that ended the talks a century on\nHistory | 14 August 2025\n\nA century ago this week, the talks failed.\n"
    ct = clean(RawReport(source="m.txt", sha256="x", raw_text=text, fmt="txt"), Options())
    assert_offsets(text, ct)
    assert ct.text.split("\n")[:2] == [
        "The telegrams that ended the talks a century on",
        "History | 14 August 2025",
    ]


def test_an_old_cable_keeps_its_own_year() -> None:
    rep = run(
        "The telegrams that ended the talks a century on\nHistory | 14 August 2025\n\n"
        "A century ago this week, a pair of telegrams nearly wrecked the talks.\n\n"
        "On 14 August 1925 Ramón Ortega Lagos, the envoy to the commission, cabled Foreign Minister Karl Ruiz "
        "from the port.\n"
    )
    (comm,) = [c for c in rep.extraction.communications if c.recipients]
    assert (str(comm.date.earliest), str(comm.date.latest)) == ("1925-08-14", "1925-08-14")
