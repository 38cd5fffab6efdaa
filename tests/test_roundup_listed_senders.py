"""A round-up of messages to one person, then a sentence that lists some of the writers ("Among them
were A and B.", "They included A and B."): one message from each, to that person. Invented names; report
dated Thursday 14 March 2024."""

from __future__ import annotations

import pytest

from test_extract import report, run


def _pairs(*paragraphs: str) -> set[tuple[str, str]]:
    comms = run(report(*paragraphs)).extraction.communications
    return {(c.sender.name if c.sender else "", r.name) for c in comms for r in c.recipients}


@pytest.mark.parametrize(
    ("text", "senders"),
    [
        (
            "Leaders of many countries have sent messages of congratulations to Tomas Varga on his election "
            "as president. Among them were King Olav Brenn of Norland and Prime Minister Lena Dahl of Sudland.",
            ("Olav Brenn", "Lena Dahl"),
        ),
        (
            "Heads of state sent congratulatory messages to President Tomas Varga. They included President Ana "
            "Holm and King Olav Brenn.",
            ("Ana Holm", "Olav Brenn"),
        ),
        (
            "Messages of condolence poured in for President Tomas Varga after the floods. Among those who wrote "
            "were Prime Minister Lena Dahl and Chancellor Anatole Brandt.",
            ("Lena Dahl", "Anatole Brandt"),
        ),
    ],
)
def test_listed_writers_of_a_roundup(text: str, senders: tuple[str, ...]) -> None:
    pairs = _pairs(text)
    for sender in senders:
        assert (sender, "Tomas Varga") in pairs


@pytest.mark.parametrize(
    "text",
    [
        # the list follows no round-up of messages
        "Many leaders attended the ceremony for President Tomas Varga on Tuesday. Among them were King Olav "
        "Brenn and Prime Minister Lena Dahl.",
        # the names stand in another clause of the listing sentence
        "Leaders of many countries have sent messages of congratulations to Tomas Varga. Among them, trade "
        "was the main theme, said Lena Dahl.",
        # no listing at all
        "Leaders of many countries have sent messages of congratulations to Tomas Varga. Among the issues "
        "raised were trade and security, said Lena Dahl.",
    ],
)
def test_no_listed_writers(text: str) -> None:
    assert ("Lena Dahl", "Tomas Varga") not in _pairs(text)
    assert ("Olav Brenn", "Tomas Varga") not in _pairs(text)
