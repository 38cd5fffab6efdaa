"""'He copied the letter to C': the writer copying his own letter, told just before, to one more person
adds an addressee to that letter; it is not a second letter. A copy sent by someone else, or a letter far
back, stays apart."""

from __future__ import annotations

import pytest

from test_extract import found_acts


@pytest.mark.parametrize(
    "paragraphs",
    [
        (
            "Governor Anna Lindqvist wrote to Minister Pavel Dolezal on Monday about the flooding. "
            "She copied the letter to Mayor Erik Sandberg.",
        ),
        (
            "Governor Anna Lindqvist wrote to Minister Pavel Dolezal on Monday about the flooding, "
            "copying the letter to Mayor Erik Sandberg.",
        ),
        (
            "Governor Anna Lindqvist sent a letter to Minister Pavel Dolezal on Monday about the flooding. "
            "A copy of the letter was sent to Mayor Erik Sandberg.",
        ),
        (
            "The governor, Anna Lindqvist, wrote to Minister Pavel Dolezal on Monday about the flooding. "
            "The governor copied her letter to Mayor Erik Sandberg.",
        ),
    ],
)
def test_the_copy_is_one_more_addressee(paragraphs: tuple[str, ...]) -> None:
    got = found_acts(*paragraphs)
    assert len(got) == 1, got
    kind, sender, recipients = got[0]
    assert sender == "Anna Lindqvist", got
    assert set(recipients) == {"Pavel Dolezal", "Erik Sandberg"}, got
