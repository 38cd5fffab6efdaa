"""'A sent a letter to B. Foreign Minister C handed over the letter to B': the letter told just before,
carried by C whatever his office (not only an envoy's), and C is no writer."""

from __future__ import annotations

import pytest

from test_extract import found_acts

SENT = "King Harald Dorn on Monday sent a letter to UN Secretary-General Ana Berg on the crisis."


@pytest.mark.parametrize(
    "carried",
    [
        "Foreign Minister Paul Roos handed over the letter to the Secretary-General at the UN headquarters.",
        "Deputy Prime Minister Paul Roos delivered the letter to Berg in New York on Tuesday.",
        "Paul Roos, the foreign minister, conveyed the letter to the Secretary-General.",
    ],
)
def test_a_minister_hands_over_the_kings_letter(carried: str) -> None:
    assert found_acts(SENT, carried) == [("letter", "Harald Dorn", ("Ana Berg",))]


def test_a_letter_handed_to_someone_else_is_not_the_one_told() -> None:
    """Handed to another than its addressee: not told as the letter carried to B."""
    acts = found_acts(SENT, "Berg handed the letter to President Eva Lind of the General Assembly.")
    assert ("letter", "Harald Dorn", ("Ana Berg",)) in acts, acts
    assert all(sender != "Eva Lind" for _, sender, _ in acts), acts


def test_a_new_letter_delivered_by_a_minister_is_his() -> None:
    """An indefinite letter a minister delivers is no anaphor of the king's."""
    acts = found_acts(SENT, "Foreign Minister Paul Roos delivered a letter of his own to Berg on Tuesday.")
    assert ("letter", "Paul Roos", ("Ana Berg",)) in acts, acts
