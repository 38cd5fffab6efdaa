"""Messages sent "to A, on his inauguration, and to B, on his re-election": the second 'to' hangs on the
phrase of the occasion, and it is one more addressee (plural messages: one each)."""

from __future__ import annotations

import pytest

from test_extract import found_acts


@pytest.mark.parametrize(
    "sentence",
    [
        "Prime Minister Vu Duc Minh sent congratulatory messages on Sunday to President Seo Jin-ho of South Korea, "
        "on his inauguration, and to Thai Prime Minister Narong Siri, on his re-election as party leader.",
        "Prime Minister Vu Duc Minh sent cables on Sunday to President Seo Jin-ho, on his election, and to "
        "Prime Minister Narong Siri, on his re-election.",
    ],
)
def test_second_addressee_after_an_occasion(sentence: str) -> None:
    acts = found_acts(sentence)
    assert ("message", "Vu Duc Minh", ("Seo Jin-ho",)) in acts, acts
    assert ("message", "Vu Duc Minh", ("Narong Siri",)) in acts, acts
