"""Two letters reproduced one after the other, the second answering the first: each is its own full
text (the first one's signature stops at the second one's place-and-date line and salutation), and the
second, whose salutation names no one ("Mr President,", "Excellency,", "Dear Colleague,"), goes to the
writer of the first and answers it. Invented leaders; reports dated 14 March 2024."""

from __future__ import annotations

import pytest

from test_fulltext import parties, run, with_text

INTRO = (
    "Outgoing Norland President Ana Berg has written a farewell letter to Vestria's Prime Minister Tomas"
    " Varga. We publish the letter and the reply in full."
)
FIRST = "Eastport, 10 March 2024\n\nMy dear Prime Minister,\n\nI did not want to leave office without thanking you.\n\nYours sincerely,\n\nAna Berg"


@pytest.mark.parametrize(
    "salutation, close",
    [
        ("Mr President,", "Yours ever,"),
        ("Excellency,", "With my warmest regards,"),
        ("Dear Colleague,", "Yours sincerely,"),
    ],
)
def test_a_reproduced_reply_goes_to_the_first_writer(salutation: str, close: str) -> None:
    second = f"Westport, 11 March 2024\n\n{salutation}\n\nThank you for your generous letter of 10 March.\n\n{close}\n\nTomas Varga"
    rep = run(INTRO, FIRST, second)
    texts = with_text(rep)
    assert [parties(c) for c in texts] == [("Ana Berg", ["Tomas Varga"]), ("Tomas Varga", ["Ana Berg"])]
    first, reply = texts
    assert first.full_text is not None and reply.full_text is not None
    assert first.full_text.span.end <= reply.full_text.span.start
    assert [c.full_text.signed_date.day for c in texts if c.full_text and c.full_text.signed_date] == [10, 11]
    comms = rep.extraction.communications
    assert comms[reply.in_reply_to] is first if reply.in_reply_to is not None else False
