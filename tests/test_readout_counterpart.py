"""A readout's "A spoke on Tuesday with his Egyptian counterpart, B, and thanked him for Cairo's role in
brokering the ceasefire that ended the fighting in the Gaza Strip": a call. The cheap cue test passes "spoke
with his (Egyptian) counterpart"; a place told in a clause of its own ("fighting in X") is no venue of the
talk, nor is a place in what they talked about ("about the floods in X")."""

from __future__ import annotations

import pytest

from lettertrace.extract.prefilter import has_cue
from test_extract import found_acts


@pytest.mark.parametrize(
    ("sentence", "sender"),
    [
        (
            "Foreign Minister Yoav Tzur spoke on Tuesday with his Egyptian counterpart, Ahmed Fawzi Ragab, and "
            "thanked him for Cairo's role in brokering the ceasefire that ended three days of fighting in the Gaza "
            "Strip over the weekend, the Foreign Ministry said.",
            "Yoav Tzur",
        ),
        (
            "Foreign Minister Ilse Marr spoke on Tuesday with her counterpart, Ahmed Fawzi Ragab, and thanked him "
            "for the help that ended the fighting in Sarnia, the ministry said.",
            "Ilse Marr",
        ),
        (
            "Foreign Minister Ilse Marr spoke on Tuesday with her Egyptian counterpart, Ahmed Fawzi Ragab, about "
            "the floods in Sarnia, the ministry said.",
            "Ilse Marr",
        ),
    ],
)
def test_a_readout_with_a_counterpart(sentence: str, sender: str) -> None:
    assert has_cue(sentence)
    assert found_acts(sentence) == [("call", sender, ("Ahmed Fawzi Ragab",))]


def test_a_talk_in_a_place_is_no_call() -> None:
    assert found_acts("Foreign Minister Ilse Marr spoke on Tuesday with Ahmed Fawzi Ragab in Sarnia.") == []


def test_a_friend_is_no_cue() -> None:
    assert not has_cue("He spoke with his friend about the weather.")


def test_a_host_talking_to_a_guest_is_no_call() -> None:
    assert (
        found_acts(
            "BEX THORLEY: Hello and welcome to the podcast. I'm Bex Thorley, and today I'm talking to Marisa Okoye, "
            "who is an archivist at the Kennedy Library in Boston."
        )
        == []
    )
