"""The manner of a reply: 'responded in writing on Tuesday to A's letter' (the parse hangs 'to' on the
manner) is a written reply; 'responded in person / in parliament to A's letter' tells A's letter and no
written reply. Invented names; report dated Thursday 14 March 2024."""

from __future__ import annotations

import pytest

from test_extract import report, run
from test_patterns import observed

LETTER = ("letter", "Tomas Lind", ("Ana Berg",), "")


@pytest.mark.parametrize(
    "sentence, kind",
    [
        (
            "President Ana Berg of Norland responded in writing on Tuesday to President Tomas Lind's letter of 9 March.",
            "letter",
        ),
        (
            "President Ana Berg of Norland replied in writing on Tuesday to President Tomas Lind's letter of 9 March.",
            "letter",
        ),
        (
            "President Ana Berg of Norland answered in writing on Tuesday to President Tomas Lind's message of 9 March.",
            "message",
        ),
    ],
)
def test_a_reply_in_writing_answers_the_letter(sentence: str, kind: str) -> None:
    assert observed(run(report(sentence))) == sorted(
        [(kind, "Tomas Lind", ("Ana Berg",), ""), (kind, "Ana Berg", ("Tomas Lind",), "Tomas Lind")]
    )


@pytest.mark.parametrize("manner", ["in person", "in parliament", "in a speech"])
def test_a_reply_in_person_is_no_written_reply(manner: str) -> None:
    sentence = f"President Ana Berg of Norland responded {manner} on Tuesday to President Tomas Lind's letter of 9 March."
    assert observed(run(report(sentence))) == [LETTER]
