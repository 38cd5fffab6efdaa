"""'The call that A placed to B', 'the call A made to B': the relative clause tells who called whom;
'the call that B received from A': the other way. 'A, speaking by telephone on Monday with B, pledged
...': the participle is A's call with B. Invented people."""

from __future__ import annotations

import pytest

from test_extract import found_acts


@pytest.mark.parametrize(
    "sentence, caller, called",
    [
        (
            "The call that Omar Haddi placed to Ana Berg on Sunday night ended the standoff, aides said.",
            "Omar Haddi",
            "Ana Berg",
        ),
        (
            "The call that Omar Haddi received from Ana Berg on Sunday night ended the standoff.",
            "Ana Berg",
            "Omar Haddi",
        ),
        (
            "Prime Minister Eirik Lunde, speaking by telephone on Monday with President Omar Haddi, pledged"
            " support for the regional force.",
            "Eirik Lunde",
            "Omar Haddi",
        ),
    ],
)
def test_who_called_whom(sentence: str, caller: str, called: str) -> None:
    assert found_acts(sentence) == [("call", caller, (called,))]


@pytest.mark.parametrize(
    "sentence",
    [
        "The call for calm that Omar Haddi made on Sunday was ignored.",
        "Prime Minister Eirik Lunde, speaking on Monday with reporters, pledged support for the force.",
    ],
)
def test_no_call(sentence: str) -> None:
    assert found_acts(sentence) == []
