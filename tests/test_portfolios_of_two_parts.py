"""'Minister for Foreign Affairs and International Cooperation A B cabled C': a portfolio of two parts
joined by 'and' before the name, read by spaCy as a body with the name in it; the name at its end is
the minister. Invented people."""

from __future__ import annotations

import pytest

from test_extract import found_acts


@pytest.mark.parametrize(
    "sentence, sender",
    [
        (
            "Minister for Foreign Affairs and International Cooperation Amara Diallo cabled Deputy Prime"
            " Minister Dmitri Kalinin on Tuesday to congratulate him on his appointment.",
            "Amara Diallo",
        ),
        (
            "Minister of Health and Social Welfare Omar Haddi wrote to President Ana Berg on Monday.",
            "Omar Haddi",
        ),
    ],
)
def test_the_name_after_the_portfolio(sentence: str, sender: str) -> None:
    assert [s for _k, s, _r in found_acts(sentence)] == [sender]


def test_a_body_of_two_parts_is_no_person() -> None:
    acts = found_acts("The Ministry of Trade and Industry sent a letter to President Ana Berg on Monday.")
    assert [s for _k, s, _r in acts] == ["Ministry of Trade and Industry"]
