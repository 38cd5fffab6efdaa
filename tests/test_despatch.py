"""'The despatch written by Governor A to the Secretary of State, B': an official's letter to his
government is a letter; 'dispatch' is not read (a news report, the sending of troops). Invented people."""

from __future__ import annotations

import pytest

from test_extract import found_acts, found_replies


@pytest.mark.parametrize(
    "sentence",
    [
        "The despatch written by Governor Sir Richard Ames to the Secretary of State, Lord Kent, on 14 February 1838"
        " survives.",
        "Governor Richard Ames sent a despatch to Lord Kent on 14 February 1838.",
        "In a despatch to Lord Kent dated 14 February 1838, Governor Richard Ames asked for more troops.",
    ],
)
def test_a_despatch_is_a_letter(sentence: str) -> None:
    assert [(k, s[-4:], r) for k, s, r in found_acts(sentence)] == [("letter", "Ames", ("Kent",))]


def test_a_reply_in_a_despatch() -> None:
    got = found_replies(
        "Governor Richard Ames sent a despatch to Lord Kent on 14 February 1838.",
        "Lord Kent replied in a despatch dated 2 November 1838.",
    )
    assert ("Kent", ("Richard Ames",), "Richard Ames") in got


@pytest.mark.parametrize(
    "sentence",
    [
        "In a dispatch from the front, the reporter Ivo Kant described the fighting on 3 March.",
        "President Ana Ruiz ordered the dispatch of troops to the border on 3 March.",
    ],
)
def test_a_dispatch_is_no_letter(sentence: str) -> None:
    assert found_acts(sentence) == []
