"""'A body wrote to B. The letter, signed by its president C, ...': C signed the body's letter, which
stays one letter, C's (session 60: a named person who signs a body's letter is its writer, as the annotated
reports read it in seven of eight cases; before, the letter stayed the body's); a letter signed by a person
with no body's letter before it is that person's. A letter signed on a principal's behalf ("signed on the President's behalf by C", "For the
President of the Republic and by delegation") is the principal's. Invented names; report dated Thursday 14
March 2024."""

from __future__ import annotations

import pytest

from lettertrace.extract.signature import behalf
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
def test_the_named_signer_of_a_bodys_letter_writes_it_and_no_second_letter(signed: str) -> None:
    assert observed(run(report(BODY, signed))) == [("letter", "Tomas Varga", ("Maria Holm",), "")]


def test_a_letter_signed_by_a_person_alone_is_hers() -> None:
    found = observed(
        run(report("A letter signed by Senator Anna Lind was sent to Health Minister Maria Holm on Tuesday."))
    )
    assert found == [("letter", "Anna Lind", ("Maria Holm",), "")]


@pytest.mark.parametrize(
    "signed",
    [
        "The telegram, signed on the Head of State's behalf by the Secretary-General of the Presidency, reads:",
        "The message, signed on his behalf by the chief of staff, Anna Lind, expresses deep sorrow.",
        "The telegram, signed on behalf of the president by his chief of staff, offers condolences.",
    ],
)
def test_a_letter_signed_on_a_principals_behalf_is_the_principals(signed: str) -> None:
    told = "President Tomas Varga on Saturday sent a telegram of condolence to his counterpart, Maria Holm."
    found = observed(run(report(told, signed)))
    assert found == [("message", "Tomas Varga", ("Maria Holm",), "")]


@pytest.mark.parametrize(
    ("line", "principal"),
    [
        ("For the President of the Republic and by delegation,", "the President of the Republic"),
        ("By order of the Prime Minister", "the Prime Minister"),
        ("on behalf of President Maria Holm", "President Maria Holm"),
    ],
)
def test_a_behalf_line_names_the_principal(line: str, principal: str) -> None:
    at = behalf(line)
    assert at is not None and line[at[0] : at[1]] == principal
