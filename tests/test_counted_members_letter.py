"""'Eleven Members of the European Parliament have written to B ... The letter, dated 4 March and
coordinated by MEP C': a counted group written as a proper plural is a group (C is one of it), and the
dateline's day is the report's, no day of the letter that would keep the two tellings apart."""

from __future__ import annotations

import pytest

from test_extract import run


@pytest.mark.parametrize(
    "group",
    ["Eleven Members of the European Parliament", "Twelve Senators", "Forty Members of Parliament"],
)
def test_a_counted_proper_plural_and_its_coordinator_wrote_one_letter(group: str) -> None:
    text = "\n\n".join(
        [
            "Lawmakers urge delay in letter to Berg",
            f"Brussels, 6 March 2024 - {group} have written to Commission President Ana Berg urging her to "
            "postpone the new rules.",
            "The letter, dated 4 March and coordinated by Karl Dorn, was also signed by Eva Lind and nine others.",
        ]
    )
    comms = run(text).extraction.communications
    assert len(comms) == 1, [(c.sender and c.sender.name, [r.name for r in c.recipients]) for c in comms]
    assert [r.name for r in comms[0].recipients] == ["Ana Berg"]
    assert comms[0].date.earliest is not None and comms[0].date.earliest.isoformat() == "2024-03-04"
