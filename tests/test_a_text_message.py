"""A text message called 'a text': 'A sent B a text', 'in a text to B', 'B received a text from A' are
messages; 'the text of the bill', 'sent B the text of the agreement' are not (and the prefilter lets only
the first kind through)."""

from __future__ import annotations

import pytest

from lettertrace.extract import prefilter
from test_extract import found_acts


@pytest.mark.parametrize(
    "sentence",
    [
        "Green member Femke Janssen sent Tomasz Wierzbicki a text on Wednesday night asking for a meeting.",
        "In a text to Tomasz Wierzbicki on Wednesday night, Femke Janssen asked for a meeting.",
        "Tomasz Wierzbicki received a text from Femke Janssen on Wednesday night asking for a meeting.",
    ],
)
def test_a_text_is_a_message(sentence: str) -> None:
    assert prefilter.has_cue(sentence)
    assert found_acts(sentence) == [("message", "Femke Janssen", ("Tomasz Wierzbicki",))]


@pytest.mark.parametrize(
    "sentence",
    [
        "Femke Janssen read the full text of Tomasz Wierzbicki's speech on Wednesday.",
        "Tomasz Wierzbicki sent Femke Janssen the text of the agreement on Wednesday.",
        "The text of the bill, drafted by Femke Janssen, runs to forty pages.",
    ],
)
def test_the_text_of_something_is_no_message(sentence: str) -> None:
    assert found_acts(sentence) == []
