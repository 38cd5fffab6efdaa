"""'A's letter, delivered at the palace by the ambassador, had asked B to ...': a letter told again with a
participle of carrying is the letter told before (the place it was carried to is no addressee), also some
sentences after it when its writer is named."""

from __future__ import annotations

import pytest

from test_extract import found_acts, run

SENT = "President Ana Berg sent on Wednesday a letter to President Karl Dorn on the water treaty."


@pytest.mark.parametrize(
    "told_again",
    [
        "Dorn's letter, delivered at the National Palace by the Sylvanian ambassador, had asked Berg to act.",
        "The letter, handed over at the ministry by the ambassador, had asked Dorn to act.",
        "Berg's letter, delivered at the National Palace by the Freedonian ambassador, asked Dorn to act.",
    ],
)
def test_a_carried_letter_told_again(told_again: str) -> None:
    answer = (
        "Dorn had written to Berg on 2 October about the treaty." if told_again.startswith("Dorn") else ""
    )
    paragraphs = [
        SENT,
        answer,
        "In her letter, the President wrote that the treaty would be honoured.",
        told_again,
    ]
    acts = found_acts(*[p for p in paragraphs if p])
    assert all(r and r[0] in ("Karl Dorn", "Ana Berg") for _, _, r in acts), acts
    assert ("letter", "Ana Berg", ("Karl Dorn",)) in acts, acts


def test_another_writers_carried_letter_stays_his() -> None:
    acts = found_acts(
        SENT, "Eva Lind's letter, delivered at the National Palace by the ambassador, had asked Dorn to act."
    )
    assert ("letter", "Ana Berg", ("Karl Dorn",)) in acts, acts
    assert any(s == "Eva Lind" for _, s, _ in acts), acts


CAPITAL = "\n\n".join(
    [
        "President Berg replies to US President's letter on water treaty",
        "Mexico City, October 17, 2024 - President Ana Berg sent on Wednesday a letter to the President of the "
        "United States, Karl Dorn, in response to the letter he sent her on October 2 regarding the water "
        "deliveries.",
        'In her reply, the President wrote that Mexico "will honour every commitment of the treaty."',
        "Dorn's letter, delivered at the National Palace by the US ambassador, had asked Mexico to speed up the "
        'deliveries. "The United States expects Mexico to make up the shortfall," the US president had written.',
    ]
)


def test_the_place_a_told_letter_was_carried_to_is_no_addressee() -> None:
    """Three sentences after it, Dorn's letter is still the one he sent Berg, not one to her state."""
    acts = sorted(
        (c.sender.name if c.sender else "", tuple(r.name for r in c.recipients))
        for c in run(CAPITAL).extraction.communications
    )
    assert acts == [("Ana Berg", ("Karl Dorn",)), ("Karl Dorn", ("Ana Berg",))]
