"""A participle of replying set off after a letter ("a letter from A to B, responding to his letter of
3 March"; "A sent a letter to B, replying to his message"; "A wrote to B on Friday, responding to his
letter") makes that letter A's reply to B's. Not a reply to no letter ("responding to criticism")."""

from __future__ import annotations

import pytest

from test_extract import found_replies


@pytest.mark.parametrize(
    "sentence",
    [
        "The letter from President Ilsa Varnek to King Otto Brandt, responding to his letter of 3 March, was "
        "published on Friday.",
        "President Ilsa Varnek sent a letter to King Otto Brandt on Friday, replying to his letter of 3 March.",
        "President Ilsa Varnek wrote to King Otto Brandt on Friday, responding to his letter of 3 March.",
        "A letter from President Ilsa Varnek to King Otto Brandt, answering his letter of 3 March, was published "
        "on Friday.",
    ],
)
def test_the_letter_replies_to_the_one_named(sentence: str) -> None:
    assert found_replies(sentence) == [
        ("Ilsa Varnek", ("Otto Brandt",), "Otto Brandt"),
        ("Otto Brandt", ("Ilsa Varnek",), ""),
    ]


def test_responding_to_no_letter_is_no_reply() -> None:
    got = found_replies(
        "The letter from President Ilsa Varnek to King Otto Brandt, responding to criticism in the press, was "
        "published on Friday."
    )
    assert got == [("Ilsa Varnek", ("Otto Brandt",), "")]
