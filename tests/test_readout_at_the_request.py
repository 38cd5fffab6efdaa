"""A readout's 'A spoke to B on Monday at the request of C' is a call: 'at the request (initiative) of'
names no place where the two met. Every sentence here is invented."""

from __future__ import annotations

import pytest

from test_extract import found_acts


@pytest.mark.parametrize(
    "sentence",
    [
        "Mia Lund spoke to President Ivo Kral on Monday at the request of Ana Berg.",
        "Emmanuel Vark spoke to President Ivo Kral this evening at the request of Ana Berg.",
        "Chancellor Tor Vik talked with King Olaf on Friday at the initiative of the king.",
    ],
)
def test_at_the_request_of_is_no_venue(sentence: str) -> None:
    acts = found_acts(sentence)
    assert [a[0] for a in acts] == ["call"], acts


def test_at_a_place_is_still_a_venue() -> None:
    assert found_acts("Mia Lund spoke to President Ivo Kral on Monday at the palace.") == []
