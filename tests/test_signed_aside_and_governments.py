"""'X sent telegrams in French, signed by A, to the governments of B, C and D': the signer set off after
the object is the sender, however the parser hangs the participle; a government is its state, one
message each; a language ('in French') is no party. Every text is invented; the states are real."""

from __future__ import annotations

import pytest

from test_extract import found_acts, sent_pairs

STATES = {("Kesi Orlamo", "France"), ("Kesi Orlamo", "Italy"), ("Kesi Orlamo", "Spain")}


@pytest.mark.parametrize(
    "sentence",
    [
        "The telegraph office at Lunet sent telegrams in French, signed by Kesi Orlamo as head of the provisional "
        "government, to the governments of France, Italy and Spain.",
        "The telegraph office at Lunet sent telegrams, signed by Kesi Orlamo, to the governments of France, Italy "
        "and Spain.",
        "On Tuesday Kesi Orlamo sent telegrams to the governments of France, Italy and Spain.",
    ],
)
def test_the_signer_writes_to_each_government(sentence: str) -> None:
    assert sent_pairs(sentence) == STATES


def test_a_signer_set_off_after_a_language() -> None:
    got = found_acts(
        "On Tuesday the Sylvanian embassy sent a note in English, signed by Ambassador Ivo Stren, to the "
        "Freedonian foreign ministry."
    )
    assert got == [("message", "Ivo Stren", ("Freedonian foreign ministry",))]


def test_writing_to_the_governments_of_two_states() -> None:
    got = found_acts(
        "Prime Minister Kesi Orlamo of Sylvania wrote to the governments of Chile and Peru on Tuesday."
    )
    assert got == [("letter", "Kesi Orlamo", ("Chile", "Peru"))]


@pytest.mark.parametrize(
    "sentence",
    [
        "Prime Minister Kesi Orlamo of Sylvania sent letters on Tuesday to the governments of the region.",
        "The telegraph office at Lunet sent telegrams in French on Tuesday, checked by the clerk, to Lunet harbour.",
    ],
)
def test_no_party_without_a_state_or_a_signer(sentence: str) -> None:
    assert found_acts(sentence) == []
