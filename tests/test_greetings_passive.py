"""Greetings told in the passive with their senders as agents: "Congratulations were also addressed to B by
President A and by President C" (one message per sender); not an envoy's, nor a crowd's. Invented sentences."""

from __future__ import annotations

import pytest

from test_extract import found_acts


def test_greetings_addressed_by_two() -> None:
    assert found_acts(
        "Congratulations on the national holiday were also addressed to President Adam Krol by Sylvanian "
        "President Eva Lind and by Vestrian President Ole Lund."
    ) == [("message", "Eva Lind", ("Adam Krol",)), ("message", "Ole Lund", ("Adam Krol",))]


@pytest.mark.parametrize(
    "sentence",
    [
        "Congratulations were offered to President Adam Krol by the crowd at the stadium.",
        "Condolences were sent to President Adam Krol by Ambassador Eva Lind on behalf of her government.",
    ],
)
def test_no_sender_of_their_own(sentence: str) -> None:
    assert found_acts(sentence) == []
