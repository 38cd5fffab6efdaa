"""A round-up of messages to one person, then a sentence that lists some of the writers ("Among them
were A and B.", "They included A and B."): one message from each, to that person. Invented names; report
dated Thursday 14 March 2024."""

from __future__ import annotations

import pytest

from test_extract import report, run, sent_pairs


@pytest.mark.parametrize(
    ("text", "senders"),
    [
        (
            "Monarchs and presidents have sent messages of goodwill to Tomas Varga on his return to office. "
            "Among them were King Olav Brenn of Norland and Prime Minister Lena Dahl of Sudland.",
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
    pairs = sent_pairs(text)
    for sender in senders:
        assert (sender, "Tomas Varga") in pairs


@pytest.mark.parametrize(
    "text",
    [
        # the list follows no round-up of messages
        "Many leaders attended the ceremony for President Tomas Varga on Tuesday. Among them were King Olav "
        "Brenn and Prime Minister Lena Dahl.",
        # the names stand in another clause of the listing sentence
        "Monarchs and presidents have sent messages of goodwill to Tomas Varga. Among them, trade "
        "was the main theme, said Lena Dahl.",
        # no listing at all
        "Monarchs and presidents have sent messages of goodwill to Tomas Varga. Among the issues "
        "raised were trade and security, said Lena Dahl.",
    ],
)
def test_no_listed_writers(text: str) -> None:
    assert ("Lena Dahl", "Tomas Varga") not in sent_pairs(text)
    assert ("Olav Brenn", "Tomas Varga") not in sent_pairs(text)


@pytest.mark.parametrize(
    "text",
    [
        "Kings and prime ministers have sent greetings and telegrams of goodwill to Tomas Varga upon his choice "
        "as Chairman by the 21st Grand Assembly at its special meeting on May 4.",
        "Heads of government from across the region have sent greetings and cables of support to Tomas Varga "
        "after his appointment as Premier by the 4th People's Congress at its closing sitting on May 4.",
    ],
)
def test_by_after_an_active_verb_names_no_writer(text: str) -> None:
    """'Leaders have sent messages to B after his election by the Council': the parse may hang 'by' on
    'sent', whose subject is the leaders; the Council elected him, it wrote nothing. The writers are listed."""
    comms = run(
        report(text + " Among them were King Olav Brenn of Norland and Prime Minister Lena Dahl of Sudland.")
    ).extraction.communications
    senders = {c.sender.name for c in comms if c.sender}
    assert not any("Assembly" in s or "Congress" in s for s in senders)
    assert {"Olav Brenn", "Lena Dahl"} <= senders
