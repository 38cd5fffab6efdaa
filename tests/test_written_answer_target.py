"""A written answer ("B answered with a message", "B replied in a letter") answers the last written
communication B was sent, not a call B took since; with nothing written to B, the call it is."""

from __future__ import annotations

import pytest

from test_extract import found_replies


@pytest.mark.parametrize(
    ("first", "answer", "kind_word"),
    [
        (
            "King Otto Brandt sent a message of condolences to President Armindo Nhaluma on Monday.",
            'Nhaluma answered on Wednesday with a message in which he thanks "the solidarity of the people of '
            'Norland".',
            "message",
        ),
        (
            "King Otto Brandt sent a letter to President Armindo Nhaluma on Monday.",
            "Nhaluma replied on Wednesday in a letter.",
            "letter",
        ),
        (
            "King Otto Brandt sent a telegram to President Armindo Nhaluma on Monday.",
            "Nhaluma responded on Wednesday with a telegram of thanks.",
            "telegram",
        ),
    ],
)
def test_the_written_answer_skips_the_call(first: str, answer: str, kind_word: str) -> None:
    call = "On Tuesday, Prime Minister Ilse Marr spoke by telephone with Nhaluma."
    got = found_replies(first, call, answer)
    assert ("Armindo Nhaluma", ("Otto Brandt",), "Otto Brandt") in got
    assert not any(s == "Armindo Nhaluma" and a == "Ilse Marr" for s, _, a in got)


def test_with_nothing_written_the_call_is_answered() -> None:
    got = found_replies(
        "Prime Minister Ilse Marr phoned President Armindo Nhaluma on Tuesday.",
        "Nhaluma answered on Wednesday with a message thanking her.",
    )
    assert ("Armindo Nhaluma", ("Ilse Marr",), "Ilse Marr") in got
