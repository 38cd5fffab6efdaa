"""A line of prose that opens with a word of greeting ("Greetings were also sent to ...") is no salutation,
so a hard-wrapped sentence goes on over the line break. Invented text."""

from __future__ import annotations

import pytest

from lettertrace.clean_lines import is_salutation
from test_extract import report, run


@pytest.mark.parametrize(
    "line", ["Greetings,", "Greetings from Freeport,", "Dear Mr President,", "Gentlemen:"]
)
def test_salutations(line: str) -> None:
    assert is_salutation(line)


@pytest.mark.parametrize(
    "line",
    ["Greetings were also sent to the former chancellor of Norland Adam", "Gentlemen are asked to sit"],
)
def test_prose(line: str) -> None:
    assert not is_salutation(line)


def test_a_wrapped_name_after_a_prose_line_of_greetings() -> None:
    wrapped = (
        "President Jan Sobota sent New Year greetings to the leaders of the region on\n"
        "Friday, wishing them good health and every success in the coming year, and\n"
        "expressing the hope that the ties between their peoples would grow closer\n"
        "still in the months ahead, the presidential press service reported today.\n\n"
        "Greetings were also sent to the former Federal Chancellor of Norland Adam\n"
        "Krolikowski."
    )
    rep = run(report(wrapped))
    assert "Norland Adam Krolikowski." in rep.clean.text
