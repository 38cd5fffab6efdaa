"""'Telegrams continue to arrive in the name of the President, A, from ...' (agency English translated from
languages where 'in the name of' marks the addressee): beside a verb of arriving or receiving, 'in the name
of A' names whom the messages are for; beside a verb of sending it still names on whose behalf one wrote.
Invented people."""

from __future__ import annotations

import pytest

from test_extract import found_acts


@pytest.mark.parametrize(
    "sentence",
    [
        "Letters arrived in the name of the President, Karim Dossan, from Prime Minister Levan Beridze.",
        "Congratulatory telegrams continue to arrive in the name of President Karim Dossan from Prime Minister"
        " Levan Beridze.",
        "A message was received in the name of President Karim Dossan from Prime Minister Levan Beridze.",
        "A congratulatory message from Prime Minister Levan Beridze came in the name of the head of state,"
        " President Karim Dossan.",
    ],
)
def test_in_the_name_of_beside_arriving_names_the_addressee(sentence: str) -> None:
    acts = found_acts(sentence)
    assert [(s, r) for _k, s, r in acts] == [("Levan Beridze", ("Karim Dossan",))]


def test_each_sender_of_a_list_writes_to_the_one_named() -> None:
    acts = found_acts(
        "Congratulatory messages were received in the name of President Karim Dossan from Prime Minister"
        " Levan Beridze and Chancellor Otto Brenner."
    )
    assert sorted((s, r) for _k, s, r in acts) == [
        ("Levan Beridze", ("Karim Dossan",)),
        ("Otto Brenner", ("Karim Dossan",)),
    ]


def test_in_the_name_of_beside_sending_names_the_principal() -> None:
    acts = found_acts(
        "The foreign minister sent a letter in the name of President Karim Dossan to Prime Minister Levan Beridze."
    )
    assert [(s, r) for _k, s, r in acts] == [("Karim Dossan", ("Levan Beridze",))]
