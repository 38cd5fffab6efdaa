"""'was written by A from his quarters to B', 'A wrote from Paris to B': the parser hangs the 'to' phrase
on the place written from; and a given name that opens the sentence, left out of the tagged surname."""

from __future__ import annotations

import pytest

from test_extract import found_acts


@pytest.mark.parametrize(
    "sentence",
    [
        "The first, dated 9 May 1810, was written by Colonel Piet Okoro from his winter quarters on the river "
        "to Governor Karl Ruiz.",
        "The letter was written by Colonel Piet Okoro from his camp near the border to Governor Karl Ruiz.",
        "Colonel Piet Okoro wrote from his winter quarters on the river to Governor Karl Ruiz in May 1810.",
    ],
)
def test_to_after_the_place_written_from(sentence: str) -> None:
    acts = found_acts("Two letters of 1810 were sold at auction on Tuesday.", sentence)
    assert ("letter", "Piet Okoro", ("Karl Ruiz",)) in acts


def test_a_sentence_opening_given_name_belongs_to_the_name() -> None:
    assert found_acts("Lior Berg wrote to Prime Minister Karl Ruiz on 3 May.") == [
        ("letter", "Lior Berg", ("Karl Ruiz",))
    ]


def test_an_imperative_opening_the_sentence_is_no_name() -> None:
    acts = found_acts(
        "Lior Berg wrote to Prime Minister Karl Ruiz on 3 May.", "Read Karl Ruiz's reply to Lior Berg."
    )
    assert all(sender in ("Lior Berg", "Karl Ruiz") for _, sender, _ in acts)
