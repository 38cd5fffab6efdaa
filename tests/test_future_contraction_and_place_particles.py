""" "I'll be writing to the President" tells of what is to come, no letter; and 'the governor of Rio
Grande do Sul, A,' is held by A (a place's name goes on past its lower-case particle). Invented people;
real places."""

from __future__ import annotations

import pytest

from test_extract import found_acts


@pytest.mark.parametrize(
    "sentence",
    [
        '"If the ministry does not fix this, I\'ll be writing to the President myself," Governor Ray Holloway said.',
        "\u201cIf the ministry does not fix this, I\u2019ll be writing to the President myself,\u201d Governor Ray"
        " Holloway said.",
        "Governor Ray Holloway said she'll call President Ivo Kant on Monday.",
    ],
)
def test_what_ll_be_done_is_no_act(sentence: str) -> None:
    assert found_acts(sentence) == []


def test_a_past_act_beside_a_future_one_stays() -> None:
    assert found_acts(
        "Governor Ray Holloway wrote to President Ivo Kant on Monday; Kant said he'll reply soon."
    ) == [("letter", "Ray Holloway", ("Ivo Kant",))]


@pytest.mark.parametrize(
    "place",
    ["Rio Grande do Sul", "Mato Grosso do Sul", "Castilla y Leon"],
)
def test_the_holder_set_off_after_a_place_with_a_particle(place: str) -> None:
    got = found_acts(
        f"Two days later, Governor Ana Rezende received a telegram from the governor of {place}, Tarso Wernke, who"
        " declared his support."
    )
    assert got == [("message", "Tarso Wernke", ("Ana Rezende",))]
