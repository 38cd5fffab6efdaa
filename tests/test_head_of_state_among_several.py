"""'the Ruritanian head of state' where the report named several heads of state: the one whose office
names that place. Every text is invented, the places too, so no list of nations decides."""

from __future__ import annotations

import pytest

from test_extract import found_acts

SUMMIT = (
    "President Aldo Verran of Freedonia and President Dina Paolu of Ruritania attended the summit in Lunet."
)


@pytest.mark.parametrize(
    ("second", "expected"),
    [
        (
            "On Tuesday, the Ruritanian head of state sent a letter to Prime Minister Kesi Orlamo of Sylvania.",
            [("letter", "Dina Paolu", ("Kesi Orlamo",))],
        ),
        (
            "On Tuesday, a letter was sent by the Freedonian head of state to Prime Minister Kesi Orlamo of Sylvania.",
            [("letter", "Aldo Verran", ("Kesi Orlamo",))],
        ),
        (
            "On Tuesday, Prime Minister Kesi Orlamo of Sylvania wrote to the Ruritanian head of state.",
            [("letter", "Kesi Orlamo", ("Dina Paolu",))],
        ),
    ],
)
def test_the_head_of_the_place_named(second: str, expected: list[tuple[str, str, tuple[str, ...]]]) -> None:
    assert found_acts(SUMMIT, second) == expected


def test_a_head_of_state_of_no_place_stays_unresolved_among_two() -> None:
    got = found_acts(
        SUMMIT, "On Tuesday, the head of state sent a letter to Prime Minister Kesi Orlamo of Sylvania."
    )
    assert [sender for _, sender, _ in got] == ["head of state"]
