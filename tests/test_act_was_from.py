"""'The first message to reach B was from A': an act that is the subject of 'be' is sent by the one its
'from' names, and addressed to the one its own clause names ('to reach B', 'B received') or the verb's
'to'. Invented people."""

from __future__ import annotations

import pytest

from test_extract import found_acts, found_replies


@pytest.mark.parametrize(
    "paragraphs",
    [
        ("The first message to reach President Ana Ruiz was from King Olav Brenne.",),
        (
            "President Ana Ruiz won the vote on Sunday.",
            "One of the first telegrams to reach her was from King Olav Brenne.",
        ),
        ("The first letter President Ana Ruiz received was from King Olav Brenne.",),
        ("The earliest letter in the file is from King Olav Brenne to President Ana Ruiz.",),
    ],
)
def test_the_from_of_be_sends_the_act(paragraphs: tuple[str, ...]) -> None:
    got = found_acts(*paragraphs)
    assert [(s, r) for _k, s, r in got] == [("Olav Brenne", ("Ana Ruiz",))]


def test_the_answer_to_such_an_act_is_found() -> None:
    assert found_replies(
        "President Ana Ruiz won the vote on Sunday.",
        "One of the first telegrams to reach her was from King Olav Brenne. The president replied two days"
        " later, thanking the king.",
    ) == [("Ana Ruiz", ("Olav Brenne",), "Olav Brenne"), ("Olav Brenne", ("Ana Ruiz",), "")]


@pytest.mark.parametrize(
    "sentence",
    [
        "The first question to reach President Ana Ruiz was from King Olav Brenne.",  # no act
        "The letter to President Ana Ruiz was on the table.",  # no 'from'
        "The best reply was from the audience.",  # no party
    ],
)
def test_no_act_or_no_from_gives_nothing(sentence: str) -> None:
    assert [s for _k, s, _r in found_acts(sentence)] in ([], [""])
