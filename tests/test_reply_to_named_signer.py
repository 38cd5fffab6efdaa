"""'B replied to C': the one a reply verb's 'to' names is its addressee, even when the letter answered was
sent (or first signed) by another. Invented people."""

from __future__ import annotations

import pytest

from test_extract import found_replies


@pytest.mark.parametrize(
    ("first", "named", "answered"),
    [
        (
            "President Ana Ruiz and Prime Minister Olga Berg signed a joint letter to Secretary-General Ivo Kant on"
            " 12 July.",
            "Berg",
            "Ana Ruiz",
        ),
        ("President Ana Ruiz wrote to Secretary-General Ivo Kant on 12 July.", "Ruiz", "Ana Ruiz"),
        ("President Ana Ruiz wrote to Secretary-General Ivo Kant on 12 July.", "her letter", "Ana Ruiz"),
    ],
)
def test_the_named_addressee_receives_the_reply(first: str, named: str, answered: str) -> None:
    got = found_replies(first, f"Kant replied to {named} the same evening.")
    want = "Olga Berg" if named == "Berg" else "Ana Ruiz"
    assert ("Ivo Kant", (want,), answered) in got


def test_a_reply_addressed_to_one_signer_goes_to_that_signer() -> None:
    got = found_replies(
        "Twenty governors signed an open letter to President Ivo Kant last week. The letter was drafted in the office"
        " of Governor Ana Ruiz.",
        "On Tuesday, Kant responded in a letter addressed to Ruiz as coordinator of the forum.",
    )
    assert ("Ivo Kant", ("Ana Ruiz",), "Twenty governors") in got
