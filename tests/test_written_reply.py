"""A reply shown to be a text ("In a three-page reply dated Wednesday and addressed to B, A said ...") is a
letter from A to B, though nothing B sent is told; "In a reply to B, A said" may have been spoken. Invented
sentences."""

from __future__ import annotations

import pytest

from test_extract import found_acts


@pytest.mark.parametrize(
    "sentence",
    [
        "In a three-page reply dated Wednesday and addressed to Representative Ana Berg, Secretary Adam Krol said "
        "the department had hired new staff.",
        "In a signed reply sent to Representative Ana Berg, Secretary Adam Krol said the department had hired "
        "new staff.",
        "In a handwritten reply to Representative Ana Berg, Secretary Adam Krol said the department had hired "
        "new staff.",
    ],
)
def test_a_reply_shown_written(sentence: str) -> None:
    assert found_acts(sentence) == [("letter", "Adam Krol", ("Ana Berg",))]


def test_a_reply_perhaps_spoken() -> None:
    assert (
        found_acts(
            "In a reply to Representative Ana Berg, Secretary Adam Krol said the department had hired new staff."
        )
        == []
    )
