"""A heading that names a letter and then, after a colon, its own clause ("An open letter to President B: our
children cannot wait another term"): the verb after the colon is no verb of the letter, so its negation or
modal does not undo it. A letter that is itself the subject of a negated verb ("A letter to B cannot be
sent") stays undone."""

from __future__ import annotations

import pytest

from test_extract import found_acts, run


@pytest.mark.parametrize(
    "headline",
    [
        "An open letter to President Chilufya Mweembe: our children cannot wait another term",
        "A letter to President Chilufya Mweembe: why we will not stay silent",
        "Open letter to President Chilufya Mweembe: the schools must not close",
    ],
)
def test_the_heading_letter_stands(headline: str) -> None:
    page = f"{headline}\n\nBy CHIPO NANJALA\n\nDear Mr President,\n\nI write to you as a mother of two.\n\n"
    page += "Yours in hope,\n\nChipo Nanjala\n"
    comms = run(page).extraction.communications
    assert [tuple(r.name for r in c.recipients) for c in comms] == [("Chilufya Mweembe",)]


def test_a_negated_letter_is_undone() -> None:
    assert (
        found_acts("A letter to President Chilufya Mweembe cannot be sent before the vote, his office said.")
        == []
    )
