"""'A body wrote to B. The letter, signed by its president C, ...': C signed the body's letter, which
stays one letter of the body's; a letter signed by a person with no body's letter before it is that
person's. Invented names; report dated Thursday 14 March 2024."""

from __future__ import annotations

import pytest

from test_extract import report, run
from test_patterns import observed

BODY = "The Union of Rural Doctors sent an open letter to Health Minister Maria Holm on Tuesday."


@pytest.mark.parametrize(
    "signed",
    [
        "The letter, signed by union president Dr. Tomas Varga on behalf of the national council, asks for more.",
        "The letter, signed by union president Tomas Varga, asks the minister to double the allowance.",
        "The two-page letter, signed by its chair, Tomas Varga, warns of closures.",
    ],
)
def test_the_signer_of_a_bodys_letter_writes_no_second_letter(signed: str) -> None:
    assert observed(run(report(BODY, signed))) == [("letter", "Union of Rural Doctors", ("Maria Holm",), "")]


def test_a_letter_signed_by_a_person_alone_is_hers() -> None:
    found = observed(
        run(report("A letter signed by Senator Anna Lind was sent to Health Minister Maria Holm on Tuesday."))
    )
    assert found == [("letter", "Anna Lind", ("Maria Holm",), "")]
