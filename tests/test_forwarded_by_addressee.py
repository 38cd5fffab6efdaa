"""'B forwarded a copy of A's letter to C': B had received the letter, so what went to C is B's; a carrier
who was never its addressee stays a courier of A's letter."""

from __future__ import annotations

import pytest

from test_extract import found_acts

FIRST = "Sultan Omar Hamid wrote to Governor Piet Okoro on 14 March 1911, protesting against the survey."


@pytest.mark.parametrize(
    "second",
    [
        "The governor also forwarded a copy of the Sultan's letter to the Colonial Office in London that April.",
        "Okoro forwarded the Sultan's letter to the Colonial Office in London in April.",
        "In April Okoro passed a translation of the letter from Omar Hamid to the Colonial Office.",
    ],
)
def test_the_addressee_who_passes_it_on_writes(second: str) -> None:
    acts = found_acts(FIRST, second)
    assert ("letter", "Omar Hamid", ("Piet Okoro",)) in acts
    assert ("letter", "Piet Okoro", ("Colonial Office",)) in acts
    assert ("letter", "Omar Hamid", ("Colonial Office",)) not in acts


def test_a_carrier_never_its_addressee_is_a_courier() -> None:
    acts = found_acts(
        "Sudland's ambassador, Lena Vass, forwarded President Karl Ruiz's letter to Foreign Minister Tom Hale "
        "on Monday."
    )
    assert acts == [("letter", "Karl Ruiz", ("Tom Hale",))]
