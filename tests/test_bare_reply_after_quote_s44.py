"""A bare dated reply ("B replied on Monday.") right after a sentence that tells what the letter said: a
request the letter made ("In it, A writes that ... and asks B to ...") and a word of asking inside a quote
("he would 'not have his honour questioned'") put the reply in no exchange of questions."""

from __future__ import annotations

import pytest

from test_extract import found_replies

LETTER = "Bishop Anton Weil has written to Governor Maria Ostrova to urge her to reopen the talks."


@pytest.mark.parametrize(
    "said",
    [
        'In it, the bishop writes that "no town can live on hatred alone" and asks the governor to give '
        '"one more chance to the talks, which are always stronger than guns."',
        "In the letter, Weil writes that the town is weary and asks the governor to meet the farmers.",
        'The bishop added a sharp rebuke: he would "not allow the honour of the diocese to be questioned by '
        'any official, however high."',
    ],
)
def test_bare_reply_answers_the_letter(said: str) -> None:
    replies = found_replies(LETTER, said, "Governor Ostrova replied on Monday.")
    assert ("Maria Ostrova", ("Anton Weil",), "Anton Weil") in replies, replies


def test_a_question_asked_before_is_still_an_exchange_of_questions() -> None:
    replies = found_replies(
        LETTER,
        "Asked about the letter at a press conference, Governor Ostrova replied on Monday that she would think.",
    )
    assert not any(r[0] == "Maria Ostrova" for r in replies), replies
