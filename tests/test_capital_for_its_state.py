"""'A wrote to Moscow', 'the prime minister assured Washington': a capital tagged as a place stands for its
state's government (data/capitals.yaml, a reference list of world capitals); a letter told as written to
a state and to a person the report ties to that state is one letter, to the person. A capital English
also uses for people or other places is no state; a state-sent note and its minister's letter stay two.
Invented people."""

from __future__ import annotations

import pytest

from lettertrace import names
from test_extract import found_acts, found_replies


@pytest.mark.parametrize(
    ("capital", "state"),
    [("Moscow", "Russia"), ("Washington", "United States"), ("New Delhi", "India"), ("Kyiv", "Ukraine")],
)
def test_a_capital_names_its_state(capital: str, state: str) -> None:
    assert names.state_of_capital(capital) == state


@pytest.mark.parametrize("word", ["Victoria", "Santiago", "Sofia", "Kingston", "Georgetown", "Springfield"])
def test_names_english_uses_otherwise_are_no_capitals(word: str) -> None:
    assert names.state_of_capital(word) is None


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "President Ana Berg wrote to Moscow on Monday about the pipeline.",
            ("letter", "Ana Berg", ("Russia",)),
        ),
        ("Prime Minister Ana Berg sent a letter to Beijing on Monday.", ("letter", "Ana Berg", ("China",))),
        ("Tehran sent a message to President Ana Berg on Monday.", ("message", "Iran", ("Ana Berg",))),
    ],
)
def test_a_capital_in_a_party_slot_is_its_state(text: str, want: tuple[str, str, tuple[str, ...]]) -> None:
    assert found_acts(text) == [want]


@pytest.mark.parametrize(
    "again",
    [
        "In the letter dated June 16, the Prime Minister assured Washington that his government is ready to act.",
        "In the letter, Brown told Washington that his government is ready to act.",
        "The letter assured Washington that the government is ready to act.",
    ],
)
def test_the_state_and_its_officer_are_one_addressee(again: str) -> None:
    got = found_acts(
        "Prime Minister Gaston Brown has written to United States Secretary of State Mark Rubin about visas.",
        again,
    )
    assert got == [("letter", "Gaston Brown", ("Mark Rubin",))]


def test_a_states_note_and_its_ministers_letter_stay_two() -> None:
    got = found_acts(
        "India received a note verbale from Bangladesh on Monday about the extradition request.",
        "Bangladesh Home Adviser Karim Alam said his office had sent a letter to the Indian foreign ministry.",
        "Alam said a treaty between Dhaka and New Delhi allows the extradition.",
    )
    assert len(got) == 2


@pytest.mark.parametrize(
    "reply",
    [
        "Chinese President Li Wei replied on Friday.",
        "Chinese President Li Wei answered on Friday, saying the dam would go ahead.",
        "President Li Wei of China responded two days later, saying the dam would go ahead.",
    ],
)
def test_the_states_leader_answers_the_letter_sent_to_its_capital(reply: str) -> None:
    got = found_replies("Prime Minister Ana Berg sent a letter to Beijing on Monday about the dam.", reply)
    assert ("Li Wei", ("Ana Berg",), "Ana Berg") in got


def test_an_opposition_leader_does_not_answer_for_the_state() -> None:
    got = found_replies(
        "Prime Minister Ana Berg wrote to Moscow in March.",
        "Russian opposition leader Ivan Orlov replied in April.",
    )
    assert all(s != "Ivan Orlov" for s, _r, _a in got)


def test_every_state_code_of_the_capitals_list_is_read_as_a_code() -> None:
    """YAML reads a bare NO (Norway) as false: every key must come back a two-letter code."""
    data = names._data("capitals.yaml")
    assert all(isinstance(code, str) and len(code) == 2 for code in data), [
        c for c in data if not isinstance(c, str)
    ]
    assert names.state_of_capital("Oslo") == "Norway"
