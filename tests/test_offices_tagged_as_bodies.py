"""'from several Heads of State', 'the Foreign Ministers': offices in the plural that the recogniser tags as a
body are no organisation, so an unnamed crowd of them sends nothing; and 'the Apostolic Vicar of X, Bishop
B': a vicar is an office whose holder is named after it. Every sentence here is invented."""

from __future__ import annotations

import pytest

from test_extract import found_acts


@pytest.mark.parametrize(
    "opening",
    [
        "Oslo - King Aldric IV has received words of sympathy in writing from several Heads of State and from "
        "other governments since the floods.",
        "Oslo - King Aldric IV has received cables from several Heads of State since the floods.",
    ],
)
def test_a_crowd_of_offices_sends_nothing(opening: str) -> None:
    acts = found_acts(opening, "In a cable to the Sovereign, Queen Mirela of Denmark spoke of her sorrow.")
    assert acts == [("message", "Mirela", ("Aldric IV",))], acts


@pytest.mark.parametrize(
    "sentence",
    [
        "On Tuesday, the Pope sent a telegram to the Episcopal Vicar of Vestra, Bishop Piet Okoro, after the floods.",
        "The Pope wrote on Tuesday to the Vicar General of the diocese, Father Piet Okoro, about the floods.",
    ],
)
def test_the_vicar_is_the_holder_named_after_the_office(sentence: str) -> None:
    acts = found_acts(sentence)
    assert acts and all(a[2] == ("Piet Okoro",) for a in acts), acts
