"""A letter told as written to an office ("A has written to the Governor of X Province") and reproduced
below under an address block that names its holder ("His Excellency Mr. B / Governor of the Province of
X") is a letter to B, not to an unnamed office beside him. Invented names; report dated 14 March 2024."""

from __future__ import annotations

import pytest

from test_extract import run
from test_patterns import observed


def _page(told: str, block: str) -> str:
    return (
        "Governor writes to neighbour over river\n\nFreeport, 14 March 2024 -\n\n"
        f"{told} The Weekly obtained a copy of the letter, which we publish in full below.\n\n"
        f"12 March 2024\n\n{block}\n\nYour Excellency,\n\n"
        "I write to you on behalf of the people of our province, whose lives depend on the river we share.\n\n"
        "I propose that our officials meet before the end of the month to share what they know.\n\n"
        "Please accept, Your Excellency, the assurances of my highest consideration.\n\n"
        "HON. TOMAS VARGA\nGOVERNOR, EAST RIVER REGION\n"
    )


@pytest.mark.parametrize(
    ("told", "block"),
    [
        (
            "East River Governor Tomas Varga has written to the Governor of Norland's Upper Vale Province.",
            "His Excellency Mr. Anders Kessel\nGovernor of the Province of Upper Vale\nValeton, Norland",
        ),
        (
            "Governor Tomas Varga has sent a letter to the Chief Minister of Upper Vale.",
            "His Excellency Mr. Anders Kessel\nChief Minister of Upper Vale\nValeton",
        ),
        (
            "In a letter to the Premier of Upper Vale, Governor Tomas Varga proposes a joint commission.",
            "His Excellency Mr. Anders Kessel\nPremier of Upper Vale",
        ),
    ],
)
def test_the_named_addressee_of_the_text_is_the_recipient(told: str, block: str) -> None:
    assert observed(run(_page(told, block))) == [("letter", "Tomas Varga", ("Anders Kessel",), "")]


def test_a_recipient_the_report_names_is_kept() -> None:
    page = _page(
        "Governor Tomas Varga has written to Governor Ilse Brandt of Upper Vale.",
        "His Excellency Mr. Anders Kessel\nGovernor of Upper Vale",
    )
    assert observed(run(page)) == [("letter", "Tomas Varga", ("Ilse Brandt",), "")]
