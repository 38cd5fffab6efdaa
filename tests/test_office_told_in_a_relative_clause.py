"""'A, who was Governor of X from 1957 to 1962,': a relative clause that says what a person is or was
gives that person the office, so a later 'the Governor' is A. Invented people."""

from __future__ import annotations

import pytest

from test_extract import found_acts


@pytest.mark.parametrize(
    "first",
    [
        "The papers of Omar Haddi, who was Governor of Norland from 1957 to 1962, are now open.",
        "The papers of Omar Haddi, who became Governor of Norland in 1957, are now open.",
    ],
)
def test_the_governor_is_the_one_who_was(first: str) -> None:
    acts = found_acts(
        first, "The papers include a long letter of 19 August 1961 from the Governor to Charles Loizeau."
    )
    assert acts == [("letter", "Omar Haddi", ("Charles Loizeau",))]


def test_the_present_tense() -> None:
    acts = found_acts(
        "Omar Haddi, who is the Governor of Norland, wrote to Ana Berg on Monday.",
        "The Governor also phoned Tomas Vey on Monday.",
    )
    assert sorted(acts) == [("call", "Omar Haddi", ("Tomas Vey",)), ("letter", "Omar Haddi", ("Ana Berg",))]
