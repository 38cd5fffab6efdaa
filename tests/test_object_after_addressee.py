"""The object of a sending verb set after its addressee and the addressee's apposition ("A addressed to the
Secretary-General, Mr C, the letter which ...", "sent to her counterpart, C, a long letter"): the parser
reads it as one more apposition; it is the verb's object, sent by the subject to the addressee."""

from __future__ import annotations

import pytest

from test_extract import found_acts


@pytest.mark.parametrize(
    ("sentence", "sender"),
    [
        (
            "On 12 April 1960 the President of the Provisional Government, Mokhtar Selmi, addressed to the "
            "Secretary-General of the United Nations, Mr. Dag Hammar, the letter which historians regard as the "
            "first act of the state.",
            "Mokhtar Selmi",
        ),
        ("Minister Oona Vale sent to her counterpart, Dag Hammar, a long letter on the crisis.", "Oona Vale"),
        ("Minister Oona Vale dispatched to her counterpart, Dag Hammar, a telegram of protest.", "Oona Vale"),
    ],
)
def test_the_shifted_object_is_sent(sentence: str, sender: str) -> None:
    assert [(s, r) for _, s, r in found_acts(sentence)] == [(sender, ("Dag Hammar",))]


def test_a_true_apposition_is_no_object() -> None:
    assert (
        found_acts("Minister Oona Vale spoke to her counterpart, Dag Hammar, a veteran of the letter trade.")
        == []
    )
