"""'In the letter, A responds to the one B sent him on 28 June': 'the one' with a clause of sending stands for
the letter its sentence names, so the reply answers B's letter, which the report tells that way only. 'replied
to one of the questions' is no letter. Invented people."""

from __future__ import annotations

import pytest

from test_extract import found_replies

NAMED = "Guatemalan President Rodrigo Monzano has accepted the proposal of his Honduran counterpart, Gloria Banes."


@pytest.mark.parametrize(
    "told",
    [
        "In the letter, dated July 11, Monzano responds to the one the Honduran president sent him on June 28, in"
        " which she asked Guatemala to extend the opening hours.",
        "In his letter, dated July 11, Monzano replies to the one which the Honduran leader sent him on June 28.",
        "In the letter, dated July 11, Monzano responds to the one that Banes sent him on June 28.",
    ],
)
def test_the_one_sent_is_the_letter_answered(told: str) -> None:
    got = found_replies(NAMED, told)
    assert ("Rodrigo Monzano", ("Gloria Banes",), "Gloria Banes") in got
    assert ("Gloria Banes", ("Rodrigo Monzano",), "") in got


def test_one_of_the_questions_is_no_letter() -> None:
    got = found_replies(NAMED, "At a news conference, Monzano replied to one of the questions on July 11.")
    assert all(s != "Gloria Banes" for s, _r, _a in got)
