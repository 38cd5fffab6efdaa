"""A name never opens with a lower-case patronymic particle: where the recogniser tags only "bin Hamad" in
"Prince Abdulaziz bin Hamad", the given name before the particle is the name's start, so two brothers
"Abdulaziz bin Hamad" and "Khalid bin Hamad" stay two people."""

from __future__ import annotations

import pytest

from test_extract import found_acts


@pytest.mark.parametrize(
    "paragraphs",
    [
        (  # active
            "King Khalid bin Hamad sent a letter to President Ana Berg on Monday.",
            "In another development, His Royal Highness Prince Abdulaziz bin Hamad sent a cable to President Ana Berg.",
        ),
        (  # passive
            "King Khalid bin Hamad sent a letter to President Ana Berg on Monday.",
            "A cable was also sent to President Ana Berg by His Royal Highness Prince Abdulaziz bin Hamad.",
        ),
        (  # nominal, received
            "King Khalid bin Hamad sent a letter to President Ana Berg on Monday.",
            "His Royal Highness Prince Abdulaziz bin Hamad, the Crown Prince, received a phone call from Berg.",
        ),
    ],
)
def test_a_brother_named_by_the_same_forefather_is_another_person(paragraphs: tuple[str, ...]) -> None:
    acts = found_acts(*paragraphs)
    people = {sender for _, sender, _ in acts} | {r for _, _, rs in acts for r in rs}
    assert "Abdulaziz bin Hamad" in people and "Khalid bin Hamad" in people, acts


def test_a_title_before_the_particle_stays_out_of_the_name() -> None:
    acts = found_acts("Crown Prince bin Hamad sent a letter to President Ana Berg on Monday.")
    assert acts == [("letter", "bin Hamad", ("Ana Berg",))], acts
