"""A signature copied into a reproduced text is written "(Signed) A B", "Signed: A B" or "(Sgd.) A B": the
one named signs (the copy mark is no part of the name)."""

from __future__ import annotations

import pytest

from test_extract import found_acts


@pytest.mark.parametrize("mark", ["(Signed) ", "Signed: ", "(Sgd.) "])
def test_a_copied_signature_names_the_signer(mark: str) -> None:
    got = found_acts(
        "The text of the letter to King Otto Brandt was published on Monday. It reads:",
        "Your Majesty,",
        "I have the honour to ask you to release the journalist held in your capital since October.",
        "Please accept, Your Majesty, the assurances of my highest consideration.",
        f"{mark}Liesl Achterberg\nMinister for Foreign Affairs",
    )
    assert got == [("letter", "Liesl Achterberg", ("Otto Brandt",))]
