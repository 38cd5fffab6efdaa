"""'Czech President-elect Ivo Pernek': the name after a title with '-elect' or '-designate' is a person's,
whatever label the recogniser gave it, and the later bare surname and pronouns are that person.
Every sentence here is invented."""

from __future__ import annotations

import pytest

from test_extract import report, run


@pytest.mark.parametrize(
    "title, name",
    [
        ("Czech President-elect", "Ivo Pernek"),
        ("Czech President-elect", "Marek Zavoral"),
        ("Croatian President-elect", "Jan Kolar"),
    ],
)
def test_a_name_after_an_elect_title_is_a_person(title: str, name: str) -> None:
    surname = name.split()[-1]
    rep = run(
        report(
            f"{title} {name} has answered a letter from Prime Minister Lina Soto, his spokeswoman said.",
            f"Days earlier {surname} had annoyed his rivals when he phoned President Mara Ilves.",
        )
    )
    calls = [c for c in rep.extraction.communications if c.kind == "call"]
    assert len(calls) == 1 and calls[0].sender is not None, calls
    assert (calls[0].sender.name, calls[0].sender.ptype) == (name, "person"), calls[0].sender
