"""A state's own name that spaCy leaves untagged at the head of a sentence ("Chile on Friday sent a note to
Peru") is the state, never a person; a people's word before a lower-case office with its 'of' ("Croat member of
the Presidency A B") says whose office it is, it names no person. Every sentence here is invented."""

from __future__ import annotations

import pytest

from test_extract import report, run


def _parties(text: str) -> list[tuple[str, str, list[tuple[str, str]]]]:
    comms = run(report(text)).extraction.communications
    return [
        (
            c.sender.name if c.sender else "",
            c.sender.ptype if c.sender else "",
            [(r.name, r.ptype) for r in c.recipients],
        )
        for c in comms
    ]


@pytest.mark.parametrize(
    "text, sender, recipient",
    [
        ("Bhutan on Monday delivered a formal note to India over the new road.", "Bhutan", "India"),
        (
            "Chile on Friday sent a note of protest to Argentina over the fishing dispute.",
            "Chile",
            "Argentina",
        ),
        ("Uruguay last week sent a letter to Paraguay about the river.", "Uruguay", "Paraguay"),
    ],
)
def test_an_untagged_state_is_a_state(text: str, sender: str, recipient: str) -> None:
    assert _parties(text) == [(sender, "state", [(recipient, "state")])]


@pytest.mark.parametrize(
    "text",
    [
        "Hungarian member of the European Court Zoran Babic sent a letter to Lena Holt on Friday.",
        "On Monday, Serb member of the collective Presidency Zoran Babic sent a letter to Chairman Lena Holt.",
        "Yesterday, Bosniak member of the Presidency Ivo Maric wrote to Lena Holt about the census.",
    ],
)
def test_a_peoples_word_before_an_office_is_no_person(text: str) -> None:
    found = _parties(text)
    writer = "Zoran Babic" if "Zoran Babic" in text else "Ivo Maric"
    assert [(s, [r for r, _ in rs]) for s, _, rs in found] == [(writer, ["Lena Holt"])], found
