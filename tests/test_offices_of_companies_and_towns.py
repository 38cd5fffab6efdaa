"""'The chief executive of X Corp wrote to B': a chief executive (and a rector, provost, treasurer,
comptroller, auditor or sheriff) is an office like a chairman's; its holder, named in the report, writes.
Invented people and bodies."""

from __future__ import annotations

import pytest

from test_extract import found_acts


@pytest.mark.parametrize(
    "office",
    [
        "chief executive of Norland Mining Corp",
        "rector of the University of Ostrava",
        "treasurer of Vell County",
    ],
)
def test_an_office_writes(office: str) -> None:
    acts = found_acts(f"The {office} wrote to President Ana Berg last week urging her to intervene.")
    assert acts == [("letter", office, ("Ana Berg",))]


def test_the_holder_named_later_writes() -> None:
    acts = found_acts(
        "The chief executive of Norland Mining Corp wrote to President Ana Berg last week urging her to intervene.",
        "The letter from Chief Executive Omar Haddi, dated 12 August, warns that the company could move.",
    )
    assert acts == [("letter", "Omar Haddi", ("Ana Berg",))]


def test_the_holder_set_off_writes() -> None:
    acts = found_acts(
        "The chief executive of Norland Mining Corp, Omar Haddi, wrote to President Ana Berg last week."
    )
    assert acts == [("letter", "Omar Haddi", ("Ana Berg",))]
