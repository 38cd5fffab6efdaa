"""'After receiving a letter from A, B telephoned C': the gerund's subject is the subject of the verb
its phrase hangs on (after, upon, before, since, while, in, by), so B received A's letter. Invented
people."""

from __future__ import annotations

import pytest

from test_extract import found_acts


@pytest.mark.parametrize(
    "sentence",
    [
        "After receiving a letter from Premier Ana Berg on Friday, King Olav Rendal said he would consider it.",
        "Upon receiving the message from Premier Ana Berg, King Olav Rendal convened his cabinet.",
        "King Olav Rendal convened his cabinet after receiving a letter from Premier Ana Berg on Friday.",
    ],
)
def test_the_subject_of_the_main_verb_received_it(sentence: str) -> None:
    assert [(s, r) for _k, s, r in found_acts(sentence)] == [("Ana Berg", ("Olav Rendal",))]


def test_a_call_after_receiving_a_letter() -> None:
    acts = found_acts(
        "After receiving a letter from Premier Ana Berg on Friday, King Olav Rendal telephoned President Omar"
        " Haddi to discuss it."
    )
    assert sorted(acts) == [
        ("call", "Olav Rendal", ("Omar Haddi",)),
        ("letter", "Ana Berg", ("Olav Rendal",)),
    ]


def test_before_sending_a_letter() -> None:
    acts = found_acts(
        "Before sending a letter to King Olav Rendal on Friday, Premier Ana Berg consulted her cabinet."
    )
    assert acts == [("letter", "Ana Berg", ("Olav Rendal",))]
