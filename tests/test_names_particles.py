"""A lower-case particle inside a name ('Manuel dos Santos Kiala', 'Paulo da Silva Mendes') that the
recogniser left outside the two halves it tagged joins them into one name, so the party carries its
surname. And the place a text was sent from ("a telegram sent from Prague by the ambassador") is no
sender beside the one who sent it. Invented names; report dated Thursday 14 March 2024."""

from __future__ import annotations

import pytest

from test_extract import report, run
from test_patterns import observed


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The palace on Monday released the exchange of letters between President Marcos Antônio Tavares and"
            " Angolan President Manuel dos Santos Kiala on a joint fund.",
            [
                ("letter", "Manuel dos Santos Kiala", ("Marcos Antônio Tavares",), ""),
                ("letter", "Marcos Antônio Tavares", ("Manuel dos Santos Kiala",), ""),
            ],
        ),
        (
            "President Ana Holm wrote to Paulo da Silva Mendes on Monday.",
            [("letter", "Ana Holm", ("Paulo da Silva Mendes",), "")],
        ),
        (
            "Mayor Rui van Dijk Santos telephoned President Ana Holm on Monday.",
            [("call", "Rui van Dijk Santos", ("Ana Holm",), "")],
        ),
    ],
)
def test_a_particle_between_two_halves_makes_one_name(sentence: str, expected: object) -> None:
    assert observed(run(report(sentence))) == expected


def test_two_names_with_and_between_stay_two() -> None:
    obs = observed(run(report("President Ana Holm wrote to Paulo Mendes and Rui Santos on Monday.")))
    assert sorted(r for _, _, recips, _ in obs for r in recips) == ["Paulo Mendes", "Rui Santos"]


@pytest.mark.parametrize(
    ("sentence", "sender"),
    [
        (
            "A cipher telegram sent from Prague on 21 August 1968 by the Norland ambassador, Constantin Badea, to"
            " Foreign Minister Ion Marin has been published.",
            "Constantin Badea",
        ),
        (
            "A telegram sent from Vienna by Ambassador Constantin Badea to Foreign Minister Ion Marin was found.",
            "Constantin Badea",
        ),
        ("A letter sent from Lisbon by President Ana Holm to King Olav Brenn was sold.", "Ana Holm"),
    ],
)
def test_the_place_a_text_was_sent_from_is_no_sender_beside_its_author(sentence: str, sender: str) -> None:
    [(_kind, who, _recipients, _)] = observed(run(report(sentence)))
    assert who == sender
