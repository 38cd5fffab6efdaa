"""A courier named with his principal ("A's envoy C", "C, the special envoy of A") who conveys, delivers
or passes "her message" carries A's message: A sends it, the pronoun is A's. A courier with no principal
named, or someone who is no courier ("C, the mayor of X, delivered his letter"), sends his own."""

from __future__ import annotations

import pytest

from test_extract import found_acts


@pytest.mark.parametrize(
    "sentence",
    [
        "President Ilsa Varnek's envoy Paul Renn conveyed her message to King Otto Brandt on Monday.",
        "Paul Renn, the special envoy of President Ilsa Varnek, conveyed her message to King Otto Brandt on "
        "Monday.",
        "Paul Renn, the personal emissary of President Ilsa Varnek, passed her message to King Otto Brandt on "
        "Monday.",
        "The representative of President Ilsa Varnek, Paul Renn, delivered her letter to King Otto Brandt on "
        "Monday.",
    ],
)
def test_the_principal_of_a_named_courier_sends(sentence: str) -> None:
    kind = "letter" if "letter" in sentence else "message"
    assert found_acts(sentence) == [(kind, "Ilsa Varnek", ("Otto Brandt",))]


@pytest.mark.parametrize(
    "sentence",
    [
        "Paul Renn, the mayor of Telmar, delivered his letter to King Otto Brandt on Monday.",
        "Foreign Minister Paul Renn delivered his message to King Otto Brandt on Monday.",
    ],
)
def test_someone_who_is_no_named_courier_sends_his_own(sentence: str) -> None:
    got = found_acts(sentence)
    assert [sender for _, sender, _ in got] == ["Paul Renn"]
