"""A release's 'From:' line names the office and its holder; the text then calls the holder by office alone
(invented releases dated Thursday 14 March 2024)."""

from __future__ import annotations

import pytest

from test_extract import found_acts

HEADLINE = "PM call with Chancellor Berg of Sylvania"


@pytest.mark.parametrize(
    ("byline", "body", "holder"),
    [
        (
            "From: Prime Minister's Office, 9 Castle Row, and The Rt Hon Ana Ruiz MP",
            "The Prime Minister spoke to Chancellor Tomas Berg of Sylvania this afternoon.",
            "Ana Ruiz",
        ),
        (
            "From: Office of the First Minister and The Rt Hon Ana Ruiz",
            "The First Minister wrote to Chancellor Tomas Berg of Sylvania on Monday.",
            "Ana Ruiz",
        ),
        (
            "Issued by: Prime Minister's Office and The Rt Hon Vera Holm MP",
            "The Prime Minister spoke to Chancellor Tomas Berg of Sylvania this afternoon.",
            "Vera Holm",
        ),
    ],
)
def test_the_office_in_the_text_is_the_holder_the_from_line_names(
    byline: str, body: str, holder: str
) -> None:
    [(_, sender, recipients)] = found_acts(byline, body, headline=HEADLINE)
    assert holder in sender and recipients == ("Tomas Berg",)


@pytest.mark.parametrize(
    "byline",
    [
        "From: Prime Minister's Office, The Rt Hon Ana Ruiz MP and The Rt Hon Vera Holm MP",  # two people
        "From: Prime Minister's Office, Castle Yard",  # an address, no holder
    ],
)
def test_a_from_line_naming_no_single_holder_names_none(byline: str) -> None:
    [(_, sender, _)] = found_acts(
        byline,
        "The Prime Minister spoke to Chancellor Tomas Berg of Sylvania this afternoon.",
        headline=HEADLINE,
    )
    assert sender == "Prime Minister"
