"""Object control: 'the delay led A to send another letter to B', 'the silence prompted A to write to B
again': the one who acts in the to-clause of a causative verb is its object, not its subject (the delay,
the department). Verbs that ask for an act ('B asked A to send a second letter') tell no act. Invented
people."""

from __future__ import annotations

import pytest

from test_extract import found_acts

FIRST = "Senator Dale Whitfield wrote to Secretary Elena Marin on 7 June about the fire budget."


@pytest.mark.parametrize(
    "later",
    [
        "The department missed the deadline, prompting Whitfield to send a second, sharper letter on 5 July.",
        "The delay led Whitfield to send another letter to Marin on 5 July.",
        "The silence of the ministry forced the senator to send a second letter on 5 July.",
        "Her answer persuaded Whitfield to send a further letter to Marin on 5 July.",
    ],
)
def test_the_object_of_a_causative_sends(later: str) -> None:
    assert found_acts(FIRST, later) == [
        ("letter", "Dale Whitfield", ("Elena Marin",)),
        ("letter", "Dale Whitfield", ("Elena Marin",)),
    ]


@pytest.mark.parametrize(
    "later",
    [
        "Marin asked Whitfield to send a second letter on 5 July.",
        "Marin urged Whitfield to send a second letter on 5 July.",
        "Marin invited the senator to send a second letter on 5 July.",
    ],
)
def test_asking_for_a_letter_tells_none(later: str) -> None:
    assert found_acts(FIRST, later) == [("letter", "Dale Whitfield", ("Elena Marin",))]


def test_a_caused_call_is_the_objects_call() -> None:
    assert found_acts(
        "The ruling prompted President Ana Ruiz to phone Prime Minister Tomas Velde on Monday."
    ) == [("call", "Ana Ruiz", ("Tomas Velde",))]
