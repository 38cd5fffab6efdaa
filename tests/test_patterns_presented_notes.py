"""A note or letter 'presented', 'passed' or 'handed' to a party is sent to it, as one 'delivered' is
(the carrier's principal, when the sentence names one, sends it); letters of credence stay no
correspondence. And a date the parser hung on the receiving noun ('to the Russian ambassador on
Tuesday') is no part of the party's name. Invented names; report dated Thursday 14 March 2024."""

from __future__ import annotations

import pytest

from test_extract import report, run
from test_patterns import observed


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The Embassy of Freedonia presented a note verbale to the Ministry of Foreign Affairs of Sylvania"
            " on Tuesday.",
            ("message", "Embassy of Freedonia", ("Ministry of Foreign Affairs of Sylvania",), ""),
        ),
        (
            "The Norland embassy presented a diplomatic note to the Ministry of Foreign Affairs on Tuesday.",
            ("message", "Norland embassy", ("Ministry of Foreign Affairs",), ""),
        ),
        (
            "The Sylvanian ambassador presented a letter from President Juan Ortiz to King Olav Brenn on"
            " Tuesday.",
            ("letter", "Juan Ortiz", ("Olav Brenn",), ""),
        ),
    ],
)
def test_a_note_presented_to_a_party_is_sent_to_it(sentence: str, expected: object) -> None:
    assert observed(run(report(sentence))) == [expected]


@pytest.mark.parametrize(
    "sentence",
    [
        "The Sylvanian ambassador, Rui Santos, presented his letters of credence to King Olav Brenn on Tuesday.",
        "The minister presented the letter at a press conference on Tuesday.",
        "The minister presented a message of hope to the nation on Tuesday.",
    ],
)
def test_credentials_and_a_letter_shown_are_no_correspondence(sentence: str) -> None:
    assert observed(run(report(sentence))) == []


@pytest.mark.parametrize(
    ("sentence", "recipient"),
    [
        (
            "The French foreign ministry handed a protest note to the Russian ambassador on Tuesday.",
            "Russian ambassador",
        ),
        (
            "The Sylvanian foreign ministry sent a protest note to the Freedonian ambassador on Tuesday.",
            "Freedonian ambassador",
        ),
        (
            "The French foreign ministry sent a note to the Russian ambassador in March.",
            "Russian ambassador",
        ),
    ],
)
def test_a_date_hung_on_the_receiving_noun_is_no_part_of_its_name(sentence: str, recipient: str) -> None:
    [(_kind, _sender, recipients, _answers)] = observed(run(report(sentence)))
    assert recipients == (recipient,)
